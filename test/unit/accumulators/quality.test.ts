import { describe, expect, it } from 'vitest';
import { QualityTally } from '../../../src/feedback/accumulators/quality.js';
import { DateTally } from '../../../src/feedback/date-tally.js';
import { scaleById } from '../../../src/feedback/scale.js';
import { addAll, contextOf, EMPTY_ACCOUNT, expectMergesLikeOne, facts } from '../../helpers/accumulators.js';

const tally = () => new QualityTally(new DateTally('ymd', undefined));

describe('QualityTally', () => {
  const rows = [
    facts({ line: 2, score: 9, comment: 'fine' }),
    facts({ line: 3, score: 8 }),
    facts({ line: 4, rating: { kind: 'blank' } }),
    facts({ line: 5, rating: { kind: 'not-applicable' }, scoreCell: 'N/A' }),
    facts({ line: 6, rating: { kind: 'invalid' }, scoreCell: 'call jane.doe@example.com' }),
    facts({ line: 7, rating: { kind: 'label', label: 'meh' }, scoreCell: 'meh', comment: 'it was meh' }),
    facts({ line: 8, rating: { kind: 'blank' }, comment: 'no score, a comment' }),
    facts({ line: 9, score: 12 }),
    facts({ line: 10, score: 12 }),
  ];

  // Used: the three comments (lines 2, 7, 8) and the score without one (line 3).
  it('counts rows read and used, blank, N/A, unreadable and out-of-range scores, with the problems in words by line', () => {
    const { quality } = addAll(tally(), rows).finish(contextOf(rows, { keepPersonalData: true }));
    expect(quality).toMatchObject({ rows: 9, used: 4, skipped: 5, blankScores: 2, notApplicable: 1, outOfRange: 2, unreadable: 2 });
    expect(quality.examples).toEqual([
      { line: 4, reason: 'no score and no comment' },
      { line: 5, reason: 'score is N/A and there is no comment' },
      { line: 6, reason: 'score "call jane.doe@example.com" is not a rating' },
      { line: 7, reason: 'score "meh" is not a rating; its comment is kept' },
      { line: 9, reason: 'score 12 is outside the NPS (0–10) scale' },
    ]);
  });

  it('words the problems without personal data unless it is kept', () => {
    const { quality } = addAll(tally(), rows).finish(contextOf(rows));
    expect(quality.examples[2]?.reason).toMatch(/^score "call .+" is not a rating$/);
    expect(JSON.stringify(quality.examples)).not.toContain('jane');
  });

  it('says "empty comment" of a row without a comment in a file without scores', () => {
    const noScores = [facts({ line: 2, comment: 'kept' }), facts({ line: 3 })];
    const { quality } = addAll(tally(), noScores).finish(contextOf(noScores, { scale: null, headline: null }));
    expect(quality).toMatchObject({ rows: 2, used: 1, skipped: 1, examples: [{ line: 3, reason: 'empty comment' }] });
  });

  it('counts every score out of range when no scale is known, and says no scale fits and how to give one', () => {
    const { quality } = addAll(tally(), rows).finish(contextOf(rows, { scale: null }));
    expect(quality.outOfRange).toBe(4);
    const onNoScale = (value: number) =>
      `score ${value} is on no known scale, as the column's answers fit none (give --scale to read them on one)`;
    expect(quality.examples.filter((example) => example.reason.includes('no known scale'))).toEqual([
      { line: 2, reason: onNoScale(9) },
      { line: 3, reason: onNoScale(8) },
      { line: 9, reason: onNoScale(12) },
    ]);
  });

  it('keeps the first ten problems by line', () => {
    const many = Array.from({ length: 25 }, (_, index) => facts({ line: index + 2, rating: { kind: 'blank' } }));
    const { quality } = addAll(tally(), many).finish(contextOf(many));
    expect(quality.blankScores).toBe(25);
    expect(quality.examples.map((example) => example.line)).toEqual(many.slice(0, 10).map((row) => row.row.line));
  });

  it("adds the reader's account of lost records and the dates that could not be placed, redacted", () => {
    const dates = new DateTally('ymd', undefined);
    dates.monthOf('call jane.doe@example.com', 4);
    const account = { ...EMPTY_ACCOUNT, records: 99, ragged: 2, lost: { records: 1, examples: [], restarts: 0, limitHit: false } };
    const { quality } = new QualityTally(dates).finish(contextOf([], { account }));
    expect(quality).toMatchObject({ ragged: 2, lost: { records: 1, share: 1, examples: [], limitHit: false } });
    expect(quality.dates.unreadable).toBe(1);
    expect(quality.dates.examples[0]?.line).toBe(4);
    expect(quality.dates.examples[0]?.reason).not.toContain('jane');
  });

  it('merges parts into the figures of the whole, however the rows are split', () => {
    expectMergesLikeOne(tally, undefined, { context: (all) => contextOf(all, { scale: scaleById('rating-1-5') }) });
  });

  it('keeps, for out-of-range examples, the score values seen first in the whole file, however it was split', () => {
    // A hundred distinct scores inside the scale (0, 0.1 … 9.9), then scores outside it: one tally
    // over the file remembers only the first hundred values, so it gives no out-of-range example.
    const values = Array.from({ length: 130 }, (_, index) => facts({ line: index + 2, score: index < 100 ? index / 10 : 100 + index }));
    const context = contextOf(values, { scale: scaleById('nps') });
    const whole = addAll(tally(), values).finish(context);
    expect(whole.quality.examples).toEqual([]);
    for (const cut of [1, 40, 101, 129]) {
      const first = addAll(tally(), values.slice(0, cut));
      first.merge(structuredClone(addAll(tally(), values.slice(cut)).toState()));
      expect(first.finish(context)).toEqual(whole);
    }
  });
});
