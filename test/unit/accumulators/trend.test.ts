import { describe, expect, it } from 'vitest';
import { TrendTally } from '../../../src/feedback/accumulators/trend.js';
import { addAll, contextOf, expectMergesLikeOne, facts } from '../../helpers/accumulators.js';

describe('TrendTally', () => {
  const rows = [
    facts({ line: 2, score: 10, month: '2026-02' }),
    facts({ line: 3, score: 0, month: '2026-01' }),
    facts({ line: 4, score: 9, month: '2026-02' }),
    facts({ line: 5, score: 10, month: null }),
    facts({ line: 6, score: null, month: '2026-03' }),
  ];

  it('gives each month with a score in calendar order, each against the month before', () => {
    const { trend } = addAll(new TrendTally(), rows).finish(contextOf(rows));
    expect(trend.map(({ name, n, headline }) => ({ name, n, headline }))).toEqual([
      { name: '2026-01', n: 1, headline: -100 },
      { name: '2026-02', n: 2, headline: 100 },
    ]);
    expect(trend[0]?.change).toBeNull();
    expect(trend[1]?.change?.difference).toBe(200);
  });

  it('compares no month that is too small to read', () => {
    const { trend } = addAll(new TrendTally(), rows).finish(contextOf(rows, { minGroupSize: 2 }));
    expect(trend.map((month) => [month.tooSmall, month.change])).toEqual([
      [true, null],
      [false, null],
    ]);
  });

  it('gives no trend when the headline is withheld', () => {
    expect(addAll(new TrendTally(), rows).finish(contextOf(rows, { headline: null })).trend).toEqual([]);
  });

  it('merges parts into the figures of the whole, however the rows are split', () => {
    expectMergesLikeOne(() => new TrendTally());
  });
});
