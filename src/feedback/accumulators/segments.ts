import type { Histogram } from '../histogram.js';
import type { FeedbackSummary } from '../model.js';
import { redact } from '../redact.js';
import type { Accumulator, FinishContext } from './accumulator.js';
import { type GroupsState, groupFigures, groupOf } from './groups.js';
import type { RowFacts } from './row.js';

/** Past this many distinct segments the rest are pooled: a column of free text is not a segmentation. */
export const MAX_SEGMENTS = 200;
export const OTHER_SEGMENTS = '(other)';

/**
 * The scores of each segment, each compared with everyone else. Up to MAX_SEGMENTS segments,
 * order does not matter; past it, the segments kept are the first seen, and parts merged in
 * file order keep the same ones, but the pooled rest may differ when the file is cut.
 */
export class SegmentTally implements Accumulator<GroupsState, Pick<FeedbackSummary, 'segments'>> {
  private readonly segments = new Map<string, Histogram>();

  add({ score, row }: RowFacts): void {
    if (score === null || row.segment === undefined) return;
    groupOf(this.segments, this.keyOf(row.segment.trim())).add(score);
  }

  toState(): GroupsState {
    return this.segments;
  }

  merge(state: GroupsState): void {
    for (const [name, histogram] of state) groupOf(this.segments, this.keyOf(name)).merge(histogram);
  }

  private keyOf(name: string): string {
    return this.segments.has(name) || this.segments.size < MAX_SEGMENTS ? name : OTHER_SEGMENTS;
  }

  finish({ headline, minGroupSize, scores, keepPersonalData }: FinishContext): Pick<FeedbackSummary, 'segments'> {
    if (!headline) return { segments: [] };
    // Segments whose names differ only in personal data ("a@x.com", "b@y.org") are one group once redacted.
    const shown = new Map<string, Histogram>();
    for (const [name, histogram] of this.segments) groupOf(shown, keepPersonalData ? name : redact(name)).merge(histogram);
    return {
      segments: [...shown]
        .map(([name, histogram]) => groupFigures(name, histogram, headline, minGroupSize, scores.minus(histogram)))
        .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)),
    };
  }
}
