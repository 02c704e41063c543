import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAP_CHECKS } from '../../../src/checks/gap/index.js';
import { GATE_CHECKS } from '../../../src/checks/gate/index.js';
import { CHECKS } from '../../../src/checks/index.js';
import { QUALITY_CHECKS } from '../../../src/checks/quality/index.js';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe("the README's table of checks", () => {
  it.each([...GAP_CHECKS, ...GATE_CHECKS, ...QUALITY_CHECKS].map((check) => [check.id, check] as const))(
    'has the row of %s, with its own description',
    (_id, check) => {
      expect(README).toContain(`| \`${check.id}\` | ${check.description} |`);
      expect(CHECKS).toContain(check);
    },
  );

  it('names every check once in the registry', () => {
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
