import { z } from 'zod';
import { defineCheck } from '../check.js';
import type { Evidence } from '../evidence.js';

/** No customer feedback was given to the audit. */
export const noFeedback = defineCheck({
  id: 'no-feedback',
  description: 'No feedback file was given.',
  params: z.strictObject({ kind: z.literal('no-feedback') }),
  messages: { none: 'no customer feedback was given to this audit, so nothing in it was checked against what customers say' },
  evaluate: (_trigger, { feedback }: Evidence) =>
    // Without the customers' own words every other finding is the team's opinion: this comes first.
    feedback.length > 0 ? [] : [{ check: 'no-feedback', messageId: 'none', data: {}, severity: 95 }],
});
