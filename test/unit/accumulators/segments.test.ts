import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTS, OTHER_SEGMENTS, SegmentTally } from '../../../src/feedback/accumulators/segments.js';
import { addAll, contextOf, expectMergesLikeOne, facts, rowsArbitrary } from '../../helpers/accumulators.js';

describe('SegmentTally', () => {
  const rows = [
    facts({ line: 2, score: 10, segment: 'annual ' }),
    facts({ line: 3, score: 9, segment: 'annual' }),
    facts({ line: 4, score: 0, segment: 'monthly' }),
    facts({ line: 5, score: 3, segment: 'a@example.com' }),
    facts({ line: 6, score: 4, segment: 'b@example.org' }),
    facts({ line: 7, score: null, segment: 'weekly' }),
  ];

  it('gives each segment with a score, trimmed, largest first, against everyone else', () => {
    const { segments } = addAll(new SegmentTally(), rows).finish(contextOf(rows, { keepPersonalData: true }));
    expect(segments.map(({ name, n }) => [name, n])).toEqual([
      ['annual', 2],
      ['a@example.com', 1],
      ['b@example.org', 1],
      ['monthly', 1],
    ]);
    // Annual (NPS 100) against the three others (all detractors, NPS −100).
    expect(segments[0]?.change?.difference).toBe(200);
  });

  it('shows segment names without personal data, as one group when only that told them apart', () => {
    const { segments } = addAll(new SegmentTally(), rows).finish(contextOf(rows));
    const redacted = segments.find((segment) => segment.n === 2 && segment.name !== 'annual');
    expect(redacted?.name).not.toContain('@');
    expect(segments.map((segment) => segment.name).join(' ')).not.toMatch(/example/);
  });

  it(`pools the segments past the first ${MAX_SEGMENTS} seen`, () => {
    const many = Array.from({ length: MAX_SEGMENTS + 5 }, (_, index) => facts({ line: index + 2, score: 7, segment: `s${index}` }));
    const { segments } = addAll(new SegmentTally(), many).finish(contextOf(many, { keepPersonalData: true }));
    expect(segments).toHaveLength(MAX_SEGMENTS + 1);
    expect(segments.find((segment) => segment.name === OTHER_SEGMENTS)?.n).toBe(5);
    expect(segments.some((segment) => segment.name === `s${MAX_SEGMENTS}`)).toBe(false);
  });

  it('gives no segments when the headline is withheld', () => {
    expect(addAll(new SegmentTally(), rows).finish(contextOf(rows, { headline: null })).segments).toEqual([]);
  });

  it('merges parts into the figures of the whole, however the rows are split, while the segments are few', () => {
    expectMergesLikeOne(() => new SegmentTally());
  });

  it('keeps the same segments when parts past the limit are merged in file order (only the pooled rest may differ)', () => {
    const names = fc.integer({ min: 0, max: MAX_SEGMENTS + 40 }).map((index) => `s${index}`);
    const rows = rowsArbitrary({ segments: names, maxLength: 600 }).map((all) => all.filter((row) => row.score !== null));
    fc.assert(
      fc.property(
        rows.chain((all) => fc.tuple(fc.constant(all), fc.nat(all.length))),
        ([all, cut]) => {
          const context = contextOf(all, { keepPersonalData: true });
          const names = (tally: SegmentTally) =>
            tally
              .finish(context)
              .segments.map((segment) => segment.name)
              .sort();
          const first = addAll(new SegmentTally(), all.slice(0, cut));
          first.merge(structuredClone(addAll(new SegmentTally(), all.slice(cut)).toState()));
          expect(names(first)).toEqual(names(addAll(new SegmentTally(), all)));
        },
      ),
      { numRuns: 50 },
    );
  });
});
