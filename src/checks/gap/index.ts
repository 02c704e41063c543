import type { z } from 'zod';
import type { Check } from '../check.js';
import type { GapInput, gapParams } from './compare.js';
import { satisfactionGap } from './satisfaction.js';
import { toneGap } from './tone.js';

export type { GapInput, GapMessageId } from './compare.js';

export const GAP_CHECKS = [satisfactionGap, toneGap];

/** A difference of at least this many points, on the same 0–100 scale, is a gap. */
export const GAP_POINTS = 20;

/** One gap rule: a check that reads a customers' figure, and the dimension it is set against. */
export interface GapRule {
  check: Check<typeof gapParams, GapInput, string>;
  params: z.infer<typeof gapParams>;
}

/** Which answers of the team are checked against which customer figure: data, like the questionnaire. */
export const GAP_RULES: readonly GapRule[] = [
  { check: satisfactionGap, params: { dimension: 'listening', points: GAP_POINTS } },
  { check: toneGap, params: { dimension: 'culture', points: GAP_POINTS } },
];
