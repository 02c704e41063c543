import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/centricity.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * An audit of the demo's answers without its feedback, keeping no history: for tests of where and
 * how a report is written, in a third of the time of `--demo`, which also reads the sample export.
 */
export const QUICK_AUDIT: readonly string[] = ['audit', '--answers', join(ROOT, 'templates/demo/answers.yaml'), '--no-history'];

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** This process's environment without CI and colour settings, so that a test does not depend on where it runs. */
export function testEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(CI|GITHUB_|FORCE_COLOR|NO_COLOR|DEBUG)/.test(key)) env[key] = value;
  }
  return env;
}

/**
 * Runs the built CLI as a user would, in `cwd`, in the testEnvironment.
 */
export function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string>; input?: string }): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...testEnvironment(), ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The built CLI's `main` run in this process, its standard output and error captured: for a
 * property that runs the CLI many times, without a process start (half a second) for each run.
 * Paths in `args` must be absolute (a test worker cannot change its folder). Not for commands
 * that read standard input or take the terminal.
 */
export async function runCliInProcess(args: readonly string[]): Promise<RunResult> {
  const { main } = (await import(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href)) as { main(argv: string[]): Promise<void> };
  const captured = { stdout: '', stderr: '' };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const capture = (stream: 'stdout' | 'stderr') =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      captured[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const done = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  try {
    await main(['node', 'centricity', ...args]);
    return { status: Number(process.exitCode ?? 0), ...captured };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    process.exitCode = exitCode;
  }
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

/** No stack frames, no absolute paths of ours: what a user sees must be one sentence. */
export function expectCleanError(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(stderr).not.toContain('node_modules');
  expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
}
