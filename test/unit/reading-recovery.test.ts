import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { analyseFeedbackFile } from '../../src/feedback/index.js';
import { type DecodedChunk, decoderFor } from '../../src/feedback/read/decode.js';
import { type ReadPlan, readRange, WHOLE_FILE } from '../../src/feedback/read/reader.js';
import { RecordReader } from '../../src/feedback/read/records.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { readAll, readRecords, writeFixture } from '../helpers/feedback.js';

const directory = temporaryDirectory();
afterAll(() => directory.remove());
let fixtures = 0;
const fixture = (content: string | Buffer) => writeFixture(directory.path, `fixture-${++fixtures}.csv`, content);
const lines = (records: { line: number }[]) => records.map((record) => record.line);

describe('line endings', () => {
  it('reads a CRLF export with LF rows appended as separate rows, lines exact', async () => {
    const path = fixture(
      'score,comment,date\r\n9,good,2026-01-01\r\n3,"late\r\nand cold",2026-01-02\r\n7,ok,2026-01-03\n8,fine,2026-01-04\n' +
        '2,bad,2026-01-05\n',
    );
    const { records, account } = await readRecords(path);
    expect(records).toEqual([
      { line: 2, cells: ['9', 'good', '2026-01-01'] },
      { line: 3, cells: ['3', 'late\r\nand cold', '2026-01-02'] },
      { line: 5, cells: ['7', 'ok', '2026-01-03'] },
      { line: 6, cells: ['8', 'fine', '2026-01-04'] },
      { line: 7, cells: ['2', 'bad', '2026-01-05'] },
    ]);
    expect(account).toMatchObject({ records: 5, ragged: 0, lost: { records: 0 } });
  });

  it('reads LF rows followed by rows ending in a lone CR (old Mac tools)', async () => {
    const path = fixture('score,comment\n9,good\n3,"two\nlines"\r7,ok\r8,"cr\rinside"\r5,last');
    const { records } = await readRecords(path);
    expect(records).toEqual([
      { line: 2, cells: ['9', 'good'] },
      { line: 3, cells: ['3', 'two\nlines'] },
      { line: 5, cells: ['7', 'ok'] },
      { line: 6, cells: ['8', 'cr\rinside'] },
      { line: 8, cells: ['5', 'last'] },
    ]);
  });

  it('ends a record at a stray CR and counts it as a line; an empty line between is only a line', async () => {
    const path = fixture('score,comment\r\n9,good\r3,bad\r\n\r\n7,ok\n\r8,fine\r\n');
    const { records } = await readRecords(path);
    expect(records).toEqual([
      { line: 2, cells: ['9', 'good'] },
      { line: 3, cells: ['3', 'bad'] },
      { line: 5, cells: ['7', 'ok'] },
      { line: 7, cells: ['8', 'fine'] },
    ]);
  });
});

/** NPS rows: `promoters` 10s, `detractors` 2s, in alternation while both last. */
function npsRows(promoters: number, detractors: number): string[] {
  const rows: string[] = [];
  for (let index = 0; index < promoters + detractors; index++) {
    const promoter =
      index < 2 * Math.min(promoters, detractors)
        ? index % 2 === 0
        : index >= promoters + detractors - Math.abs(promoters - detractors) && promoters > detractors;
    rows.push(
      promoter
        ? `10,Great service number ${index},2026-03-${String((index % 28) + 1).padStart(2, '0')}`
        : `2,Slow and expensive ${index},2026-03-${String((index % 28) + 1).padStart(2, '0')}`,
    );
  }
  return rows;
}

