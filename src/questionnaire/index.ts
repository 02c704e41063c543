import { DIMENSIONS } from './dimensions.js';
import { QUESTIONS } from './questions.js';
import type { Dimension, DimensionId, Question } from './types.js';

export type { Dimension, DimensionId, Question, ScaleAnchors } from './types.js';

/** The questions asked and the dimensions they feed; overridable as a whole for custom audits. */
export interface Questionnaire {
  dimensions: readonly Dimension[];
  questions: readonly Question[];
}

export const DEFAULT_QUESTIONNAIRE: Questionnaire = { dimensions: DIMENSIONS, questions: QUESTIONS };

export function questionsOf(questionnaire: Questionnaire, dimension: DimensionId): Question[] {
  return questionnaire.questions.filter((question) => question.dimension === dimension);
}

export function dimensionOf(questionnaire: Questionnaire, question: Question): Dimension {
  const dimension = questionnaire.dimensions.find((candidate) => candidate.id === question.dimension);
  if (!dimension) throw new Error(`question ${question.id} names unknown dimension ${question.dimension}`);
  return dimension;
}
