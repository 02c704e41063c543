import { type ChosenAction, chooseActions } from '../actions/choose.js';
import { assigneeOf, type Owners } from '../actions/owners.js';
import type { Action, TimeFrame } from '../actions/types.js';
import { respondentsOf } from '../answers/team.js';
import type { Answers } from '../answers/types.js';
import { dueDate } from '../calendar.js';
import { type Finding, partsOf } from '../checks/check.js';
import { withQualityFindings } from '../checks/quality/index.js';
import type { AnalysedFeedback } from '../feedback/model.js';
import type { Level } from '../scoring/model.js';
import type { AuditScore, DimensionScore, QuestionScore } from '../scoring/score.js';
import { executiveSummary } from './executive.js';
import { perceptionGap } from './gap.js';
import {
  type ActionReport,
  type DimensionReport,
  type FocusArea,
  type LevelReport,
  type QuestionReport,
  REPORT_SCHEMA_VERSION,
  type ReportModel,
} from './model.js';
import { namedSpecifics } from './specifics.js';
import { isDisagreement, teamReport } from './team.js';

export interface ReportInput {
  answers: Answers;
  score: AuditScore;
  catalogue: readonly Action[];
  levels: readonly Level[];
  /** YYYY-MM-DD; passed in so the same input gives the same report. */
  generatedOn: string;
  version: string;
  feedback: readonly AnalysedFeedback[];
  /** Who holds the roles that actions are given to (the config's `owners`). */
  owners?: Owners;
  /** Show several respondents' names beside their answers; without it the report names nobody. */
  named?: boolean;
}

/** A dimension counts as a strength from this score up, and as a weakness below it. */
const STRENGTH_FROM = 60;
const FOCUS_AREAS = 3;
const DAYS_TO_DUE: Record<TimeFrame, number> = { 'this week': 7, 'this month': 30, 'this quarter': 90 };

/** The report model (model.ts) from the scores, the chosen actions and the feedback; apart from the types, which the views import. */
export function buildReport(input: ReportInput): ReportModel {
  const { score, answers } = input;
  const feedback = input.feedback.map(withQualityFindings);
  const levels = input.levels.map((level, index) => toLevelReport(level, input.levels[index + 1]));
  const currentLevel = levels.find((level) => level.id === score.level?.id) ?? null;
  const next = currentLevel ? levels[levels.indexOf(currentLevel) + 1] : undefined;
  const named = input.named ?? false;
  const dimensions = score.dimensions.map((dimension) => toDimensionReport(dimension, named));
  const allQuestions = dimensions.flatMap((dimension) => dimension.questions);
  // A score on too few answers is shown, but never called a strength or a weakness.
  const scored = dimensions.filter((dimension) => dimension.score !== null && !dimension.lowConfidence);
  const byScore = [...scored].sort((a, b) => a.score! - b.score! || a.id.localeCompare(b.id));
  const evidence = { score, feedback };
  const plan = chooseActions(input.catalogue, evidence);
  const specifics = namedSpecifics(plan, evidence);
  const actions = plan.map((chosen, index) => toActionReport(chosen, specifics[index]!, allQuestions, input));

  const model: Omit<ReportModel, 'summary'> = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: { name: 'centricity', version: input.version },
    generatedOn: input.generatedOn,
    audit: { team: answers.team ?? null, respondent: answers.respondent ?? null, answeredOn: answers.date ?? null },
    overall: {
      score: score.overall,
      level: currentLevel,
      nextLevel: next && score.overall !== null ? { ...next, pointsToGo: Math.round((next.from - score.overall) * 10) / 10 } : null,
      questionCount: score.questionCount,
      answered: score.answered,
      dontKnow: score.dontKnow,
      unanswered: score.unanswered,
      claimedNotEvidenced: score.claimedNotEvidenced,
      withheld: !score.coverage.enough && score.answered > 0 ? 'too-few-answers' : null,
      coverage: {
        // Rounded down, so that a share just short of the threshold never reads as reaching it.
        answeredShare: Math.floor(score.coverage.answeredWeight * 1000 + 1e-9) / 1000,
        requiredShare: score.coverage.requiredWeight,
        emptyDimensions: score.coverage.emptyDimensions.map((dimension) => dimension.title),
      },
    },
    levels,
    dimensions,
    strengths: byScore
      .filter((dimension) => dimension.score! >= STRENGTH_FROM)
      .reverse()
      .slice(0, FOCUS_AREAS)
      .map((dimension) => focusArea(dimension, (question) => (question.points ?? 0) >= 75, 'best')),
    weakest: byScore
      .filter((dimension) => dimension.score! < STRENGTH_FROM)
      .slice(0, FOCUS_AREAS)
      .map((dimension) => focusArea(dimension, (question) => question.points === null || question.points <= 50, 'worst')),
    gaps: {
      dontKnow: allQuestions.filter((question) => question.answer === 'dont-know'),
      unanswered: allQuestions.filter((question) => question.answer === null),
      claimedNotEvidenced: allQuestions.filter((question) => question.evidence === 'claimed'),
      disagreements: allQuestions.filter((question) => question.disagreement),
    },
    team: teamReport(
      score.dimensions.flatMap((dimension) => dimension.questions),
      respondentsOf(answers),
      named,
    ),
    actions: {
      thisWeek: actions.filter((action) => action.timeFrame === 'this week'),
      thisMonth: actions.filter((action) => action.timeFrame === 'this month'),
      thisQuarter: actions.filter((action) => action.timeFrame === 'this quarter'),
    },
    perceptionGap: perceptionGap(score, feedback),
    feedback,
    // Earlier audits are read at the edge and added with withHistory (src/history/compare.ts).
    history: null,
  };
  const { schemaVersion, generator, generatedOn, audit, ...rest } = model;
  return { schemaVersion, generator, generatedOn, audit, summary: executiveSummary(model, STRENGTH_FROM), ...rest };
}

