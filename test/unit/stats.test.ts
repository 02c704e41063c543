import { describe, expect, it } from 'vitest';
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
    const group = (values: number[]) => ({ n: values.length, sum: values.reduce((a, b) => a + b, 0), sumOfSquares: values.reduce((a, b) => a + b * b, 0) });
    expect(compareMeans(group(Array(100).fill(5).concat(Array(100).fill(4))), group(Array(100).fill(2).concat(Array(100).fill(3))))!.significant).toBe(true);
    expect(compareMeans(group([4, 5, 3]), group([4, 3, 5]))!.significant).toBe(false);
    expect(compareMeans(group([4]), group([4, 3]))).toBeNull();
  });
});
