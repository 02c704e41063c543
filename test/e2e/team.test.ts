import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshFolderEachTest, runCli } from '../helpers/cli.js';

const directory = freshFolderEachTest();
const BONUSES = 'Do incentive and bonus plans include customer outcomes, not only sales volume or revenue?';
const SHORT_TERM_GOALS = 'Are there written customer goals for the next three to twelve months, each with a number and a date?';

/** One person's answers file, as `centricity audit --respondent` writes it. */
function answersFile(respondent: string, bonuses: number, goals: number, note: string, folder = '.'): void {
  const path = `${folder}/centricity-answers.${respondent.toLowerCase()}.yaml`;
  writeFileSync(
    `${directory.path}/${path}`,
    [
      'schemaVersion: 1',
      'team: Fernhill',
      `respondent: ${respondent}`,
      'date: 2026-11-02',
      'answers:',
      '  incentives.customer-outcomes-in-plans:',
      `    answer: ${bonuses}`,
      `    note: "${note}"`,
      '  goals.short-term:',
      `    answer: ${goals}`,
      '  goals.long-term:',
      '    answer: 3',
      '',
    ].join('\n'),
  );
}

function threeRespondents(folder = '.'): void {
  answersFile('Ana', 1, 4, 'Sales commission only', folder);
  answersFile('Ben', 5, 3, 'The bonus plan counts NPS', folder);
  answersFile('Cy', 1, 3, 'Nothing written down', folder);
}

const audit = (...args: string[]) => runCli(['audit', '--date', '2026-11-23', '--out', '-', '--quiet', ...args], { cwd: directory.path });

describe('centricity audit --answers with one file per respondent', () => {
  it('scores the medians, shows the spread and the extremes, and puts the largest disagreement first on the agenda', () => {
    threeRespondents();
    const result = audit('--answers', 'centricity-answers.ana.yaml', 'centricity-answers.ben.yaml', 'centricity-answers.cy.yaml');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Answered on 2026-11-02 by 3 respondents.');
    expect(result.stdout).toContain("## The team's answers");
    expect(result.stdout).toContain('1. You do not agree on whether bonuses include customer outcomes: answers 1, 1, 5 (spread 4).');
    // Answers 3, 3 and 4 are one point apart: not a disagreement, so not on the agenda.
    expect(result.stdout).not.toContain('You do not agree on whether there are written customer goals');
    expect(result.stdout).toContain(`| ${BONUSES} | 1/5 | 4 | 1–5 | 0 | 1, 1, 5 |`);
    expect(result.stdout).toContain(`| ${SHORT_TERM_GOALS} | 3/5 | 1 | 3–4 | 0 | 3, 3, 4 |`);
    // Every question is scored by its median: the bonus question at 1.
    expect(result.stdout).toMatch(new RegExp(`\\| ${BONUSES.replace(/[?]/g, '\\?')} \\| \\*\\*1/5\\*\\*`));
  });

  it('names nobody without --named, and keeps the notes, sorted by their text rather than by who wrote them', () => {
    threeRespondents();
    const result = audit('--answers', '.');
    expect(result.status).toBe(0);
    for (const name of ['Ana', 'Ben', 'Cy']) expect(result.stdout).not.toContain(name);
    // The one who answered 5 is heard apart: their note is no evidence for the team's 1.
    expect(result.stdout).toContain(
      'Nothing written down; Sales commission only; *from those who answered otherwise:* The bonus plan counts NPS',
    );
    const json = audit('--answers', '.', '--format', 'json');
    for (const name of ['Ana', 'Ben', 'Cy']) expect(json.stdout).not.toContain(name);
    expect(JSON.parse(json.stdout).team).toMatchObject({ respondents: 3, names: [], disagreementFrom: 2 });
  });

  it('names each respondent beside their answers with --named', () => {
    threeRespondents();
    const result = audit('--answers', 'centricity-answers.*.yaml', '--named');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 people answered: Ana, Ben, Cy.');
    expect(result.stdout).toContain(
      '1. You do not agree on whether bonuses include customer outcomes: answers Ana 1, Ben 5, Cy 1 (spread 4).',
    );
  });

  it('gives the same report whatever the order of the files, and reads a folder and a quoted glob as their files', () => {
    mkdirSync(`${directory.path}/team`);
    threeRespondents('team');
    // A backup the questionnaire kept is an older version of one person's answers, not another person.
    writeFileSync(`${directory.path}/team/centricity-answers.ana.20261101-100000.bak.yaml`, 'schemaVersion: 1\nanswers: {}\n');
    const inOrder = audit(
      '--answers',
      'team/centricity-answers.ana.yaml',
      'team/centricity-answers.ben.yaml',
      'team/centricity-answers.cy.yaml',
    );
    const reversed = audit(
      '--answers',
      'team/centricity-answers.cy.yaml',
      'team/centricity-answers.ben.yaml',
      'team/centricity-answers.ana.yaml',
    );
    expect(inOrder.status).toBe(0);
    expect(reversed.stdout).toBe(inOrder.stdout);
    expect(audit('--answers', 'team/*.yaml').stdout).toBe(inOrder.stdout);
    // What else a team's folder holds is named and left out: a config, a feedback export, a JSON report.
    writeFileSync(`${directory.path}/team/centricity.config.yaml`, 'owners:\n  Team lead: Priya\n');
    writeFileSync(`${directory.path}/team/feedback.csv`, 'score,comment\n9,Great\n');
    writeFileSync(
      `${directory.path}/team/report.json`,
      '{ "schemaVersion": 2, "generator": { "name": "centricity", "version": "0.1.0" } }\n',
    );
    const folder = audit('--answers', 'team');
    expect(folder.stdout).toBe(inOrder.stdout);
    const leftOut = (name: string) =>
      `centricity: note: team/${name} is left out: it is not an answers file (a config, a feedback export, a report).\n`;
    expect(folder.stderr).toBe(['centricity.config.yaml', 'feedback.csv', 'report.json'].map(leftOut).join(''));
  });

  it('refuses two files that answer as the same person, naming both, exit 2', () => {
    threeRespondents();
    mkdirSync(`${directory.path}/copy`);
    answersFile('Ana', 2, 2, 'again', 'copy');
    const result = audit('--answers', 'centricity-answers.*.yaml', 'copy');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'centricity: centricity-answers.ana.yaml and copy/centricity-answers.ana.yaml both answer as "Ana": ' +
        'each answers file is one person, so give each its own respondent line, or leave out the copy.\n',
    );
  });

  it('names every bad file in a sentence of its own, exit 2', () => {
    threeRespondents();
    writeFileSync(`${directory.path}/dee.yaml`, 'schemaVersion: 1\nanswers:\n  goals.short-term:\n    answer: 7\n');
    writeFileSync(`${directory.path}/eve.yaml`, 'schemaVersion: 1\nrespondent: Eve\nanswers: {}\n');
    const result = audit('--answers', 'centricity-answers.*.yaml', 'dee.yaml', 'eve.yaml', 'missing.yaml');
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('centricity: 3 answers files cannot be used:');
    expect(lines[1]).toMatch(/^ {2}- dee\.yaml: line 4: answers\.goals\.short-term\.answer: expected a whole number from 1 to 5/);
    expect(lines[2]).toMatch(/^ {2}- eve\.yaml holds no answers yet: /);
    expect(lines[3]).toBe('  - cannot find the answers file missing.yaml: check the path and try again.');
  });

  it('refuses --respondent with --answers: the files name their respondents', () => {
    threeRespondents();
    const result = audit('--answers', '.', '--respondent', 'Ana');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--respondent names who answers the questionnaire');
  });
});

