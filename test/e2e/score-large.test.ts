import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshFolderEachTest, runCli } from '../helpers/cli.js';

// Large files read in parallel and files part of which cannot be read (apart from score.test.ts, so that they run side by side).
const directory = freshFolderEachTest();
const inDirectory = directory.inFolder;

describe('a large file in parallel', () => {
  it('gives the same report with one thread and with two', async () => {
    const { generateFeedback } = await import('../bench/generate.js');
    const bytes = await generateFeedback(inDirectory('large.csv'), 36_000);
    expect(bytes).toBeGreaterThan(4 * 1024 * 1024);
    const run = (threads: string) => {
      const result = runCli(
        ['score', 'large.csv', '--format', 'json', '--out-dir', `out-${threads}`, '--threads', threads, '--quiet', '--date', '2026-11-23'],
        { cwd: directory.path },
      );
      expect(result.status).toBe(0);
      return JSON.parse(readFileSync(inDirectory(`out-${threads}/large.json`), 'utf8'));
    };
    const single = run('1');
    const parallel = run('2');
    expect(single.feedback.quality.rows).toBe(36_000);
    expect(parallel).toEqual(single);

    // Rows appended by another tool with CR line ends, and a broken quote in the second half.
    const text = readFileSync(inDirectory('large.csv'), 'utf8');
    const middle = text.indexOf('\nR-', Math.floor(text.length * 0.7)) + 1;
    const extra = Array.from(
      { length: 300 },
      (_, index) => `X-${index},2025-12-0${1 + (index % 9)},${index % 11},appended row ${index},monthly,UK,100.00\r`,
    ).join('');
    writeFileSync(
      inDirectory('large.csv'),
      `${text.slice(0, middle)}R-0,2025-01-01,3,"never closed,monthly,UK,1.00\n${text.slice(middle)}${extra}`,
    );
    const messySingle = run('1');
    expect(messySingle.feedback.quality.rows).toBe(36_300);
    expect(messySingle.feedback.quality.lost).toMatchObject({ records: 1 });
    expect(run('2')).toEqual(messySingle);
  });

  it('stops with the same sentence on one thread and on two when --strict meets a broken row in a late part', async () => {
    const { generateFeedback } = await import('../bench/generate.js');
    await generateFeedback(inDirectory('late.csv'), 36_000);
    // Quotes out, so that nothing after the broken row closes its quote; the row sits in the parts the threads share last.
    const text = readFileSync(inDirectory('late.csv'), 'utf8').replace(/"/g, '');
    const at = text.indexOf('\nR-', Math.floor(text.length * 0.93)) + 1;
    const line = text.slice(0, at).split('\n').length;
    writeFileSync(inDirectory('late.csv'), `${text.slice(0, at)}R-0,2025-01-01,3,"never closed,monthly,UK,1.00\n${text.slice(at)}`);
    const stop = (threads: string) =>
      runCli(['score', 'late.csv', '--strict', '--threads', threads, '--out-dir', `strict-${threads}`, '--quiet'], { cwd: directory.path });
    const single = stop('1');
    expect(single.status).toBe(2);
    expect(single.stderr).toBe(
      `centricity: late.csv: line ${line}: a quote opened here is never closed; ` +
        'fix the file, or drop --strict to skip what cannot be read.\n',
    );
    expect(stop('2')).toMatchObject({ status: 2, stderr: single.stderr });
  });
});

describe('a file part of which cannot be read', () => {
  const rows = (count: number) =>
    Array.from({ length: count }, (_, index) => `${index % 11},comment number ${index},2026-03-0${1 + (index % 9)}`);

  it('withholds the headline and exits 2 when more than 1% of the rows are lost; --allow-partial gives the figures with the loss', () => {
    const lines = rows(100);
    lines[20] = '3,"never closed,2026-03-01';
    lines[60] = '4,"never closed either,2026-03-02';
    writeFileSync(inDirectory('broken.csv'), `How likely are you to recommend us?,Comment,Date\n${lines.join('\n')}\n`);
    const withheld = runCli(['score', 'broken.csv', '--out-dir', 'out', '--format', 'md,json'], { cwd: directory.path });
    expect(withheld.status).toBe(2);
    expect(withheld.stderr).toBe(
      'centricity: broken.csv: withheld: 2% of the rows could not be read (lines 22, 62); fix the file or add --allow-partial.\n',
    );
    expect(withheld.stderr).not.toMatch(/\n\s+at /);
    expect(withheld.stdout).toContain('broken.csv: withheld: 2% of the rows could not be read');
    const report = JSON.parse(readFileSync(inDirectory('out/broken.json'), 'utf8'));
    expect(report.feedback.withheld).toEqual({ reason: 'lost-records', lost: 2, of: 100, share: 2 });
    expect(report.feedback.scores).toBeNull();
    expect(readFileSync(inDirectory('out/broken.md'), 'utf8')).toContain(
      '**Figures withheld:** 2% of the rows (2 of 100) could not be read (lines 22, 62).',
    );
    expect(readFileSync(inDirectory('out/index.md'), 'utf8')).toContain('| 98 | NPS (0–10) | 0 | withheld |');

    const partial = runCli(['score', 'broken.csv', '--out-dir', 'out', '--format', 'md,json', '--allow-partial'], { cwd: directory.path });
    expect(partial.status).toBe(0);
    expect(partial.stderr).toBe('');
    expect(partial.stdout).toMatch(/broken\.csv: NPS [−+]?\d+(\.\d)? \(.*\) \(2% of the rows could not be read and are left out\), n = 98/);
    expect(JSON.parse(readFileSync(inDirectory('out/broken.json'), 'utf8')).feedback.scores.n).toBe(98);
  });

  it('withholds every score figure of a withheld file: themes with and without, pull, and the other rating questions', () => {
    const said = [
      'The price went up again and it is far too expensive',
      'Delivery was late and the parcel was damaged',
      'Friendly staff and quick help',
    ];
    const lines = Array.from(
      { length: 100 },
      (_, index) => `${index % 11},${1 + (index % 5)},${said[index % 3]} (order ${index}),2026-03-0${1 + (index % 9)}`,
    );
    lines[20] = '3,2,"never closed,2026-03-01';
    lines[60] = '4,2,"never closed either,2026-03-02';
    const header = 'How likely are you to recommend us?,How satisfied are you overall?,Comment,Date';
    writeFileSync(inDirectory('themes-withheld.csv'), `${header}\n${lines.join('\n')}\n`);
    const result = runCli(['score', 'themes-withheld.csv', '--out-dir', 'out', '--format', 'md,json'], { cwd: directory.path });
    expect(result.status).toBe(2);
    const { feedback } = JSON.parse(readFileSync(inDirectory('out/themes-withheld.json'), 'utf8'));
    expect(feedback.comments.themes.length).toBeGreaterThan(0);
    for (const theme of feedback.comments.themes) {
      expect(theme).toMatchObject({ with: null, without: null, pull: null, difference: null, tooSmall: false });
    }
    expect(feedback.otherScores).toEqual([
      expect.objectContaining({
        column: 'How satisfied are you overall?',
        mean: null,
        topShare: null,
        bottomShare: null,
        distribution: [],
      }),
    ]);
    const markdown = readFileSync(inDirectory('out/themes-withheld.md'), 'utf8');
    const themeRows = markdown.split('\n').filter((line) => /^\| (Price|Delivery|Staff|Product)/.test(line));
    expect(themeRows.length).toBeGreaterThan(0);
    for (const row of themeRows) expect(row).toMatch(/\| withheld \| withheld \| withheld \|/);
    expect(markdown).toMatch(/\| How satisfied are you overall\? \| [^|]+ \| 98 \| withheld \| withheld \| withheld \|/);
    expect(markdown).not.toMatch(/NPS [+−-]?\d/);
  });

  it('--strict stops at a quote that runs over rows of a small file with one sentence, never an internal error', async () => {
    const { generateFeedback } = await import('../bench/generate.js');
    await generateFeedback(inDirectory('strict.csv'), 1000);
    const lines = readFileSync(inDirectory('strict.csv'), 'utf8').split('\n');
    lines.splice(990, 0, 'R-BROKEN,2025-03-02,5,"unclosed quote here,monthly,UK,1');
    writeFileSync(inDirectory('strict.csv'), lines.join('\n'));
    const result = runCli(['score', 'strict.csv', '--strict', '--out-dir', 'out', '--quiet'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'centricity: strict.csv: line 991: a quote opened here runs over lines that look like rows of their own; ' +
        'fix the file, or drop --strict to skip what cannot be read.\n',
    );
  });

  it('gives the figures and states the loss in data quality under 1%', () => {
    const lines = rows(300);
    lines[150] = '3,"never closed,2026-03-01';
    writeFileSync(inDirectory('mostly.csv'), `How likely are you to recommend us?,Comment,Date\n${lines.join('\n')}\n`);
    const result = runCli(['score', 'mostly.csv', '--out-dir', 'out', '--format', 'md'], { cwd: directory.path });
    expect(result.status).toBe(0);
    const report = readFileSync(inDirectory('out/mostly.md'), 'utf8');
    expect(report).toMatch(/\*\*NPS [+−-]?\d/);
    expect(report).toContain(
      '**Not read: 1 row (0.3%)**, skipped and left out of every figure:\n- line 152: a quote opened here is never closed',
    );
  });
});
