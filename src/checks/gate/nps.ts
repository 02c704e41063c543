import { z } from 'zod';
import { defineCheck, type Finding } from '../check.js';
import { type GateInput, SEVERITY } from './input.js';

/** The customers' NPS against its threshold (`--fail-under-nps`, `thresholds.nps`): the largest feedback file with an NPS. */
export const gateNps = defineCheck({
  id: 'gate-nps',
  description:
    "Fails the build when the customers' NPS (the largest feedback file with one) is below the threshold; unchecked when it rests on " +
    'fewer answers than the minimum group size, or the file is withheld.',
  params: z.object({ minimum: z.number().min(-100).max(100) }),
  messages: {
    below: "the customers' NPS {nps|signed} is below {minimum}",
    // Where the minimum group size was set (a flag, a config key, the default) is for the CLI to say.
    tooFew: "the customers' NPS of {nps|signed} rests on {n|count:answer}, fewer than the minimum group size",
    // The reason the figures are withheld is reported once, on its own line, by whoever shows the file.
    withheld: 'the figures of {file} are withheld',
    noFeedback: 'needs feedback with a 0–10 recommend score: add --feedback FILE',
    noNps:
      'needs a 0–10 recommend score, and the feedback has none ({files|findings}); ' +
      'name the recommend column with --score-column, or set --scale nps',
    readAs: '{file}: read as {scale}',
    noScore: '{file}: no score column',
  },
  evaluate: ({ minimum }, { feedback }: GateInput) => {
    const largest = feedback
      .filter((summary) => summary.scores?.nps && summary.scores.nps.nps !== null)
      .sort((a, b) => b.scores!.n - a.scores!.n)[0];
    if (!largest) {
      const withheld = feedback.find((summary) => summary.withheld);
      // The NPS is there but cannot be trusted: that is thin data, not a usage error.
      if (withheld) {
        const data = { outcome: 'unchecked', minimum, file: withheld.source.file };
        return [{ check: 'gate-nps', messageId: 'withheld', data, severity: SEVERITY.unchecked }];
      }
      if (feedback.length === 0)
        return [{ check: 'gate-nps', messageId: 'noFeedback', data: { outcome: 'unusable', minimum }, severity: SEVERITY.unusable }];
      const files = feedback.map(
        ({ source }): Finding =>
          source.scale
            ? { check: 'gate-nps', messageId: 'readAs', data: { file: source.file, scale: source.scale.title }, severity: 0 }
            : { check: 'gate-nps', messageId: 'noScore', data: { file: source.file }, severity: 0 },
      );
      return [{ check: 'gate-nps', messageId: 'noNps', data: { outcome: 'unusable', minimum, files }, severity: SEVERITY.unusable }];
    }
    const { n, tooSmall } = largest.scores!;
    const nps = largest.scores!.nps!.nps!;
    if (tooSmall)
      return [{ check: 'gate-nps', messageId: 'tooFew', data: { outcome: 'unchecked', minimum, nps, n }, severity: SEVERITY.unchecked }];
    if (nps >= minimum) return [];
    return [{ check: 'gate-nps', messageId: 'below', data: { outcome: 'failed', minimum, nps, n }, severity: SEVERITY.failed }];
  },
});