describe('a team audited twice, three months apart', () => {
  /** Three people's answers on a date: the incentives question answered as given, the goals one 3 by everyone. */
  function round(date: string, bonuses: [number, number, number]): string[] {
    const names = ['Ana', 'Ben', 'Cy'];
    return names.map((name, index) => {
      const path = `${date}.${name.toLowerCase()}.yaml`;
      writeFileSync(
        `${directory.path}/${path}`,
        [
          'schemaVersion: 1',
          'team: Fernhill',
          `respondent: ${name} Okafor`,
          `date: ${date}`,
          'answers:',
          '  incentives.customer-outcomes-in-plans:',
          `    answer: ${bonuses[index]}`,
          `    note: "${['the bonus plan PDF', 'sales commission only', 'nothing written'][index]}"`,
          '  goals.short-term:',
          '    answer: 3',
          '',
        ].join('\n'),
      );
      return path;
    });
  }

  it('compares the team with itself (deltas and trend), keeps the agenda and names nobody, in the report or its history', () => {
    const first = runCli(['audit', '--answers', ...round('2026-08-31', [1, 5, 1]), '--date', '2026-08-31', '--quiet'], {
      cwd: directory.path,
    });
    expect(first.status, first.stderr).toBe(0);
    const second = runCli(['audit', '--answers', ...round('2026-11-30', [4, 5, 4]), '--date', '2026-11-30', '--quiet'], {
      cwd: directory.path,
    });
    expect(second.status, second.stderr).toBe(0);
    const report = readFileSync(`${directory.path}/centricity-report.md`, 'utf8');
    // The medians moved from 1 to 4: Incentives 0 → 75.
    expect(report).toContain('Compared with the audit of 2026-08-31:');
    expect(report).toMatch(/- Incentives 0 → 75, \+75 since 2026-08-31/);
    expect(report).toMatch(/\| 2026-08-31 \| 3 \|/);
    expect(report).toMatch(/\| 2026-11-30 \(this one\) \| 3 \|/);
    // Answers 4, 4, 5 are one point apart: no longer on the agenda.
    expect(report).not.toContain('You do not agree on whether bonuses include customer outcomes');
    const snapshots = readdirSync(`${directory.path}/.centricity/history`).map((name) =>
      readFileSync(`${directory.path}/.centricity/history/${name}`, 'utf8'),
    );
    expect(snapshots).toHaveLength(2);
    for (const text of [report, ...snapshots]) {
      expect(text).not.toMatch(/Ana|Ben|Cy|Okafor/);
    }
    const earlier = runCli(['audit', '--answers', ...round('2026-08-31', [1, 5, 1]), '--date', '2026-08-31', '--out', '-', '--quiet'], {
      cwd: directory.path,
    });
    expect(earlier.stdout).toContain('1. You do not agree on whether bonuses include customer outcomes: answers 1, 1, 5 (spread 4).');

    // Fewer people next time: the comparison says that part of each change is who answered.
    const fewer = round('2027-02-26', [4, 4, 4]).slice(0, 2);
    const third = runCli(['audit', '--answers', ...fewer, '--date', '2027-02-26', '--out', '-', '--quiet'], { cwd: directory.path });
    expect(third.stdout).toContain('⚠ 3 people answered then, 2 now: part of each change below is who answered, not what changed.');
  });
});
