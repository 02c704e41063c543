import type { FeedbackSummary } from '../feedback/model.js';
import { formatSigned, NOT_AVAILABLE } from '../format.js';

/** "answered 4–5 on the 1–5 star rating": the top of a scale in words, for any scale. */
export function describeTop(summary: FeedbackSummary): string {
  const scale = summary.source.scale;
  return scale
    ? `answered ${scale.topFrom}–${scale.max} on the ${scale.min}–${scale.max} ${scale.title.replace(/\s*\(.*\)$/, '')}`
    : 'answered at the top';
}

/** A group's headline for prose: an NPS with its sign, a mean as it is. */
export function figure(value: number | null | undefined, summary: FeedbackSummary): string {
  return summary.scores?.nps ? formatSigned(value) : value === null || value === undefined ? NOT_AVAILABLE : String(value);
}
