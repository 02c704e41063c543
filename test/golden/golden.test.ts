/**
 * Golden reports, reviewed by eye and committed: the demo, and the demo answers with two real
 * exports (both CC0, see ../shared/data/real/SOURCES.md). Any change to the report shows here as
 * a diff; when the change is meant, regenerate with UPDATE_GOLDEN=1 npx vitest run test/golden
 * and review the diff before committing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hasRealData, REAL_DATA } from '../helpers/real-data.js';

const REAL = REAL_DATA;
const ANSWERS = fileURLToPath(new URL('../../templates/demo/answers.yaml', import.meta.url));
const golden = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

function compare(name: string, actual: string) {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

describe('golden reports', () => {
  it('the demo, as Markdown, JSON and HTML', () => {
    for (const [format, name] of [['md', 'demo.md'], ['json', 'demo.json'], ['html', 'demo.html']] as const) {
      const result = runCli(['audit', '--demo', '--date', '2026-11-23', '--format', format, '--out', '-', '--quiet'], { cwd: tmpdir() });
      expect(result.status).toBe(0);
      compare(name, result.stdout);
    }
  });

  it.skipIf(!hasRealData).each([
    ['womens-clothing-reviews.csv', 'demo-answers-womens-clothing.md'],
    ['botanic-nps-survey.csv', 'demo-answers-botanic.md'],
  ])('the demo answers with %s', (file, name) => {
    const result = runCli(['audit', '--answers', ANSWERS, '--feedback', file, '--date', '2026-11-23', '--out', '-', '--quiet'], { cwd: REAL });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    compare(name, result.stdout);
  });
});
