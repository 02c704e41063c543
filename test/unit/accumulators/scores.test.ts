import { describe, expect, it } from 'vitest';
import { ScoreTally } from '../../../src/feedback/accumulators/scores.js';
import { scaleById } from '../../../src/feedback/scale.js';
import { addAll, contextOf, expectMergesLikeOne, facts } from '../../helpers/accumulators.js';

describe('ScoreTally', () => {
  const rows = [9, 10, 3, 7, 11, 9].map((score, index) => facts({ line: index + 2, score }));
  rows.push(facts({ line: 8, comment: 'no score here' }));

  it('counts every readable score, and gives the headline and the distribution inside the scale', () => {
    const tally = addAll(new ScoreTally(), rows);
    expect([...tally.histogram.counts].sort((a, b) => a[0] - b[0])).toEqual([
      [3, 1],
      [7, 1],
      [9, 2],
      [10, 1],
      [11, 1],
    ]);
    const { scores } = tally.finish(contextOf(rows));
    expect(scores?.n).toBe(5);
    expect(scores?.nps?.nps).toBe(40);
    expect(scores?.distribution).toEqual([
      { value: 3, count: 1, share: 20 },
      { value: 7, count: 1, share: 20 },
      { value: 9, count: 2, share: 40 },
      { value: 10, count: 1, share: 20 },
    ]);
  });

  it('reads the scores on the scale it is given, and gives nothing when the headline is withheld', () => {
    const tally = addAll(new ScoreTally(), rows);
    expect(tally.finish(contextOf(rows, { headline: scaleById('rating-1-10') })).scores?.nps).toBeNull();
    expect(tally.finish(contextOf(rows, { headline: null })).scores).toBeNull();
  });

  it('gives one figure for too few answers, flagged as too small', () => {
    const tally = addAll(new ScoreTally(), rows);
    expect(tally.finish(contextOf(rows, { minGroupSize: 30 })).scores?.tooSmall).toBe(true);
  });

  it('merges parts into the figures of the whole, however the rows are split', () => {
    expectMergesLikeOne(() => new ScoreTally());
  });
});
