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
 * A difference under this share of the answers' standard deviation is too small to act on, however
 * significant a large file makes it: Cohen's "small" effect (d = 0.2). On 1–5 stars with a typical
 * spread of 1.1, that is about 0.2 stars; on NPS, about 15 points.
 */
export const SMALLEST_EFFECT = 0.2;

/** The smallest difference that matters in a file, in its headline's units, and the spread it is a share of. */
export interface DifferenceThatMatters {
  /** SMALLEST_EFFECT times `deviation`, rounded as the headline is (NPS points to one decimal, a mean to two). */
  smallest: number;
  /** The standard deviation of the answers; on NPS, of the answers counted +100 (promoter), 0 and −100 (detractor). */
  deviation: number;
}

/** How large a difference must be to matter in this file (see SMALLEST_EFFECT); null when it has too few scores to say. */
export function differenceThatMatters(summary: FeedbackSummary): DifferenceThatMatters | null {
  const { scores } = summary;
  const scale = summary.source.scale;
  const n = scores?.distribution.reduce((total, { count }) => total + count, 0) ?? 0;
  if (!scores || !scale || n < 2) return null;
  // On NPS the headline is a share of promoters minus one of detractors: each answer weighs +100, 0 or −100.
  const worth = (value: number) => (!scores.nps ? value : value >= scale.topFrom ? 100 : value <= scale.bottomTo ? -100 : 0);
  let sum = 0;
  let squares = 0;
  for (const { value, count } of scores.distribution) {
    sum += worth(value) * count;
    squares += worth(value) ** 2 * count;
  }
  const mean = sum / n;
  const deviation = Math.sqrt(Math.max(0, squares / n - mean ** 2));
  const round = (value: number) => (scores.nps ? Math.round(value * 10) / 10 : Math.round(value * 100) / 100);
  return { smallest: round(SMALLEST_EFFECT * deviation), deviation: round(deviation) };
}

/**
 * The theme that costs the score most, among those with enough answers to tell and a pull that
 * matters (significant, and at least differenceThatMatters): its pull times how many mention it,
 * so that a common complaint outranks a rare one with a bigger gap.
 */
export function worstTheme(summary: FeedbackSummary): ThemeFigures | null {
  const smallest = differenceThatMatters(summary)?.smallest ?? 0;
  const dragging = (summary.comments?.themes ?? []).filter(
    (theme) => !theme.tooSmall && theme.pull !== null && theme.pull < 0 && -theme.pull >= smallest && theme.difference?.significant,
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