function toLevelReport(level: Level, next: Level | undefined): LevelReport {
  return { id: level.id, title: level.title, from: level.from, to: next?.from ?? 100, description: level.description };
}

function toDimensionReport(result: DimensionScore, named: boolean): DimensionReport {
  const { dimension } = result;
  return {
    id: dimension.id,
    title: dimension.title,
    summary: dimension.summary,
    why: dimension.why,
    weight: dimension.weight,
    score: result.score,
    level: result.level?.title ?? null,
    questionCount: result.questionCount,
    answered: result.answered,
    dontKnow: result.dontKnow,
    unanswered: result.unanswered,
    claimedNotEvidenced: result.claimedNotEvidenced,
    lowConfidence: result.lowConfidence,
    questions: result.questions.map((question) => toQuestionReport(question, named)),
  };
}

function toQuestionReport(result: QuestionScore, named: boolean): QuestionReport {
  const { question, answer } = result;
  return {
    id: question.id,
    dimension: question.dimension,
    text: question.text,
    why: question.why,
    answer,
    answerLabel: answer === null ? 'not answered' : answer === 'dont-know' ? "don't know" : question.scale[answer - 1]!,
    note: result.note,
    otherNotes: result.otherNotes,
    points: result.points,
    evidence: result.evidence,
    evidenceHint: question.evidence,
    // Names only where the team chose to be named: the team section lists the answers without them.
    responses: named ? result.responses : [],
    disagreement: isDisagreement(result.responses.map((response) => response.answer)),
  };
}

function focusArea(dimension: DimensionReport, explains: (question: QuestionReport) => boolean, order: 'best' | 'worst'): FocusArea {
  const rank = (question: QuestionReport) => question.points ?? -1;
  const questions = dimension.questions.filter(explains).sort((a, b) => (order === 'best' ? rank(b) - rank(a) : rank(a) - rank(b)));
  return { id: dimension.id, title: dimension.title, score: dimension.score, questions };
}

function toActionReport(
  chosen: ChosenAction,
  specifics: Finding[],
  questions: readonly QuestionReport[],
  { generatedOn, owners = {} }: Pick<ReportInput, 'generatedOn' | 'owners'>,
): ActionReport {
  const { action } = chosen;
  return {
    id: action.id,
    title: action.title,
    why: action.why,
    findings: chosen.findings,
    notes: notesBehind(chosen.findings, questions),
    specifics,
    steps: action.steps,
    effort: action.effort,
    timeFrame: chosen.timeFrame,
    dueBy: dueDate(generatedOn, DAYS_TO_DUE[chosen.timeFrame]),
    owner: action.owner,
    assignee: assigneeOf(action.owner, owners),
    signal: action.signal,
    done: false,
  };
}

/** The model with the actions of `ids` ticked: those the team ticked in the report of the same audit, run before. */
export function withActionsDone<Model extends Pick<ReportModel, 'actions'>>(model: Model, ids: readonly string[]): Model {
  if (ids.length === 0) return model;
  const tick = (actions: readonly ActionReport[]) =>
    actions.map((action) => (ids.includes(action.id) ? { ...action, done: true } : action));
  const { thisWeek, thisMonth, thisQuarter } = model.actions;
  return { ...model, actions: { thisWeek: tick(thisWeek), thisMonth: tick(thisMonth), thisQuarter: tick(thisQuarter) } };
}

/** The notes on the questions the findings name (in `data.question`), composite findings' parts included, each once. */
function notesBehind(findings: readonly Finding[], questions: readonly QuestionReport[]): ActionReport['notes'] {
  const named = findings.flatMap((finding) => [finding, ...partsOf(finding)]).map((finding) => finding.data.question);
  return [...new Set(named)].flatMap((id) => {
    const question = questions.find((candidate) => candidate.id === id);
    return question?.note ? [{ question: question.text, note: question.note }] : [];
  });
}
