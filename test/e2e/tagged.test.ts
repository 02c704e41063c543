import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { freshFolderEachTest, runCli } from '../helpers/cli.js';

const directory = freshFolderEachTest();
const inDirectory = directory.inFolder;
const DEMO_FEEDBACK = fileURLToPath(new URL('../../templates/demo/feedback.csv', import.meta.url));

const COLUMNS = ['line', 'id', 'score', 'language', 'sentiment', 'sentiment_score', 'sentiment_note', 'themes'];

/** The export as records, header first; a file that is not there fails the test. */
function readTagged(name = 'tagged.csv'): string[][] {
  return parse(readFileSync(inDirectory(name), 'utf8')) as string[][];
}

/** The cells spreadsheets run as formulas: whatever starts with = + - @ a tab or a carriage return, but a number. */
const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell);

/** Ids and a config theme's title that would be formulas, an e-mail address as an id, a blank row's worth of answers. */
const HOSTILE =
  'id,score,comment\n' +
  '"=HYPERLINK(""http://evil.example"",""click"")",2,"Why so few beans in the bag"\n' +
  '"+cmd|\' /C calc\'!A0",9,"Lovely roast, great value"\n' +
  '@SUM(A1:A9),7,\n' +
  'jane.doe@example.com,0,"Terrible coffee, I hate it"\n' +
  '-2+3,,"Wunderbarer Kaffee, danke"\n' +
  'P-1,5,"Kawa jest bardzo dobra, ale dostawa była za późno i nie jestem z tego zadowolony"\n';

