import { z } from 'zod';
import type { FeedbackSummary, GroupFigures } from '../../feedback/model.js';
import { compareNps, compareShares, type Difference, npsFigures } from '../../feedback/stats.js';
import type { AuditScore } from '../../scoring/score.js';
import type { Finding } from '../check.js';

/**
 * A gap rule's parameters: which dimension of the team's answers, and how many points apart make a
 * gap; with `question`, only that question of it (named by `aspect` in the report) is set against the figure.
 */
export const gapParams = z.object({
  dimension: z.string(),
  points: z.number().positive(),
  question: z.object({ id: z.string(), aspect: z.string() }).optional(),
});

/** What a gap rule reads: the team's scores and the feedback file the customers' figures come from. */
export interface GapInput {
  score: AuditScore;
  summary: FeedbackSummary;
}

export type GapMessageId = 'teamHigher' | 'customersHigher' | 'agree' | 'notCompared';

/** Why a rule could not compare: a message id of its own check ("noDates"), or 'teamThin'. */
export type NotComparedReason = string;

/**
 * The statements of a gap rule: the team above the feedback's figure, below it, in agreement, or
 * not compared (and why). `measure` names the figure; the first two say what each gap means.
 * A figure on 0–100 is set against the team's score; a trend (`moving`) against what the team claims.
 */
export function gapMessages(
  texts: { teamHigher: string; customersHigher: string },
  kind: 'score' | 'moving' = 'score',
): Record<GapMessageId, string> {
  const figure = kind === 'score' ? '{measure|finding} is {customers}/100' : 'the score is {moving}';
  const sides = `{title}: the team says {team}/100, ${figure} ({figure|finding}).`;
  return {
    teamHigher: `${sides} ${texts.teamHigher}.`,
    customersHigher: `${sides} ${texts.customersHigher}.`,
    agree:
      kind === 'score'
        ? "{title}: the team says {team}/100 and the feedback's figure {customers}/100 ({figure|finding}); they roughly agree."
        : '{title}: the team says {team}/100 and the score is {moving} ({figure|finding}); the two do not contradict each other.',
    notCompared: NOT_COMPARED,
  };
}

/** A dimension left out of the comparison, and why: the reason is a finding of the same check. */
export const NOT_COMPARED = '{title}: {reason|finding}.';

/** Why the team's side cannot be compared: for a rule on a whole dimension, and for one on a question of it. */
export const DIMENSION_THIN = { teamThin: 'the team answered fewer than half of its questions' };
export const QUESTION_UNANSWERED = { questionUnanswered: 'the team did not answer that question on the scale' };

/** The team's score for a dimension (or one question of it), null when unanswered or too thin; null for a dimension it does not have. */
export function teamSide(
  score: AuditScore,
  { dimension: id, question }: Pick<z.infer<typeof gapParams>, 'dimension' | 'question'>,
): { title: string; team: number } | { title: string; reason: 'teamThin' | 'questionUnanswered' } | null {
  const dimension = score.dimensions.find((candidate) => candidate.dimension.id === id);
  if (!dimension) return null;
  if (question) {
    const points = dimension.questions.find((candidate) => candidate.question.id === question.id)?.points ?? null;
    const title = `${dimension.dimension.title} (${question.aspect})`;
    return points === null ? { title, reason: 'questionUnanswered' } : { title, team: Math.round(points) };
  }
  const title = dimension.dimension.title;
  return dimension.score === null || dimension.lowConfidence ? { title, reason: 'teamThin' } : { title, team: Math.round(dimension.score) };
}

export function notCompared(check: string, id: string, title: string, reason: NotComparedReason): Finding<'notCompared'>[] {
  const why: Finding = { check, messageId: reason, data: {}, severity: 0 };
  return [{ check, messageId: 'notCompared', data: { dimension: id, title, reason: why }, severity: 0 }];
}

/** A team score this high claims the practice; this low, admits it is missing. */
const CLAIMS = 60;
const ADMITS = 40;

/** The team's score and the feedback's figure, or the finding that says why they are not compared (none for an unknown dimension). */
function bothSides<Figure extends object>(
  check: string,
  params: z.infer<typeof gapParams>,
  score: AuditScore,
  figure: Figure | { reason: NotComparedReason },
): { team: number; title: string; figure: Figure } | Finding<'notCompared'>[] {
  const side = teamSide(score, params);
  if (!side) return [];
  if ('reason' in side) return notCompared(check, params.dimension, side.title, side.reason);
  if ('reason' in figure) return notCompared(check, params.dimension, side.title, figure.reason);
  return { team: side.team, title: side.title, figure };
}

/**
 * The team's score for a dimension set against a figure of the feedback on the same 0–100 scale:
 * one finding, whose message says which side is higher; or, when either side is missing or rests
 * on too few answers (a gap made of noise), why not. The team is higher when its score is `points`
 * or more above the figure; lower only when it admits the practice is missing ({@link ADMITS} or
 * less) and the figure is `points` or more above: a figure that shows a practice (answers every
 * month) cannot tell a 4 from a 5, so an honest 4 is no gap.
 */
