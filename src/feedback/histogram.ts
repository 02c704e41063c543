import type { Scale } from './scale.js';
import { compareMeans, compareNps, type Difference, type NpsFigures, npsFigures, round1, round2 } from './stats.js';

/**
 * Counts of each score value. Every figure of a group (a month, a segment, a theme) comes from
 * one of these, so that the scale can be decided after the whole file is read and memory stays
 * flat however long it is.
 */
export class Histogram {
  readonly counts = new Map<number, number>();

  add(score: number): void {
    this.counts.set(score, (this.counts.get(score) ?? 0) + 1);
  }

  /** Adds the counts of another histogram, or of one that crossed from a worker as plain data. */
  merge(other: { counts: ReadonlyMap<number, number> }): void {
    for (const [score, count] of other.counts) this.counts.set(score, (this.counts.get(score) ?? 0) + count);
  }

  get n(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  /** The counts of `this` without those of `part` (e.g. everyone but a segment). */
  minus(part: Histogram): Histogram {
    const rest = new Histogram();
    for (const [score, count] of this.counts) {
      const remaining = count - (part.counts.get(score) ?? 0);
      if (remaining > 0) rest.counts.set(score, remaining);
    }
    return rest;
  }
}

export interface ScoreFigures {
  n: number;
  mean: number | null;
  /** Share (%) of answers at the top of the scale: promoters, top-2-box, CES 5–7. */
  topShare: number | null;
  /** Share (%) at the bottom: detractors, bottom-2-box, CES 1–3. */
  bottomShare: number | null;
  /** Only on the 0–10 recommend scale: stars and CSAT are never turned into NPS. */
  nps: NpsFigures | null;
}

export function scoreFigures(histogram: Histogram, scale: Scale): ScoreFigures {
  const { n, sum, top, bottom } = totals(histogram, scale);
  const share = (part: number) => (n === 0 ? null : round1((part / n) * 100));
  return {
    n,
    mean: n === 0 ? null : round2(sum / n),
    topShare: share(top),
    bottomShare: share(bottom),
    nps: scale.id === 'nps' ? npsFigures(top, n - top - bottom, bottom) : null,
  };
}

/** The figures of a group of answers (a whole file, a month, a segment) as a report shows them. */
export interface GroupScore extends ScoreFigures {
  /**
   * Fewer answers than the minimum group size: the figure is shown with "too few answers to
   * read", never ranked, compared or gated on, and without an error margin or interval, which
   * on a handful of answers would look more precise than they are.
   */
  tooSmall: boolean;
}

export function groupScore(histogram: Histogram, scale: Scale, minGroupSize: number): GroupScore {
  const figures = scoreFigures(histogram, scale);
  const tooSmall = figures.n < minGroupSize;
  const nps = figures.nps && tooSmall ? { ...figures.nps, standardError: null, waldMargin: null, interval: null } : figures.nps;
  return { ...figures, nps, tooSmall };
}

/** The headline number of a group: NPS on the recommend scale, the mean elsewhere. */
export function headline(figures: ScoreFigures): number | null {
  return figures.nps ? figures.nps.nps : figures.mean;
}

/** Tests a difference between two groups with the test that fits the scale. */
export function compareGroups(first: Histogram, second: Histogram, scale: Scale): Difference | null {
  if (scale.id === 'nps') return compareNps(scoreFigures(first, scale).nps!, scoreFigures(second, scale).nps!);
  return compareMeans(totals(first, scale), totals(second, scale));
}

/** Sums over the answers inside the scale; answers outside it are counted elsewhere, as out of range. */
function totals(histogram: Histogram, scale: Scale): { n: number; sum: number; sumOfSquares: number; top: number; bottom: number } {
  const result = { n: 0, sum: 0, sumOfSquares: 0, top: 0, bottom: 0 };
  for (const [score, count] of histogram.counts) {
    if (score < scale.min || score > scale.max) continue;
    result.n += count;
    result.sum += score * count;
    result.sumOfSquares += score * score * count;
    if (score >= scale.topFrom) result.top += count;
    if (score <= scale.bottomTo) result.bottom += count;
  }
  return result;
}
