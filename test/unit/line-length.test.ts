import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshFolderEachTest } from '../helpers/cli.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/line-length.mjs', import.meta.url));

describe('the line-length check', () => {
  const directory = freshFolderEachTest();

  it('lists each line over 140 characters as file:line, counting characters, not bytes, and fails', () => {
    mkdirSync(join(directory.path, 'src/deep'), { recursive: true });
    // 140 characters of which some take three bytes: within the width.
    writeFileSync(join(directory.path, 'src/fits.ts'), `const a = '${'→'.repeat(127)}';\n`);
    writeFileSync(join(directory.path, 'src/deep/long.ts'), `ok\n// ${'x'.repeat(138)}\n`);
    // A lone regular expression is let through (ESLint's ignoreRegExpLiterals); one among other code is not.
    writeFileSync(join(directory.path, 'src/pattern.ts'), `expect(x).toMatch(\n  /^${'p'.repeat(150)}$/,\n);\n`);
    writeFileSync(join(directory.path, 'src/pattern-in-code.ts'), `expect(x).toMatch(/^${'q'.repeat(150)}$/);\n`);
    writeFileSync(join(directory.path, 'src/deep/data.csv'), `${'y'.repeat(200)}\n`);
    const run = spawnSync(process.execPath, [SCRIPT, 'src'], { cwd: directory.path, encoding: 'utf8' });
    expect(run.stdout).toBe(
      'src/deep/long.ts:2: 141 characters\nsrc/pattern-in-code.ts:1: 174 characters\n' +
        '2 lines are over 140 characters: wrap long strings and comments by hand.\n',
    );
    expect(run.status).toBe(1);
  });

  it('passes, silently, when every line fits', () => {
    writeFileSync(join(directory.path, 'fits.ts'), `${'z'.repeat(140)}\r\n`);
    const run = spawnSync(process.execPath, [SCRIPT, 'fits.ts'], { cwd: directory.path, encoding: 'utf8' });
    expect([run.status, run.stdout]).toEqual([0, '']);
  });
});