describe('centricity score --tagged', () => {
  it('writes one row per response with its line, id, score, sentiment and themes, as many as the report counts', () => {
    const result = runCli(['score', DEMO_FEEDBACK, '--tagged', 'tagged.csv', '--format', 'json', '--out-dir', 'out', '--quiet'], {
      cwd: directory.path,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [header, ...rows] = readTagged();
    expect(header).toEqual(COLUMNS);
    const report = JSON.parse(readFileSync(inDirectory('out/feedback.json'), 'utf8')).feedback;
    expect(rows).toHaveLength(report.quality.rows);
    expect(rows.filter((row) => row[2] !== '')).toHaveLength(report.scores.n);
    expect(rows.filter((row) => row[6] !== 'no comment')).toHaveLength(report.comments.count);
    // The report's own tallies, row by row: sentiment labels and theme mentions.
    for (const label of ['positive', 'neutral', 'negative']) {
      expect(rows.filter((row) => row[4] === label)).toHaveLength(report.comments.sentiment[label]);
    }
    for (const theme of report.comments.themes) {
      expect(rows.filter((row) => row[7]!.split(';').includes(theme.title.replaceAll(';', ',')))).toHaveLength(theme.mentions);
    }
    expect(rows[0]!.slice(0, 5)).toEqual(['2', 'R-10001', '10', 'en', 'positive']);
    // Lines are the file's, in order (a comment over several lines takes several).
    const lines = rows.map((row) => Number(row[0]));
    expect(lines).toEqual([...new Set(lines)].sort((a, b) => a - b));
  });

  it('names the file of each row when several are scored', () => {
    writeFileSync(inDirectory('@SUM(A1).csv'), 'score,comment\n9,"Great"\n3,"Late again"\n');
    writeFileSync(inDirectory('b.csv'), 'score,comment\n10,"Lovely"\n');
    const result = runCli(['score', '@SUM(A1).csv', 'b.csv', '--tagged', 'tagged.csv', '--out-dir', 'out', '--quiet'], {
      cwd: directory.path,
    });
    expect(result.status).toBe(0);
    const records = readTagged();
    expect(records[0]).toEqual(['file', ...COLUMNS]);
    expect(records.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ["'@SUM(A1).csv", '2'],
      ["'@SUM(A1).csv", '3'],
      ['b.csv', '2'],
    ]);
  });

  it('writes hostile cells inert, pseudonymises ids that hold personal data, and says why a sentiment is missing', () => {
    writeFileSync(inDirectory('hostile.csv'), HOSTILE);
    writeFileSync(inDirectory('centricity.config.yaml'), 'themes:\n  beans: { title: "=SUM(1;2)", keywords: [beans] }\n');
    const result = runCli(['score', 'hostile.csv', '--tagged', 'tagged.csv', '--out-dir', 'out', '--quiet'], { cwd: directory.path });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(inDirectory('tagged.csv'), 'utf8');
    const rows = readTagged().slice(1);
    for (const cell of rows.flat()) expect(runnable(cell)).toBe(false);
    expect(rows.map((row) => row[1])).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      "'+cmd|' /C calc'!A0",
      "'@SUM(A1:A9)",
      expect.stringMatching(/^respondent-[0-9a-f]{6}$/),
      "'-2+3",
      'P-1',
    ]);
    expect(text).not.toContain('jane.doe');
    // The theme's title, its semicolon made a comma so that the list of themes splits back into titles, starts with an apostrophe.
    expect(rows[0]![7]).toBe("'=SUM(1,2)");
    // A negative sentiment score is a number a spreadsheet can sum, not text.
    expect(rows[3]!.slice(4, 6)).toEqual(['negative', expect.stringMatching(/^-0\.\d+$/)]);
    expect(rows[2]!.slice(3, 8)).toEqual(['', '', '', 'no comment', '']);
    // Each comment's language ("und" when too short to tell); one in a language centricity cannot read is said so, never scored.
    expect(rows.map((row) => row[3])).toEqual(['en', 'en', '', 'und', 'und', 'pl']);
    expect(rows[5]!.slice(4, 7)).toEqual(['', '', 'unreadable language']);
  });

  it('keeps ids as typed with --no-redact', () => {
    writeFileSync(inDirectory('hostile.csv'), HOSTILE);
    const result = runCli(['score', 'hostile.csv', '--tagged', 'tagged.csv', '--out-dir', 'out', '--quiet', '--no-redact'], {
      cwd: directory.path,
    });
    expect(result.status).toBe(0);
    expect(readTagged()[4]![1]).toBe('jane.doe@example.com');
  });

  it('replaces its own export, and refuses to overwrite any other file unless --force, before reading anything', () => {
    const run = (...extra: string[]) =>
      runCli(['score', DEMO_FEEDBACK, '--tagged', 'tagged.csv', '--out-dir', 'out', '--quiet', ...extra], { cwd: directory.path });
    expect(run().status).toBe(0);
    expect(run().status).toBe(0);
    writeFileSync(inDirectory('tagged.csv'), 'line,id,score\n1,2,3\n');
    const refused = runCli(['score', DEMO_FEEDBACK, '--tagged', 'tagged.csv', '--out-dir', 'elsewhere', '--quiet'], {
      cwd: directory.path,
    });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "centricity: tagged.csv already exists and was not written by centricity (its first line is not centricity's marker): " +
        'choose another path, or add --force to replace it.\n',
    );
    expect(existsSync(inDirectory('elsewhere'))).toBe(false);
    expect(readFileSync(inDirectory('tagged.csv'), 'utf8')).toBe('line,id,score\n1,2,3\n');
    expect(run('--force').status).toBe(0);
    expect(readTagged()[0]).toEqual(COLUMNS);
  });

  it('writes beside the reports into the out-dir the same run makes', () => {
    const result = runCli(['score', DEMO_FEEDBACK, '--tagged', 'out/tagged.csv', '--out-dir', 'out', '--quiet'], { cwd: directory.path });
    expect(result.status).toBe(0);
    expect(readTagged('out/tagged.csv')[0]).toEqual(COLUMNS);
    expect(existsSync(inDirectory('out/feedback.md'))).toBe(true);
  });

  it.each([
    ['missing/tagged.csv', 'cannot write missing/tagged.csv: its folder does not exist; create it or choose another path.'],
    ['file.txt/tagged.csv', 'cannot write file.txt/tagged.csv: part of the path is a file, not a folder; choose another path.'],
    ['-', '--tagged writes a CSV file, not standard output (which carries the summary): give it a file path.'],
    // Where the same run writes a report: the report would be lost.
    ['out/feedback.md', '--tagged out/feedback.md is where this run writes its report feedback.md: give the export another name.'],
    ['./out/index.md', '--tagged ./out/index.md is where this run writes its report index.md: give the export another name.'],
  ])('refuses %s in one sentence, exit 2', (path, sentence) => {
    writeFileSync(inDirectory('file.txt'), 'not a folder\n');
    mkdirSync(inDirectory('out'));
    const result = runCli(['score', DEMO_FEEDBACK, '--tagged', path, '--out-dir', 'out'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`centricity: ${sentence}\n`);
    expect(result.stdout).toBe('');
  });
});
