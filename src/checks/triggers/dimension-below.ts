import { z } from 'zod';
import { defineCheck } from '../check.js';
import type { Evidence } from '../evidence.js';

/** A dimension whose score (0–100) is below a threshold. */
export const dimensionBelow = defineCheck({
  id: 'dimension-below',
  description: 'A dimension scores below a threshold (0–100).',
  params: z.strictObject({ kind: z.literal('dimension-below'), dimension: z.string(), below: z.number().min(0).max(100) }),
  messages: { below: '{title} scored {score|score}/100' },
  evaluate: (trigger, { score }: Evidence) => {
    const result = score.dimensions.find((dimension) => dimension.dimension.id === trigger.dimension);
    if (!result || result.score === null || result.score >= trigger.below) return [];
    const data = { dimension: result.dimension.id, title: result.dimension.title, score: result.score };
    return [{ check: 'dimension-below', messageId: 'below', data, severity: 100 - result.score }];
  },
});
