import type { FeedbackSummary, GroupFigures, ThemeFigures } from '../feedback/model.js';
import type { AuditScore, QuestionScore } from '../scoring/score.js';

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

/** The scored answer to one question, in whichever dimension it is. */
export function questionScore(score: AuditScore, id: string): QuestionScore | undefined {
  for (const dimension of score.dimensions) {
    const found = dimension.questions.find((result) => result.question.id === id);
    if (found) return found;
  }
  return undefined;
}
