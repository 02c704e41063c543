import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/centricity.js', import.meta.url));

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would, in `cwd`, with an environment cleaned of CI and colour
 * settings so that the tests do not depend on where they run.
 */
export function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string>; input?: string }): RunResult {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(CI|GITHUB_|FORCE_COLOR|NO_COLOR|DEBUG)/.test(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...env, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function temporaryDirectory(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'centricity-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A new temporary folder for every test of the file that calls this, removed after each test. */
export function freshFolderEachTest(): { readonly path: string; inFolder(name: string): string } {
  let current: ReturnType<typeof temporaryDirectory> | undefined;
  beforeEach(() => {
    current = temporaryDirectory();
  });
  afterEach(() => current?.remove());
  const folder = {
    get path() {
      if (!current) throw new Error('freshFolderEachTest: the folder exists only inside a test');
      return current.path;
    },
    inFolder: (name: string) => join(folder.path, name),
  };
  return folder;
}
