import { type Answers, type AnswerValue, DONT_KNOW, isScaleAnswer } from '../answers/types.js';
import { type Dimension, type Question, type Questionnaire, questionsOf } from '../questionnaire/index.js';
import type { Level, ScoringModel } from './model.js';

/** How well a high answer is supported: only answers at the top of the scale need evidence. */
export type EvidenceStatus = 'evidenced' | 'claimed' | 'not-required';

export interface QuestionScore {
  question: Question;
  /** null when the answers file has no answer for this question (e.g. it was added later). */
  answer: AnswerValue | null;
  note: string | null;
  /** Notes of respondents on the other side of the team's answer (see Answer.otherNotes): never evidence. */
  otherNotes: string | null;
  /** Each respondent's answer, when several answered; `answer` is their median. */
  responses: { respondent: string; answer: AnswerValue }[];
  /** 0–100, or null for "don't know" and unanswered questions, which are gaps, not zeros. */
  points: number | null;
  evidence: EvidenceStatus;
}

/** How many questions there are, and how many were answered, not known, skipped, or claimed without evidence. */
export interface Counts {
  questionCount: number;
  answered: number;
  dontKnow: number;
  unanswered: number;
  claimedNotEvidenced: number;
}

export interface DimensionScore extends Counts {
  dimension: Dimension;
  /** Weighted mean of the answered questions, 0–100 with one decimal; null when none was answered. */
  score: number | null;
  level: Level | null;
  /** Too few questions answered on the scale for the score to be compared with the others. */
  lowConfidence: boolean;
  questions: QuestionScore[];
}

/** How much of the questionnaire the answers cover, each question weighing its weight times its dimension's. */
export interface Coverage {
  /** Share (0–1) of the questionnaire's weight carried by the questions answered on the 1–5 scale. */
  answeredWeight: number;
  /** The share an overall score needs (ScoringModel.minAnsweredWeight). */
  requiredWeight: number;
  /** False when the answers cover too little: the overall score and level are then withheld. */
  enough: boolean;
  /** Dimensions with no question answered on the 1–5 scale. */
  emptyDimensions: Dimension[];
}

export interface AuditScore extends Counts {
  /** Weighted mean of the dimension scores, 0–100 with one decimal; null when the answers cover too little (see coverage). */
  overall: number | null;
  level: Level | null;
  coverage: Coverage;
  dimensions: DimensionScore[];
}

/**
 * Turns answers into scores. "Don't know" and unanswered questions are left out of the means
 * (a zero would punish honesty, a guess would flatter) and counted as gaps of their own.
 */
export function scoreAudit(answers: Answers, questionnaire: Questionnaire, model: ScoringModel): AuditScore {
  const dimensions = questionnaire.dimensions.map((dimension) =>
    scoreDimension(dimension, questionsOf(questionnaire, dimension.id), answers, model),
  );
  const coverage = coverageOf(dimensions, model.minAnsweredWeight);
  const overall = coverage.enough
    ? weightedMean(dimensions.map((result) => ({ value: result.score, weight: result.dimension.weight })))
    : null;
  return {
    overall,
    level: levelFor(overall, model.levels),
    coverage,
    dimensions,
    ...sumCounts(dimensions),
  };
}

/** The share of the questionnaire's weight that was answered, against the share an overall score needs. */
export function coverageOf(dimensions: readonly DimensionScore[], requiredWeight: number): Coverage {
  let total = 0;
  let answered = 0;
  for (const { dimension, questions } of dimensions) {
    for (const { question, points } of questions) {
      const weight = question.weight * dimension.weight;
      total += weight;
      if (points !== null) answered += weight;
    }
  }
  const answeredWeight = total === 0 ? 0 : answered / total;
  return {
    answeredWeight,
    requiredWeight,
    enough: answered > 0 && answeredWeight >= requiredWeight,
    emptyDimensions: dimensions.filter((result) => result.answered === 0).map((result) => result.dimension),
  };
}

function scoreDimension(dimension: Dimension, questions: Question[], answers: Answers, model: ScoringModel): DimensionScore {
  const scored = questions.map((question) => scoreQuestion(question, answers, model));
  const score = weightedMean(scored.map((result) => ({ value: result.points, weight: result.question.weight })));
  const counts = sumCounts(scored.map(countQuestion));
  return {
    dimension,
    score,
    level: levelFor(score, model.levels),
    ...counts,
    lowConfidence: counts.answered < Math.ceil(counts.questionCount * model.minAnsweredShare),
    questions: scored,
  };
}

function scoreQuestion(question: Question, answers: Answers, model: ScoringModel): QuestionScore {
  const given = answers.answers[question.id];
  const answer = given?.answer ?? null;
  const note = given?.note?.trim() || null;
  const points = isScaleAnswer(answer) ? model.answerPoints[answer] : null;
  const needsEvidence = isScaleAnswer(answer) && answer >= model.evidenceRequiredFrom;
  return {
    question,
    answer,
    note,
    otherNotes: given?.otherNotes?.trim() || null,
    responses: given?.responses ?? [],
    points,
    evidence: needsEvidence ? (note ? 'evidenced' : 'claimed') : 'not-required',
  };
}

function countQuestion(result: QuestionScore): Counts {
  return {
    questionCount: 1,
    answered: result.points === null ? 0 : 1,
    dontKnow: result.answer === DONT_KNOW ? 1 : 0,
    unanswered: result.answer === null ? 1 : 0,
    claimedNotEvidenced: result.evidence === 'claimed' ? 1 : 0,
  };
}

function sumCounts(parts: readonly Counts[]): Counts {
  const total: Counts = { questionCount: 0, answered: 0, dontKnow: 0, unanswered: 0, claimedNotEvidenced: 0 };
  for (const part of parts) {
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += part[key];
  }
  return total;
}

/** Weighted mean of the values that exist; weight-0 and null values take no part. */
export function weightedMean(items: readonly { value: number | null; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    if (value === null || weight <= 0) continue;
    if (!Number.isFinite(value) || value < 0 || value > 100) throw new RangeError(`score out of range: ${value}`);
    sum += value * weight;
    weights += weight;
  }
  return weights === 0 ? null : Math.round((sum / weights) * 10) / 10;
}

export function levelFor(score: number | null, levels: readonly Level[]): Level | null {
  if (score === null) return null;
  let reached: Level | null = null;
  for (const level of levels) if (score >= level.from) reached = level;
  return reached;
}
