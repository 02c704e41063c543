import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { encode, readAll, writeFixture } from '../helpers/feedback.js';

const directory = temporaryDirectory();
afterAll(() => directory.remove());
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

const FRENCH = 'Note,Commentaire,Date\n9,"Très bon café, livré à l\'heure",03/05/2026\n3,"Trop cher : 12 € de plus",04/05/2026\n';

describe('encodings', () => {
  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const)('reads %s', async (encoding) => {
    const path = writeFixture(directory.path, `french-${encoding}.csv`, encode(FRENCH, encoding));
    const { source, rows } = await readAll(path);
    expect(source.encoding).toBe(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
    expect(source.columns).toMatchObject({ score: 'Note', comment: 'Commentaire', date: 'Date' });
    expect(rows.map((row) => row.comment)).toEqual(["Très bon café, livré à l'heure", 'Trop cher : 12 € de plus']);
    expect(rows.map((row) => row.score)).toEqual(['9', '3']);
  });

  it('reads and labels a file Windows-1252 when its only high bytes come after the first 64 KB', async () => {
    const filler = Array.from({ length: 3000 }, (_, index) => `7,plain ascii comment number ${index},01/05/2026`).join('\n');
    const text = `Note,Commentaire,Date\n${filler}\n2,"Très déçu",02/05/2026\n`;
    const path = writeFixture(directory.path, 'late-latin1.csv', encode(text, 'windows-1252'));
    const { source, rows } = await readAll(path);
    expect(source.encoding).toBe('windows-1252');
    expect(rows).toHaveLength(3001);
    expect(rows.at(-1)?.comment).toBe('Très déçu');
  });

  it('reads the DOS é (0x82) and É (0x90) that legacy French exports mix into Windows-1252', async () => {
    const text = 'nps,explication\n9,"d\u0082j\u00e0 \u0090norme, tr\u00e8s bien"\n3,"prix \u0082lev\u0082s"\n';
    const { rows } = await readAll(writeFixture(directory.path, 'dos.csv', encode(text, 'windows-1252')));
    expect(rows.map((row) => row.comment)).toEqual(['déjà Énorme, très bien', 'prix élevés']);
  });

  it('says what to do when a forced UTF-8 is wrong', async () => {
    const path = writeFixture(directory.path, 'forced.csv', encode(FRENCH, 'windows-1252'));
    await expect(readAll(path, { encoding: 'utf-8' })).rejects.toThrow(/is not valid UTF-8: try --encoding windows-1252/);
  });
});

