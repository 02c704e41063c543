import { z } from 'zod';
import { defineCheck, type FindingData } from '../check.js';
import { type Evidence, scoredFeedback } from '../evidence.js';

/** Unhappy customers (detractors, bottom-box) who left a comment. */
export const unhappyCustomers = defineCheck({
  id: 'unhappy-customers',
  description: 'Detractors (or bottom-box answers) left comments.',
  params: z.strictObject({ kind: z.literal('unhappy-customers') }),
  messages: {
    // No "and" inside: these clauses are listed with others ("a, b and c").
    detractors: '{detractors|count:customer is a detractor who says/customers are detractors who say} why in their comments',
    bottomBox: '{share|percent} of customers answered {min}–{bottomTo}, saying why in their comments',
    // When no file with readable scores can say how many: no share is better than a wrong one.
    unhappy: 'unhappy customers left comments that say why',
  },
  evaluate: (_trigger, evidence: Evidence) => {
    if (!evidence.feedback.some((summary) => summary.unhappiest.length > 0)) return [];
    const found = (messageId: 'detractors' | 'bottomBox' | 'unhappy', data: FindingData) => [
      { check: 'unhappy-customers', messageId, data, severity: 50 },
    ];
    const summary = scoredFeedback(evidence)[0];
    const scores = summary?.scores;
    const scale = summary?.source.scale;
    if (summary && scores?.nps) return found('detractors', { detractors: scores.nps.detractors, file: summary.source.file });
    if (summary && scale && typeof scores?.bottomShare === 'number')
      return found('bottomBox', { share: scores.bottomShare, min: scale.min, bottomTo: scale.bottomTo, file: summary.source.file });
    return found('unhappy', {});
  },
});
