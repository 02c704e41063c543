import { fallingMonth, worstTheme } from '../checks/evidence.js';
import type { FeedbackSummary } from '../feedback/model.js';
import { formatCount as count, formatSigned as signed } from '../format.js';
import { describeWithheld } from './feedback.js';
import type { PerceptionGap } from './gap.js';
import type { ActionReport, CoverageReport, FocusArea, ReportModel } from './model.js';
import { describeTop, figure } from './phrases.js';

type SummaryInput = Pick<ReportModel, 'overall' | 'dimensions' | 'strengths' | 'weakest' | 'actions' | 'feedback' | 'perceptionGap'>;

/**
 * The five lines a CEO reads: where the team stands, its best and worst, what customers say,
 * where the team's view and the customers' disagree, and what to do first. Each line restates
 * a figure found further down the report; none is new.
 */
export function executiveSummary(input: SummaryInput): string[] {
  return [
    standing(input.overall),
    extremes(input.strengths, input.weakest, input.dimensions, input.overall.score !== null),
    customers(input.feedback),
    gap(input.perceptionGap, input.overall),
    firstAction(input.actions),
  ];
}

function standing(overall: SummaryInput['overall']): string {
  if (overall.score === null || !overall.level) return `No overall score or level: ${missingAnswers(overall.coverage)}.`;
  const next = overall.nextLevel ? ` (next level, ${overall.nextLevel.title}, is ${overall.nextLevel.pointsToGo} points away)` : '';
  // One decimal: a 49.8 shown as 50 would seem to contradict a level that starts at 50.
  return `Overall ${overall.score}/100: ${overall.level.title}${next}.`;
}

/**
 * Why there is no overall score, as a clause: how much of the weight was answered, how much is
 * needed, and which dimensions have no answer. Shared by the summary, the terminal and the gate.
 */
export function missingAnswers(coverage: CoverageReport): string {
  if (coverage.answeredShare === 0) return 'no question was answered on the 1–5 scale';
  const empty = coverage.emptyDimensions.length > 0 ? ` (no answers in ${coverage.emptyDimensions.join(', ')})` : '';
  const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
  return `the questions answered on the 1–5 scale carry ${percent(coverage.answeredShare)} of the questionnaire's weight, short of the ${percent(coverage.requiredShare)} an overall score needs${empty}`;
}

function extremes(strengths: FocusArea[], weakest: FocusArea[], dimensions: SummaryInput['dimensions'], scored: boolean): string {
  const describe = (areas: FocusArea[]) =>
    areas
      .slice(0, 2)
      .map((area) => `${area.title} ${Math.round(area.score ?? 0)}/100`)
      .join(' and ');
  if (strengths.length === 0 && weakest.length === 0) return 'No dimension has enough answers to compare.';
  const compared = dimensions.filter((dimension) => !dimension.lowConfidence).length;
  // On thin answers, claims about "every" or "no" dimension would cover questions nobody answered.
  if (compared < dimensions.length || !scored) {
    const found = [
      strengths.length > 0 ? `strongest: ${describe(strengths.slice(0, 1))}${caveat(strengths[0]!)}` : '',
      weakest.length > 0 ? `weakest: ${describe(weakest)}` : '',
    ].filter(Boolean);
    return `${compared} of the ${dimensions.length} dimensions ${compared === 1 ? 'has' : 'have'} enough answers to compare; ${found.join('; ')}.`;
  }
  if (strengths.length === 0) return `No dimension reaches 60/100; weakest: ${describe(weakest)}.`;
  if (weakest.length === 0) return `Every dimension reaches 60/100; strongest: ${describe(strengths)}${caveat(strengths[0]!)}.`;
  return `Strongest: ${describe(strengths.slice(0, 1))}${caveat(strengths[0]!)}; weakest: ${describe(weakest)}.`;
}

/** A strength that rests on answers nobody backed with evidence is said to, in the same breath. */
function caveat(area: FocusArea): string {
  const claimed = area.questions.filter((question) => question.evidence === 'claimed').length;
  return claimed === 0
    ? ''
    : ` (${claimed === 1 ? 'one of its top answers is' : `${claimed} of its top answers are`} claimed without evidence)`;
}

function customers(feedback: readonly FeedbackSummary[]): string {
  const withheld = feedback.find((candidate) => candidate.withheld);
  if (withheld) return `Customers: the figures of ${withheld.source.file} are ${describeWithheld(withheld)}.`;
  const summary = [...feedback].filter((candidate) => candidate.scores).sort((a, b) => b.scores!.n - a.scores!.n)[0];
  if (!summary) {
    return feedback.length === 0
      ? 'Customers: no feedback was given to this audit, so none of the answers above is checked against what customers say.'
      : `Customers: ${feedback[0]!.comments?.count ?? 0} comments but no scores.`;
  }
  const scores = summary.scores!;
  const headline = scores.tooSmall
    ? `${scores.nps ? `NPS ${signed(scores.nps.nps)}` : `mean ${scores.mean}`} on ${count(scores.n)} ${scores.n === 1 ? 'answer' : 'answers'}, too few answers to read`
    : scores.nps
      ? `NPS ${signed(scores.nps.nps)} (95% interval ${signed(scores.nps.interval?.low)} to ${signed(scores.nps.interval?.high)}, n = ${count(scores.n)})`
      : `${scores.topShare}% ${describeTop(summary)} (mean ${scores.mean}, n = ${count(scores.n)})`;
  const drag = worstTheme(summary);
  const months = summary.trend.filter((month) => !month.tooSmall);
  const latest = months.at(-1);
  const fall = fallingMonth(summary);
  const trend = fall
    ? `; it fell from ${figure(fall.previous.headline, summary)} in ${fall.previous.name} to ${figure(fall.month.headline, summary)} in ${fall.month.name}${latest && latest !== fall.month ? ` and stands at ${figure(latest.headline, summary)} in ${latest.name}` : ''}`
    : '';
  const lower = scores.nps ? 'NPS points lower' : 'lower on average';
  return `Customers: ${headline}${trend}${drag ? `; ${drag.title.toLowerCase()} costs the most (the ${drag.mentions} who mention it score ${Math.abs(drag.pull!)} ${lower})` : ''}.`;
}

function gap(perception: PerceptionGap, overall: SummaryInput['overall']): string {
  const flagged =
    perception.rows.find((row) => row.direction === 'team-higher') ?? perception.rows.find((row) => row.direction === 'customers-higher');
  if (flagged) return flagged.statement;
  if (perception.rows.length > 0) return "The team's view of itself and its customers' figures roughly agree.";
  return `Unchecked: ${overall.dontKnow} "don't know" answers and ${overall.claimedNotEvidenced} high answers without evidence.`;
}

function firstAction(actions: SummaryInput['actions']): string {
  const first: ActionReport | undefined = actions.thisWeek[0] ?? actions.thisMonth[0] ?? actions.thisQuarter[0];
  return first
    ? `Start ${first.timeFrame}: ${first.title} (owner: ${first.owner}; due ${first.dueBy}).`
    : 'No action is triggered: keep measuring and run the audit again next quarter.';
}
