import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupScore, Histogram } from '../../src/feedback/histogram.js';
import { scaleById } from '../../src/feedback/scale.js';
import { compareMeans, compareNps, npsFigures } from '../../src/feedback/stats.js';

describe('npsFigures', () => {
  it('matches the worked check of the brief: n = 200, P = 100, D = 40', () => {
    const figures = npsFigures(100, 60, 40);
    expect(figures.nps).toBe(30);
    expect(figures.standardError).toBe(5.52);
    expect(figures.waldMargin).toBe(10.8);
    expect(figures.interval).toEqual({ low: 18.8, high: 40.3 });
  });

  it('matches the reference NPS of the real data sets', () => {
    expect(npsFigures(8465, 3953, 1194).nps).toBe(53.4); // botanic
    expect(npsFigures(306, 95, 40).nps).toBe(60.3); // miro
    expect(npsFigures(215, 118, 69).nps).toBe(36.3); // carpentries
  });

  it('keeps the adjusted-Wald interval inside −100..100 at the extremes', () => {
    expect(npsFigures(5, 0, 0).interval!.high).toBeLessThanOrEqual(100);
    expect(npsFigures(0, 0, 5).interval!.low).toBeGreaterThanOrEqual(-100);
    expect(npsFigures(5, 0, 0).interval!.low).toBeLessThan(100);
  });

  it('has no figures without answers', () => {
    expect(npsFigures(0, 0, 0)).toMatchObject({ n: 0, nps: null, interval: null });
  });

  it('never gives an interval that leaves out the NPS itself: one detractor is −100, inside its interval', () => {
    expect(npsFigures(0, 0, 1)).toMatchObject({ nps: -100, interval: { low: -100 } });
    expect(npsFigures(1, 0, 0)).toMatchObject({ nps: 100, interval: { high: 100 } });
  });

  it('gives an interval within −100..100 that holds the NPS, for any counts (property)', () => {
    const count = fc.nat({ max: 5000 });
    fc.assert(
      fc.property(count, count, count, (promoters, passives, detractors) => {
        fc.pre(promoters + passives + detractors > 0);
        const { nps, interval } = npsFigures(promoters, passives, detractors);
        expect(interval!.low).toBeGreaterThanOrEqual(-100);
        expect(interval!.high).toBeLessThanOrEqual(100);
        expect(interval!.low).toBeLessThanOrEqual(nps!);
        expect(interval!.high).toBeGreaterThanOrEqual(nps!);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('groupScore', () => {
  const nps = scaleById('nps');
  const histogramOf = (counts: readonly number[]) => {
    const histogram = new Histogram();
    counts.forEach((count, score) => {
      for (let index = 0; index < count; index++) histogram.add(score);
    });
    return histogram;
  };

  it('flags fewer answers than the minimum group size as too few to read, with the figure but no margin or interval', () => {
    const five = groupScore(histogramOf([1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 2]), nps, 30);
    expect(five).toMatchObject({ n: 5, tooSmall: true, nps: { nps: 20, standardError: null, waldMargin: null, interval: null } });
  });

  it('shows the interval from the minimum up, for any counts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 20 }), { minLength: 11, maxLength: 11 }), fc.integer({ min: 1, max: 100 }), (counts, minimum) => {
        const figures = groupScore(histogramOf(counts), nps, minimum);
        expect(figures.tooSmall).toBe(figures.n < minimum);
        if (figures.n === 0) return;
        const { nps: score, interval } = figures.nps!;
        if (figures.tooSmall) expect(interval).toBeNull();
        else expect(interval!.low <= score! && score! <= interval!.high).toBe(true);
      }),
    );
  });

  it('flags a thin mean the same way', () => {
    const histogram = new Histogram();
    histogram.add(5);
    expect(groupScore(histogram, scaleById('csat'), 30)).toMatchObject({ n: 1, mean: 5, tooSmall: true, nps: null });
  });
});

describe('compareNps', () => {
  it('calls a large change on large samples significant', () => {
    const result = compareNps(npsFigures(300, 100, 100), npsFigures(250, 100, 150))!;
    expect(result.difference).toBe(20);
    expect(result.significant).toBe(true);
  });

  it('does not call the same change significant on small samples', () => {
    const result = compareNps(npsFigures(6, 2, 2), npsFigures(4, 2, 4))!;
    expect(result.difference).toBe(40);
    expect(result.significant).toBe(false);
  });

  it('computes z from the formula of the brief', () => {
    const a = npsFigures(100, 60, 40);
    const b = npsFigures(80, 60, 60);
    const variance = (p: number, d: number) => p + d - (p - d) ** 2;
    const z = (0.3 - 0.1) / Math.sqrt(variance(0.5, 0.2) / 200 + variance(0.4, 0.3) / 200);
    expect(compareNps(a, b)!.z).toBeCloseTo(z, 2);
  });
});

describe('compareMeans', () => {
  it('tests a difference of means', () => {
    const group = (values: number[]) => ({
      n: values.length,
      sum: values.reduce((a, b) => a + b, 0),
      sumOfSquares: values.reduce((a, b) => a + b * b, 0),
    });
    expect(
      compareMeans(group(Array(100).fill(5).concat(Array(100).fill(4))), group(Array(100).fill(2).concat(Array(100).fill(3))))!.significant,
    ).toBe(true);
    expect(compareMeans(group([4, 5, 3]), group([4, 3, 5]))!.significant).toBe(false);
    expect(compareMeans(group([4]), group([4, 3]))).toBeNull();
  });
});
