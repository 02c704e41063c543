import { describe, expect, it } from 'vitest';
import type { RowFacts } from '../../../src/feedback/accumulators/row.js';
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
  const themesOf = (some: RowFacts[]) => addAll(new ThemeTally(BUILT_IN_THEMES), some).finish(contextOf(some)).themes;

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
    // A withheld file: the scale is known, the score figures are not given; the quotes do not depend on them.
    const withheld = themes(contextOf(rows, { headline: null, withheld: true }))[0]!;
    expect(withheld).toMatchObject(none);
    expect(withheld.quotes.unhappy.length).toBeGreaterThan(0);
  });

  it('marks a quote by its own sentiment, not by its score, and quotes no neutral comment', () => {
    const { quotes } = themes()[0]!;
    // Line 5 scored 10 but says "I hate it": 👎. Line 7 ("price?") is neutral: no side.
    expect(quotes.unhappy.map((quote) => quote.line).sort()).toEqual([2, 5]);
    expect(quotes.happy).toEqual([{ line: 6, score: 9, text: 'good price' }]);
    const unscored = [facts({ line: 2, comment: 'the price is fair', sentiment: 0.5, themes: ['price'] })];
    const noScale = contextOf(unscored, { scale: null, headline: null });
    expect(addAll(new ThemeTally(BUILT_IN_THEMES), unscored).finish(noScale).themes[0]?.quotes.happy).toEqual([
      { line: 2, score: null, text: 'the price is fair' },
    ]);
  });

  it('quotes a comment under its main theme only, the first of its themes', () => {
    const rows = [
      facts({ line: 2, score: 0, comment: 'late and overpriced', sentiment: -0.5, themes: ['delivery', 'price'] }),
      facts({ line: 3, score: 0, comment: 'overpriced', sentiment: -0.5, themes: ['price'] }),
    ];
    const [delivery, price] = ['delivery', 'price'].map((id) => themesOf(rows).find((theme) => theme.id === id)!);
    expect(delivery!.quotes.unhappy.map((quote) => quote.line)).toEqual([2]);
    expect(price!.quotes.unhappy.map((quote) => quote.line)).toEqual([3]);
    expect(price!.mentions).toBe(2);
  });

  it('quotes comments of typical length about the theme alone, not the most extreme, each text once', () => {
    const typical = 'the price went up again this year and the value is not there';
    const rows = [
      // The most extreme score and sentiment, but one word: not what most say about price.
      facts({ line: 2, score: 0, comment: 'RIPOFF', sentiment: -1, themes: ['price'] }),
      // Typical length, but mostly about delivery.
      facts({
        line: 3,
        score: 0,
        comment: 'delivery was late and the price went up and it broke',
        sentiment: -0.5,
        themes: ['price', 'delivery', 'quality'],
      }),
      ...[4, 5, 6].map((line) => facts({ line, score: 3, comment: typical, sentiment: -0.25, themes: ['price'] })),
      facts({
        line: 7,
        score: 4,
        comment: 'prices keep rising every single month and the plan gives me less and less',
        sentiment: -0.25,
        themes: ['price'],
      }),
      facts({
        line: 8,
        score: 2,
        comment: 'too expensive for what it is, the price is just far more than it is worth to me or to anyone',
        sentiment: -0.5,
        themes: ['price'],
      }),
    ];
    const { unhappy } = themesOf(rows).find((theme) => theme.id === 'price')!.quotes;
    expect(unhappy.map((quote) => quote.line)).toEqual([4, 7]);
  });

  it('merges parts into the figures of the whole, however the rows are split', () => {
    expectMergesLikeOne(() => new ThemeTally(BUILT_IN_THEMES));
  });
});
