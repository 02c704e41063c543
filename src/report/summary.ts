import { roleOf } from '../actions/owners.js';
import { answersCoverage } from '../checks/quality/answers-coverage.js';
import { formatScore } from '../format.js';
import { mapStrings, printable } from '../printable.js';
import type { ReportModel } from './model.js';
import { describeFinding } from './words.js';

/** The few styles the summary uses; a Chalk instance fits, and tests pass plain identity functions. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

const BAR_WIDTH = 20;

/** A short terminal summary: the score, a bar per dimension, and what to do first. */
export function renderSummary(typed: ReportModel, style: Style): string {
  // Team names, titles and owners come from files: shown without the escape sequences they may carry.
  const model = mapStrings(typed, printable);
  const tone = (score: number | null) => (text: string) =>
    score === null ? style.dim(text) : score < 40 ? style.red(text) : score < 60 ? style.yellow(text) : style.green(text);
  const { overall } = model;
  const lines: string[] = [];
  const heading = model.audit.team ? `${model.audit.team}: ` : '';
  const [unscored] = answersCoverage.evaluate({}, overall);
  lines.push(
    style.bold(
      unscored
        ? `${heading}no overall score or level: ${describeFinding(unscored)}.`
        : `${heading}${overall.score}/100, ${overall.level?.title ?? ''}`,
    ),
  );
  const width = Math.max(...model.dimensions.map((dimension) => dimension.title.length));
  for (const dimension of model.dimensions) {
    const filled = dimension.score === null ? 0 : Math.round((dimension.score / 100) * BAR_WIDTH);
    const bar = tone(dimension.score)('█'.repeat(filled)) + style.dim('░'.repeat(BAR_WIDTH - filled));
    // As the report says it: a dimension nobody answered has "no answers", one answered thinly a score and "(few answers)".
    const value = dimension.score === null ? style.dim('no answers') : formatScore(dimension.score).padStart(3);
    const thin = dimension.score !== null && dimension.lowConfidence ? style.dim('  (few answers)') : '';
    lines.push(`  ${dimension.title.padEnd(width)}  ${bar} ${value}${thin}`);
  }
  const gaps = [
    overall.dontKnow > 0 ? `${overall.dontKnow} "don't know"` : '',
    overall.unanswered > 0 ? `${overall.unanswered} not answered` : '',
    overall.claimedNotEvidenced > 0 ? `${overall.claimedNotEvidenced} claimed, not evidenced` : '',
  ].filter(Boolean);
  if (gaps.length > 0) lines.push(style.dim(`  Gaps: ${gaps.join(', ')}`));
  // The executive summary's line on what customers say, when there was feedback to read.
  if (model.feedback.length > 0) lines.push('', describeFinding(model.summary.customers));
  if (model.actions.thisWeek.length > 0) {
    lines.push('', style.bold('This week:'));
    // The role without its parenthesis keeps each action on one line of a terminal; the person named for it comes first.
    for (const action of model.actions.thisWeek) {
      const owner = action.assignee ? `${action.assignee}, ${roleOf(action.owner)}` : roleOf(action.owner);
      lines.push(`  - ${action.title} ${style.dim(`(${owner}, by ${action.dueBy})`)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
