import { z } from 'zod';
import { DONT_KNOW } from '../../answers/types.js';
import { defineCheck } from '../check.js';
import { type Evidence, questionScore } from '../evidence.js';

/** A question answered "don't know". */
export const dontKnow = defineCheck({
  id: 'dont-know',
  description: 'A question is answered "don\'t know".',
  params: z.strictObject({ kind: z.literal('dont-know'), question: z.string() }),
  messages: { unknown: 'nobody could answer "{text}"' },
  evaluate: (trigger, { score }: Evidence) => {
    const result = questionScore(score, trigger.question);
    if (result?.answer !== DONT_KNOW) return [];
    // Not knowing is serious but less so than knowing the answer is bad.
    return [{ check: 'dont-know', messageId: 'unknown', data: { question: result.question.id, text: result.question.text }, severity: 60 }];
  },
});
