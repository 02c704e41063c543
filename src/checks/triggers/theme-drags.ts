import { z } from 'zod';
import { defineCheck } from '../check.js';
import { type Evidence, scoredFeedback, worstTheme } from '../evidence.js';

/** A theme whose mentions pull the score down significantly, by more than `by` points. */
export const themeDrags = defineCheck({
  id: 'theme-drags',
  description: "A theme's mentions pull the score down significantly, by more than a threshold.",
  params: z.strictObject({ kind: z.literal('theme-drags'), by: z.number().min(0) }),
  messages: {
    npsDrags:
      '{mentions|count:comment mentions/comments mention} {title|lower}, and those customers score {with|signed} ' +
      'against {without|signed} for the other commenters',
    meanDrags:
      '{mentions|count:comment mentions/comments mention} {title|lower}, and those customers score {with} ' +
      'against {without} for the other commenters',
  },
  evaluate: (trigger, evidence: Evidence) => {
    for (const summary of scoredFeedback(evidence)) {
      const theme = worstTheme(summary);
      if (!theme || theme.pull === null || theme.pull > -trigger.by) continue;
      return [
        {
          check: 'theme-drags',
          messageId: summary.scores?.nps ? 'npsDrags' : 'meanDrags',
          data: {
            file: summary.source.file,
            theme: theme.id,
            title: theme.title,
            mentions: theme.mentions,
            with: theme.with,
            without: theme.without,
            pull: theme.pull,
          },
          severity: Math.min(100, 55 + Math.abs(theme.pull) / 2),
        },
      ];
    }
    return [];
  },
});