describe('delimiters and layouts', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('detects %j (%s) even with the delimiter inside quoted comments', async (delimiter, name) => {
    const text =
      ['score', 'comment', 'plan'].join(delimiter) +
      '\n' +
      [
        ['10', `"Love it${delimiter} really"`, 'annual'],
        ['4', '"Slow; late, broken | again"', 'monthly'],
        ['8', 'fine', 'monthly'],
      ]
        .map((row) => row.join(delimiter))
        .join('\n') +
      '\n';
    const { source, rows } = await readAll(writeFixture(directory.path, `${name}.csv`, text));
    expect(source.delimiter).toBe(delimiter);
    expect(rows.map((row) => row.comment)).toEqual([`Love it${delimiter} really`, 'Slow; late, broken | again', 'fine']);
  });

  it('refuses a given delimiter that reads the file as one column or unevenly, naming the one that fits', async () => {
    const commas = writeFixture(directory.path, 'commas.csv', 'score,comment,plan\n9,"great, thanks",pro\n3,bad,free\n10,love it,pro\n');
    await expect(readAll(commas, { delimiter: ';' })).rejects.toThrow(
      /commas\.csv: the delimiter given \(';'\) reads it as one column, but its rows split evenly on ',' into 3 columns: give --delimiter , or leave/,
    );
    const semicolons = writeFixture(
      directory.path,
      'semicolons.csv',
      'score;comment;plan\n9;great, thanks;pro\n3;bad;free\n10;"a, b, c";pro\n',
    );
    await expect(readAll(semicolons, { delimiter: ',' })).rejects.toThrow(
      /the delimiter given \(','\) reads it as one column, but .* on ';'/,
    );
    const tabs = writeFixture(directory.path, 'tabs.tsv', 'score\tcomment\n9\tgreat\n3\tbad\n');
    await expect(readAll(tabs, { delimiter: '|' })).rejects.toThrow(/split evenly on tab into 2 columns: give --delimiter tab/);
    // The delimiter that fits, given, is taken as it is.
    expect((await readAll(commas, { delimiter: ',' })).rows).toHaveLength(3);
  });

  it('takes a given delimiter for a file of one column, however its answers use commas', async () => {
    const path = writeFixture(directory.path, 'one-column.csv', 'comment\nGreat, thanks\nBad, slow\nOk, fine\n');
    const { source, rows } = await readAll(path, { delimiter: '\t' });
    expect(source.columns.comment).toBe('comment');
    expect(rows.map((row) => row.comment)).toEqual(['Great, thanks', 'Bad, slow', 'Ok, fine']);
  });

  it('uses the delimiter of a leading sep= line, German headers and a decimal comma', async () => {
    const { source, rows } = await readAll(fixture('excel-semicolon.csv'));
    expect(source.delimiter).toBe(';');
    expect(source.columns).toEqual({ score: 'Bewertung', comment: 'Kommentar', date: 'Datum', segment: 'Region' });
    expect(rows.map((row) => row.score)).toEqual(['5 Sterne', '2', '4,5', 'N/A']);
    expect(rows[0]!.line).toBe(3);
  });

  it('skips Qualtrics question-text and ImportId rows and leaves the NPS group column alone', async () => {
    const { source, rows } = await readAll(fixture('qualtrics.csv'));
    expect(source.headerRows).toBe(3);
    expect(source.columns).toMatchObject({
      score: expect.stringMatching(/^Q1 — How likely/),
      comment: expect.stringMatching(/^Q2 — What is the main reason/),
      id: expect.stringMatching(/^ResponseId/),
    });
    expect(rows.map((row) => row.score)).toEqual(['10', '3', '8', '9', '6']);
    expect(rows[4]).toMatchObject({ line: 8, comment: 'The parcel arrived late\nand the bag was torn' });
  });

  it("merges SurveyMonkey's two header rows and reads month-first dates", async () => {
    const { source, rows } = await readAll(fixture('surveymonkey.csv'));
    expect(source.headerRows).toBe(2);
    expect(source.columns).toMatchObject({
      score: 'How likely is it that you would recommend us to a friend or colleague? — Response',
      comment: 'What could we do better? — Open-Ended Response',
      id: 'Respondent ID',
    });
    expect(source.dateOrder.order).toBe('mdy');
    expect(rows).toHaveLength(4);
  });

  it('reads ragged rows and counts them', async () => {
    const path = writeFixture(directory.path, 'ragged.csv', 'score,comment,plan\n9,good\n3,bad,monthly,extra\n7,ok,annual\n');
    const { rows, account } = await readAll(path);
    expect(rows.map((row) => row.score)).toEqual(['9', '3', '7']);
    expect(account.ragged).toBe(2);
  });

  it('takes column overrides by header or by number', async () => {
    const path = writeFixture(directory.path, 'custom.csv', 'a,b,c\n1,x,hello there friend\n5,y,another long comment\n');
    const { source, rows } = await readAll(path, { columns: { score: 'A', comment: '3' } });
    expect(source.columns).toEqual({ score: 'a', comment: 'c' });
    expect(rows[1]).toMatchObject({ score: '5', comment: 'another long comment' });
  });
});

describe('bad input', () => {
  it.each([
    ['empty.csv', '', /is empty: export the feedback again/],
    ['header-only.csv', 'score,comment\n', /has a header row but no responses/],
    [
      'no-columns.csv',
      'a,b\n1,2\n3,4\n',
      /neither a score nor a comment column that centricity recognises; the headers are: "a", "b"\. Name them with --score-column and --comment-column\./,
    ],
    [
      'binary.csv',
      Buffer.from([0x7f, 0x45, 0x00, 0x46, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02]),
      /does not look like a CSV export \(it holds binary data\)/,
    ],
  ])('%s gets one clear sentence', async (name, content, message) => {
    const path = writeFixture(directory.path, name, content);
    const error = await readAll(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it('names an override that matches no column, with the headers', async () => {
    const path = writeFixture(directory.path, 'override.csv', 'score,comment\n9,good stuff here\n');
    await expect(readAll(path, { columns: { score: 'rating' } })).rejects.toThrow(
      /--score-column "rating" names no column; the headers are: "score", "comment"\./,
    );
  });

  it('reports a missing file and a folder', async () => {
    await expect(readAll(`${directory.path}/nope.csv`)).rejects.toThrow(
      /cannot find the feedback file .*nope\.csv: check the path and try again\./,
    );
    await expect(readAll(directory.path)).rejects.toThrow(/is a folder: give the path of the feedback file itself\./);
  });

  it('skips a record with an unclosed quote and reads on from the next line, or fails with --strict', async () => {
    const path = writeFixture(directory.path, 'unclosed.csv', 'score,comment\n9,fine\n8,"never closed\n7,kept\n');
    const { rows, account } = await readAll(path, { columns: { comment: 'comment' } });
    expect(rows.map((row) => [row.line, row.score, row.comment])).toEqual([
      [2, '9', 'fine'],
      [4, '7', 'kept'],
    ]);
    expect(account.lost).toEqual({
      records: 1,
      examples: [{ line: 3, toLine: 3, reason: 'unclosed-quote' }],
      restarts: 1,
      limitHit: false,
    });
    await expect(readAll(path, { strict: true })).rejects.toThrow(/unclosed\.csv: line 3: a quote opened here is never closed/);
  });
});
