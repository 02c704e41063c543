import { z } from 'zod';
import { defineCheck } from '../check.js';
import { type Evidence, scoredFeedback, worstSegment } from '../evidence.js';

/** A segment significantly below everyone else, by more than `by` points. */
export const segmentBelow = defineCheck({
  id: 'segment-below',
  description: 'A segment is significantly below everyone else by more than a threshold.',
  params: z.strictObject({ kind: z.literal('segment-below'), by: z.number().min(0) }),
  messages: {
    npsBelow: 'the {segment} segment scores {headline|signed} (n = {n|count}), {gap|count:point} below everyone else',
    meanBelow: 'the {segment} segment scores {headline} (n = {n|count}), {gap|count:point} below everyone else',
  },
  evaluate: (trigger, evidence: Evidence) => {
    for (const summary of scoredFeedback(evidence)) {
      const segment = worstSegment(summary);
      const difference = segment?.change?.difference;
      if (!segment || difference === undefined || difference > -trigger.by) continue;
      return [
        {
          check: 'segment-below',
          messageId: summary.scores?.nps ? 'npsBelow' : 'meanBelow',
          data: { file: summary.source.file, segment: segment.name, headline: segment.headline, n: segment.n, gap: Math.abs(difference) },
          severity: Math.min(100, 50 + Math.abs(difference) / 2),
        },
      ];
    }
    return [];
  },
});
