import { z } from 'zod';
import { defineCheck } from '../check.js';
import { type Evidence, questionScore } from '../evidence.js';

/** A question answered at or below a point of the 1–5 scale. */
export const answerAtMost = defineCheck({
  id: 'answer-at-most',
  description: 'A question is answered at or below a point of the scale.',
  params: z.strictObject({ kind: z.literal('answer-at-most'), question: z.string(), atMost: z.number().int().min(1).max(5) }),
  messages: { answered: '"{text}" was answered {answer}/5 ({anchor})' },
  evaluate: (trigger, { score }: Evidence) => {
    const result = questionScore(score, trigger.question);
    if (!result || typeof result.answer !== 'number' || result.answer > trigger.atMost) return [];
    const data = {
      question: result.question.id,
      text: result.question.text,
      answer: result.answer,
      anchor: result.question.scale[result.answer - 1] ?? '',
    };
    return [{ check: 'answer-at-most', messageId: 'answered', data, severity: 100 - (result.points ?? 0) }];
  },
});
