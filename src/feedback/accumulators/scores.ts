import { groupScore, Histogram, scoreFigures } from '../histogram.js';
import type { FeedbackSummary } from '../model.js';
import type { Scale } from '../scale.js';
import { round1 } from '../stats.js';
import type { Accumulator, FinishContext, HistogramState } from './accumulator.js';
import type { RowFacts } from './row.js';

/** Every readable lead score: the headline figures and the distribution; order does not matter. */
export class ScoreTally implements Accumulator<HistogramState, Pick<FeedbackSummary, 'scores'>> {
  /** Read before the summary is made: the scale is detected from it, and other figures compare against it. */
  readonly histogram = new Histogram();

  add({ score }: RowFacts): void {
    if (score !== null) this.histogram.add(score);
  }

  toState(): HistogramState {
    return this.histogram;
  }

  merge(state: HistogramState): void {
    this.histogram.merge(state);
  }

  finish({ headline, minGroupSize }: FinishContext): Pick<FeedbackSummary, 'scores'> {
    const { histogram } = this;
    return {
      scores: headline ? { ...groupScore(histogram, headline, minGroupSize), distribution: distribution(histogram, headline) } : null,
    };
  }
}

function distribution(histogram: Histogram, scale: Scale): { value: number; count: number; share: number }[] {
  const n = scoreFigures(histogram, scale).n;
  return [...histogram.counts]
    .filter(([value]) => value >= scale.min && value <= scale.max)
    .sort((a, b) => a[0] - b[0])
    .map(([value, count]) => ({ value, count, share: round1((count / n) * 100) }));
}
