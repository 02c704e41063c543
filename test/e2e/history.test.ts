import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshFolderEachTest, runCli } from '../helpers/cli.js';

const directory = freshFolderEachTest();
const inDirectory = directory.inFolder;
const demoAnswers = readFileSync(new URL('../../templates/demo/answers.yaml', import.meta.url), 'utf8');
const demoFeedback = new URL('../../templates/demo/feedback.csv', import.meta.url).pathname;

/** The demo answers dated `date`, with the incentives questions answered `incentives` (1–5). */
function answersOn(date: string, incentives: number, extra = ''): string {
  const dated = demoAnswers.replace(/^date: .*$/m, `date: ${date}`);
  return `${dated.replace(/(\n {2}incentives\.[a-z-]+:\n {4}answer: )\S+/g, `$1${incentives}`)}${extra}`;
}

function audit(file: string, date: string, more: string[] = []) {
  return runCli(['audit', '--answers', file, '--feedback', demoFeedback, '--date', date, ...more], { cwd: directory.path });
}

const history = () => inDirectory('.centricity/history');

describe('history of audits', () => {
  it('compares two audits three months apart, lists them, and replaces a re-run', () => {
    writeFileSync(inDirectory('august.yaml'), answersOn('2026-08-31', 1));
    const first = audit('august.yaml', '2026-08-31');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('History: kept this audit in .centricity/history/2026-08-31.json.');
    const firstReport = readFileSync(inDirectory('centricity-report.md'), 'utf8');
    expect(firstReport).toContain('No earlier audit to compare with');

    // The team ticks the first action of the committed report.
    const ticked = firstReport.replace('- [ ] **', '- [x] **');
    const tickedTitle = /- \[x\] \*\*(.+?)\*\*/.exec(ticked)![1]!;
    writeFileSync(inDirectory('centricity-report.md'), ticked);
    // And lists another of its actions as done in the next answers file.
    const listedDone = JSON.parse(readFileSync(`${history()}/2026-08-31.json`, 'utf8')).actions[1].id as string;
    // And one with a typo, which is named with the id it was probably meant to be.
    writeFileSync(inDirectory('november.yaml'), answersOn('2026-11-30', 4, `done: [${listedDone}, ${listedDone}s]\n`));

    const second = audit('november.yaml', '2026-11-30');
    expect(second.status).toBe(0);
    expect(second.stderr).toBe(
      `centricity: note: done: ${listedDone}s is not among the actions of the audit of 2026-08-31; ` +
        `left out (did you mean ${listedDone}?).\n`,
    );
    const report = readFileSync(inDirectory('centricity-report.md'), 'utf8');
    expect(report).toContain('Compared with the audit of 2026-08-31:');
    expect(report).toMatch(/- Incentives 0 → 75, \+75 since 2026-08-31/);
    expect(report).toMatch(/- Customers NPS \+22\.1 \(n = 390\) → NPS \+22\.1 \(n = 390\), 0 since 2026-08-31/);
    expect(report).toMatch(
      new RegExp(`\\| ${tickedTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\`[a-z-]+\`\\) \\| \\*\\*done\\*\\* \\|`),
    );
    expect(report).toMatch(new RegExp(`\\(\`${listedDone}\`\\) \\| \\*\\*done\\*\\* \\|`));
    expect(report).toContain('| not marked done |');
    expect(report).toContain('| 2026-08-31 | 1 |');
    expect(report).toContain('| 2026-11-30 (this one) | 1 |');
    expect(report).toMatch(/Overall, audit by audit: `[▁▂▃▄▅▆▇█]{2}`/);

    const listed = runCli(['history'], { cwd: directory.path });
    expect(listed.status).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Date +Respondents +Overall +Level +NPS or rating$/);
    expect(lines.slice(2).map((line) => line.slice(0, 10))).toEqual(['2026-08-31', '2026-11-30']);
    const json = JSON.parse(runCli(['history', '--format', 'json'], { cwd: directory.path }).stdout);
    expect(json.audits.map((row: { date: string }) => row.date)).toEqual(['2026-08-31', '2026-11-30']);
    expect(json.audits[1].customers).toMatchObject({ measure: 'nps', value: 22.1, n: 390 });
    const november = json.audits[1].overall;

    // The earlier snapshot now says which of its actions were done.
    const august = JSON.parse(readFileSync(`${history()}/2026-08-31.json`, 'utf8'));
    expect(august.actions.filter((action: { done: boolean }) => action.done).map((action: { title: string }) => action.title)).toContain(
      tickedTitle,
    );

    // Re-running the same audit, with other answers, replaces its entry instead of adding one,
    // and keeps the box the team ticked in the report it replaces.
    const novemberReport = readFileSync(inDirectory('centricity-report.md'), 'utf8');
    const tickedNow = /- \[ \] \*\*(.+?)\*\*/.exec(novemberReport)![1]!;
    writeFileSync(inDirectory('centricity-report.md'), novemberReport.replace('- [ ] **', '- [x] **'));
    writeFileSync(inDirectory('november.yaml'), answersOn('2026-11-30', 5));
    const rerun = audit('november.yaml', '2026-12-01');
    expect(readFileSync(inDirectory('centricity-report.md'), 'utf8')).toContain(`- [x] **${tickedNow}**`);
    expect(rerun.stdout).toContain('History: replaced the audit of 2026-11-30 in .centricity/history/2026-11-30.json.');
    expect(readdirSync(history()).sort()).toEqual(['2026-08-31.json', '2026-11-30.json']);
    const after = JSON.parse(runCli(['history', '--format', 'json'], { cwd: directory.path }).stdout);
    expect(after.audits).toHaveLength(2);
    expect(after.audits[1].overall).toBeGreaterThan(november);
  });

  it('keeps no customer text and no note in a snapshot', () => {
    writeFileSync(inDirectory('team.yaml'), answersOn('2026-08-31', 3));
    expect(audit('team.yaml', '2026-08-31').status).toBe(0);
    const snapshot = readFileSync(`${history()}/2026-08-31.json`, 'utf8');
    const comments = readFileSync(demoFeedback, 'utf8')
      .split('\n')
      .slice(1)
      .flatMap((line) => line.match(/"[^"]{25,}"/g) ?? [])
      .map((quoted) => quoted.slice(1, 25));
    expect(comments.length).toBeGreaterThan(10);
    for (const comment of comments) expect(snapshot).not.toContain(comment);
    // The team's notes stay in the answers file.
    expect(snapshot).not.toContain('2026 bonus plan pays on bags sold');
    expect(snapshot).not.toContain('feedback.csv');
  });

  it('compares with a chosen snapshot, and skips a corrupt one with one sentence', () => {
    writeFileSync(inDirectory('may.yaml'), answersOn('2026-05-31', 2));
    writeFileSync(inDirectory('august.yaml'), answersOn('2026-08-31', 3));
    writeFileSync(inDirectory('november.yaml'), answersOn('2026-11-30', 4));
    audit('may.yaml', '2026-05-31');
    audit('august.yaml', '2026-08-31');
    const chosen = audit('november.yaml', '2026-11-30', ['--compare', '.centricity/history/2026-05-31.json']);
    expect(chosen.status).toBe(0);
    const report = readFileSync(inDirectory('centricity-report.md'), 'utf8');
    expect(report).toContain('Compared with the audit of 2026-05-31 (chosen with `--compare`):');
    expect(report).toMatch(/- Incentives 25 → 75, \+50 since 2026-05-31/);
    const itself = audit('november.yaml', '2026-11-30', ['--compare', '.centricity/history/2026-11-30.json']);
    expect(itself.status).toBe(2);
    expect(itself.stderr).toBe(
      'centricity: --compare .centricity/history/2026-11-30.json is the audit of 2026-11-30, this one (2026-11-30): ' +
        'choose the snapshot of an earlier audit.\n',
    );

    writeFileSync(`${history()}/2026-08-31.json`, '{ "kind": "centricity-snapshot", "schemaVersion": 1, "date": ');
    const skipped = runCli(['history'], { cwd: directory.path });
    expect(skipped.status).toBe(0);
    expect(skipped.stderr.trim()).toBe(
      'centricity: note: .centricity/history/2026-08-31.json is left out of the history: it is not JSON; fix it or delete it.',
    );
    expect(skipped.stdout).not.toContain('2026-08-31');
  });

  it('never overwrites a file that is not a snapshot, and keeps nothing with --no-history or --demo', () => {
    writeFileSync(inDirectory('team.yaml'), answersOn('2026-08-31', 3));
    expect(audit('team.yaml', '2026-08-31', ['--no-history']).status).toBe(0);
    expect(existsSync(history())).toBe(false);
    expect(runCli(['audit', '--demo', '-q'], { cwd: directory.path }).status).toBe(0);
    expect(existsSync(history())).toBe(false);

    expect(audit('team.yaml', '2026-08-31', ['--history', 'audits', '-q']).status).toBe(0);
    writeFileSync(inDirectory('audits/2026-08-31.json'), '{"name": "my notes"}');
    const refused = audit('team.yaml', '2026-08-31', ['--history', 'audits', '--out', 'other.md']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "centricity: audits/2026-08-31.json is where this audit's snapshot goes, but it is not a centricity snapshot: " +
        'move it away, or keep the history elsewhere with --history DIR.\n',
    );
    expect(readFileSync(inDirectory('audits/2026-08-31.json'), 'utf8')).toBe('{"name": "my notes"}');
    expect(existsSync(inDirectory('other.md'))).toBe(false);
  });
});
