import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOrderOf, parseAmount, parseMonth, parseRating } from '../../src/feedback/values.js';

describe('parseRating', () => {
  it.each([
    ['9', 9],
    [' 10 ', 10],
    ['4,5', 4.5],
    ['3.5', 3.5],
    ['10 - Extremely likely', 10],
    ['0 (Not at all likely)', 0],
    ['5 stars', 5],
    ['1 star', 1],
    ['4/5', 4],
    ['8 out of 10', 8],
    ['★★★★☆', 4],
    ['****', 4],
    ['Very satisfied', 5],
    ['very dissatisfied', 1],
    ['Strongly agree', 5],
    ['Très satisfait', 5],
    ['sehr zufrieden', 5],
    ['Very easy', 7],
  ])('reads %j as %d', (raw, value) => {
    expect(parseRating(raw)).toEqual({ kind: 'value', value });
  });

  it.each(['N/A', 'NA', 'n/a', 'Not applicable', "Don't know", '-'])('reads %j as not applicable', (raw) => {
    expect(parseRating(raw)).toEqual({ kind: 'not-applicable' });
  });

  it.each(['', '   ', undefined])('reads %j as blank', (raw) => {
    expect(parseRating(raw)).toEqual({ kind: 'blank' });
  });

  it.each(['Like', 'great product', 'abc', '5 apples', '12a'])('does not guess a value for %j', (raw) => {
    expect(parseRating(raw)).toEqual({ kind: 'invalid' });
  });

  it('never throws, and any value it returns is a finite number', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const cell = parseRating(raw);
        if (cell.kind === 'value') expect(Number.isFinite(cell.value)).toBe(true);
      }),
    );
  });
});

describe('parseAmount', () => {
  it.each([
    ['156.00', 156],
    ['1,234.50', 1234.5],
    ['1.234,50', 1234.5],
    ['1 234,50 €', 1234.5],
    ['$1,234', 1234],
    ['12,5', 12.5],
    ['-12.5', -12.5],
    ['£ 20', 20],
  ])('reads %j as %d', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  it.each(['', 'free', '12 bags', 'N/A'])('reads %j as no amount', (raw) => {
    expect(parseAmount(raw)).toBeNull();
  });
});

describe('parseMonth', () => {
  it.each([
    ['2026-05-03', 'dmy', '2026-05'],
    ['2015-02-24 11:35:52 -0800', 'dmy', '2015-02'],
    ['2026-05-03T10:00:00Z', 'dmy', '2026-05'],
    ['03/05/2026', 'dmy', '2026-05'],
    ['03/05/2026', 'mdy', '2026-03'],
    ['5/25/2019 15:54', 'mdy', '2019-05'],
    ['25.05.2019', 'dmy', '2019-05'],
    ['31-Jul-18', 'dmy', '2018-07'],
    ['3 mars 2026', 'dmy', '2026-03'],
    ['Jul 4, 2021', 'dmy', '2021-07'],
    ['45234', 'dmy', '2023-11'],
  ] as const)('reads %j (%s) as %s', (raw, order, expected) => {
    expect(parseMonth(raw, order)).toBe(expected);
  });

  it.each(['', 'yesterday', '13/13/2020', '12345', '2026-13-01'])('reads %j as no date', (raw) => {
    expect(parseMonth(raw)).toBeNull();
  });

  it('tells day-first from month-first columns', () => {
    expect(dateOrderOf(['5/25/2019', '6/1/2019'])).toBe('mdy');
    expect(dateOrderOf(['25/5/2019', '1/6/2019'])).toBe('dmy');
    expect(dateOrderOf(['1/6/2019'])).toBe('dmy');
  });
});
