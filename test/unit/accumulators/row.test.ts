import { describe, expect, it } from 'vitest';
import { RowReader } from '../../../src/feedback/accumulators/row.js';
import { DateTally } from '../../../src/feedback/date-tally.js';
import type { FeedbackRow, SourceDescription } from '../../../src/feedback/read/reader.js';
import { sentimentScore } from '../../../src/feedback/sentiment.js';
import { BUILT_IN_THEMES } from '../../../src/feedback/themes.js';

const source = (columns: SourceDescription['columns']) => ({ columns }) as SourceDescription;
const row = (line: number, cells: Partial<FeedbackRow>): FeedbackRow => ({ line, otherScores: [], otherComments: [], ...cells });

describe('RowReader', () => {
  const dates = new DateTally('ymd', undefined);
  const reader = new RowReader(source({ score: 'NPS', comment: 'Why' }), new Map([['great', 10]]), BUILT_IN_THEMES, dates);

  it('reads the score, the value, the month, and the comment with its words, tone and themes once', () => {
    const cells = {
      score: '9',
      comment: ' Too expensive for what it is ',
      value: '€1.200,50',
      date: '2026-03-04',
      id: 'R-1',
      segment: 'pro',
    };
    const facts = reader.read(row(2, cells));
    expect(facts).toMatchObject({ rating: { kind: 'value', value: 9 }, score: 9, amount: 1200.5, month: '2026-03' });
    expect(facts.comment).toBe('Too expensive for what it is');
    expect(facts.tokens).toContain('expensive');
    expect(facts.sentiment).toBe(sentimentScore('Too expensive for what it is'));
    expect(facts.themes).toContain('price');
    expect(facts.scored).toMatchObject({
      line: 2,
      score: 9,
      comment: 'Too expensive for what it is',
      id: 'R-1',
      segment: 'pro',
      value: 1200.5,
    });
    expect(facts.scored?.themes).toBe(facts.themes);
  });

  it('reads answers in words with the labels of the column', () => {
    expect(reader.read(row(3, { score: 'Great' })).score).toBe(10);
  });

  it('reads placeholders for no comment as no comment, with nothing to quote or call back', () => {
    const facts = reader.read(row(4, { score: '3', comment: 'N/A' }));
    expect(facts).toMatchObject({ comment: '', tokens: [], sentiment: 0, themes: [], scored: null, score: 3 });
  });

  it('gives a scored comment only when the score is a number', () => {
    const facts = reader.read(row(5, { score: 'n/a', comment: 'nice' }));
    expect(facts.rating).toEqual({ kind: 'not-applicable' });
    expect(facts.scored).toBeNull();
  });

  it('counts the dates it cannot place in its date tally', () => {
    const before = dates.toState().unreadable;
    expect(reader.read(row(6, { date: 'someday' })).month).toBeNull();
    expect(dates.toState().unreadable).toBe(before + 1);
  });

  it('reads no rating in a file without a score column', () => {
    const noScore = new RowReader(source({ comment: 'Why' }), undefined, BUILT_IN_THEMES, new DateTally('ymd', undefined));
    expect(noScore.read(row(2, { score: '9', comment: 'ok' }))).toMatchObject({ rating: null, score: null, scored: null });
  });

  it('refills one object row after row, so accumulators keep its fields, never it', () => {
    const first = reader.read(row(7, { score: '1', comment: 'late' }));
    const kept = first.scored;
    const second = reader.read(row(8, { score: '2' }));
    expect(second).toBe(first);
    expect(kept?.line).toBe(7);
  });
});
