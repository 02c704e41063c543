import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshFolderEachTest, runCli } from '../helpers/cli.js';

/**
 * Data that would recolour, clear, retitle or reorder a terminal, spawned through the real
 * CLI: every byte it prints and every file it writes is checked for raw control, bidi and
 * zero-width characters (line breaks of its own aside).
 */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const ESC = '\u001b';
/** Clears the screen, retitles the window, hides what follows, reverses the text. */
const HOSTILE = `${ESC}[2J${ESC}]0;owned\u0007${ESC}[8m\u202eevil\u202c\u200b\u009b31m`;

const directory = freshFolderEachTest();
const inDirectory = directory.inFolder;

function expectNothingRaw(...texts: string[]) {
  for (const text of texts) expect(text.match(RAW)?.[0], JSON.stringify(text.slice(0, 300))).toBeUndefined();
}

/** YAML double-quoted: \e and \u escapes, so that the file itself is plain text. */
const yamlHostile = '"\\e[2J\\e]0;owned\\a\\e[8m\\u202eevil\\u202c\\u200b\\x9b31m"';

describe('hostile text in the inputs of centricity audit', () => {
  it('reaches neither the terminal nor the report, Markdown or JSON, raw', () => {
    const demo = readFileSync(new URL('../../templates/demo/answers.yaml', import.meta.url), 'utf8');
    writeFileSync(
      inDirectory('team.yaml'),
      demo
        .replace(/^team: .*$/m, `team: ${yamlHostile}`)
        .replace(/^respondent: .*$/m, `respondent: ${yamlHostile}`)
        .replace(/note: "My role[^\n]*/, `note: ${yamlHostile}`)
        .replace(/note: "Only support has[^\n]*/, 'note: "I would <never> recommend you"'),
    );
    writeFileSync(
      inDirectory('actions.yaml'),
      `actions:
  - id: hostile
    title: ${yamlHostile}
    why: ${yamlHostile}
    steps: [${yamlHostile}]
    effort: minutes
    timeFrame: this week
    owner: ${yamlHostile}
    signal: ${yamlHostile}
    triggers: [{ kind: answer-at-most, question: incentives.customer-outcomes-in-plans, atMost: 1 }]
`,
    );
    const rows = Array.from(
      { length: 40 },
      (_, row) => `${HOSTILE}${row},${HOSTILE},${row % 11},"${HOSTILE} https://phish.example",2026-0${1 + (row % 2)}-10`,
    );
    writeFileSync(
      inDirectory(`nps${HOSTILE}.csv`),
      `id,plan${HOSTILE},How likely are you to recommend us?,Comment${HOSTILE},date\n${rows.join('\n')}\n`,
    );

    const args = [
      'audit',
      '--answers',
      'team.yaml',
      '--actions',
      'actions.yaml',
      '--feedback',
      `nps${HOSTILE}.csv`,
      '--segment-column',
      '2',
      '--date',
      '2026-11-23',
    ];
    const markdown = runCli([...args, '--out', 'report.md'], { cwd: directory.path, env: { FORCE_COLOR: '0' } });
    expect(markdown.stderr).toBe('');
    expect(markdown.status).toBe(0);
    const report = readFileSync(inDirectory('report.md'), 'utf8');
    expectNothingRaw(markdown.stdout, markdown.stderr, report);
    expect(report).toContain('| I would &lt;never&gt; recommend you |');
    // Shown, not obeyed: the team name, the action and its owner appear with their escapes made visible.
    expect(markdown.stdout).toContain('␛[2J␛]0;owned␇␛[8m<U+202E>evil<U+202C><U+009B>31m: ');
    expect(markdown.stdout).toMatch(/ {2}- ␛\[2J.*<U\+009B>31m \(␛\[2J/);

    const page = runCli([...args, '--format', 'html', '--out', 'report.html'], { cwd: directory.path, env: { FORCE_COLOR: '0' } });
    expect(page.status).toBe(0);
    const html = readFileSync(inDirectory('report.html'), 'utf8');
    expectNothingRaw(page.stdout, page.stderr, html);
    expect(html).toContain('<td>I would &lt;never&gt; recommend you</td>');
    expect(html).toMatch(/<title>Customer-centricity audit: ␛\[2J␛\]0;owned␇␛\[8m&lt;U\+202E&gt;evil/);

    const json = runCli([...args, '--format', 'json', '--out', '-'], { cwd: directory.path });
    expect(json.status).toBe(0);
    expectNothingRaw(json.stdout, json.stderr);
    // The JSON keeps the values exactly: the escapes are JSON's own.
    expect(JSON.parse(json.stdout).audit.team).toBe(HOSTILE);
  });

  it('errors that quote a header, an option or a file name show it, never obey it', () => {
    writeFileSync(inDirectory('headers.csv'), `x${HOSTILE},y${HOSTILE}\n1,2\n`);
    const columns = runCli(['score', 'headers.csv', '--score-column', `nope${HOSTILE}`, '--out-dir', 'out'], { cwd: directory.path });
    expect(columns.status).toBe(2);
    expect(columns.stderr).toContain(String.raw`"x\u001b[2J`);
    expectNothingRaw(columns.stdout, columns.stderr);

    const missing = runCli(['audit', '--answers', `missing${HOSTILE}.yaml`], { cwd: directory.path });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing␛[2J');
    expectNothingRaw(missing.stdout, missing.stderr);

    const option = runCli(['audit', `--${HOSTILE}`], { cwd: directory.path });
    expect(option.status).toBe(2);
    expectNothingRaw(option.stdout, option.stderr);
  });
});

describe('hostile text in the inputs of centricity score', () => {
  it('reaches neither the summary lines nor the reports and the index raw; long ids and segments are cut in tables', () => {
    const long = `segment-${'x'.repeat(80)}`;
    const rows = Array.from(
      { length: 40 },
      (_, row) =>
        `${HOSTILE}-${'y'.repeat(60)}-${row},${row % 2 ? long : HOSTILE},${row % 11},` +
        `"${HOSTILE} I would <never> recommend you, said customer ${row}"`,
    );
    writeFileSync(inDirectory(`survey${HOSTILE}.csv`), `id,plan,How likely are you to recommend us?,Comment\n${rows.join('\n')}\n`);
    writeFileSync(inDirectory('plain.csv'), 'id,plan,score,comment\nA,Pro,9,fine\nB,Free,3,bad\n');
    const result = runCli(
      [
        'score',
        `survey${HOSTILE}.csv`,
        'plain.csv',
        '--segment-column',
        'plan',
        '--id-column',
        'id',
        '--comment-column',
        'comment',
        '--format',
        'md,json,html',
        '--out-dir',
        'out',
      ],
      {
        cwd: directory.path,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectNothingRaw(result.stdout, result.stderr);
    expect(result.stdout).toContain('survey␛[2J␛]0;owned␇');
    const written = readdirSync(inDirectory('out'));
    expect(written).toHaveLength(9);
    // Nor the names of the reports: `ls out` would obey them.
    expectNothingRaw(...written);
    for (const name of written) expectNothingRaw(readFileSync(join(inDirectory('out'), name), 'utf8'));
    const report = readFileSync(
      join(inDirectory('out'), written.find((name) => name.startsWith('survey') && name.endsWith('.md'))!),
      'utf8',
    );
    expect(report).toMatch(/^\| \d+ \| .* I would &lt;never&gt; recommend you, said customer \d+ \|$/m);
    // In the call-back table and the segment table, no cell grows with the data.
    const cells = report.split('\n').flatMap((line) => (line.startsWith('|') ? line.split(/(?<!\\)\|/).map((cell) => cell.trim()) : []));
    expect(cells.some((cell) => cell.endsWith('…'))).toBe(true);
    for (const cell of cells.filter((text) => text.includes('yyyyy') || text.includes('xxxxx')))
      expect([...cell].length).toBeLessThanOrEqual(40);
    const index = readFileSync(join(inDirectory('out'), 'index.md'), 'utf8');
    expect(index).toMatch(/\]\(\.\/survey_%5B2J_%5D0%3Bowned_/);
    const indexPage = readFileSync(join(inDirectory('out'), 'index.html'), 'utf8');
    expect(indexPage).toMatch(/<a href="\.\/survey_%5B2J_%5D0%3Bowned_[^"]*\.html">survey␛\[2J/);
  });
});
