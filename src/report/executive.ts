import { ownerLabel } from '../actions/owners.js';
import { type Finding, messageBook } from '../checks/check.js';
import { fallingMonth, worstTheme } from '../checks/evidence.js';
import { answersCoverage } from '../checks/quality/answers-coverage.js';
import { rowsWithheld } from '../checks/quality/rows-withheld.js';
import type { FeedbackSummary } from '../feedback/model.js';
import type { PerceptionGap } from './gap.js';
import type { ActionReport, ExecutiveSummary, FocusArea, ReportModel } from './model.js';

type SummaryInput = Pick<ReportModel, 'overall' | 'dimensions' | 'strengths' | 'weakest' | 'actions' | 'feedback' | 'perceptionGap'>;

/**
 * The templates of the summary's findings, one set per line, as a check keeps its messages.
 * Clauses that may be left out are findings within the line's finding (`{…|finding}`).
 */
const SUMMARY_MESSAGES = {
  'summary-standing': {
    scored: 'Overall {score}/100: {level}.',
    scoredWithNext: 'Overall {score}/100: {level} (next level, {nextLevel}, is {pointsToGo|count:point} away).',
    unscored: 'No overall score or level: {coverage|finding}.',
  },
  'summary-extremes': {
    none: 'No dimension has enough answers to compare.',
    someComparable: '{compared|count} of the {total|count} dimensions have enough answers to compare; {found|finding}.',
    oneComparable: '1 of the {total|count} dimensions has enough answers to compare; {found|finding}.',
    strongestAndWeakest: 'strongest: {strongest|findings}{caveat|finding}; weakest: {weakest|findings}',
    strongestOnly: 'strongest: {strongest|findings}{caveat|finding}',
    weakestOnly: 'weakest: {weakest|findings}',
    noneReaches: 'No dimension reaches {from}/100; weakest: {weakest|findings}.',
    everyReaches: 'Every dimension reaches {from}/100; strongest: {strongest|findings}{caveat|finding}.',
    both: 'Strongest: {strongest|findings}{caveat|finding}; weakest: {weakest|findings}.',
    area: '{title} {score}/100',
    caveatOne: ' (one of its top answers is claimed without evidence)',
    caveat: ' ({claimed|count} of its top answers are claimed without evidence)',
  },
  'summary-customers': {
    withheld: 'Customers: the figures of {file} are {withheld|finding}.',
    noFeedback: 'Customers: no feedback was given to this audit, so none of the answers above is checked against what customers say.',
    noScores: 'Customers: {comments|count:comment} but no scores.',
    scored: 'Customers: {headline|finding}{trend|finding}{drag|finding}.',
    nps: 'NPS {nps|signed} (95% interval {low|signed} to {high|signed}, n = {n|count})',
    topBox: '{share}% answered {from}–{max} on the {min}–{max} {scale} (mean {mean}, n = {n|count})',
    tooFewNps: 'NPS {nps|signed} on {n|count:answer}, too few answers to read',
    tooFewMean: 'mean {mean} on {n|count:answer}, too few answers to read',
    fell: '; it fell from {from|finding} in {fromMonth} to {to|finding} in {toMonth}',
    fellAndStands:
      '; it fell from {from|finding} in {fromMonth} to {to|finding} in {toMonth} and stands at {latest|finding} in {latestMonth}',
    npsFigure: '{value|signed}',
    meanFigure: '{value}',
    dragNps: '; {theme|lower} costs the most (the {mentions|count} who mention it score {pull|count:NPS point/NPS points} lower)',
    dragMean: '; {theme|lower} costs the most (the {mentions|count} who mention it score {pull} lower on average)',
  },
  'summary-gap': {
    gap: '{row|finding}',
    agree: 'Where the feedback measures what the team answered, the two do not contradict each other.',
    unchecked: 'Unchecked: {dontKnow|count:"don\'t know" answer} and {claimed|count:high answer} without evidence.',
    notComparable: 'No figure of the feedback measures what the team answered here, so its view of itself is not checked against it.',
  },
  'summary-first-action': {
    start: 'Start {timeFrame}: {title} (owner: {owner}; due {dueBy}).',
    none: 'No action is triggered: keep measuring and run the audit again next quarter.',
  },
} as const satisfies Record<string, Record<string, string>>;

