import { z } from 'zod';
import { defineCheck } from '../check.js';
import { type Evidence, fallingMonth, scoredFeedback } from '../evidence.js';

/** The score fell significantly from one month to the next. */
export const scoreFalling = defineCheck({
  id: 'score-falling',
  description: 'A month fell significantly from the month before.',
  params: z.strictObject({ kind: z.literal('score-falling') }),
  messages: {
    npsFell: 'the score fell from {from|signed} in {previous} to {to|signed} in {month} (a significant drop, {file})',
    meanFell: 'the score fell from {from} in {previous} to {to} in {month} (a significant drop, {file})',
  },
  evaluate: (_trigger, evidence: Evidence) => {
    for (const summary of scoredFeedback(evidence)) {
      const fall = fallingMonth(summary);
      if (!fall) continue;
      const difference = fall.month.change?.difference ?? 0;
      return [
        {
          check: 'score-falling',
          messageId: summary.scores?.nps ? 'npsFell' : 'meanFell',
          data: {
            file: summary.source.file,
            previous: fall.previous.name,
            from: fall.previous.headline,
            month: fall.month.name,
            to: fall.month.headline,
            difference,
          },
          severity: Math.min(100, 60 + Math.abs(difference) / 2),
        },
      ];
    }
    return [];
  },
});
