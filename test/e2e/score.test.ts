import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshFolderEachTest, runCli, runCliInProcess } from '../helpers/cli.js';

const directory = freshFolderEachTest();
const inDirectory = directory.inFolder;
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const DEMO_FEEDBACK = fileURLToPath(new URL('../../templates/demo/feedback.csv', import.meta.url));

describe('centricity score', () => {
  it('writes a report per file and an index comparing them', () => {
    const result = runCli(
      ['score', fixture('qualtrics.csv'), fixture('surveymonkey.csv'), '--out-dir', 'out', '--format', 'md,json', '--date', '2026-11-23'],
      {
        cwd: directory.path,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(inDirectory('out')).sort()).toEqual([
      'index.json',
      'index.md',
      'qualtrics.json',
      'qualtrics.md',
      'surveymonkey.json',
      'surveymonkey.md',
    ]);
    const qualtrics = JSON.parse(readFileSync(inDirectory('out/qualtrics.json'), 'utf8'));
    expect(qualtrics.feedback.scores.nps).toMatchObject({ n: 5, promoters: 2, passives: 1, detractors: 2, nps: 0 });
    const index = readFileSync(inDirectory('out/index.md'), 'utf8');
    expect(index).toContain('# Customer feedback: 2 files compared');
    expect(index).toMatch(/qualtrics\.csv\]\(\.\/qualtrics\.md\) \| 5 \| NPS \(0–10\) \| 5 \| NPS 0 \(too few answers to read\) \|/);
    expect(result.stdout).toMatch(/qualtrics\.csv: NPS 0 \(too few answers to read\), n = 5, 4 comments/);
  });

  it('says in the index how many comments of a file its sentiment leaves unread', () => {
    writeFileSync(
      inDirectory('mixed.csv'),
      'score,comment\n9,"Great service, thank you very much"\n3,"Bardzo zła obsługa, nie polecam nikomu tego sklepu"\n' +
        '2,"Obsługa klienta nie odpowiada na maile i nie jestem z tego zadowolony"\n',
    );
    writeFileSync(inDirectory('english.csv'), 'score,comment\n9,"Great service, thank you very much"\n');
    const result = runCli(['score', 'mixed.csv', 'english.csv', '--out-dir', 'out', '--format', 'md,json', '--quiet'], {
      cwd: directory.path,
    });
    expect(result.status).toBe(0);
    const index = readFileSync(inDirectory('out/index.md'), 'utf8');
    expect(index).toMatch(/mixed\.csv\].* \| 3 \| \+0\.\d+ \(2 comments unread\) \|/);
    expect(index).toMatch(/english\.csv\].* \| 1 \| \+0\.\d+ \| /);
    const files = JSON.parse(readFileSync(inDirectory('out/index.json'), 'utf8')).files;
    expect(files.map((file: { unreadable: number }) => file.unreadable)).toEqual([2, 0]);
  });

  it('adds the index to the GitHub step summary', () => {
    const result = runCli(['score', fixture('qualtrics.csv'), '--out-dir', 'out', '--quiet'], {
      cwd: directory.path,
      env: { GITHUB_STEP_SUMMARY: inDirectory('summary.md') },
    });
    expect(result.status).toBe(0);
    expect(readFileSync(inDirectory('summary.md'), 'utf8')).toMatch(/^# Customer feedback: 1 file compared/);
  });

  it('takes theme keywords and new themes from the config file, in worker threads too', () => {
    writeFileSync(
      inDirectory('centricity.config.yaml'),
      'themes:\n  delivery: [parcelforce]\n  sustainability: { title: Sustainability, keywords: [compost*, plastic] }\n',
    );
    writeFileSync(
      inDirectory('notes.csv'),
      'score,comment\n3,"Parcelforce lost it again"\n9,"Love the compostable bags"\n8,"No plastic anywhere, great"\n',
    );
    for (const threads of ['1', '2']) {
      const result = runCli(
        [
          'score',
          'notes.csv',
          inDirectory('notes.csv'),
          '--format',
          'json',
          '--out-dir',
          `out-${threads}`,
          '--threads',
          threads,
          '--quiet',
        ],
        { cwd: directory.path },
      );
      expect(result.status).toBe(0);
      const themes = JSON.parse(readFileSync(inDirectory(`out-${threads}/notes.json`), 'utf8')).feedback.comments.themes;
      const mentions = themes.map((theme: { id: string; mentions: number }) => `${theme.id}:${theme.mentions}`);
      expect(mentions).toContain('delivery:1');
      expect(mentions).toContain('sustainability:2');
    }
  });

  it("reads the comments with the trade's pack their words point to, --domain or themes.domain in the config, and says which", () => {
    writeFileSync(
      inDirectory('flights.csv'),
      'score,comment\n2,"Flight delayed three hours, missed my connection"\n9,"Friendly cabin crew, smooth flight"\n' +
        '1,"Lost my luggage at the airport, no refund for the cancelled flight"\n',
    );
    const themeChoice = (...extra: string[]) => {
      const result = runCli(['score', 'flights.csv', '--format', 'md,json', '--out-dir', 'out', '--quiet', '--force', ...extra], {
        cwd: directory.path,
      });
      expect(result.status).toBe(0);
      const markdown = readFileSync(inDirectory('out/flights.md'), 'utf8');
      const { domain, from } = JSON.parse(readFileSync(inDirectory('out/flights.json'), 'utf8')).feedback.comments.themeChoice;
      return { domain, from, line: markdown.split('\n').find((text) => text.startsWith('- Themes: ')) };
    };
    const told = themeChoice();
    expect(told.domain).toMatchObject({
      id: 'travel',
      from: 'vocabulary',
      evidence: expect.stringMatching(/of the comments use words of travel/),
    });
    expect(told.from).toEqual({ comments: 3, every: 1, read: 3, stretches: null });
    expect(told.line).toMatch(/^- Themes: the Travel and hospitality pack\. .* \(`--domain`\) Themes discovered from all 3 comments;/);
    expect(themeChoice('--domain', 'software').domain).toMatchObject({
      id: 'software',
      from: 'option',
      evidence: 'Set with --domain software.',
    });
    writeFileSync(inDirectory('centricity.config.yaml'), 'themes:\n  domain: services\n');
    expect(themeChoice().domain).toMatchObject({ id: 'services', from: 'config' });
    // The flag wins over the config.
    expect(themeChoice('--domain', 'retail').domain).toMatchObject({ id: 'retail', from: 'option' });
    const wrong = runCli(['score', 'flights.csv', '--domain', 'airline'], { cwd: directory.path });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/argument 'airline' is invalid\. expected one of retail, software, travel, services\./);
    // A trade in any case.
    expect(themeChoice('--domain', 'Travel').domain).toMatchObject({ id: 'travel', from: 'option' });
  });

  it('rejects a theme extension it cannot use, exit 2', () => {
    writeFileSync(inDirectory('centricity.config.yaml'), 'themes:\n  kindness: [nice]\n');
    const result = runCli(['score', fixture('qualtrics.csv'), '--out-dir', 'out'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/themes\.kindness: there is no built-in theme kindness; give a new theme a title/);
  });

  it('expands quoted glob patterns itself', () => {
    const result = runCli(['score', `${fileURLToPath(new URL('../fixtures/', import.meta.url))}*.csv`, '--out-dir', 'out', '--quiet'], {
      cwd: directory.path,
    });
    expect(result.status).toBe(0);
    expect(readdirSync(inDirectory('out')).sort()).toEqual(['excel-semicolon.md', 'index.md', 'qualtrics.md', 'surveymonkey.md']);
  });

  it('prints JSON that jq can read, and no escape codes off a terminal', () => {
    const result = runCli(['score', fixture('excel-semicolon.csv'), '--format', 'json', '--out-dir', 'out'], {
      cwd: directory.path,
      env: { FORCE_COLOR: '0' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/\x1b\[/);
    // stdout is the report itself, as in the file, so `centricity score x.csv --format json | jq` works.
    const report = JSON.parse(result.stdout);
    expect(report).toEqual(JSON.parse(readFileSync(inDirectory('out/excel-semicolon.json'), 'utf8')));
    expect(result.stderr).toContain('excel-semicolon.csv: mean 3.83');
    expect(report.feedback.source).toMatchObject({ delimiter: ';', scale: { id: 'stars' } });
    expect(report.feedback.scores).toMatchObject({ n: 3, mean: 3.83 });
    expect(report.feedback.quality).toMatchObject({ rows: 4, notApplicable: 1 });
  });

  it('analyses a file with comments but no score for what it has, and says what is missing', () => {
    writeFileSync(
      inDirectory('comments.csv'),
      'feedback\nThe delivery was late and the box was damaged\nLovely staff, great advice in the shop\n',
    );
    const result = runCli(['score', 'comments.csv', '--format', 'json', '--out-dir', 'out'], { cwd: directory.path });
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(inDirectory('out/comments.json'), 'utf8'));
    expect(report.feedback.scores).toBeNull();
    expect(report.feedback.comments.count).toBe(2);
    expect(report.feedback.missing[0]).toMatch(/^no score column/);
  });

  it('reads five NPS answers as too few: the figure, no interval, and no gate on it', () => {
    writeFileSync(
      inDirectory('five.csv'),
      'How likely are you to recommend us?,Why?\n10,Great coffee and quick service\n9,Love it\n10,Fast delivery every time\n0,Broken ' +
        'grinder\n3,Late again\n',
    );
    const result = runCli(['score', 'five.csv', '--out-dir', 'out', '--format', 'md,json', '--date', '2026-11-23'], {
      cwd: directory.path,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^five\.csv: NPS \+20 \(too few answers to read\), n = 5,/);
    expect(result.stdout).toContain('\n1 of 1 file scored;');
    const markdown = readFileSync(inDirectory('out/five.md'), 'utf8');
    expect(markdown).toContain('**NPS +20** (n = 5: too few answers to read)');
    expect(markdown).not.toContain('95% interval');
    expect(readFileSync(inDirectory('out/index.md'), 'utf8')).toContain('NPS +20 (too few answers to read)');
    const scores = JSON.parse(readFileSync(inDirectory('out/five.json'), 'utf8')).feedback.scores;
    expect(scores).toMatchObject({ n: 5, tooSmall: true, nps: { nps: 20, interval: null } });
    // --min-group-size decides what is too few.
    const lowered = runCli(['score', 'five.csv', '--out-dir', 'low', '--min-group-size', '5'], { cwd: directory.path });
    expect(lowered.stdout).toMatch(/^five\.csv: NPS \+20 \([−+]?\d+(\.\d)? to \+\d+(\.\d)?\), n = 5,/);

    const audit = runCli(['audit', '--demo', '--feedback', 'five.csv', '--fail-under-nps', '0', '--out', 'report.md'], {
      cwd: directory.path,
    });
    expect(audit.status).toBe(2);
    expect(audit.stderr).toBe(
      "centricity: too few answers to gate: --fail-under-nps 0: the customers' NPS of +20 rests on 5 answers, fewer than the minimum " +
        'group size (the default; --min-group-size or feedback.minGroupSize sets it).\n',
    );
    expect(audit.stdout).toContain('\nCustomers: NPS +20 on 5 answers, too few answers to read.\n');
    expect(readFileSync(inDirectory('report.md'), 'utf8')).toContain('- Customers: NPS +20 on 5 answers, too few answers to read.');
  });

  it('scores only the exports a glob matches, skipping the rest with a line each', () => {
    const folder = inDirectory('exports');
    mkdirSync(folder);
    writeFileSync(join(folder, 'README.md'), '# Survey exports\n');
    writeFileSync(join(folder, 'chart.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(folder, 'march.csv'), readFileSync(fixture('qualtrics.csv')));
    writeFileSync(join(folder, 'april.CSV'), readFileSync(fixture('surveymonkey.csv')));
    const result = runCli(['score', 'exports/*', '--out-dir', 'out'], { cwd: directory.path });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'centricity: skipped exports/README.md: not a CSV/TSV export.\ncentricity: skipped exports/chart.png: not a CSV/TSV export.\n',
    );
    expect(readdirSync(inDirectory('out')).sort()).toEqual(['april.md', 'index.md', 'march.md']);

    const none = runCli(['score', 'exports/*.{md,png}', '--out-dir', 'none'], { cwd: directory.path });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      'centricity: exports/*.{md,png} matches no CSV/TSV export (only exports/README.md, exports/chart.png): centricity scores .csv, ' +
        '.tsv, .txt and .tab files.\n',
    );
    expect(existsSync(inDirectory('none'))).toBe(false);
  });

  it('says what a workbook is and how to export CSV from it, exit 2, and still scores the others', () => {
    // The first bytes of an .xlsx: a zip archive.
    writeFileSync(inDirectory('survey.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]));
    const alone = runCli(['score', 'survey.xlsx', '--out-dir', 'out'], { cwd: directory.path });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toBe('centricity: survey.xlsx is an Excel workbook: open it and save as CSV UTF-8, then score that file.\n');
    const batch = runCli(['score', 'survey.xlsx', fixture('qualtrics.csv'), '--out-dir', 'out'], { cwd: directory.path });
    expect(batch.status).toBe(2);
    expect(batch.stderr).toBe('centricity: survey.xlsx is an Excel workbook: open it and save as CSV UTF-8, then score that file.\n');
    expect(readdirSync(inDirectory('out')).sort()).toEqual(['index.md', 'qualtrics.md']);
    // A report of centricity's own, or any document, is not read as a one-column export.
    const reports = runCli(['score', 'out/index.md', '--out-dir', 'again'], { cwd: directory.path });
    expect(reports.status).toBe(2);
    expect(reports.stderr).toBe("centricity: out/index.md is a Markdown document: score the survey's CSV export instead.\n");
    expect(existsSync(inDirectory('again'))).toBe(false);
  });

  it('keeps going past a bad file, lists it, and exits 2', () => {
    writeFileSync(inDirectory('empty.csv'), '');
    const result = runCli(['score', 'empty.csv', fixture('qualtrics.csv'), '--out-dir', 'out'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('centricity: empty.csv is empty: export the feedback again, with a header row and at least one response.\n');
    expect(readFileSync(inDirectory('out/index.md'), 'utf8')).toContain('## Files that could not be read');
    expect(readdirSync(inDirectory('out')).sort()).toEqual(['index.md', 'qualtrics.md']);
  });

  it('prints the index as JSON on stdout for several files', () => {
    const result = runCli(
      ['score', fixture('qualtrics.csv'), fixture('surveymonkey.csv'), '--format', 'json', '--out-dir', 'out', '--quiet'],
      {
        cwd: directory.path,
      },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).files.map((entry: { n: number }) => entry.n)).toEqual([5, 4]);
  });

  it('exits 0 with --keep-going, still listing the file it could not read', () => {
    writeFileSync(inDirectory('empty.csv'), '');
    const result = runCli(['score', 'empty.csv', fixture('qualtrics.csv'), '--out-dir', 'out', '--keep-going', '--quiet'], {
      cwd: directory.path,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('empty.csv is empty');
    expect(readFileSync(inDirectory('out/index.md'), 'utf8')).toContain('## Files that could not be read');
  });

  it('scores a batch in worker threads with the same results as in one thread, in the order given', () => {
    const files = [fixture('surveymonkey.csv'), fixture('qualtrics.csv'), fixture('excel-semicolon.csv'), DEMO_FEEDBACK];
    const run = (threads: string) => {
      const result = runCli(
        ['score', ...files, '--out-dir', `out-${threads}`, '--format', 'json', '--threads', threads, '--date', '2026-11-23'],
        {
          cwd: directory.path,
        },
      );
      expect(result.status).toBe(0);
      return {
        stdout: result.stdout.replace(/reports in out-\d/, 'reports in out'),
        index: readFileSync(inDirectory(`out-${threads}/index.json`), 'utf8'),
        demo: readFileSync(inDirectory(`out-${threads}/feedback.json`), 'utf8'),
      };
    };
    const one = run('1');
    const two = run('2');
    expect(two).toEqual(one);
    expect(JSON.parse(one.index).files.map((entry: { file: string }) => entry.file)).toEqual(files);
  });

  it.each([
    [['score', 'missing.csv'], /^centricity: cannot find the feedback file missing\.csv: check the path and try again\.\n$/],
    [['score', '.'], /^centricity: \. is a folder: give the path of the feedback file itself\.\n$/],
    [['score', 'nothing-*.csv'], /^centricity: no file matches nothing-\*\.csv: check the pattern/],
    [['score'], /^centricity: missing required argument 'files'/],
    [['score', 'x.csv', '--out-dir', '-'], /^centricity: score writes one report per file, so --out-dir needs a folder/],
    [['score', 'x.csv', '--scale', 'percent'], /Allowed choices are nps, stars, csat, rating-1-5, ces, rating-1-7, rating-1-10/],
    [['score', 'x.csv', '--delimiter', 'x'], /expected one of , ; tab \|/],
  ])('%j fails with one clear sentence and exit code 2', (args, message) => {
    const result = runCli(args, { cwd: directory.path });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(2);
    // Nothing scored, nothing written: no reports folder, no empty index.
    expect(readdirSync(directory.path)).toEqual([]);
  });

  it('says so once when none of several files can be scored', () => {
    const result = runCli(['score', 'a.csv', 'b.csv'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toBe('centricity: none of the 2 files could be scored, so nothing was written.');
    expect(readdirSync(directory.path)).toEqual([]);
  });

  // In this process: forty process starts would take half a minute; the CLI's main is the same code.
  it('turns any bytes into a report whose counts add up, or one clear sentence and exit 2 (property)', async () => {
    // Raw bytes, and CSV-shaped bytes: the pieces exports are made of, in any order, including broken quotes and mixed line ends.
    const piece = fc.constantFrom(
      '9',
      '10',
      '3',
      'N/A',
      ',',
      ';',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      'Great service',
      'trop cher',
      'Very satisfied',
      '12/6/2018',
      ' ',
    );
    const csvLike = fc
      .array(fc.oneof(piece, fc.constant('\xe9')), { maxLength: 120 })
      .map((parts) => Buffer.from(parts.join(''), 'latin1'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes)),
          csvLike,
        ),
        fc.constantFrom('', 'score,comment\n', 'sep=;\n', '\uFEFFnps;why\n', 'How likely are you to recommend us?,Why?,Date\n'),
        async (bytes, prefix) => {
          writeFileSync(inDirectory('random.csv'), Buffer.concat([Buffer.from(prefix), bytes]));
          const result = await runCliInProcess([
            'score',
            inDirectory('random.csv'),
            '--out-dir',
            inDirectory('out'),
            '--format',
            'json',
            '--quiet',
            '--force',
          ]);
          expect([0, 2]).toContain(result.status);
          expect(result.stderr).not.toContain('internal error');
          if (result.status === 2) expect(result.stderr).toMatch(/^centricity: [^\n]+\n$/);
          if (!existsSync(inDirectory('out/random.json'))) return;
          const { feedback } = JSON.parse(readFileSync(inDirectory('out/random.json'), 'utf8'));
          const { quality, scores } = feedback;
          expect(quality.used + quality.skipped).toBe(quality.rows);
          if (scores) {
            expect(scores.distribution.reduce((total: number, bar: { count: number }) => total + bar.count, 0)).toBe(scores.n);
            expect(scores.n + quality.blankScores + quality.notApplicable + quality.outOfRange + quality.unreadable).toBe(quality.rows);
          }
          rmSync(inDirectory('out'), { recursive: true, force: true });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('centricity audit --feedback', () => {
  it('puts what customers say into the audit report, and --demo uses the bundled feedback', () => {
    const demo = runCli(['audit', '--demo', '--date', '2026-11-23', '--quiet'], { cwd: directory.path });
    expect(demo.status).toBe(0);
    const report = readFileSync(inDirectory('centricity-report.md'), 'utf8');
    expect(report).toContain('## What customers say');
    expect(report).toMatch(/\n- Customers: NPS \+22\.1 \(95% interval \+13\.8 to \+29\.9, n = 390\)/);
    expect(report).toContain('**By month**');
    expect(report).toContain('- the bundled sample templates/demo/feedback.csv: utf-8, comma-separated.');
    const answers = fileURLToPath(new URL('../../templates/demo/answers.yaml', import.meta.url));
    const json = runCli(['audit', '--answers', answers, '--feedback', DEMO_FEEDBACK, '--format', 'json', '--out', '-', '--quiet'], {
      cwd: directory.path,
    });
    expect(json.status).toBe(0);
    const model = JSON.parse(json.stdout);
    expect(model.feedback).toHaveLength(1);
    expect(model.feedback[0].scores.nps.n).toBeGreaterThan(300);
  });
});
