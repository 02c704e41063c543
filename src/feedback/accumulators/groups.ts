import { compareGroups, groupScore, Histogram, headline, scoreFigures } from '../histogram.js';
import type { GroupFigures } from '../model.js';
import type { Scale } from '../scale.js';
import type { HistogramState } from './accumulator.js';

/** The histogram of one group (a month, a segment), made on its first answer. */
export function groupOf(groups: Map<string, Histogram>, key: string): Histogram {
  let histogram = groups.get(key);
  if (!histogram) {
    histogram = new Histogram();
    groups.set(key, histogram);
  }
  return histogram;
}

/** The groups' histograms as they cross to another thread. */
export type GroupsState = ReadonlyMap<string, HistogramState>;

/** A group's figures, and its change against another group when both are large enough to compare. */
export function groupFigures(
  name: string,
  histogram: Histogram,
  scale: Scale,
  minGroupSize: number,
  comparedWith: Histogram | null,
): GroupFigures {
  const figures = groupScore(histogram, scale, minGroupSize);
  const change =
    comparedWith && !figures.tooSmall && scoreFigures(comparedWith, scale).n >= minGroupSize
      ? compareGroups(histogram, comparedWith, scale)
      : null;
  return { name, ...figures, headline: headline(figures), change };
}
