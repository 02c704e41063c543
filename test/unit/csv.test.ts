import { Parser } from 'csv-parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvProblem } from '../../src/feedback/read/csv.js';

interface Parsed {
  records: string[][];
  problem: CsvProblem | null;
  /** Line breaks inside each record (ours only). */
  breaks?: number[];
}

/** csv-parse with the options the reader gave it before it had a parser of its own. */
function csvParse(chunks: readonly string[], delimiter: string, maxRecordSize: number): Parsed {
  const parser = new Parser({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: maxRecordSize,
    bom: true,
  });
  parser.on('error', () => {});
  const records: string[][] = [];
  const take = () => {
    for (let record: string[] | null = parser.read(); record !== null; record = parser.read()) records.push(record);
  };
  for (const chunk of chunks) {
    if (parser.errored) break;
    parser.write(chunk);
    take();
  }
  if (!parser.errored) {
    parser.end();
    take();
  }
  const code = (parser.errored as { code?: string } | null)?.code;
  const problem =
    code === undefined ? null : code === 'CSV_QUOTE_NOT_CLOSED' ? 'quote-not-closed' : code === 'CSV_MAX_RECORD_SIZE' ? 'too-large' : null;
  if (code !== undefined && problem === null) throw new Error(`csv-parse raised ${code}`);
  return { records, problem };
}

function ours(chunks: readonly string[], delimiter: string, maxRecordSize: number): Parsed {
  const parser = new CsvParser(delimiter, maxRecordSize, true);
  const records: string[][] = [];
  const breaks: number[] = [];
  const take = () => {
    for (let record = parser.next(); record !== null; record = parser.next()) {
      records.push(record);
      breaks.push(parser.breaks);
    }
  };
  for (const chunk of chunks) {
    parser.write(chunk);
    take();
    if (parser.problem) break;
  }
  if (!parser.problem) {
    parser.end();
    take();
  }
  return { records, problem: parser.problem, breaks };
}

const cut = (text: string, cuts: readonly number[]) => {
  const points = [...new Set(cuts.map((at) => at % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, index) => text.slice(from, [...points, text.length][index]));
};

/** Line breaks in a cell, each of CRLF, LF and a lone CR one. */
const breaksIn = (cells: readonly string[]) =>
  cells.reduce((breaks, cell) => breaks + cell.replace(/\r\n/g, '\n').replace(/[^\r\n]/g, '').length, 0);

describe('the CSV parser', () => {
  it('reads what csv-parse reads, on any text cut anywhere: the same records, then the same error', () => {
    const character = fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', 'é', '€', '😀', '\ufeff', '1');
    const text = fc.array(character, { maxLength: 80 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(200), { maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom(1_000_000, 24, 8, 3),
        (whole, cuts, delimiter, maxRecordSize) => {
          const expected = csvParse([whole], delimiter, maxRecordSize);
          const whole1 = ours([whole], delimiter, maxRecordSize);
          expect({ records: whole1.records, problem: whole1.problem }).toEqual(expected);
          expect(whole1.breaks).toEqual(whole1.records.map(breaksIn));
          const chunked = ours(cut(whole, cuts), delimiter, maxRecordSize);
          expect(chunked).toEqual(whole1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads what csv-parse reads on any string of characters, quotes and line breaks included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', 'x', ' ') }), fc.string({ unit: 'grapheme' }), (csv, words) => {
        const whole = csv + words;
        expect(ours([whole], ',', 1_000_000)).toMatchObject(csvParse([whole], ',', 1_000_000));
      }),
      { numRuns: 1000 },
    );
  });

  it('stops at a record over the size limit where csv-parse does: cells before it in characters, the current one in bytes', () => {
    // 'é' is two bytes: three of them make a six-byte cell, over a limit of 5 only once its last byte is being added.
    for (const [text, limit] of [
      ['a,b\néé,x\n', 5],
      ['a,b\néé,x\n', 4],
      ['a,b\nééé,x\n', 5],
      ['abcd,ef\n', 5],
      ['abcd,efg\n', 5],
      ['"ab""c",d\n', 3],
      ['"ab"c,d\n', 4],
    ] as const) {
      expect(ours([text], ',', limit), `${JSON.stringify(text)} at ${limit}`).toMatchObject(csvParse([text], ',', limit));
    }
  });
});
