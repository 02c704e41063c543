import { z } from 'zod';
import { defineCheck } from '../check.js';
import { answersCoverage } from '../quality/answers-coverage.js';
import { type GateInput, SEVERITY } from './input.js';

/** The overall score against its threshold (`--fail-under`, `thresholds.overall`). */
export const gateOverall = defineCheck({
  id: 'gate-overall',
  description: 'Fails the build when the overall score (0–100) is below the threshold; unchecked when there is no overall score.',
  params: z.object({ minimum: z.number().min(0).max(100) }),
  messages: {
    below: 'the overall score {score} is below {minimum}',
    unscored: '{coverage|finding}',
  },
  evaluate: ({ minimum }, { overall }: GateInput) => {
    const [coverage] = answersCoverage.evaluate({}, overall);
    if (overall.score === null) {
      return [
        {
          check: 'gate-overall',
          messageId: 'unscored',
          data: { outcome: 'unchecked', minimum, coverage: coverage ?? null },
          severity: SEVERITY.unchecked,
        },
      ];
    }
    if (overall.score >= minimum) return [];
    return [
      { check: 'gate-overall', messageId: 'below', data: { outcome: 'failed', score: overall.score, minimum }, severity: SEVERITY.failed },
    ];
  },
});
