import { answerStatistics } from '../answers/team.js';
import type { AnswerValue } from '../answers/types.js';
import type { QuestionScore } from '../scoring/score.js';
import type { TeamQuestionReport, TeamReport } from './model.js';

/**
 * Answers this far apart on the 1–5 scale (highest minus lowest) mean the team does not share
 * one picture: two points is the difference between, say, "a plan exists" and "it is reviewed
 * monthly", a different practice rather than a different mood.
 */
export const DISAGREEMENT_POINTS = 2;
/** A meeting can talk through this many disagreements; the rest wait for the next audit. */
export const AGENDA_SIZE = 5;

/**
 * The team section: per question the median, the spread and the extremes, and the largest
 * disagreements as a discussion agenda. Null with fewer than two respondents. Without `named`
 * the section holds no names, and each question's answers are listed lowest first, so that
 * neither a name nor an order ties an answer to a person.
 */
export function teamReport(questions: readonly QuestionScore[], respondents: readonly string[], named: boolean): TeamReport | null {
  if (respondents.length < 2) return null;
  const answered = questions
    .filter((question) => question.responses.length > 0)
    .map((question) => teamQuestion(question, respondents, named));
  return {
    respondents: respondents.length,
    names: named ? [...respondents] : [],
    disagreementFrom: DISAGREEMENT_POINTS,
    questions: answered,
    agenda: discussionAgenda(answered),
  };
}

/**
 * The disagreements worth a meeting: questions whose spread is at least DISAGREEMENT_POINTS,
 * the largest first (ties in the order given), at most AGENDA_SIZE.
 */
export function discussionAgenda<T extends { spread: number | null }>(questions: readonly T[]): T[] {
  return questions
    .filter((question) => (question.spread ?? 0) >= DISAGREEMENT_POINTS)
    .sort((a, b) => b.spread! - a.spread!)
    .slice(0, AGENDA_SIZE);
}

/** Whether the answers are far enough apart to be a disagreement. */
export function isDisagreement(answers: readonly AnswerValue[]): boolean {
  return (answerStatistics(answers).spread ?? 0) >= DISAGREEMENT_POINTS;
}

function teamQuestion(result: QuestionScore, respondents: readonly string[], named: boolean): TeamQuestionReport {
  const values = result.responses.map((response) => response.answer);
  const answers = named
    ? result.responses.map(({ respondent, answer }) => ({ respondent, answer }))
    : [...values].sort(lowestFirst).map((answer) => ({ respondent: null, answer }));
  return {
    id: result.question.id,
    dimension: result.question.dimension,
    text: result.question.text,
    topic: result.question.topic ?? null,
    ...answerStatistics(values),
    answers,
    notAnswered: respondents.length - result.responses.length,
  };
}

/** Answers on the scale from lowest to highest, then "don't know". */
function lowestFirst(a: AnswerValue, b: AnswerValue): number {
  return (typeof a === 'number' ? a : 6) - (typeof b === 'number' ? b : 6);
}
