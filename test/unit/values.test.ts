import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiDigits, parseAmount, parseRating, plainNumber } from '../../src/feedback/values.js';

describe('parseRating', () => {
  it.each([
    ['9', 9],
    [' 10 ', 10],
    ['4,5', 4.5],
    ['3.5', 3.5],
    ['-1', -1],
    ['10 - Extremely likely', 10],
    ['5 - Very satisfied', 5],
    ['0 = Not at all likely', 0],
    ['4: Good', 4],
    ['1. Very poor', 1],
    ['0 (Not at all likely)', 0],
    ['(4) Good', 4],
    ['[2] Bad', 2],
    ['5 Very satisfied', 5],
    ['5 stars', 5],
    ['1 star', 1],
    ['4 étoiles', 4],
    ['3 Sterne', 3],
    ['★★★★☆', 4],
    ['****', 4],
    ['4/5', 4],
    ['10/10', 10],
    ['9/10', 9],
    ['0/10', 0],
    ['4.5/5', 4.5],
    ['4,5/5', 4.5],
    ['4/5 stars', 4],
    ['8 out of 10', 8],
    ['3 out of 5', 3],
    ['4 sur 5', 4],
    ['4 von 5', 4],
    ['4 de 5', 4],
    ['4 su 5', 4],
    ['4 van 5', 4],
    ['４', 4],
    ['１０', 10],
    ['４／５', 4],
    ['٤', 4],
    ['١٠', 10],
    ['٤٫٥', 4.5],
    ['۴', 4],
    ['۹/۱۰', 9],
  ])('reads %j as %d', (raw, value) => {
    expect(parseRating(raw)).toEqual({ kind: 'value', value });
  });

  it.each(['N/A', 'NA', 'n/a', 'Not applicable', "Don't know", 'Don’t know', '-', 'keine Angabe', 'ne sait pas'])(
    'reads %j as not applicable',
    (raw) => {
      expect(parseRating(raw)).toEqual({ kind: 'not-applicable' });
    },
  );

  it.each(['', '   ', undefined])('reads %j as blank', (raw) => {
    expect(parseRating(raw)).toEqual({ kind: 'blank' });
  });

  it.each(['10/5', '6/5', '11 out of 10', '4/0', '0/0', '5 apples', '12a', '4-5', '12/6/2018', '2018-12-06', '1234567890', 'x'.repeat(61)])(
    'does not guess a value for %j',
    (raw) => {
      expect(parseRating(raw)).toEqual({ kind: 'invalid' });
    },
  );

  it.each([
    ['Very satisfied', 'very satisfied'],
    ['  Très   SATISFAIT. ', 'tres satisfait'],
    ['OK', 'ok'],
    ['Horrible!', 'horrible'],
    ['sehr zufrieden', 'sehr zufrieden'],
    ['“Excellent”', 'excellent'],
    ['Like', 'like'],
    ['great product', 'great product'],
  ])('leaves the word label %j to be placed with its column, as %j', (raw, label) => {
    expect(parseRating(raw)).toEqual({ kind: 'label', label });
  });

  it('reads word labels through the column’s mapping when one is given', () => {
    const labels = new Map([
      ['horrible', 1],
      ['bad', 2],
      ['ok', 3],
      ['good', 4],
      ['excellent', 5],
    ]);
    expect(parseRating('OK', labels)).toEqual({ kind: 'value', value: 3 });
    expect(parseRating(' horrible. ', labels)).toEqual({ kind: 'value', value: 1 });
    expect(parseRating('Meh', labels)).toEqual({ kind: 'invalid' });
    expect(parseRating('4', labels)).toEqual({ kind: 'value', value: 4 });
    expect(parseRating('N/A', labels)).toEqual({ kind: 'not-applicable' });
  });

  it('never throws, and any value it returns is a finite number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (raw) => {
        const cell = parseRating(raw);
        if (cell.kind === 'value') expect(Number.isFinite(cell.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the written integers 0 to 10 as themselves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (n) => {
        expect(parseRating(String(n))).toEqual({ kind: 'value', value: n });
      }),
    );
  });

  it('reads a fraction as its numerator, or not at all when it is over its denominator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (numerator, denominator) => {
        const cell = parseRating(`${numerator}/${denominator}`);
        expect(cell).toEqual(denominator > 0 && numerator <= denominator ? { kind: 'value', value: numerator } : { kind: 'invalid' });
      }),
    );
  });
});

describe('asciiDigits', () => {
  it.each([
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['０１２３４５６７８９', '0123456789'],
    ['٣٫٥', '3.5'],
    ['plain 12', 'plain 12'],
  ])('reads %j as %j', (raw, expected) => {
    expect(asciiDigits(raw)).toBe(expected);
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

describe('plainNumber', () => {
  it('reads what ^\\d{1,9}(?:\\.\\d+)?$ matches as Number does, to the last bit, and nothing else (property)', () => {
    const character = fc.constantFrom('0', '1', '2', '5', '7', '9', '.', '-', ' ', 'e', ',');
    const digits = (max: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: max }).map((list) => list.join(''));
    const numbers = fc
      .tuple(digits(11), fc.option(digits(24)))
      .map(([whole, fraction]) => (fraction === null ? whole : `${whole}.${fraction}`));
    const anything = fc.array(character, { maxLength: 14 }).map((list) => list.join(''));
    fc.assert(
      fc.property(fc.oneof(numbers, anything), (text) => {
        expect(plainNumber(text)).toBe(/^\d{1,9}(?:\.\d+)?$/.test(text) ? Number(text) : null);
      }),
      { numRuns: 5_000 },
    );
  });
});
