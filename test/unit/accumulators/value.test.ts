import { describe, expect, it } from 'vitest';
import { ValueTally } from '../../../src/feedback/accumulators/value.js';
import { scaleById } from '../../../src/feedback/scale.js';
import { addAll, contextOf, expectMergesLikeOne, facts } from '../../helpers/accumulators.js';

describe('ValueTally', () => {
  const rows = [
    facts({ line: 2, score: 10, amount: 300 }),
    facts({ line: 3, score: 2, amount: 100 }),
    facts({ line: 4, score: 8, amount: 100 }),
    facts({ line: 5, score: 0, amount: -50 }),
    facts({ line: 6, score: 11, amount: 1000 }),
    facts({ line: 7, score: null, amount: 500 }),
  ];

  it('sums the amounts by score: total, amount-weighted NPS and the amount on unhappy answers, inside the scale', () => {
    expect(addAll(new ValueTally('Annual value (GBP)'), rows).finish(contextOf(rows)).value).toEqual({
      column: 'Annual value (GBP)',
      currency: '£',
      total: 500,
      weightedNps: 40,
      atRisk: 100,
      atRiskShare: 20,
      refunds: { count: 1, total: -50 },
    });
  });

  it('counts negative amounts as refunds, apart from the sums, and only on the scale', () => {
    const refunds = [
      facts({ line: 2, score: 9, amount: 200 }),
      facts({ line: 3, score: 9, amount: -20.4 }),
      facts({ line: 4, score: 1, amount: -30 }),
      facts({ line: 5, score: 42, amount: -1000 }),
      facts({ line: 6, score: null, amount: -5 }),
    ];
    const value = addAll(new ValueTally('Order total'), refunds).finish(contextOf(refunds)).value;
    expect(value).toMatchObject({ total: 200, atRisk: 0, refunds: { count: 2, total: -50.4 } });
  });

  it('reads the currency from the header, and names none when the header does not', () => {
    const currency = (header: string) => addAll(new ValueTally(header), rows).finish(contextOf(rows)).value?.currency;
    expect([currency('revenue_eur'), currency('ARR (USD)'), currency('Plan value')]).toEqual(['€', '$', '']);
  });

  it('gives a weighted NPS only on the recommend scale, and nothing without a value column or a headline', () => {
    expect(
      addAll(new ValueTally('value'), rows).finish(contextOf(rows, { headline: scaleById('rating-1-10') })).value?.weightedNps,
    ).toBeNull();
    expect(addAll(new ValueTally(undefined), rows).finish(contextOf(rows)).value).toBeNull();
    expect(addAll(new ValueTally('value'), rows).finish(contextOf(rows, { headline: null })).value).toBeNull();
  });

  it('merges parts into the figures of the whole, however the rows are split', () => {
    expectMergesLikeOne(() => new ValueTally('value (EUR)'));
  });
});
