import { z } from 'zod';
import { defineCheck } from '../check.js';
import { type GateInput, SEVERITY } from './input.js';

/** One dimension's score against its threshold (`--fail-under-dimension id=score`, `thresholds.dimensions`). */
export const gateDimension = defineCheck({
  id: 'gate-dimension',
  description: 'Fails the build when a dimension scores below its threshold; unchecked when none of its questions was answered.',
  params: z.object({ dimension: z.string(), minimum: z.number().min(0).max(100) }),
  messages: {
    below: '{title} scores {score}, below {minimum}',
    unanswered: 'no question of {title} was answered on the 1–5 scale',
    unknown: 'names {dimension}, which is not a dimension; use one of {dimensions|list}',
  },
  evaluate: ({ dimension: id, minimum }, { dimensions }: GateInput) => {
    const dimension = dimensions.find((candidate) => candidate.id === id);
    if (!dimension) {
      const known = dimensions.map((candidate) => candidate.id);
      return [
        {
          check: 'gate-dimension',
          messageId: 'unknown',
          data: { outcome: 'unusable', dimension: id, minimum, dimensions: known },
          severity: SEVERITY.unusable,
        },
      ];
    }
    const data = { dimension: id, title: dimension.title, minimum };
    if (dimension.score === null)
      return [{ check: 'gate-dimension', messageId: 'unanswered', data: { ...data, outcome: 'unchecked' }, severity: SEVERITY.unchecked }];
    if (dimension.score >= minimum) return [];
    return [
      {
        check: 'gate-dimension',
        messageId: 'below',
        data: { ...data, outcome: 'failed', score: dimension.score },
        severity: SEVERITY.failed,
      },
    ];
  },
});