describe('recovery instead of stopping', () => {
  it('loses only the record of a 2 MB comment and reads the rest: the NPS stays negative', async () => {
    const rows = npsRows(20, 180);
    const long = `10,"${'I love it, really. '.repeat(110_000)}",2026-03-15`;
    rows.splice(3, 0, long);
    const path = fixture(`How likely are you to recommend us?,comment,date\n${rows.join('\n')}\n`);
    const { records, account } = await readRecords(path);
    expect(account.records).toBe(200);
    expect(account.lost).toEqual({ records: 1, examples: [{ line: 5, toLine: 5, reason: 'too-long' }], restarts: 0, limitHit: false });
    expect(lines(records).slice(0, 5)).toEqual([2, 3, 4, 6, 7]);
    const summary = await analyseFeedbackFile(path);
    expect(summary.withheld).toBeNull();
    expect(summary.scores?.nps?.nps).toBe(-80);
    expect(summary.quality.lost).toMatchObject({ records: 1, share: 0.5 });
  });

  it('skips a row whose quote never closes (row 5 of 200) and reads the 199 others from the next line', async () => {
    const rows = npsRows(100, 100);
    rows[4] = `2,"never closed,2026-03-05`;
    const path = fixture(`score,comment,date\n${rows.join('\n')}\n`);
    const { records, account } = await readRecords(path);
    expect(account.records).toBe(199);
    expect(account.lost).toEqual({
      records: 1,
      examples: [{ line: 6, toLine: 6, reason: 'unclosed-quote' }],
      restarts: 1,
      limitHit: false,
    });
    expect(lines(records)).toEqual([2, 3, 4, 5, ...Array.from({ length: 195 }, (_, index) => index + 7)]);
    await expect(readRecords(path, { strict: true })).rejects.toThrow(
      /fixture-\d+\.csv: line 6: a quote opened here is never closed; fix the file, or drop --strict/,
    );
  });

  it('catches a quote that swallows rows and closes cleanly further on, and reads those rows', async () => {
    const path = fixture(
      'score,comment,date\n9,fine,2026-01-01\n3,"broken,2026-01-02\n8,swallowed one,2026-01-03\n7,swallowed two,2026-01-04\n' +
        '2,closes here",2026-01-05\n10,after,2026-01-06\n',
    );
    const { records, account } = await readRecords(path);
    expect(records).toEqual([
      { line: 2, cells: ['9', 'fine', '2026-01-01'] },
      { line: 4, cells: ['8', 'swallowed one', '2026-01-03'] },
      { line: 5, cells: ['7', 'swallowed two', '2026-01-04'] },
      { line: 6, cells: ['2', 'closes here"', '2026-01-05'] },
      { line: 7, cells: ['10', 'after', '2026-01-06'] },
    ]);
    expect(account.lost).toEqual({
      records: 1,
      examples: [{ line: 3, toLine: 3, reason: 'swallowed-rows' }],
      restarts: 1,
      limitHit: false,
    });
  });

  it('keeps a genuine comment over several lines, commas and all', async () => {
    const path = fixture(
      'score,comment,date\n9,"Pros: fast, cheap, kind\n4, maybe 5 times, I ordered\nCons: none",2026-01-01\n3,bad,2026-01-02\n' +
        '4,meh,2026-01-03\n',
    );
    const { records, account } = await readRecords(path);
    expect(records.map((record) => record.cells[1])).toEqual([
      'Pros: fast, cheap, kind\n4, maybe 5 times, I ordered\nCons: none',
      'bad',
      'meh',
    ]);
    expect(lines(records)).toEqual([2, 5, 6]);
    expect(account.lost.records).toBe(0);
  });

  it('keeps lines exact after going back into a CRLF record whose second line is empty', async () => {
    const path = fixture(
      'score,comment,date\r\n9,"open,2026-01-01\r\n\r\n8,row,2026-01-02\r\n7,closes",2026-01-03\r\n5,after,2026-01-04\r\n' +
        '4,more,2026-01-05\r\n3,last,2026-01-06\r\n',
    );
    const { records, account } = await readRecords(path);
    expect(records.slice(0, 2)).toEqual([
      { line: 4, cells: ['8', 'row', '2026-01-02'] },
      { line: 5, cells: ['7', 'closes"', '2026-01-03'] },
    ]);
    expect(lines(records)).toEqual([4, 5, 6, 7, 8]);
    expect(account.lost).toEqual({
      records: 1,
      examples: [{ line: 2, toLine: 2, reason: 'swallowed-rows' }],
      restarts: 1,
      limitHit: false,
    });
  });

  it('withholds the headline when more than 1% of the records are lost, unless a partial reading is allowed', async () => {
    const rows = npsRows(50, 50);
    rows[10] = '2,"never closed,2026-03-11';
    rows[40] = '2,"never closed,2026-03-12';
    const path = fixture(`score,comment,date\n${rows.join('\n')}\n`);
    const summary = await analyseFeedbackFile(path);
    expect(summary.withheld).toEqual({ reason: 'lost-records', lost: 2, of: 100, share: 2 });
    expect(summary.scores).toBeNull();
    expect(summary.trend).toEqual([]);
    const partial = await analyseFeedbackFile(path, { allowPartial: true });
    expect(partial.withheld).toBeNull();
    expect(partial.scores?.n).toBe(98);
    expect(partial.quality.lost).toMatchObject({ records: 2, share: 2 });
  });

  it('catches rows merged silently: an unclosed quote closed by the quote of a later row', async () => {
    const path = fixture(
      'score,comment,date\n9,"forgot to close,2026-01-01\n3,"late again",2026-01-02\n7,ok,2026-01-03\n8,a 5" screen,2026-01-04\n',
    );
    const { records, account } = await readRecords(path);
    expect(records).toEqual([
      { line: 3, cells: ['3', 'late again', '2026-01-02'] },
      { line: 4, cells: ['7', 'ok', '2026-01-03'] },
      { line: 5, cells: ['8', 'a 5" screen', '2026-01-04'] },
    ]);
    expect(account.lost.examples).toEqual([{ line: 2, toLine: 2, reason: 'swallowed-rows' }]);
  });

  it('catches an unclosed quote closed by a later row whose quoted cell holds the delimiter, and reads that row', async () => {
    const path = fixture(
      'id,How likely are you to recommend us?,comment\n1,10,"good"\n2,0,"broken\n3,10,"Great, fast."\n4,10,"fine"\n5,9,"ok"\n',
    );
    const { records, account } = await readRecords(path);
    expect(records).toEqual([
      { line: 2, cells: ['1', '10', 'good'] },
      { line: 4, cells: ['3', '10', 'Great, fast.'] },
      { line: 5, cells: ['4', '10', 'fine'] },
      { line: 6, cells: ['5', '9', 'ok'] },
    ]);
    expect(account).toMatchObject({ records: 4, ragged: 0 });
    expect(account.lost).toEqual({
      records: 1,
      examples: [{ line: 3, toLine: 3, reason: 'swallowed-rows' }],
      restarts: 1,
      limitHit: false,
    });
  });

  it('withholds a file where 50 rows in 1,000 open a quote closed by the next row, each counted', async () => {
    const rows = Array.from({ length: 1000 }, (_, index) =>
      index % 20 === 10 ? `R${index},2025-03-01,0,"Broken comment` : `R${index},2025-03-01,${index % 11},"Fine, thanks"`,
    );
    const path = fixture(`id,date,How likely are you to recommend us?,Comment\n${rows.join('\n')}\n`);
    const { records, account } = await readRecords(path);
    expect(account).toMatchObject({ records: 950, ragged: 0, lost: { records: 50, restarts: 50, limitHit: false } });
    expect(account.lost.examples.slice(0, 2)).toEqual([
      { line: 12, toLine: 12, reason: 'swallowed-rows' },
      { line: 32, toLine: 32, reason: 'swallowed-rows' },
    ]);
    expect(records[10]).toEqual({ line: 13, cells: ['R11', '2025-03-01', '0', 'Fine, thanks'] });
    expect((await analyseFeedbackFile(path)).withheld).toEqual({ reason: 'lost-records', lost: 50, of: 1000, share: 5 });
  });

  it('stops with one sentence when a quote opened in the header runs into the first respondent, not reading it as the header', async () => {
    const rows = Array.from(
      { length: 20 },
      (_, index) => `${index},2025-01-${String(index + 1).padStart(2, '0')},${index % 11},"Comment ${index}, fine"`,
    );
    const path = fixture(`id,date,"How likely are you to recommend us?,Comment\n${rows.join('\n')}\n`);
    await expect(readRecords(path)).rejects.toThrow(
      new InputError(
        `${path}: line 1: a quote opened in the header row is never closed, so the rows below would be read as part of it; ` +
          'close the quote and try again.',
      ),
    );
    await expect(analyseFeedbackFile(path)).rejects.toBeInstanceOf(InputError);
  });

  it('stops at a header quote that never closes, on its line after the sep= line; a quoted header over two lines is read', async () => {
    const broken = fixture('sep=;\nid;"score;comment\n1;2;x\n2;3;y\n3;4;z\n');
    await expect(readRecords(broken)).rejects.toThrow(/line 2: a quote opened in the header row is never closed/);
    const genuine = fixture('id,"How likely are you\nto recommend us?",comment\n1,9,x\n2,3,y\n3,4,z\n');
    const { records, account } = await readRecords(genuine);
    expect(lines(records)).toEqual([3, 4, 5]);
    expect(account).toMatchObject({ records: 3, lost: { records: 0 } });
  });

  it('past its allowance, skips a broken record whole instead of going back, and says the limit was hit', () => {
    const records: number[] = [];
    const reader = new RecordReader(
      // No allowance at all: the first broken record is already past it.
      {
        delimiter: ',',
        width: 3,
        strict: false,
        firstLine: 1,
        skipLines: 0,
        headerRows: 1,
        numericColumns: [0],
        reparseAllowance: -Infinity,
      },
      (_cells, line) => records.push(line),
    );
    reader.push('score,comment,date\n9,"open,x\n8,row,x\n7,row,x\n6,closed",x\n5,after,x\n');
    reader.end();
    expect(records).toEqual([6]);
    expect(reader.lost).toEqual({ records: 1, examples: [{ line: 2, toLine: 5, reason: 'recovery-limit' }], restarts: 0, limitHit: true });
  });

  it('ends a record over the size limit where csv-parse would: a quote inside an unquoted cell is text', async () => {
    const rows = npsRows(10, 10);
    rows.splice(2, 0, `3,${'stray " quote '.repeat(80_000)},2026-03-03`);
    const path = fixture(`score,comment,date\n${rows.join('\n')}\n`);
    const { records, account } = await readRecords(path);
    expect(account.lost).toEqual({ records: 1, examples: [{ line: 4, toLine: 4, reason: 'too-long' }], restarts: 0, limitHit: false });
    expect(lines(records)).toEqual([2, 3, ...Array.from({ length: 18 }, (_, index) => index + 5)]);
  });

  it('a quote over the size limit left open over lines like rows is lost with the rest of the file, and the limit said', async () => {
    const path = fixture(
      'score,comment,date\n9,fine,2026-01-01\n8,ok,2026-01-02\n7,good,2026-01-03\n' +
        `3,"${'endless text '.repeat(100_000)}\n4,row,2026-01-04\n5,row,2026-01-05\n`,
    );
    const { records, account } = await readRecords(path);
    expect(lines(records)).toEqual([2, 3, 4]);
    expect(account.lost).toEqual({ records: 1, limitHit: true, restarts: 0, examples: [{ line: 5, toLine: 7, reason: 'unclosed-quote' }] });
    expect((await analyseFeedbackFile(path)).withheld).toMatchObject({ reason: 'recovery-limit' });
  });

  it('a quote over the size limit left open in the last record, over no other line, is one record lost', async () => {
    const rows = npsRows(100, 100);
    rows.push(`3,"${'blah '.repeat(300_000)}`);
    const path = fixture(`How likely are you to recommend us?,comment,date\n${rows.join('\n')}\n`);
    const { records, account } = await readRecords(path);
    expect(account.records).toBe(200);
    expect(lines(records).at(-1)).toBe(201);
    expect(account.lost).toEqual({
      records: 1,
      limitHit: false,
      restarts: 0,
      examples: [{ line: 202, toLine: 202, reason: 'unclosed-quote' }],
    });
    const summary = await analyseFeedbackFile(path);
    expect(summary.withheld).toBeNull();
    expect(summary.quality.lost).toMatchObject({ records: 1, share: 0.5 });
  });

  it('ends a quote left open over 1 MB of text at the quote of the next row, and reads that row', async () => {
    const rows = npsRows(100, 100);
    // Left open over 120,000 lines of text and an empty line, it is closed by the quote of the next row.
    rows.splice(100, 1, `2,"blah blah${'\nblah blah'.repeat(120_000)}\n`, '10,"Great, fast.",2026-03-17');
    const path = fixture(`How likely are you to recommend us?,comment,date\n${rows.join('\n')}\n`);
    const { records, account } = await readRecords(path);
    expect(account.records).toBe(200);
    expect(account.lost).toEqual({
      records: 1,
      limitHit: false,
      restarts: 0,
      examples: [{ line: 102, toLine: 120_103, reason: 'unclosed-quote' }],
    });
    expect(records[100]).toEqual({ line: 120_104, cells: ['10', 'Great, fast.', '2026-03-17'] });
    expect(lines(records).at(-1)).toBe(120_203);
  });
});

