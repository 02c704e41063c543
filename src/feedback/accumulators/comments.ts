import { Histogram } from '../histogram.js';
import type { CommentFigures } from '../model.js';
import { type SentimentLabel, sentimentLabel } from '../sentiment.js';
import { round2 } from '../stats.js';
import type { Accumulator, HistogramState } from './accumulator.js';
import type { RowFacts } from './row.js';

export interface CommentState {
  count: number;
  sentiments: Record<SentimentLabel, number>;
  sentimentSum: number;
  scores: HistogramState;
}

/** How many rows have a comment, their tone, and the scores of those that do; order does not matter. */
export class CommentTally implements Accumulator<CommentState, Pick<CommentFigures, 'count' | 'sentiment'>> {
  private counted = 0;
  private readonly sentiments: Record<SentimentLabel, number> = { positive: 0, neutral: 0, negative: 0 };
  private sentimentSum = 0;
  /** The scores of the rows with a comment, read before the summary is made (see `FinishContext.comments`). */
  readonly scores = new Histogram();

  get count(): number {
    return this.counted;
  }

  add({ comment, sentiment, score }: RowFacts): void {
    if (comment === '') return;
    this.counted++;
    this.sentiments[sentimentLabel(sentiment)]++;
    this.sentimentSum += sentiment;
    if (score !== null) this.scores.add(score);
  }

  toState(): CommentState {
    return { count: this.counted, sentiments: this.sentiments, sentimentSum: this.sentimentSum, scores: this.scores };
  }

  merge(state: CommentState): void {
    this.counted += state.count;
    for (const label of Object.keys(this.sentiments) as SentimentLabel[]) this.sentiments[label] += state.sentiments[label];
    this.sentimentSum += state.sentimentSum;
    this.scores.merge(state.scores);
  }

  finish(): Pick<CommentFigures, 'count' | 'sentiment'> {
    const count = this.counted;
    return { count, sentiment: { ...this.sentiments, mean: count === 0 ? null : round2(this.sentimentSum / count) } };
  }
}
