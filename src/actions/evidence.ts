import type { FeedbackSummary, GroupFigures, Respondent, ThemeFigures } from '../feedback/model.js';
import { formatCount as count, formatSigned as signed } from '../format.js';

export { count, signed };

import type { AuditScore } from '../scoring/score.js';

/** Everything triggers and specifics read: the team's answers, scored, and what customers said. */
export interface Evidence {
  score: AuditScore;
  feedback: readonly FeedbackSummary[];
}

/** The files with readable scores, largest first: the one to quote when a trigger needs one figure. */
export function scoredFeedback(evidence: Evidence): FeedbackSummary[] {
  return evidence.feedback.filter((summary) => summary.scores !== null && summary.scores.n > 0).sort((a, b) => b.scores!.n - a.scores!.n);
}

/**
 * The theme that costs the score most, among those with enough answers to tell: its pull times
 * how many mention it, so that a common complaint outranks a rare one with a bigger gap.
 */
export function worstTheme(summary: FeedbackSummary): ThemeFigures | null {
  const dragging = (summary.comments?.themes ?? []).filter(
    (theme) => !theme.tooSmall && theme.pull !== null && theme.pull < 0 && theme.difference?.significant,
  );
  const cost = (theme: ThemeFigures) => theme.pull! * theme.mentions;
  return dragging.sort((a, b) => cost(a) - cost(b) || a.id.localeCompare(b.id))[0] ?? null;
}

/** The segment furthest below everyone else, significantly. */
export function worstSegment(summary: FeedbackSummary): GroupFigures | null {
  const below = summary.segments.filter((segment) => !segment.tooSmall && segment.change?.significant && segment.change.difference < 0);
  return below.sort((a, b) => a.change!.difference - b.change!.difference || a.name.localeCompare(b.name))[0] ?? null;
}

/** The latest month that fell significantly from the one before. */
export function fallingMonth(summary: FeedbackSummary): { month: GroupFigures; previous: GroupFigures } | null {
  for (let index = summary.trend.length - 1; index > 0; index--) {
    const month = summary.trend[index]!;
    if (month.change?.significant && month.change.difference < 0) return { month, previous: summary.trend[index - 1]! };
  }
  return null;
}

/** "answered 4–5 on a 1–5 star rating": the top of a scale in words, for any scale. */
export function describeTop(summary: FeedbackSummary): string {
  const scale = summary.source.scale;
  return scale
    ? `answered ${scale.topFrom}–${scale.max} on the ${scale.min}–${scale.max} ${scale.title.replace(/\s*\(.*\)$/, '')}`
    : 'answered at the top';
}

export function describeBottom(summary: FeedbackSummary): string {
  const scale = summary.source.scale;
  return scale ? `answered ${scale.min}–${scale.bottomTo}` : 'answered at the bottom';
}

/** A group's headline for prose: an NPS with its sign, a mean as it is. */
export function figure(value: number | null | undefined, summary: FeedbackSummary): string {
  return summary.scores?.nps ? signed(value) : value === null || value === undefined ? 'n/a' : String(value);
}

export function describeScore(summary: FeedbackSummary): string {
  const { scores } = summary;
  if (!scores) return 'no score';
  return scores.nps ? `NPS ${signed(scores.nps.nps)}` : `a mean of ${scores.mean} on the ${summary.source.scale?.title}`;
}

export function describeRespondent(respondent: Respondent, currency = ''): string {
  const who = [
    respondent.id ? `id ${respondent.id}` : null,
    respondent.segment,
    respondent.value !== null ? `value ${currency}${count(respondent.value)}` : null,
    respondent.themes.length ? respondent.themes.join(', ').toLowerCase() : null,
  ]
    .filter(Boolean)
    .join('; ');
  return `line ${respondent.line}${respondent.month ? `, ${respondent.month}` : ''}${who ? ` (${who})` : ''}, score ${respondent.score}: “${respondent.quote}”`;
}
