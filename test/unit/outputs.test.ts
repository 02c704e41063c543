import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAnswersCsv } from '../../src/answers/csv.js';
import { parseAnswers } from '../../src/answers/parse.js';
import { daysInMonth, localToday, whyNotADay } from '../../src/calendar.js';
import { isOwnOutput } from '../../src/cli/output.js';
import { InputError } from '../../src/errors.js';
import { undoPending, untilDone } from '../../src/io/cleanup.js';
import { csvCell, toCsv } from '../../src/io/csv.js';
import { describeFileError, readTextFile, withTemporaryFile } from '../../src/io/files.js';
import { GENERATED_MARKER } from '../../src/io/marker.js';
import { printable } from '../../src/printable.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { QUESTIONS_CSV_HEADER, questionnaireCsv, questionnaireJson, questionnaireMarkdown } from '../../src/report/questionnaire.js';
import { temporaryDirectory } from '../helpers/cli.js';

/** What no CSV cell may hold raw: escapes and other controls but tab and line breaks, bidi controls, zero-width characters. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/;

describe('calendar days', () => {
  it("gives today's date on the local calendar, not in UTC", () => {
    // Built from local fields, so the same in every time zone, where toISOString would give the UTC day.
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(localToday(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
  });

  it('refuses days that do not exist, where Date.parse would roll them over', () => {
    expect(Number.isNaN(Date.parse('2026-02-30T00:00:00Z'))).toBe(false); // why a hand check is needed
    expect(whyNotADay('2026-02-30')).toBe('February 2026 has 28 days; expected a date as YYYY-MM-DD, e.g. 2026-11-23');
    expect(whyNotADay('2028-02-29')).toBeNull();
    expect(whyNotADay('2100-02-29')).toMatch(/^February 2100 has 28 days/);
    expect(whyNotADay('2026-04-31')).toMatch(/^April 2026 has 30 days/);
    expect(whyNotADay('2026-13-01')).toMatch(/^there is no month 13/);
    expect(whyNotADay('2026-00-10')).toMatch(/^there is no month 00/);
    expect(whyNotADay('2026-01-00')).toMatch(/^January 2026 has 31 days/);
    expect(whyNotADay('0000-01-01')).toMatch(/^there is no year 0000/);
    for (const text of ['23/11/2026', '2026-1-5', '2026-11-23T10:00', ' 2026-11-23', 'yesterday', ''])
      expect(whyNotADay(text)).toMatch(/expected a date as YYYY-MM-DD/);
  });

  it('refuses years so far away that deadlines would run into five digits', () => {
    expect(whyNotADay('9999-12-31')).toMatch(/^the year 9999 is too far away/);
    expect(whyNotADay('9000-12-31')).toBeNull();
  });

  it('accepts exactly the days the calendar has (property, against Date without roll-over)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9000 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const real = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(whyNotADay(text) === null).toBe(real);
          if (month >= 1 && month <= 12) {
            const lastDay = new Date(0);
            lastDay.setUTCFullYear(year, month, 0);
            expect(daysInMonth(year, month)).toBe(lastDay.getUTCDate());
          }
        },
      ),
    );
  });

  it('refuses an impossible or non-date date: field in an answers file, with its line', () => {
    const file = (date: string) => `schemaVersion: 1\ndate: ${date}\nanswers: {}\n`;
    expect(parseAnswers(file('2026-11-02'), 'a.yaml', DEFAULT_QUESTIONNAIRE).date).toBe('2026-11-02');
    expect(() => parseAnswers(file('2026-02-30'), 'a.yaml', DEFAULT_QUESTIONNAIRE)).toThrow(
      'a.yaml: line 2: date: February 2026 has 28 days; expected a date as YYYY-MM-DD, e.g. 2026-11-23, found "2026-02-30".',
    );
    expect(() => parseAnswers(file('next week'), 'a.yaml', DEFAULT_QUESTIONNAIRE)).toThrow(
      /line 2: date: expected a date as YYYY-MM-DD.*found "next week"/,
    );
    expect(() => parseAnswers(file('20261102'), 'a.yaml', DEFAULT_QUESTIONNAIRE)).toThrow(
      /line 2: date: expected a date as YYYY-MM-DD.*found 20261102/,
    );
    expect(() => parseAnswersCsv('respondent,date,goals.short-term\nAna,2026-02-30,4\n', 'a.csv', DEFAULT_QUESTIONNAIRE)).toThrow(
      'a.csv: line 2, column 2 (date): February 2026 has 28 days; expected a date as YYYY-MM-DD, e.g. 2026-11-23, found "2026-02-30".',
    );
  });
});

describe('CSV written by centricity', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('plain, with a comma')).toBe('"plain, with a comma"');
    expect(csvCell('a = b')).toBe('a = b');
    // Text that looks like a negative number is still text from somewhere; a number centricity computed is written as one.
    expect(csvCell('-1')).toBe("'-1");
    expect([csvCell(-0.25), csvCell(-0), csvCell(Number.NaN), csvCell(null)]).toEqual(['-0.25', '0', '', '']);
  });

  it('round-trips any text: a cell reads back as written (controls made visible), an apostrophe before a formula (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
          const read = parse(toCsv(table), { relax_column_count: true }) as string[][];
          const visible = (cell: string) => cell.replace(new RegExp(INVISIBLE.source, 'g'), (character) => printable(character));
          const expected = table.map((row) =>
            row.map((cell) => (/^[=+\-@\t\r]/.test(visible(cell)) ? `'${visible(cell)}` : visible(cell))),
          );
          expect(read).toEqual(expected);
          for (const cell of read.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          for (const cell of read.flat()) expect(cell).not.toMatch(INVISIBLE);
        },
      ),
    );
  });

  it('neutralises formulas in the questionnaire CSV, extra questions from a config included', () => {
    const questionnaire = {
      ...DEFAULT_QUESTIONNAIRE,
      questions: [
        ...DEFAULT_QUESTIONNAIRE.questions,
        {
          ...DEFAULT_QUESTIONNAIRE.questions[0]!,
          id: 'culture.x',
          text: '=cmd|" /C calc"!A0',
          scale: ['-1', '+2', '@3', '=4', 'five'] as const,
        },
      ],
    };
    const cells = (parse(questionnaireCsv(questionnaire)) as string[][]).flat();
    expect(cells).toContain(`'=cmd|" /C calc"!A0`);
    expect(cells).toContain("'-1");
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("centricity's own output, recognised by its first line only", () => {
  it('knows its Markdown, CSV and JSON outputs', () => {
    expect(isOwnOutput(questionnaireMarkdown(DEFAULT_QUESTIONNAIRE))).toBe(true);
    expect(isOwnOutput(questionnaireCsv(DEFAULT_QUESTIONNAIRE))).toBe(true);
    expect(isOwnOutput(questionnaireJson(DEFAULT_QUESTIONNAIRE, '1.2.3'))).toBe(true);
    expect(isOwnOutput(`${GENERATED_MARKER}\r\n# edited on Windows\r\n`)).toBe(true);
    expect(isOwnOutput(`${QUESTIONS_CSV_HEADER}\n`)).toBe(true);
    expect(isOwnOutput('{\n  "schemaVersion": 2,\n  "generator": { "name": "centricity", "version": "0.1.0" },\n  "files": []\n}\n')).toBe(
      true,
    );
  });

  it('never takes a file that merely mentions centricity for its own', () => {
    for (const text of [
      'My notes: this report was generated by centricity last week.\n',
      `# Notes\n${GENERATED_MARKER}\n`,
      ` ${GENERATED_MARKER}\n`,
      `${GENERATED_MARKER} and more\n`,
      '<!-- generated by centricity -->\n',
      '{\n  "name": "centricity",\n  "version": "0.1.0"\n}\n',
      '{ "generator": { "name": "centricity" } }',
      '{ "generator": { "name": "centricity", "version": "1", "extra": true } }',
      '{ "tool": { "generator": { "name": "centricity", "version": "1" } } }',
      '[{ "generator": { "name": "centricity", "version": "1" } }]',
      '{ "generator": { "name": "centricity", "version": "1" }',
      'id,dimension,question\n',
      `"${QUESTIONS_CSV_HEADER}"\n`,
      '',
    ]) {
      expect(isOwnOutput(text), text).toBe(false);
    }
  });
});

describe('files', () => {
  let directory: ReturnType<typeof temporaryDirectory>;
  beforeEach(() => {
    directory = temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it('says in one sentence why a file cannot be written, whatever the system says', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: boom`), { code });
    expect(describeFileError(error('EROFS'), 'out/r.md', 'file', 'write')).toBe(
      'cannot write out/r.md: the file system is read-only; choose another folder.',
    );
    expect(describeFileError(error('EACCES'), 'out', 'folder', 'create')).toBe(
      "permission denied to create out: check the folder's permissions, or choose another path.",
    );
    expect(describeFileError(error('EPERM'), 'out/r.md', 'file', 'write')).toMatch(/^permission denied to write out\/r\.md/);
    expect(describeFileError(error('ENOTDIR'), 'a/b/r.md', 'file', 'write')).toBe(
      'cannot write a/b/r.md: part of the path is a file, not a folder; choose another path.',
    );
    expect(describeFileError(error('ENOSPC'), 'r.md', 'file', 'write')).toBe(
      'cannot write r.md: the disk is full; free some space or choose another folder.',
    );
  });

  it('reads UTF-8 only, and says which line is not and how to fix it', async () => {
    const path = join(directory.path, 'answers.yaml');
    writeFileSync(path, Buffer.from('\ufeffteam: Café\n', 'utf8'));
    await expect(readTextFile(path, 'answers file')).resolves.toBe('team: Café\n');
    writeFileSync(path, Buffer.concat([Buffer.from('schemaVersion: 1\nrespondent: Ma'), Buffer.from([0xef]), Buffer.from('a\n')]));
    await expect(readTextFile(path, 'answers file')).rejects.toThrow(
      new InputError(
        `${path}: line 2 is not UTF-8 (a letter such as "é" saved as Latin-1 or Windows-1252): ` +
          'save the answers file as UTF-8 and try again.',
      ),
    );
    writeFileSync(path, Buffer.from('\ufeffteam: x\n', 'utf16le'));
    await expect(readTextFile(path, 'answers file')).rejects.toThrow(
      new InputError(`${path} is saved as UTF-16: save the answers file as UTF-8 and try again.`),
    );
  });

  it('stops reading at the size limit, with a sentence', async () => {
    const path = join(directory.path, 'big.yaml');
    writeFileSync(path, 'x'.repeat(2048));
    await expect(readTextFile(path, 'answers file', 2048)).resolves.toHaveLength(2048);
    await expect(readTextFile(path, 'answers file', 2047)).rejects.toThrow(
      new InputError(
        `${path} is larger than ${2047 / (1024 * 1024)} MB, the most centricity reads of an answers file: check that it is the right file.`,
      ),
    );
    // A device that never ends is cut at the limit too.
    await expect(readTextFile('/dev/zero', 'template', 100_000)).rejects.toThrow(
      /\/dev\/zero is larger than .* MB, the most centricity reads of a template/,
    );
  });

  it('removes the temporary file when a write fails, and on a signal while it is being written', async () => {
    const target = join(directory.path, 'report.md');
    await expect(
      withTemporaryFile(target, async (temporary) => {
        await writeFile(temporary, 'half');
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }),
    ).rejects.toThrow(`cannot write ${target}: the disk is full; free some space or choose another folder.`);
    expect(readdirSync(directory.path)).toEqual([]);

    let temporaryPath = '';
    let release = () => {};
    const writing = withTemporaryFile(target, async (temporary) => {
      temporaryPath = temporary;
      await writeFile(temporary, 'half');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(temporaryPath)).toBe(true);
    undoPending(); // what the SIGINT/SIGTERM handler runs
    expect(existsSync(temporaryPath)).toBe(false);
    release();
    await expect(writing).rejects.toThrow(InputError);
    expect(existsSync(target)).toBe(false);
  });

  it('runs each pending undo once, and none that finished', () => {
    const ran: string[] = [];
    const finished = untilDone(() => ran.push('finished'));
    untilDone(() => ran.push('pending'));
    untilDone(() => {
      throw new Error('one that fails does not stop the others');
    });
    untilDone(() => ran.push('after a failure'));
    finished();
    undoPending();
    undoPending();
    expect(ran).toEqual(['pending', 'after a failure']);
  });
});
