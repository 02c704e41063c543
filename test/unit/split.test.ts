/** Cutting a file into ranges of whole records: the cut and the line each range starts on, across megabyte blocks. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutFile, splitIntoRanges } from '../../src/feedback/read/split.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { writeFixture } from '../helpers/feedback.js';

/** Line breaks before `end` (CRLF, LF or a lone CR, each one) and whether a quote is open there: read byte by byte. */
function scan(bytes: Buffer, end: number): { line: number; inQuotes: boolean } {
  let line = 1;
  let inQuotes = false;
  for (let index = 0; index < end; index++) {
    const byte = bytes[index];
    if (byte === 0x22) inQuotes = !inQuotes;
    else if (byte === 0x0d || (byte === 0x0a && bytes[index - 1] !== 0x0d)) line++;
  }
  return { line, inQuotes };
}

describe('splitIntoRanges', () => {
  let directory: { path: string; remove: () => void };
  beforeAll(() => {
    directory = temporaryDirectory();
  });
  afterAll(() => directory.remove());

  it('cuts after a line break outside quotes and counts the lines before, whatever the line ends (property)', async () => {
    const record = fc.tuple(
      fc.constantFrom('9', '10', '"a, b"', '"two\nlines"', '"cr\rline"', '""', '"say ""hi"""'),
      fc.constantFrom('\n', '\r\n', '\r'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 40 }), fc.integer({ min: 2, max: 4 }), async (records, parts) => {
        // Repeated past several megabyte blocks, so that cuts and counts cross block edges.
        const unit = records.map(([cell, end]) => `${cell},x${end}`).join('');
        const text = `score,comment\n${unit.repeat(Math.ceil(3_500_000 / unit.length))}`;
        const bytes = Buffer.from(text);
        const path = writeFixture(directory.path, 'split.csv', bytes);
        const ranges = await splitIntoRanges(path, { parts });
        if (ranges === null) return;
        expect(ranges[0]).toMatchObject({ start: 0, firstLine: 1, first: true });
        for (const [index, range] of ranges.entries()) {
          const before = scan(bytes, range.start);
          if (index > 0) {
            expect(range).toMatchObject({ firstLine: before.line, first: false });
            expect(before.inQuotes).toBe(false);
            expect([0x0a, 0x0d]).toContain(bytes[range.start - 1]);
            expect(bytes[range.start]).not.toBe(0x0a);
          }
          expect(range.end).toBe(ranges[index + 1]?.start);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('cuts evenly, or into the shares asked for', async () => {
    const text = `score,comment\n${'7,fine\n'.repeat(1_000_000)}`;
    const path = writeFixture(directory.path, 'extra.csv', Buffer.from(text));
    const share = (range: { start: number; end?: number }) => ((range.end ?? text.length) - range.start) / text.length;
    const even = await splitIntoRanges(path, { parts: 3 });
    const uneven = await splitIntoRanges(path, { shares: [0.38, 0.5, 0.02, 0.1] });
    expect(even?.map(share).map((value) => value.toFixed(2))).toEqual(['0.33', '0.33', '0.33']);
    expect(uneven?.map(share).map((value) => value.toFixed(2))).toEqual(['0.38', '0.50', '0.02', '0.10']);
  });

  it('cuts a file several ways in one scan, each as if cut alone, even where their targets fall in one record (property)', async () => {
    const record = fc.tuple(
      fc.constantFrom('9', '"a, b"', '"two\nlines"', `"${'long '.repeat(40_000)}"`),
      fc.constantFrom('\n', '\r\n', '\r'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 1, maxLength: 12 }),
        fc.array(
          fc.oneof(
            fc.record({ parts: fc.integer({ min: 2, max: 20 }) }),
            // Shares of any sizes, tiny ones included, that sum to 1.
            fc
              .array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 20 })
              .map((weights) => ({ shares: weights.map((weight) => weight / weights.reduce((sum, each) => sum + each, 0)) })),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        async (records, cuttings) => {
          const unit = records.map(([cell, end]) => `${cell},x${end}`).join('');
          const text = `score,comment\n${unit.repeat(Math.ceil(2_500_000 / unit.length))}`;
          const path = writeFixture(directory.path, 'cuts.csv', Buffer.from(text));
          const alone = await Promise.all(cuttings.map((cutting) => splitIntoRanges(path, cutting)));
          expect(await cutFile(path, [...cuttings, null])).toEqual([...alone, null]);
        },
      ),
      { numRuns: 15 },
    );
  });
});