const BOOK = messageBook(SUMMARY_MESSAGES);

/** The template of one message of one summary line, for src/report/words.ts. */
export const summaryMessage = BOOK.lookup;

const finding = BOOK.finding;

/** The summary of a report; `strengthFrom` is the score from which a dimension counts as a strength. */
export function executiveSummary(input: SummaryInput, strengthFrom: number): ExecutiveSummary {
  return {
    standing: standing(input.overall),
    extremes: extremes(input, strengthFrom),
    customers: customers(input.feedback),
    gap: gap(input.perceptionGap, input.overall),
    firstAction: firstAction(input.actions),
  };
}

function standing(overall: SummaryInput['overall']): Finding {
  if (overall.score === null || !overall.level) {
    const [coverage] = answersCoverage.evaluate({}, { score: null, coverage: overall.coverage });
    return finding('summary-standing', 'unscored', { coverage: coverage ?? null });
  }
  // One decimal: a 49.8 shown as 50 would seem to contradict a level that starts at 50.
  const data = { score: overall.score, level: overall.level.title };
  return overall.nextLevel
    ? finding('summary-standing', 'scoredWithNext', {
        ...data,
        nextLevel: overall.nextLevel.title,
        pointsToGo: overall.nextLevel.pointsToGo,
      })
    : finding('summary-standing', 'scored', data);
}

function extremes({ strengths, weakest, dimensions, overall }: SummaryInput, strengthFrom: number): Finding {
  const areas = (list: FocusArea[]) =>
    list.slice(0, 2).map((area) => finding('summary-extremes', 'area', { title: area.title, score: Math.round(area.score ?? 0) }));
  if (strengths.length === 0 && weakest.length === 0) return finding('summary-extremes', 'none');
  const strongest = strengths.length > 0 ? { strongest: areas(strengths.slice(0, 1)), caveat: caveat(strengths[0]!) } : null;
  const weak = weakest.length > 0 ? { weakest: areas(weakest) } : null;
  const compared = dimensions.filter((dimension) => !dimension.lowConfidence).length;
  // On thin answers, claims about "every" or "no" dimension would cover questions nobody answered.
  if (compared < dimensions.length || overall.score === null) {
    const found =
      strongest && weak
        ? finding('summary-extremes', 'strongestAndWeakest', { ...strongest, ...weak })
        : strongest
          ? finding('summary-extremes', 'strongestOnly', strongest)
          : finding('summary-extremes', 'weakestOnly', weak ?? {});
    return finding('summary-extremes', compared === 1 ? 'oneComparable' : 'someComparable', { compared, total: dimensions.length, found });
  }
  if (!strongest) return finding('summary-extremes', 'noneReaches', { from: strengthFrom, ...weak });
  if (!weak)
    return finding('summary-extremes', 'everyReaches', { from: strengthFrom, strongest: areas(strengths), caveat: strongest.caveat });
  return finding('summary-extremes', 'both', { ...strongest, ...weak });
}

/** A strength that rests on answers nobody backed with evidence is said to, in the same breath. */
function caveat(area: FocusArea): Finding | null {
  const claimed = area.questions.filter((question) => question.evidence === 'claimed').length;
  return claimed === 0
    ? null
    : claimed === 1
      ? finding('summary-extremes', 'caveatOne')
      : finding('summary-extremes', 'caveat', { claimed });
}