export function compare(
  check: string,
  params: z.infer<typeof gapParams>,
  score: AuditScore,
  customer: { value: number; figure: Finding } | { reason: NotComparedReason },
): Finding<GapMessageId>[] {
  const { dimension: id, points } = params;
  const sides = bothSides(check, params, score, customer);
  if (Array.isArray(sides)) return sides;
  const { team, title } = sides;
  const customers = Math.round(sides.figure.value);
  const messageId = team - customers >= points ? 'teamHigher' : customers - team >= points && team <= ADMITS ? 'customersHigher' : 'agree';
  const measure: Finding = { check, messageId: 'measure', data: {}, severity: 0 };
  return [
    {
      check,
      messageId,
      data: { dimension: id, title, team, customers, measure, figure: sides.figure.figure },
      severity: Math.min(100, Math.abs(team - customers)),
    },
  ];
}

/**
 * The team's score for a dimension set against how a figure moved: the team that claims the
 * practice ({@link CLAIMS} or more) while the score falls significantly rates itself higher; the
 * one that admits it is missing ({@link ADMITS} or less) while the score rises, lower; else no contradiction.
 */
export function directionGap(
  check: string,
  params: z.infer<typeof gapParams>,
  score: AuditScore,
  change: { difference: Difference; figure: Finding } | { reason: NotComparedReason },
): Finding<GapMessageId>[] {
  const id = params.dimension;
  const sides = bothSides(check, params, score, change);
  if (Array.isArray(sides)) return sides;
  const { team, title } = sides;
  const { difference, significant } = sides.figure.difference;
  const moving = !significant ? 'steady' : difference > 0 ? 'rising' : 'falling';
  const messageId =
    moving === 'falling' && team >= CLAIMS ? 'teamHigher' : moving === 'rising' && team <= ADMITS ? 'customersHigher' : 'agree';
  const measure: Finding = { check, messageId: 'measure', data: {}, severity: 0 };
  return [
    {
      check,
      messageId,
      data: { dimension: id, title, team, customers: difference, moving, measure, figure: sides.figure.figure },
      severity: messageId === 'agree' ? 0 : Math.min(100, Math.abs(difference)),
    },
  ];
}

/** Months at each end of the file that a trend compares. */
const WINDOW_MONTHS = 3;
/** Answers each end needs for its figure to be read. */
const WINDOW_ANSWERS = 30;

/**
 * How the score moved between the first and the last {@link WINDOW_MONTHS} months of dated
 * answers: NPS on the recommend scale, the top-box share elsewhere, with a significance test; or
 * why it cannot be read (no dates, fewer than twice that many months, too few answers at an end).
 */
export function quarterChange(check: string, summary: FeedbackSummary): { difference: Difference; figure: Finding } | { reason: string } {
  const months = summary.trend;
  const scale = summary.source.scale;
  if (!summary.scores || !scale) return { reason: 'noScores' };
  if (months.length === 0) return { reason: 'noDates' };
  if (months.length < 2 * WINDOW_MONTHS) return { reason: 'fewMonths' };
  const first = months.slice(0, WINDOW_MONTHS);
  const last = months.slice(-WINDOW_MONTHS);
  const answers = (window: GroupFigures[]) => window.reduce((total, month) => total + month.n, 0);
  if (answers(first) < WINDOW_ANSWERS || answers(last) < WINDOW_ANSWERS) return { reason: 'thinEnds' };
  const span = (window: GroupFigures[]) => `${window[0]!.name} to ${window.at(-1)!.name}`;
  const ends = { firstMonths: span(first), lastMonths: span(last), firstN: answers(first), lastN: answers(last) };
  if (summary.scores.nps) {
    const sum = (window: GroupFigures[]) =>
      npsFigures(
        ...((['promoters', 'passives', 'detractors'] as const).map((part) => window.reduce((t, m) => t + (m.nps?.[part] ?? 0), 0)) as [
          number,
          number,
          number,
        ]),
      );
    const [before, after] = [sum(first), sum(last)];
    const difference = compareNps(after, before)!;
    const significance = difference.significant ? 'significant' : 'not significant';
    const data = { ...ends, first: before.nps, last: after.nps, change: difference.difference, significance };
    return { difference, figure: { check, messageId: 'nps', data, severity: 0 } };
  }
  const top = (window: GroupFigures[]) => window.reduce((total, month) => total + Math.round(((month.topShare ?? 0) * month.n) / 100), 0);
  const [before, after] = [
    { part: top(first), n: ends.firstN },
    { part: top(last), n: ends.lastN },
  ];
  const difference = compareShares(after, before)!;
  const share = ({ part, n }: { part: number; n: number }) => Math.round((part / n) * 1000) / 10;
  const significance = difference.significant ? 'significant' : 'not significant';
  const data = {
    ...ends,
    first: share(before),
    last: share(after),
    from: scale.topFrom,
    max: scale.max,
    change: difference.difference,
    significance,
  };
  return { difference, figure: { check, messageId: 'topBox', data, severity: 0 } };
}
