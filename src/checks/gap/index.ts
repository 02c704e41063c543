import type { z } from 'zod';
import type { Check } from '../check.js';
import { cadenceGap } from './cadence.js';
import type { GapInput, gapParams } from './compare.js';
import { trendGap } from './trend.js';
import { unmeasuredGap } from './unmeasured.js';

export type { GapInput, GapMessageId } from './compare.js';

export const GAP_CHECKS = [trendGap, cadenceGap, unmeasuredGap];

/** A difference of at least this many points, on the same 0–100 scale, is a gap. */
export const GAP_POINTS = 20;

/** One gap rule: a check that reads a figure of the feedback, and the dimension it is set against. */
export interface GapRule {
  check: Check<typeof gapParams, GapInput, string>;
  params: z.infer<typeof gapParams>;
}

const rule = (check: GapRule['check'], dimension: string, question?: GapRule['params']['question']): GapRule => ({
  check,
  params: { dimension, points: GAP_POINTS, ...(question && { question }) },
});

/**
 * Which dimension is set against which figure of the feedback, only where the figure measures the
 * same thing (data, like the questionnaire); the others say why not. In the questionnaire's order.
 */
export const GAP_RULES: readonly GapRule[] = [
  rule(unmeasuredGap, 'responsibilities'),
  rule(unmeasuredGap, 'incentives'),
  rule(unmeasuredGap, 'goals'),
  rule(cadenceGap, 'measurement', { id: 'measurement.core-metrics', aspect: 'on a regular schedule' }),
  rule(unmeasuredGap, 'customer-understanding'),
  rule(trendGap, 'listening'),
  rule(unmeasuredGap, 'co-creation'),
  rule(unmeasuredGap, 'culture'),
];
