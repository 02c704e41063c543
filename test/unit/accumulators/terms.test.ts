import { describe, expect, it } from 'vitest';
import { TERMS_KEPT, TermTally } from '../../../src/feedback/accumulators/terms.js';
import { BUILT_IN_THEMES } from '../../../src/feedback/themes.js';
import { addAll, expectMergesLikeOne, facts } from '../../helpers/accumulators.js';

const terms = (tally: TermTally) => tally.finish().uncoveredTerms;

describe('TermTally', () => {
  const rows = ['the kettle broke, kettle 2024 www', 'my kettle and the toaster', 'toaster ok', 'Write to jane.doe@example.com'].map(
    (comment, index) => facts({ line: index + 2, comment }),
  );

  it('gives the words said at least twice that no theme covers, most frequent first', () => {
    expect(terms(addAll(new TermTally(BUILT_IN_THEMES, false), rows))).toEqual([
      { term: 'kettle', count: 3 },
      { term: 'toaster', count: 2 },
    ]);
  });

  it("leaves out the function words of each comment's own language", () => {
    const mixed = [
      facts({ line: 2, comment: 'La caja estaba rota, estaba sucia', language: 'es' }),
      facts({ line: 3, comment: 'Estaba todo mal con la caja', language: 'es' }),
      facts({ line: 4, comment: 'The kettle is great, the kettle', language: 'en' }),
    ];
    const words = terms(addAll(new TermTally(BUILT_IN_THEMES, false), mixed)).map(({ term }) => term);
    expect(words).toContain('caja');
    expect(words).toContain('kettle');
    expect(words).not.toContain('estaba');
  });

  it('leaves out theme words', () => {
    const price = [1, 2, 3].map((line) => facts({ line, comment: 'price price' }));
    expect(terms(addAll(new TermTally(BUILT_IN_THEMES, false), price))).toEqual([]);
  });

  it('counts the words of personal data only when they are kept', () => {
    const twice = [...rows, facts({ line: 9, comment: 'jane.doe@example.com again' })];
    const words = (keep: boolean) => terms(addAll(new TermTally(BUILT_IN_THEMES, keep), twice)).map(({ term }) => term);
    expect(words(false)).not.toContain('jane');
    expect(words(true)).toEqual(expect.arrayContaining(['jane', 'doe', 'example']));
  });

  it('never counts a given name, with or without a cue, unless personal data are kept', () => {
    const named = ['Tom in support sorted the kettle', 'Priya replied about the kettle', 'Tom again, and Priya'].map((comment, index) =>
      facts({ line: index + 2, comment }),
    );
    const words = (keep: boolean) => terms(addAll(new TermTally(BUILT_IN_THEMES, keep), named)).map(({ term }) => term);
    expect(words(false)).toEqual(['kettle']);
    expect(words(true)).toEqual(expect.arrayContaining(['kettle', 'tom', 'priya']));
  });

  it(`keeps the counts of frequent words exact past ${TERMS_KEPT} distinct words, and memory bounded`, () => {
    const tally = new TermTally(BUILT_IN_THEMES, false);
    for (let index = 0; index < TERMS_KEPT * 1.5; index++) {
      tally.add(facts({ line: index + 2, comment: `kettle word${String.fromCharCode(97 + (index % 26))}${index.toString(36)}x` }));
    }
    expect(tally.toState().size).toBeLessThanOrEqual(TERMS_KEPT);
    expect(terms(tally)[0]).toEqual({ term: 'kettle', count: TERMS_KEPT * 1.5 });
  });

  it('merges parts into the figures of the whole, however the rows are split, while the words are fewer than it keeps', () => {
    expectMergesLikeOne(() => new TermTally(BUILT_IN_THEMES, false));
  });
});
