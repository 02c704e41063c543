/** The keyword matcher's run-time: its orders and its scratch state, across calls, against its own fits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKeywords } from '../../src/feedback/keywords.js';

const WORDS = ['late', 'delivery', 'parcel', 'staff', 'helpful', 'price', 'not', 'never', 'flight', 'app', 'install', 'the'];
const keyword = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom('deliver*', 'pric*', 'hel*'),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b, c]) => `${a} ${b} ${c}`),
  fc
    .tuple(fc.constantFrom(...WORDS), fc.constantFrom('[unnegated]', '[+flight]', '[-install]', '[+app -parcel unnegated]'))
    .map(([word, sense]) => `${word} ${sense}`),
);
const groups = fc
  .array(fc.tuple(fc.array(keyword, { minLength: 1, maxLength: 4 }), fc.constantFrom(undefined, 0.5, 1, 100)), {
    minLength: 1,
    maxLength: 8,
  })
  .map((list) => list.map(([keywords, weight], index) => ({ id: `g${index}`, keywords, ...(weight !== undefined && { weight }) })));
const comment = fc.array(fc.constantFrom(...WORDS, 'delivered', 'pricey', 'hello', 'other'), { maxLength: 30 });

describe('a compiled keyword matcher', () => {
  it('gives the groups it fits in group order, and best fit first, each call on its own (property)', () => {
    fc.assert(
      fc.property(groups, fc.array(comment, { minLength: 1, maxLength: 6 }), (list, comments) => {
        const match = compileKeywords(list);
        const ids = list.map((group) => group.id);
        for (const tokens of comments) {
          const ranked = match.ranked(tokens);
          const fits = new Map(ids.map((id) => [id, match.lastFit(id)]));
          const mentioned = ids.filter((id) => fits.get(id)! > 0);
          expect(ranked).toEqual([...mentioned].sort((a, b) => fits.get(b)! - fits.get(a)! || ids.indexOf(a) - ids.indexOf(b)));
          expect(match(tokens)).toEqual(mentioned);
          const total = [...fits.values()].reduce((sum, fit) => sum + fit, 0);
          if (mentioned.length > 0) expect(total).toBeCloseTo(1);
          // A fresh matcher reads the comment the same: nothing of the previous comments is left over.
          expect(compileKeywords(list).ranked(tokens)).toEqual(ranked);
        }
      }),
      { numRuns: 300 },
    );
  });
});
