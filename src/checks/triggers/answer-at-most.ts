import { z } from 'zod';
import type { AuditScore } from '../../scoring/score.js';
import { defineCheck, type Finding } from '../check.js';
import { type Evidence, questionScore } from '../evidence.js';

const point = z.number().int().min(1).max(5);
const messages = { answered: '"{text}" was answered {answer}/5 ({anchor})' };

/** The finding of a question whose answer is `within` a bound; none when it is not, or not answered on the scale. */
function answered(check: string, question: string, within: (answer: number) => boolean, score: AuditScore): Finding<'answered'>[] {
  const result = questionScore(score, question);
  if (!result || typeof result.answer !== 'number' || !within(result.answer)) return [];
  const data = {
    question: result.question.id,
    text: result.question.text,
    answer: result.answer,
    anchor: result.question.scale[result.answer - 1] ?? '',
  };
  // A low answer is as pressing as it is low; a high one (a practice claimed) is a mild reason on its own.
  const severity = check === 'answer-at-most' ? 100 - (result.points ?? 0) : 20;
  return [{ check, messageId: 'answered', data, severity }];
}

/** A question answered at or below a point of the 1–5 scale. */
export const answerAtMost = defineCheck({
  id: 'answer-at-most',
  description: 'A question is answered at or below a point of the scale.',
  params: z.strictObject({ kind: z.literal('answer-at-most'), question: z.string(), atMost: point }),
  messages,
  evaluate: (trigger, { score }: Evidence) => answered('answer-at-most', trigger.question, (answer) => answer <= trigger.atMost, score),
});

/** A question answered at or above a point of the 1–5 scale: a practice the team claims. */
export const answerAtLeast = defineCheck({
  id: 'answer-at-least',
  description: 'A question is answered at or above a point of the scale.',
  params: z.strictObject({ kind: z.literal('answer-at-least'), question: z.string(), atLeast: point }),
  messages,
  evaluate: (trigger, { score }: Evidence) => answered('answer-at-least', trigger.question, (answer) => answer >= trigger.atLeast, score),
});
