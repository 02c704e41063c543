import { describe, expect, it } from 'vitest';
import { CommentTally } from '../../../src/feedback/accumulators/comments.js';
import { addAll, expectMergesLikeOne, facts } from '../../helpers/accumulators.js';

describe('CommentTally', () => {
  const rows = [
    facts({ line: 2, score: 9, comment: 'lovely', sentiment: 0.5 }),
    facts({ line: 3, score: null, comment: 'awful', sentiment: -0.75 }),
    facts({ line: 4, score: 3, comment: 'fine', sentiment: 0 }),
    facts({ line: 5, score: 10 }),
  ];

  it('counts the rows with a comment, their tone, and the scores of those with one', () => {
    const tally = addAll(new CommentTally(), rows);
    const english = { code: 'en', name: 'English', count: 3, share: 100, readable: true };
    expect(tally.finish()).toEqual({
      count: 3,
      sentiment: { positive: 1, neutral: 1, negative: 1, mean: -0.08 },
      languages: { mix: [english], detected: 1, unreadable: { count: 0, share: 0, languages: [] } },
    });
    expect(tally.count).toBe(3);
    expect([...tally.scores.counts]).toEqual([
      [9, 1],
      [3, 1],
    ]);
  });

  it('counts comments in languages it cannot read, and leaves them out of every tone figure', () => {
    const tally = addAll(new CommentTally(), [
      ...rows,
      facts({ line: 6, score: 2, comment: 'Nie jestem zadowolony', language: 'pl', sentiment: null }),
      facts({ line: 7, score: 1, comment: 'とても悪い', language: 'ja', sentiment: null }),
      facts({ line: 8, score: 1, comment: 'Bardzo źle', language: 'pl', sentiment: null }),
      facts({ line: 9, score: 9, comment: 'ok', language: 'und', sentiment: 0.3 }),
    ]);
    const figures = tally.finish();
    expect(figures.count).toBe(7);
    expect(figures.sentiment).toEqual({ positive: 2, neutral: 1, negative: 1, mean: 0.01 });
    expect(figures.languages.mix.map(({ code, count }) => [code, count])).toEqual([
      ['en', 3],
      ['pl', 2],
      ['ja', 1],
      ['und', 1],
    ]);
    expect(figures.languages.detected).toBe(3);
    expect(figures.languages.unreadable).toEqual({
      count: 3,
      share: 42.9,
      languages: [
        { code: 'pl', name: 'Polish', count: 2, share: 28.6, readable: false },
        { code: 'ja', name: 'Japanese', count: 1, share: 14.3, readable: false },
      ],
    });
  });

  it('gives no mean tone without a comment', () => {
    expect(new CommentTally().finish().sentiment.mean).toBeNull();
  });

  it('merges parts into the figures of the whole, however the rows are split', () => {
    expectMergesLikeOne(() => new CommentTally());
  });
});
