import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileProfiler } from '../../src/feedback/read/profile.js';

/** Cells as exports hold them: words, codes, numbers, dates, placeholders, accents, stray spaces, often repeated. */
const cell = fc.oneof(
  fc.constantFrom('', ' ', 'N/A', '-', 'n/a ', '7', '10', ' 3', '200.18', '€12,50', '2025-11-21', '21/11/2025', 'R-100231', 'x1'),
  fc.constantFrom('Monthly', 'monthly', 'Very satisfied', 'UK', 'Ça va', 'é', 'éa', 'aé', 'ß!', '1,77E+12', 'a b  c', 'ok  '),
  fc.string({ unit: fc.constantFrom('a', 'B', ' ', '1', '.', '-', 'é', 'ж', '😀'), maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', '!'), minLength: 41, maxLength: 60 }),
);
const records = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 60 });

function profiled(rows: readonly string[][]): FileProfiler {
  const profiler = new FileProfiler(3);
  for (const row of rows) profiler.add(row);
  return profiler;
}

describe('FileProfiler', () => {
  it('counts each column’s filled cells, characters, words, text cells and distinct texts', () => {
    fc.assert(
      fc.property(records, (rows) => {
        const profiles = profiled(rows).finish();
        for (const [column, profile] of profiles.entries()) {
          const cells = rows.map((row) => row[column]!.trim()).filter((text) => text !== '');
          const distinct = new Map<string, number>();
          for (const text of cells) distinct.set(text, (distinct.get(text) ?? 0) + 1);
          expect(profile.filled).toBe(cells.length);
          expect(profile.characters).toBe(cells.reduce((sum, text) => sum + text.length, 0));
          expect(profile.words).toBe(cells.reduce((sum, text) => sum + text.split(/ +/).length, 0));
          expect(profile.textCells).toBe(cells.filter((text) => /\p{L}\p{L}/u.test(text)).length);
          expect([...profile.distinct]).toEqual([...distinct]);
          expect(profile.untracked).toBe(0);
        }
      }),
    );
  });

  it('profiles a file cut in two ranges as one pass over it does', () => {
    fc.assert(
      fc.property(records, fc.nat(), (rows, cut) => {
        const at = rows.length === 0 ? 0 : cut % rows.length;
        const whole = profiled(rows);
        const joined = profiled(rows.slice(0, at));
        joined.merge(profiled(rows.slice(at)).toState());
        expect(joined.toState()).toEqual(whole.toState());
        // Adding to a merged profile goes on as adding to one profile.
        whole.add(rows[0] ?? []);
        joined.add(rows[0] ?? []);
        expect(joined.toState()).toEqual(whole.toState());
      }),
    );
  });

  it('keeps the first 2,000 distinct texts of a column and counts the rest as untracked', () => {
    const profiler = new FileProfiler(1);
    for (let row = 0; row < 2_500; row++) profiler.add([`R-${row % 2_200}`]);
    const [profile] = profiler.finish();
    expect(profile!.distinct.size).toBe(2_000);
    expect(profile!.distinct.get('R-0')).toBe(2);
    expect(profile!.distinct.get('R-299')).toBe(2);
    expect(profile!.distinct.get('R-300')).toBe(1);
    expect(profile!.untracked).toBe(200);
    expect(profile!.textCells).toBe(0);
  });
});
