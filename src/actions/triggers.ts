import { DONT_KNOW } from '../answers/types.js';
import type { AuditScore, QuestionScore } from '../scoring/score.js';
import type { Trigger } from './types.js';

/** A trigger that fired: the finding, in words, and how pressing it is (0–100). */
export interface Finding {
  text: string;
  severity: number;
}

type Evaluator<K extends Trigger['kind']> = (trigger: Extract<Trigger, { kind: K }>, score: AuditScore) => Finding | null;

/** One evaluator per trigger kind; a new kind of trigger is one entry here and one type in types.ts. */
const EVALUATORS: { [K in Trigger['kind']]: Evaluator<K> } = {
  'answer-at-most': (trigger, score) => {
    const result = findQuestion(score, trigger.question);
    if (!result || typeof result.answer !== 'number' || result.answer > trigger.atMost) return null;
    const anchor = result.question.scale[result.answer - 1];
    return {
      text: `"${result.question.text}" was answered ${result.answer}/5 (${anchor})${result.note ? `; note: ${result.note}` : ''}`,
      severity: 100 - (result.points ?? 0),
    };
  },
  'dont-know': (trigger, score) => {
    const result = findQuestion(score, trigger.question);
    if (result?.answer !== DONT_KNOW) return null;
    // Not knowing is serious but less so than knowing the answer is bad.
    return { text: `nobody could answer "${result.question.text}"`, severity: 60 };
  },
  'dimension-below': (trigger, score) => {
    const result = score.dimensions.find((dimension) => dimension.dimension.id === trigger.dimension);
    if (!result || result.score === null || result.score >= trigger.below) return null;
    return { text: `${result.dimension.title} scored ${Math.round(result.score)}/100`, severity: 100 - result.score };
  },
  'overall-below': (trigger, score) => {
    if (score.overall === null || score.overall >= trigger.below) return null;
    // A low overall score is diffuse evidence; specific findings should outrank it.
    return { text: `the overall score is ${Math.round(score.overall)}/100`, severity: (100 - score.overall) / 2 };
  },
};

export function evaluateTrigger(trigger: Trigger, score: AuditScore): Finding | null {
  return (EVALUATORS[trigger.kind] as Evaluator<typeof trigger.kind>)(trigger, score);
}

function findQuestion(score: AuditScore, id: string): QuestionScore | undefined {
  for (const dimension of score.dimensions) {
    const found = dimension.questions.find((result) => result.question.id === id);
    if (found) return found;
  }
  return undefined;
}
