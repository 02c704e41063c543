import { describe, expect, it } from 'vitest';
import { ThemeTally } from '../../../src/feedback/accumulators/themes.js';
import { BUILT_IN_THEMES } from '../../../src/feedback/themes.js';
import { addAll, contextOf, expectMergesLikeOne, facts } from '../../helpers/accumulators.js';

describe('ThemeTally', () => {
  const rows = [
    facts({ line: 2, score: 0, comment: 'too expensive', sentiment: -0.5, themes: ['price'] }),
    facts({ line: 3, score: 1, comment: 'too expensive', sentiment: -0.5, themes: ['price'] }),
    facts({ line: 4, score: 2, comment: 'pricey and late', sentiment: -0.25, themes: ['price', 'delivery'] }),
    facts({ line: 5, score: 10, comment: 'fair price but I hate it', sentiment: -0.5, themes: ['price'] }),
    facts({ line: 6, score: 9, comment: 'good price', sentiment: 0.75, themes: ['price'] }),
    facts({ line: 7, score: null, comment: 'price?', sentiment: 0, themes: ['price'] }),
    facts({ line: 8, score: 10, comment: 'quick', sentiment: 0.5, themes: ['delivery'] }),
    facts({ line: 9, score: 10, comment: 'lovely', sentiment: 1 }),
  ];
  const themes = (context = contextOf(rows)) => addAll(new ThemeTally(BUILT_IN_THEMES), rows).finish(context).themes;

  it('gives each theme its mentions, share of comments and tone, most mentioned first', () => {
    expect(themes().map(({ id, mentions, share, sentiment }) => ({ id, mentions, share, sentiment }))).toEqual([
      { id: 'price', mentions: 6, share: 75, sentiment: -0.17 },
      { id: 'delivery', mentions: 2, share: 25, sentiment: 0.13 },
    ]);
  });

  it('compares the scores of those who mention it with the other commenters', () => {
    const price = themes()[0]!;
    // Price: 0, 1, 2, 10, 9 → NPS −20; the others with a score: 10, 10 → 100.
    expect([price.with, price.without, price.pull]).toEqual([-20, 100, -120]);
    expect(price.tooSmall).toBe(false);
    expect(themes(contextOf(rows, { minGroupSize: 3 }))[0]?.tooSmall).toBe(true);
    const none = { with: null, without: null, pull: null, difference: null, tooSmall: false };
    expect(themes(contextOf(rows, { scale: null, headline: null }))[0]).toMatchObject(none);
    // A withheld file: the scale is known, the score figures are not given; the quotes are still picked by score.
    const withheld = themes(contextOf(rows, { headline: null, withheld: true }))[0]!;
    expect(withheld).toMatchObject(none);
    expect(withheld.quotes.unhappy.length).toBeGreaterThan(0);
  });

  it('quotes the unhappiest and the happiest, each text once, and no complaint as a happy quote', () => {
    const { quotes } = themes()[0]!;
    expect(quotes.unhappy).toEqual([
      { line: 2, score: 0, text: 'too expensive' },
      { line: 4, score: 2, text: 'pricey and late' },
    ]);
    expect(quotes.happy).toEqual([{ line: 6, score: 9, text: 'good price' }]);
  });

  it('merges parts into the figures of the whole, however the rows are split', () => {
    expectMergesLikeOne(() => new ThemeTally(BUILT_IN_THEMES));
  });
});
