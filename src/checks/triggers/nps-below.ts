import { z } from 'zod';
import { defineCheck } from '../check.js';
import { type Evidence, scoredFeedback } from '../evidence.js';

/** The customers' NPS (−100..100) below a threshold. */
export const npsBelow = defineCheck({
  id: 'nps-below',
  description: "The customers' NPS is below a threshold (at least the minimum group size, 30 unless `--min-group-size` says otherwise).",
  params: z.strictObject({ kind: z.literal('nps-below'), below: z.number().min(-100).max(100) }),
  messages: { below: 'customers give an NPS of {nps|signed} (n = {n|count}, {file})' },
  evaluate: (trigger, evidence: Evidence) => {
    const summary = scoredFeedback(evidence).find((candidate) => candidate.scores?.nps);
    const nps = summary?.scores?.nps;
    // Under the minimum group size (--min-group-size) an NPS says too little to act on.
    if (!summary || !nps || nps.nps === null || summary.scores?.tooSmall || nps.nps >= trigger.below) return [];
    return [
      {
        check: 'nps-below',
        messageId: 'below',
        data: { nps: nps.nps, n: nps.n, file: summary.source.file },
        severity: Math.min(100, 50 + (trigger.below - nps.nps) / 2),
      },
    ];
  },
});
