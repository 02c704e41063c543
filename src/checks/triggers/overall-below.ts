import { z } from 'zod';
import { defineCheck } from '../check.js';
import type { Evidence } from '../evidence.js';

/** The overall score (0–100) below a threshold. */
export const overallBelow = defineCheck({
  id: 'overall-below',
  description: 'The overall score is below a threshold (0–100).',
  params: z.strictObject({ kind: z.literal('overall-below'), below: z.number().min(0).max(100) }),
  messages: { below: 'the overall score is {score|score}/100' },
  evaluate: (trigger, { score }: Evidence) => {
    if (score.overall === null || score.overall >= trigger.below) return [];
    // A low overall score is diffuse evidence; specific findings should outrank it.
    return [{ check: 'overall-below', messageId: 'below', data: { score: score.overall }, severity: (100 - score.overall) / 2 }];
  },
});
