import { z } from 'zod';
import { defineCheck } from '../check.js';
import type { Evidence } from '../evidence.js';

/** Fewer than `below` comments: too few to know why customers score as they do. */
export const fewComments = defineCheck({
  id: 'few-comments',
  description: 'Fewer comments than a threshold.',
  params: z.strictObject({ kind: z.literal('few-comments'), below: z.number().int().min(1) }),
  messages: {
    few: 'only {comments|count:customer comment was/customer comments were} supplied, too few to say why customers score as they do',
  },
  evaluate: (trigger, { feedback }: Evidence) => {
    const comments = feedback.reduce((sum, summary) => sum + (summary.comments?.count ?? 0), 0);
    if (feedback.length === 0 || comments >= trigger.below) return [];
    return [{ check: 'few-comments', messageId: 'few', data: { comments }, severity: 55 }];
  },
});
