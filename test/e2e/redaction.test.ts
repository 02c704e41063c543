import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

let directory: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  directory = temporaryDirectory();
  writeFileSync(
    join(directory.path, 'feedback.csv'),
    'Email,Score,Comment\njane.doe@example.com,2,"Call me on 07700 900123, my name is Jane Doe"\nbob@example.org,9,"Great, thanks"\n' +
      'tom@example.net,10,"Tom in support sorted my refund in minutes"\n',
  );
});
afterEach(() => directory.remove());

const ANSWERS = fileURLToPath(new URL('../../templates/demo/answers.yaml', import.meta.url));
const read = (name: string) => readFileSync(join(directory.path, name), 'utf8');
const firstLines = (text: string) => text.split('\n').slice(0, 8).join('\n');
const SCORE = ['score', 'feedback.csv', '--id-column', 'Email', '--out-dir', 'out', '--format', 'md,json', '--quiet'];

describe('personal data in reports', () => {
  it('is redacted by default: placeholders in quotes, a pseudonym for the id, with its line', () => {
    expect(runCli(SCORE, { cwd: directory.path }).status).toBe(0);
    const markdown = read('out/feedback.md');
    expect(markdown).toMatch(/\| 2 \| respondent-[0-9a-f]{6} \|.*Call me on \\\[phone\\\], my name is \\\[name\\\] \|/);
    expect(markdown).not.toMatch(/jane|07700|Doe/i);
    // A given name without a cue.
    expect(markdown).toContain('\\[name\\] in support sorted my refund in minutes');
    expect(markdown).not.toContain('Tom in support');
    expect(firstLines(markdown)).not.toContain('not redacted');
    expect(JSON.parse(read('out/feedback.json')).feedback.personalData).toBe('redacted');
  });

  it('is kept with --no-redact, and the report says so in its first lines', () => {
    expect(runCli([...SCORE, '--no-redact'], { cwd: directory.path }).status).toBe(0);
    const markdown = read('out/feedback.md');
    expect(firstLines(markdown)).toContain('**Personal data is not redacted** (`--no-redact`)');
    expect(markdown).toContain('jane.doe@example.com');
    expect(markdown).toContain('07700 900123');
    expect(markdown).toContain('Tom in support');
    expect(JSON.parse(read('out/feedback.json')).feedback.personalData).toBe('kept');
  });

  it('is kept with redact: false in the config, unless --redact says otherwise', () => {
    writeFileSync(join(directory.path, 'centricity.config.yaml'), 'feedback:\n  redact: false\n');
    expect(runCli(SCORE, { cwd: directory.path }).status).toBe(0);
    expect(read('out/feedback.md')).toContain('07700 900123');
    expect(runCli([...SCORE, '--force', '--redact'], { cwd: directory.path }).status).toBe(0);
    expect(read('out/feedback.md')).not.toContain('07700 900123');
  });

  it('in the audit report too: kept with --no-redact and said at the top', () => {
    const args = ['audit', '--answers', ANSWERS, '--feedback', 'feedback.csv', '--id-column', 'Email', '--date', '2026-11-23', '--quiet'];
    expect(runCli(args, { cwd: directory.path }).status).toBe(0);
    expect(read('centricity-report.md')).not.toContain('07700 900123');
    expect(runCli([...args, '--no-redact', '--force'], { cwd: directory.path }).status).toBe(0);
    const report = read('centricity-report.md');
    expect(firstLines(report)).toContain('**Personal data is not redacted**');
    expect(report).toContain('07700 900123');
  });
});
