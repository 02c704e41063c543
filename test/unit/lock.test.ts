/**
 * The answers file's lock: taken atomically, refused with one sentence naming the holder, waited
 * for, taken over when stale, and removed however its holder ends (child processes running the
 * built module show the exits: normal, uncaught error, SIGINT, SIGTERM; SIGKILL leaves it stale).
 */

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, LOCK_STALE_AFTER_MS, type LockOwner, lockPathFor, staleReason } from '../../src/cli/lock.js';
import { InputError } from '../../src/errors.js';
import { escapeRegExp } from '../helpers/regexp.js';

const BUILT_LOCK = fileURLToPath(new URL('../../dist/cli/lock.js', import.meta.url));
const HOUR = 3_600_000;

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function answersPath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'centricity-lock-'));
  dirs.push(dir);
  return join(dir, 'answers.yaml');
}

function owner(fields: Partial<LockOwner> = {}): LockOwner {
  return { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command: 'audit', token: 'abc', ...fields };
}

async function writeLock(target: string, fields: Partial<LockOwner>): Promise<void> {
  await writeFile(lockPathFor(target), JSON.stringify(owner(fields)));
}

/** The pid of a process that has just ended: gone on this host. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** A child process that takes the lock through the built module, says "locked", then does `then`. */
function holder(
  target: string,
  then: 'end' | 'throw' | 'wait',
): { child: ChildProcess; locked: Promise<void>; exited: Promise<{ code: number | null; stderr: string }> } {
  const script = `
    import { acquireLock } from ${JSON.stringify(BUILT_LOCK)};
    await acquireLock(${JSON.stringify(target)}, { command: 'audit', waitMs: 0 });
    process.stdout.write('locked\\n');
    if (${JSON.stringify(then)} === 'throw') setTimeout(() => { throw new Error('boom'); }, 10);
    if (${JSON.stringify(then)} === 'wait') setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('locked')) resolve();
    });
    child.on('exit', () => reject(new Error(`the holder exited before taking the lock: ${stderr}`)));
  });
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, locked, exited };
}

describe('acquireLock', () => {
  it('creates the lock file next to the target, holding pid, host and start time, and removes it on release', async () => {
    const target = await answersPath();
    const lock = await acquireLock(target, { command: 'audit' });
    expect(lock.path).toBe(`${target}.lock`);
    const content = JSON.parse(await readFile(lock.path, 'utf8')) as LockOwner;
    expect(content).toMatchObject({ pid: process.pid, host: hostname(), command: 'audit' });
    expect(Date.now() - Date.parse(content.startedAt)).toBeLessThan(60_000);
    expect(lock.isHeld()).toBe(true);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    lock.release();
  });

  it('refuses a second holder with one sentence naming the first and what to do, after waiting', async () => {
    const target = await answersPath();
    const first = await acquireLock(target, { command: 'audit' });
    const waits: string[] = [];
    const started = Date.now();
    const second = acquireLock(target, { command: 'init', waitMs: 600, onWait: (message) => waits.push(message) });
    await expect(second).rejects.toThrow(InputError);
    await expect(second).rejects.toThrow(
      new RegExp(
        `^${escapeRegExp(target)} is in use by centricity audit \\(process ${process.pid} on ${hostname()}, ` +
          `since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\): ` +
          `finish or stop that one first, or, if it is no longer running, delete ${escapeRegExp(target)}\\.lock\\.$`,
      ),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    expect(waits).toEqual([expect.stringMatching(/is in use by centricity audit .*; waiting up to 1 s for it…$/)]);
    expect(first.isHeld()).toBe(true);
    first.release();
  });

  it('waits for a holder that lets go, and takes the lock then', async () => {
    const target = await answersPath();
    const other = holder(target, 'wait');
    await other.locked;
    let waited = false;
    const mine = acquireLock(target, {
      command: 'audit',
      waitMs: 30_000,
      onWait: () => {
        waited = true;
        other.child.kill('SIGTERM');
      },
    });
    const lock = await mine;
    expect(waited).toBe(true);
    expect((await other.exited).code).toBe(143);
    expect(lock.owner.pid).toBe(process.pid);
    lock.release();
  });

  it('does not remove a lock that is no longer its own', async () => {
    const target = await answersPath();
    const lock = await acquireLock(target, { command: 'audit' });
    await writeLock(target, { token: 'someone-else', pid: deadPid() });
    expect(lock.isHeld()).toBe(false);
    lock.release();
    expect(existsSync(lockPathFor(target))).toBe(true);
  });

  it('takes over a lock whose process is gone on this host, and says so', async () => {
    const target = await answersPath();
    const pid = deadPid();
    await writeLock(target, { pid, token: 'crashed' });
    const notices: string[] = [];
    const lock = await acquireLock(target, { command: 'audit', waitMs: 0, onTakeOver: (message) => notices.push(message) });
    expect(lock.isHeld()).toBe(true);
    expect(notices).toEqual([
      `took over ${target}.lock, left by centricity audit ` +
        `(process ${pid} on ${hostname()}, ${notices[0]!.match(/since [^)]*/)![0]}), which is no longer running.`,
    ]);
    lock.release();
  });

  it('takes over a lock older than the documented age, whatever its host, but not a younger one from another host', async () => {
    const target = await answersPath();
    await writeLock(target, {
      host: 'laptop-elsewhere',
      pid: 1,
      startedAt: new Date(Date.now() - LOCK_STALE_AFTER_MS - 60_000).toISOString(),
    });
    const notices: string[] = [];
    const lock = await acquireLock(target, { command: 'audit', waitMs: 0, onTakeOver: (message) => notices.push(message) });
    expect(notices[0]).toMatch(/which was taken more than 12 hours ago\.$/);
    lock.release();

    // Another host's process cannot be checked: within the age, its lock stands.
    await writeLock(target, { host: 'laptop-elsewhere', pid: 1, startedAt: new Date(Date.now() - HOUR).toISOString() });
    await expect(acquireLock(target, { command: 'audit', waitMs: 0 })).rejects.toThrow(
      /is in use by centricity audit \(process 1 on laptop-elsewhere/,
    );
  });

  it('waits on a lock file still being written, and takes over one that stayed unreadable', async () => {
    const target = await answersPath();
    const path = lockPathFor(target);
    await writeFile(path, '');
    await expect(acquireLock(target, { command: 'audit', waitMs: 300 })).rejects.toThrow(
      /is in use by another process: .* delete .*answers\.yaml\.lock\.$/,
    );
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(path, aMinuteAgo, aMinuteAgo);
    const notices: string[] = [];
    const lock = await acquireLock(target, { command: 'audit', waitMs: 0, onTakeOver: (message) => notices.push(message) });
    expect(notices).toEqual([`took over ${path}, left by another process, which did not say who holds it.`]);
    lock.release();
  });

  it('gives a stale lock to exactly one of several attempts taking it over at once', async () => {
    const target = await answersPath();
    await writeLock(target, { pid: deadPid(), token: 'crashed' });
    const attempts = await Promise.allSettled(Array.from({ length: 6 }, () => acquireLock(target, { command: 'audit', waitMs: 200 })));
    const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLock>>>).value;
    expect(winner.isHeld()).toBe(true);
    winner.release();
  });
});

describe('staleReason', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  it('keeps a live process’s lock on this host, and judges another host’s only by age', () => {
    expect(staleReason(owner({ startedAt: new Date(now - HOUR).toISOString() }), now, hostname())).toBeNull();
    expect(staleReason(owner({ pid: deadPid(), startedAt: new Date(now - HOUR).toISOString() }), now, hostname())).toBe(
      'is no longer running',
    );
    expect(
      staleReason(owner({ pid: deadPid(), host: 'elsewhere', startedAt: new Date(now - HOUR).toISOString() }), now, hostname()),
    ).toBeNull();
    expect(staleReason(owner({ host: 'elsewhere', startedAt: new Date(now - 13 * HOUR).toISOString() }), now, hostname())).toBe(
      'was taken more than 12 hours ago',
    );
    expect(staleReason({ unreadableSince: now - 1000 }, now, hostname())).toBeNull();
    expect(staleReason({ unreadableSince: now - 10_000 }, now, hostname())).toBe('did not say who holds it');
  });
});

describe('the lock is removed however its holder ends', () => {
  it.each([
    ['it ends normally', 'end', null, 0],
    ['an uncaught error ends it', 'throw', null, 1],
    ['Ctrl-C (SIGINT) ends it, with exit code 130', 'wait', 'SIGINT', 130],
    ['SIGTERM ends it, with exit code 143', 'wait', 'SIGTERM', 143],
  ] as const)('when %s', async (_, then, signal, code) => {
    const target = await answersPath();
    const run = holder(target, then);
    await run.locked;
    if (signal) {
      expect(existsSync(lockPathFor(target))).toBe(true);
      run.child.kill(signal);
    }
    const exit = await run.exited;
    expect(exit.code, exit.stderr).toBe(code);
    if (then === 'throw') expect(exit.stderr).toContain('boom');
    expect(existsSync(lockPathFor(target))).toBe(false);
  });

  it('when the holder crashes (SIGKILL) its lock stays, and the next process takes it over', async () => {
    const target = await answersPath();
    const run = holder(target, 'wait');
    await run.locked;
    run.child.kill('SIGKILL');
    await run.exited;
    expect(existsSync(lockPathFor(target))).toBe(true);
    const notices: string[] = [];
    const lock = await acquireLock(target, { command: 'audit', waitMs: 0, onTakeOver: (message) => notices.push(message) });
    expect(notices[0]).toContain(`(process ${run.child.pid} on ${hostname()}`);
    expect(notices[0]).toMatch(/which is no longer running\.$/);
    lock.release();
  });
});
