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
    expect(tally.finish()).toEqual({ count: 3, sentiment: { positive: 1, neutral: 1, negative: 1, mean: -0.08 } });
    expect(tally.count).toBe(3);
    expect([...tally.scores.counts]).toEqual([
      [9, 1],
      [3, 1],
    ]);
  });

  it('gives no mean tone without a comment', () => {
    expect(new CommentTally().finish().sentiment.mean).toBeNull();
  });

  it('merges parts into the figures of the whole, however the rows are split', () => {
    expectMergesLikeOne(() => new CommentTally());
  });
});
