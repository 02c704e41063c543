import type { Answers, AnswerValue } from '../../src/answers/types.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';

/** Answers with every question at `value`, then the overrides. */
export function answersWith(value: AnswerValue, overrides: Record<string, Answers['answers'][string]> = {}): Answers {
  const answers: Answers['answers'] = {};
  for (const question of DEFAULT_QUESTIONNAIRE.questions) answers[question.id] = { answer: value, note: 'evidence' };
  return { schemaVersion: 1, team: 'Test team', status: 'complete', answers: { ...answers, ...overrides } };
}