function customers(feedback: readonly FeedbackSummary[]): Finding {
  const withheld = feedback.find((candidate) => candidate.withheld);
  if (withheld) {
    const [why] = rowsWithheld.evaluate({}, withheld);
    return finding('summary-customers', 'withheld', { file: withheld.source.file, withheld: why ?? null });
  }
  const summary = [...feedback].filter((candidate) => candidate.scores).sort((a, b) => b.scores!.n - a.scores!.n)[0];
  if (!summary) {
    return feedback.length === 0
      ? finding('summary-customers', 'noFeedback')
      : finding('summary-customers', 'noScores', { comments: feedback[0]!.comments?.count ?? 0 });
  }
  const scores = summary.scores!;
  const isNps = scores.nps !== null;
  const figure = (value: number | null) => finding('summary-customers', isNps ? 'npsFigure' : 'meanFigure', { value });
  const drag = worstTheme(summary);
  const months = summary.trend.filter((month) => !month.tooSmall);
  const latest = months.at(-1);
  const fall = fallingMonth(summary);
  const fell = fall && {
    from: figure(fall.previous.headline),
    fromMonth: fall.previous.name,
    to: figure(fall.month.headline),
    toMonth: fall.month.name,
  };
  return finding('summary-customers', 'scored', {
    headline: headline(summary),
    trend: !fell
      ? null
      : latest && latest !== fall.month
        ? finding('summary-customers', 'fellAndStands', { ...fell, latest: figure(latest.headline), latestMonth: latest.name })
        : finding('summary-customers', 'fell', fell),
    drag:
      drag &&
      finding('summary-customers', isNps ? 'dragNps' : 'dragMean', {
        theme: drag.title,
        mentions: drag.mentions,
        pull: Math.abs(drag.pull!),
      }),
  });
}

/** The headline of the largest scored file: its NPS with the interval, or its top-box share, or "too few answers to read". */
function headline(summary: FeedbackSummary): Finding {
  const scores = summary.scores!;
  const scale = summary.source.scale;
  if (scores.tooSmall) {
    return scores.nps
      ? finding('summary-customers', 'tooFewNps', { nps: scores.nps.nps, n: scores.n })
      : finding('summary-customers', 'tooFewMean', { mean: scores.mean, n: scores.n });
  }
  if (scores.nps) {
    const { nps, interval } = scores.nps;
    return finding('summary-customers', 'nps', { nps, low: interval?.low ?? null, high: interval?.high ?? null, n: scores.n });
  }
  return finding('summary-customers', 'topBox', {
    share: scores.topShare,
    from: scale?.topFrom ?? null,
    min: scale?.min ?? null,
    max: scale?.max ?? null,
    // The scale's name without its range, which the sentence gives: "CSAT (1–5)" → "CSAT".
    scale: scale?.title.replace(/\s*\(.*\)$/, '') ?? null,
    mean: scores.mean,
    n: scores.n,
  });
}

function gap(perception: PerceptionGap, overall: SummaryInput['overall']): Finding {
  const flagged =
    perception.rows.find((row) => row.direction === 'team-higher') ?? perception.rows.find((row) => row.direction === 'customers-higher');
  if (flagged) return finding('summary-gap', 'gap', { row: flagged.finding });
  if (perception.rows.length > 0) return finding('summary-gap', 'agree');
  if (perception.source !== null) return finding('summary-gap', 'notComparable');
  return finding('summary-gap', 'unchecked', { dontKnow: overall.dontKnow, claimed: overall.claimedNotEvidenced });
}

function firstAction(actions: SummaryInput['actions']): Finding {
  const first: ActionReport | undefined = actions.thisWeek[0] ?? actions.thisMonth[0] ?? actions.thisQuarter[0];
  return first
    ? finding('summary-first-action', 'start', {
        timeFrame: first.timeFrame,
        title: first.title,
        owner: ownerLabel(first.owner, first.assignee),
        dueBy: first.dueBy,
      })
    : finding('summary-first-action', 'none');
}
