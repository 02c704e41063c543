/** The scale of a score column, from its values: a few stray answers outside it do not change it. */
import { describe, expect, it } from 'vitest';
import { detectScale } from '../../src/feedback/scale.js';

/** Counts of each value: `perValue` answers of each of `values`, plus the strays. */
function countsOf(values: readonly number[], perValue: number, strays: Record<number, number> = {}): Map<number, number> {
  const counts = new Map(values.map((value) => [value, perValue]));
  for (const [value, count] of Object.entries(strays)) counts.set(Number(value), (counts.get(Number(value)) ?? 0) + count);
  return counts;
}

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, value) => value);

describe('detectScale', () => {
  it('reads 0–10 answers as NPS with one stray 11 among a few dozen, as it would 1% of thousands', () => {
    expect(detectScale(countsOf(ZERO_TO_TEN, 6, { 11: 1 }), 'score')?.id).toBe('nps');
    expect(detectScale(countsOf(ZERO_TO_TEN, 100, { 11: 11 }), 'score')?.id).toBe('nps');
  });

  it('finds no scale when more answers than a stray lie outside every one', () => {
    expect(detectScale(countsOf(ZERO_TO_TEN, 6, { 11: 2 }), 'score')).toBeNull();
    expect(detectScale(countsOf(ZERO_TO_TEN, 100, { 11: 30 }), 'score')).toBeNull();
  });

  it('does not take one odd answer of a handful as a stray', () => {
    expect(detectScale(countsOf([3, 4], 1, { 11: 1 }), 'score')).toBeNull();
  });
});