describe('encoding by the evidence of the whole file', () => {
  const utf8 = (text: string) => Buffer.from(text, 'utf8');

  it('reads one stray Windows-1252 byte in the last row of a UTF-8 file as one character, and says where', async () => {
    const path = fixture(
      Buffer.concat([
        utf8('score,comment\n9,“Great” coffee\n8,It’s fine\n'),
        utf8('3,Trop cher, caf'),
        Buffer.from([0xe9]),
        utf8(' froid\n'),
      ]),
    );
    const { rows, source } = await readAll(path, { columns: { comment: 'comment' } });
    expect(rows.map((row) => row.comment)).toEqual(['“Great” coffee', 'It’s fine', 'Trop cher']);
    expect(source.encoding).toBe('utf-8');
    expect(source).toMatchObject({ windows1252: { bytes: 1, lines: [4] } });
    const { records } = await readRecords(path);
    expect(records.at(-1)?.cells).toEqual(['3', 'Trop cher', ' café froid']);
  });

  it('reads a UTF-8 file with Windows-1252 stretches stretch by stretch, the DOS é included', async () => {
    const path = fixture(
      Buffer.concat([
        utf8('score,comment\n9,Très bien\n'),
        Buffer.from('7,\x93d\x82j\xe0 vu\x94\n', 'latin1'),
        utf8('8,Ça va\n'),
        Buffer.from('2,\xe9t\xe9 d\xe9\xe7u\n', 'latin1'),
      ]),
    );
    const { records, account } = await readRecords(path);
    expect(records.map((record) => record.cells[1])).toEqual(['Très bien', '“déjà vu”', 'Ça va', 'été déçu']);
    expect(account.decoding).toEqual({ utf8MultiByte: true, windows1252Bytes: 8, windows1252Lines: [3, 5] });
  });

  it('labels a file with no multi-byte UTF-8 and some high bytes Windows-1252', async () => {
    const path = fixture(Buffer.from('score,comment\n9,tr\xe8s bon caf\xe9\n3,d\xe9\xe7u \x80\n', 'latin1'));
    const { rows, source } = await readAll(path, { columns: { comment: 'comment' } });
    expect(source.encoding).toBe('windows-1252');
    expect(source).toMatchObject({ windows1252: null });
    expect(rows.map((row) => row.comment)).toEqual(['très bon café', 'déçu €']);
  });

  it('decodes the same whatever the chunk boundaries', () => {
    const pieces = fc.array(
      fc.oneof(
        fc.constantFrom('a', ',', '\n', 'é', '€', '😀', '“'),
        fc.constantFrom(
          Buffer.from([0xe9]),
          Buffer.from([0x82]),
          Buffer.from([0xe2, 0x82]),
          Buffer.from([0xf0, 0x9f]),
          Buffer.from([0x93]),
        ),
      ),
      { maxLength: 60 },
    );
    return fc.assert(
      fc.asyncProperty(pieces, fc.array(fc.nat(200), { maxLength: 6 }), async (parts, cuts) => {
        const bytes = Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)));
        const whole = await decodeInChunks(bytes, []);
        const cut = await decodeInChunks(bytes, cuts);
        expect(cut).toEqual(whole);
      }),
    );
  });
});

