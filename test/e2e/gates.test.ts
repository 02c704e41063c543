import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectCleanError, freshFolderEachTest, QUICK_AUDIT, runCli } from '../helpers/cli.js';

// The CI gates and bad input of `centricity audit` (apart from audit.test.ts, so that the two halves run side by side).
const directory = freshFolderEachTest();
const inDirectory = directory.inFolder;
const demoAnswers = readFileSync(new URL('../../templates/demo/answers.yaml', import.meta.url), 'utf8');

describe('CI gates', () => {
  const gate = (...args: string[]) => runCli(['audit', '--demo', '--quiet', ...args], { cwd: directory.path });

  it('fails on a dimension under its threshold, naming it, and passes at or above', () => {
    const failed = gate('--fail-under-dimension', 'incentives=20', '--fail-under-dimension', 'culture=50');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe('centricity: Incentives scores 18.8, below --fail-under-dimension incentives=20.\n');
    expect(gate('--fail-under-dimension', 'incentives=18.8').status).toBe(0);
  });

  it("fails on the customers' NPS under its threshold", () => {
    const failed = gate('--fail-under-nps', '30');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe("centricity: the customers' NPS +22.1 is below --fail-under-nps 30.\n");
    expect(gate('--fail-under-nps', '22').status).toBe(0);
  });

  it('lists every threshold missed at once', () => {
    const failed = gate('--fail-under', '90', '--fail-under-nps', '90');
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split('\n')).toHaveLength(2);
  });

  it.each([
    [
      ['--fail-under-dimension', 'kindness=50'],
      /--fail-under-dimension names kindness, which is not a dimension; use one of responsibilities, incentives/,
    ],
    [['--fail-under-dimension', 'incentives'], /expected a dimension id and a score, e.g\. incentives=40\./],
    [['--fail-under-nps', '200'], /expected an NPS from -100 to 100\./],
  ])('%j is a usage error, exit 2', (args, message) => {
    const result = gate(...args);
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(2);
  });

  it('has no overall score or level on three answers of 34, and cannot gate on it: exit 2, not a pass', () => {
    writeFileSync(
      inDirectory('thin.yaml'),
      'schemaVersion: 1\nteam: Thin team\nstatus: complete\nanswers:\n  culture.meet-customers: { answer: 5, note: monthly visits }\n  ' +
        'goals.short-term: { answer: 5 }\n  listening.close-the-loop: { answer: 4 }\n',
    );
    const result = runCli(['audit', '--answers', 'thin.yaml', '--fail-under', '80', '--out', 'report.md', '--date', '2026-11-23'], {
      cwd: directory.path,
    });
    expect(result.status).toBe(2);
    expectCleanError(result.stderr);
    expect(result.stderr).toMatch(
      /^centricity: too few answers to gate: --fail-under 80: the questions answered on the 1–5 scale carry \d+(\.\d)?% of the questionnaire's weight, short of the 60% an overall score needs \(no answers in Responsibilities, Incentives, /,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/^\nThin team: no overall score or level: the questions answered/);
    const report = readFileSync(inDirectory('report.md'), 'utf8');
    expect(report).toMatch(
      /\n- No overall score or level: the questions answered on the 1–5 scale carry \d+(\.\d)?% of the questionnaire's weight/,
    );
    expect(report).not.toMatch(/Customer-obsessed\)|\/100: Customer-|Every dimension reaches/);
    expect(report).toContain('x-axis ["Goals","Listening and acting","Culture"]');
    expect(report).toContain('| Incentives ⚠ | no answers |');

    const json = runCli(['audit', '--answers', 'thin.yaml', '--format', 'json', '--out', '-', '--quiet'], { cwd: directory.path });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).overall).toMatchObject({
      score: null,
      level: null,
      withheld: 'too-few-answers',
      coverage: { requiredShare: 0.6 },
    });
    // A dimension with no answer cannot be gated either; one that has answers still can.
    const dimension = runCli(
      ['audit', '--answers', 'thin.yaml', '--quiet', '--fail-under-dimension', 'incentives=40', '--fail-under-dimension', 'goals=50'],
      {
        cwd: directory.path,
      },
    );
    expect(dimension.status).toBe(2);
    expect(dimension.stderr).toBe(
      'centricity: too few answers to gate: --fail-under-dimension incentives=40: no question of Incentives was answered on the 1–5 ' +
        'scale.\n',
    );
  });

  it('cannot gate on NPS without feedback: exit 2, not a pass', () => {
    writeFileSync(inDirectory('team.yaml'), demoAnswers);
    const result = runCli(['audit', '--answers', 'team.yaml', '--fail-under-nps', '0', '--quiet'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('centricity: --fail-under-nps needs feedback with a 0–10 recommend score: add --feedback FILE.\n');
    // The same threshold from the config is named by its key: the flag was never typed.
    writeFileSync(inDirectory('centricity.config.yaml'), 'thresholds:\n  nps: 0\n');
    const fromConfig = runCli(['audit', '--answers', 'team.yaml', '--quiet'], { cwd: directory.path });
    expect(fromConfig.status).toBe(2);
    expect(fromConfig.stderr).toBe(
      'centricity: thresholds.nps in centricity.config.yaml needs feedback with a 0–10 recommend score: add --feedback FILE.\n',
    );
  });

  it('shows the thresholds missed before stopping on one it cannot use, so that nothing is hidden', () => {
    writeFileSync(inDirectory('team.yaml'), demoAnswers);
    const result = runCli(['audit', '--answers', 'team.yaml', '--fail-under', '99', '--fail-under-nps', '0', '--quiet'], {
      cwd: directory.path,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^centricity: the overall score [\d.]+ is below --fail-under 99\.\ncentricity: --fail-under-nps needs feedback with a 0–10 recommend score: add --feedback FILE\.\n$/,
    );
  });

  it('names where the minimum group size of a thin NPS was set', () => {
    writeFileSync(inDirectory('five.csv'), 'How likely are you to recommend us?\n10\n9\n10\n0\n3\n');
    writeFileSync(inDirectory('centricity.config.yaml'), 'feedback:\n  minGroupSize: 6\n');
    const result = runCli(['audit', '--demo', '--feedback', 'five.csv', '--fail-under-nps', '0', '--quiet'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "centricity: too few answers to gate: --fail-under-nps 0: the customers' NPS of +20 rests on 5 answers, fewer than the minimum " +
        'group size (feedback.minGroupSize in centricity.config.yaml).\n',
    );
    const flag = runCli(['audit', '--demo', '--feedback', 'five.csv', '--fail-under-nps', '0', '--min-group-size', '7', '--quiet'], {
      cwd: directory.path,
    });
    expect(flag.stderr).toContain('fewer than the minimum group size (--min-group-size 7).\n');
  });

  it('says once why a withheld file is not gated', () => {
    const rows = Array.from({ length: 100 }, (_, index) => `${index % 11},comment number ${index}`);
    rows[20] = '3,"never closed';
    rows[60] = '4,"never closed either';
    writeFileSync(inDirectory('broken.csv'), `How likely are you to recommend us?,Comment\n${rows.join('\n')}\n`);
    const result = runCli(['audit', '--demo', '--feedback', 'broken.csv', '--fail-under-nps', '0', '--quiet'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'centricity: too few answers to gate: --fail-under-nps 0: the figures of broken.csv are withheld.\n' +
        'centricity: broken.csv: withheld: 2% of the rows could not be read (lines 22, 62); fix the file or add --allow-partial.\n',
    );
  });
});

describe('bad input', () => {
  it('names the file, the line and the field of an invalid answer, exit 2', () => {
    writeFileSync(inDirectory('team.yaml'), demoAnswers.replace(/(incentives\.customer-outcomes-in-plans:\n\s+answer:) 1/, '$1 9'));
    const result = runCli(['audit', '--answers', 'team.yaml'], { cwd: directory.path });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^centricity: team\.yaml: line \d+: answers\.incentives\.customer-outcomes-in-plans\.answer: expected a whole number from 1 to 5 or "dont-know", found 9\.\n$/,
    );
    expect(existsSync(inDirectory('centricity-report.md'))).toBe(false);
  });

  it.each([
    [['audit', '--answers', 'missing.yaml'], /^centricity: cannot find the answers file missing\.yaml: check the path and try again\.\n$/],
    [
      ['audit', '--answers', '.'],
      /^centricity: \. holds no answers files \(\.yaml, \.yml, \.json, \.csv or \.tsv\): check the folder\.\n$/,
    ],
    [['audit'], /^centricity: no terminal to ask the questions in: pass --answers FILE/],
    [['audit', '--frobnicate'], /^centricity: unknown option '--frobnicate'/],
    [
      ['audit', '--format', 'pdf'],
      /^centricity: option '-f, --format <format>' argument 'pdf' is invalid\. expected md, json or html \(for a PDF, write html and print the page from a browser\)\./,
    ],
    [['audit', '--demo', '--date', '23/11/2026'], /expected a date as YYYY-MM-DD/],
    [['audit', '--demo', '--fail-under', 'high'], /expected a score from 0 to 100/],
    [['audit', '--demo', '--answers', 'x.yaml'], /choose one of --answers, --demo and --resume/],
    [['audit', '--demo', '--template', 'nope.hbs'], /cannot find the template nope\.hbs: check the path and try again\./],
    [['frobnicate'], /^centricity: unknown command 'frobnicate'/],
  ])('%j fails with one clear sentence and exit code 2', (args, message) => {
    const result = runCli(args, { cwd: directory.path });
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(2);
    expectCleanError(result.stderr);
    expect(readdirSync(directory.path)).toEqual([]);
  });

  it('does not overwrite a file that centricity did not write, unless --force', () => {
    writeFileSync(inDirectory('notes.md'), 'my own notes\n');
    const refused = runCli([...QUICK_AUDIT, '--out', 'notes.md'], { cwd: directory.path });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('notes.md already exists and was not written by centricity');
    expect(readFileSync(inDirectory('notes.md'), 'utf8')).toBe('my own notes\n');
    const forced = runCli([...QUICK_AUDIT, '--out', 'notes.md', '--force', '--quiet'], { cwd: directory.path });
    expect(forced.status).toBe(0);
    expect(readFileSync(inDirectory('notes.md'), 'utf8')).toContain('# Customer-centricity audit');
  });

  it('replaces its own earlier report without asking', () => {
    expect(runCli([...QUICK_AUDIT, '--quiet'], { cwd: directory.path }).status).toBe(0);
    expect(runCli([...QUICK_AUDIT, '--quiet', '--date', '2027-01-01'], { cwd: directory.path }).status).toBe(0);
    expect(readFileSync(inDirectory('centricity-report.md'), 'utf8')).toContain('Generated on 2027-01-01');
    expect(readdirSync(directory.path)).toEqual(['centricity-report.md']);
  });

  it('writes the web page to centricity-report.html, replaces its own and refuses a page it did not write', () => {
    const page = () => readFileSync(inDirectory('centricity-report.html'), 'utf8');
    expect(runCli([...QUICK_AUDIT, '--format', 'html', '--quiet'], { cwd: directory.path }).status).toBe(0);
    expect(page()).toMatch(/^<!-- generated by centricity[^\n]*\n<!DOCTYPE html>/);
    expect(runCli([...QUICK_AUDIT, '--format', 'html', '--quiet', '--date', '2027-01-01'], { cwd: directory.path }).status).toBe(0);
    expect(page()).toContain('Generated on 2027-01-01');
    writeFileSync(inDirectory('centricity-report.html'), '<!DOCTYPE html>\n<p>our intranet page</p>\n');
    const refused = runCli([...QUICK_AUDIT, '--format', 'html'], { cwd: directory.path });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('centricity-report.html already exists and was not written by centricity');
    expect(page()).toBe('<!DOCTYPE html>\n<p>our intranet page</p>\n');
  });

  it('takes the format from the name of --out, and refuses a format that its extension contradicts', () => {
    expect(runCli([...QUICK_AUDIT, '--out', 'report.HTML', '--quiet'], { cwd: directory.path }).status).toBe(0);
    expect(readFileSync(inDirectory('report.HTML'), 'utf8')).toContain('<!DOCTYPE html>');
    const contradicted = runCli([...QUICK_AUDIT, '--format', 'html', '--out', 'report.md'], { cwd: directory.path });
    expect(contradicted.status).toBe(2);
    expect(contradicted.stderr).toBe(
      'centricity: --format html does not fit --out report.md, whose extension says md: ' +
        'give the file a .html name, or leave out --format.\n',
    );
    expect(readdirSync(directory.path)).toEqual(['report.HTML']);
    const several = runCli([...QUICK_AUDIT, '--format', 'md,html'], { cwd: directory.path });
    expect(several.status).toBe(2);
    expect(several.stderr).toMatch(/expected md, json or html \(audit writes one report; centricity score writes several formats\)\./);
  });
});
