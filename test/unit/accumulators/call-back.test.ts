import { describe, expect, it } from 'vitest';
import { CallBackList } from '../../../src/feedback/accumulators/call-back.js';
import { BUILT_IN_THEMES } from '../../../src/feedback/themes.js';
import { addAll, contextOf, expectMergesLikeOne, facts } from '../../helpers/accumulators.js';

describe('CallBackList', () => {
  it('lists the unhappy commenters: the most recent first, then the most valuable, the lowest score, the most negative', () => {
    const rows = [
      facts({ line: 2, score: 3, comment: 'a', month: '2026-01', amount: 10 }),
      facts({ line: 3, score: 6, comment: 'b', month: '2026-02', amount: 10 }),
      facts({ line: 4, score: 5, comment: 'c', month: '2026-02', amount: 50 }),
      facts({ line: 5, score: 1, comment: 'd', month: '2026-02', amount: 10, sentiment: -0.5 }),
      facts({ line: 6, score: 1, comment: 'e', month: '2026-02', amount: 10, sentiment: -0.75 }),
      facts({ line: 7, score: 9, comment: 'happy', month: '2026-03' }),
      facts({ line: 8, score: 11, comment: 'out of range', month: '2026-03' }),
      facts({ line: 9, score: 0, month: '2026-03' }),
    ];
    const { unhappiest } = addAll(new CallBackList(BUILT_IN_THEMES), rows).finish(contextOf(rows));
    expect(unhappiest.map((respondent) => respondent.quote)).toEqual(['c', 'e', 'd', 'b', 'a']);
  });

  it('keeps the first twenty', () => {
    const rows = Array.from({ length: 30 }, (_, index) => facts({ line: index + 2, score: 0, comment: `c${index}` }));
    const { unhappiest } = addAll(new CallBackList(BUILT_IN_THEMES), rows).finish(contextOf(rows));
    expect(unhappiest.map((respondent) => respondent.line)).toEqual(rows.slice(0, 20).map((row) => row.row.line));
  });

  it('shows ids that hold personal data as pseudonyms, segments redacted, themes by short title', () => {
    const rows = [
      facts({
        line: 2,
        score: 0,
        comment: 'too expensive',
        id: 'jane.doe@example.com',
        segment: 'jane.doe@example.com',
        themes: ['price'],
      }),
      facts({ line: 3, score: 1, comment: 'late', id: ' R-7 ', segment: 'annual' }),
    ];
    const [first, second] = addAll(new CallBackList(BUILT_IN_THEMES), rows).finish(contextOf(rows, { pseudonymKey: 'key' })).unhappiest;
    expect(first?.id).toMatch(/^respondent-[0-9a-f]{6}$/);
    expect(first?.segment).not.toContain('jane');
    expect(first?.themes).toEqual(['Price and value for money']);
    expect(second).toMatchObject({ id: 'R-7', segment: 'annual' });
    const kept = addAll(new CallBackList(BUILT_IN_THEMES), rows).finish(contextOf(rows, { keepPersonalData: true })).unhappiest;
    expect(kept[0]).toMatchObject({ id: 'jane.doe@example.com', segment: 'jane.doe@example.com' });
  });

  it('lists no one when the scale is not known', () => {
    const rows = [facts({ line: 2, score: 0, comment: 'bad' })];
    expect(addAll(new CallBackList(BUILT_IN_THEMES), rows).finish(contextOf(rows, { scale: null })).unhappiest).toEqual([]);
  });

  it('merges parts into the list of the whole, however the rows are split', () => {
    expectMergesLikeOne(() => new CallBackList(BUILT_IN_THEMES));
  });
});