async function decodeInChunks(bytes: Buffer, cuts: number[]): Promise<{ text: string; windows1252Bytes: number }> {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (point > from) chunks.push(bytes.subarray(from, point));
    from = Math.max(from, point);
  }
  const decoder = decoderFor('utf-8', false);
  let text = '';
  Readable.from(chunks).pipe(decoder);
  for await (const chunk of decoder as AsyncIterable<DecodedChunk>) text += chunk.text;
  return { text, windows1252Bytes: decoder.evidence.windows1252Bytes };
}

describe('properties', () => {
  const cell = fc
    .array(fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r', 'é', '1'), { maxLength: 8 })
    .map((characters) => characters.join(''));
  const ending = fc.constantFrom('\r\n', '\n', '\r');
  const quoted = (value: string) => (/[",;\r\n]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value);

  it('reads back exactly the records written, whatever the cells and line endings', async () => {
    const table = fc.array(fc.tuple(fc.tuple(cell, cell, cell), ending), { minLength: 1, maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const text = `a,b,c\n${rows.map(([cells, end]) => cells.map(quoted).join(',') + end).join('')}`;
        const path = fixture(text);
        const records: { line: number; cells: string[] }[] = [];
        const account = await readRange(plainPlan(path), WHOLE_FILE, (cells, line) => records.push({ line, cells }));
        expect(records.map((record) => record.cells)).toEqual(rows.map(([cells]) => cells));
        expect(account).toMatchObject({ records: rows.length, ragged: 0, lost: { records: 0 } });
        // Each record starts one line after the previous one's breaks (CRLF one, lone CR one).
        let line = 2;
        for (const [index, [cells]] of rows.entries()) {
          expect(records[index]!.line).toBe(line);
          line += 1 + cells.map((value) => value.replace(/\r\n/g, '\n').replace(/[^\r\n]/g, '').length).reduce((a, b) => a + b, 0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reads the same whatever the chunk boundaries: records, lines, losses and the end of the text', () => {
    const piece = fc.constantFrom('1', 'a', ',', '"', '""', '\n', '\r', '\r\n', '\n7,row,8\n', '\n3,"open,4\n', '5,shut",6\r\n');
    const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));
    const read = (chunks: string[], skipLines: number) => {
      const records: [number, string[]][] = [];
      const reader = new RecordReader(
        { delimiter: ',', width: 3, strict: false, firstLine: 1, skipLines, headerRows: 1, numericColumns: [0, 2] },
        (cells, line) => records.push([line, cells]),
      );
      for (const chunk of chunks) reader.push(chunk);
      reader.end();
      return { records, count: reader.records, ragged: reader.ragged, lost: reader.lost, openAtEnd: reader.openAtEnd };
    };
    fc.assert(
      fc.property(text, fc.array(fc.nat(400), { maxLength: 5 }), fc.nat(1), (whole, cuts, skipLines) => {
        const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, index) => whole.slice(from, [...points, whole.length][index]));
        expect(read(chunks, skipLines)).toEqual(read([whole], skipLines));
      }),
      { numRuns: 500 },
    );
  });

  it('ends any byte string with counts that add up, or one InputError', async () => {
    const bytes = fc.array(
      fc.oneof(fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x61, 0x39, 0xe9, 0xc3, 0xa9), fc.integer({ min: 1, max: 255 })),
      {
        maxLength: 400,
      },
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (content) => {
        const path = fixture(Buffer.concat([Buffer.from('score,comment\n'), Buffer.from(content)]));
        try {
          const summary = await analyseFeedbackFile(path);
          const { quality } = summary;
          expect(quality.used + quality.skipped).toBe(quality.rows);
          const { records, account } = await readRecords(path);
          expect(records.length).toBe(account.records);
          expect(account.records).toBe(quality.rows);
          const found = lines(records);
          expect(found).toEqual([...found].sort((a, b) => a - b));
          expect(new Set(found).size).toBe(found.length);
          const physical = content.filter((byte, index) => byte === 0x0a || (byte === 0x0d && content[index + 1] !== 0x0a)).length + 2;
          for (const line of [...found, ...account.lost.examples.map((example) => example.line)])
            expect(line).toBeLessThanOrEqual(physical);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** A plan for a three-column comma file with one header row, built by hand: the parser alone, no guessing. */
function plainPlan(path: string): ReadPlan {
  return {
    path,
    encoding: 'utf-8',
    delimiter: ',',
    skipLines: 0,
    headerRows: 1,
    width: 3,
    columns: {},
    otherScores: [],
    otherComments: [],
    strict: false,
    encodingForced: false,
    numericColumns: [],
    source: {
      file: path,
      encoding: 'utf-8',
      delimiter: ',',
      headerRows: 1,
      headers: ['a', 'b', 'c'],
      columns: {},
      choices: [],
      dateOrder: { order: 'dmy', decidedBy: 'headers', evidence: 'none' },
      exportDate: null,
      labels: [],
    },
  };
}
