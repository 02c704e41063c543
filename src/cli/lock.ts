/**
 * A lock file next to a file that several centricity processes may write (the answers file):
 * created atomically with O_EXCL, holding who holds it, removed on every way out of the
 * process but SIGKILL and power loss, and taken over when it is stale.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { constants, hostname } from 'node:os';
import { errorCode, InputError } from '../errors.js';
import { describeFileError } from '../io/files.js';

/** Who holds a lock: what its file says. */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the lock was taken, ISO 8601. */
  startedAt: string;
  /** The centricity command holding it, e.g. "audit": named in the messages of the others. */
  command: string;
  /** Tells this lock from a later one taken by the same process id. */
  token: string;
}

export interface LockOptions {
  /** The command taking the lock, named to whoever finds it held. */
  command: string;
  /** How long to wait for the holder to let go before refusing (default {@link LOCK_WAIT_MS}). */
  waitMs?: number;
  /** Told once, when the lock is held by another process and this one starts waiting. */
  onWait?(message: string): void;
  /** Told when a stale lock is taken over. */
  onTakeOver?(message: string): void;
}

/** Long enough for another process to finish a save or an `init`, short enough to be a pause. */
export const LOCK_WAIT_MS = 5_000;
/**
 * A lock older than this is stale whatever its host: a questionnaire takes about 15 minutes,
 * and a terminal left open overnight must not block the team the next morning.
 */
export const LOCK_STALE_AFTER_MS = 12 * 60 * 60 * 1000;
/** A lock file whose content cannot be read is being written (O_EXCL creates it empty) for at most this long. */
const UNREADABLE_GRACE_MS = 5_000;
const POLL_MS = 150;

export function lockPathFor(target: string): string {
  return `${target}.lock`;
}

/** A lock this process holds. `release` is synchronous so that it can run in an exit handler. */
export interface FileLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Whether the lock file is still this process's own (it is not if another took it over as stale). */
  isHeld(): boolean;
  /** Removes the lock file if it is still this process's own; does nothing the second time. */
  release(): void;
}

/**
 * Takes the lock on `target`, waiting up to `waitMs` for another holder, taking over a stale
 * lock; throws an InputError naming the holder and what to do when it stays held.
 */
export async function acquireLock(target: string, options: LockOptions): Promise<FileLock> {
  const path = lockPathFor(target);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    command: options.command,
    token: randomBytes(8).toString('hex'),
  };
  const waitMs = options.waitMs ?? LOCK_WAIT_MS;
  const deadline = Date.now() + waitMs;
  let waiting = false;
  for (;;) {
    if (await tryCreate(path, owner, target)) return hold(path, owner);
    const found = readLock(path);
    if (found === 'gone') continue;
    const holder = 'token' in found ? describeOwner(found) : 'another process';
    const stale = staleReason(found, Date.now(), hostname());
    if (stale) {
      if (await takeOver(path, found)) options.onTakeOver?.(`took over ${path}, left by ${holder}, which ${stale}.`);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new InputError(
        `${target} is in use by ${holder}: finish or stop that one first, or, if it is no longer running, delete ${path}.`,
      );
    }
    if (!waiting) {
      waiting = true;
      options.onWait?.(`${target} is in use by ${holder}; waiting up to ${Math.ceil(waitMs / 1000)} s for it…`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Why a lock is stale, or null while its holder may still be at work: a process that is gone
 * on this host, a lock older than {@link LOCK_STALE_AFTER_MS}, or a file that stayed unreadable.
 */
export function staleReason(found: LockOwner | Unreadable, now: number, thisHost: string): string | null {
  if ('unreadableSince' in found) {
    return now - found.unreadableSince > UNREADABLE_GRACE_MS ? 'did not say who holds it' : null;
  }
  if (found.host === thisHost && !processExists(found.pid)) return 'is no longer running';
  const age = now - Date.parse(found.startedAt);
  if (!(age < LOCK_STALE_AFTER_MS)) return `was taken more than ${LOCK_STALE_AFTER_MS / 3_600_000} hours ago`;
  return null;
}

function describeOwner(owner: LockOwner): string {
  return `centricity ${owner.command} (process ${owner.pid} on ${owner.host}, since ${owner.startedAt.slice(0, 16).replace('T', ' ')} UTC)`;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return errorCode(error) === 'EPERM';
  }
}

/** Failures are told about the target: a folder where the lock cannot be made will not take the file either. */
async function tryCreate(path: string, owner: LockOwner, target: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw new InputError(describeFileError(error, target, 'file', 'write'));
  }
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`, 'utf8');
  } finally {
    await handle.close();
  }
  return true;
}

/** A lock file that does not say who holds it, with when it was last written. */
export interface Unreadable {
  unreadableSince: number;
}

/** The lock's owner; 'gone' when it was removed meanwhile. */
function readLock(path: string): LockOwner | Unreadable | 'gone' {
  let text: string;
  let modified: number;
  try {
    text = readFileSync(path, 'utf8');
    modified = statSync(path).mtimeMs;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    throw new InputError(describeFileError(error, path, 'lock file'));
  }
  return parseOwner(text) ?? { unreadableSince: modified };
}

/** Only a well-formed owner is believed: its host and command end up in messages. */
function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    const valid =
      Number.isInteger(value.pid) &&
      (value.pid as number) > 0 &&
      typeof value.host === 'string' &&
      /^[\w.-]{1,255}$/.test(value.host) &&
      typeof value.startedAt === 'string' &&
      !Number.isNaN(Date.parse(value.startedAt)) &&
      typeof value.command === 'string' &&
      /^[a-z-]{1,20}$/.test(value.command) &&
      typeof value.token === 'string';
    return valid ? (value as LockOwner) : null;
  } catch {
    return null;
  }
}

/**
 * Moves the stale lock aside, then checks that what was moved is the lock judged stale: if
 * another process took it over in between, its fresh lock is put back. Returns whether the
 * stale lock was removed by this call.
 */
async function takeOver(path: string, stale: LockOwner | Unreadable): Promise<boolean> {
  const aside = `${path}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw new InputError(describeFileError(error, path, 'lock file', 'write'));
  }
  const moved = readLock(aside);
  const same =
    'token' in stale ? moved !== 'gone' && 'token' in moved && moved.token === stale.token : !(moved !== 'gone' && 'token' in moved);
  if (!same) {
    try {
      linkSync(aside, path);
    } catch {
      // A third process holds the path by now: the one put back would have lost anyway.
    }
  }
  await rm(aside, { force: true });
  return same;
}

// ── Held locks are released however the process ends ────────────────────────────────────
const held = new Set<FileLock>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function releaseAll(): void {
  for (const lock of held) lock.release();
}

/** Exits as the signal would have (130 for SIGINT, 143 for SIGTERM), after letting go of the locks. */
function onSignal(signal: NodeJS.Signals): void {
  releaseAll();
  process.exit(128 + constants.signals[signal]);
}

function hold(path: string, owner: LockOwner): FileLock {
  const isHeld = () => {
    const found = readLock(path);
    return found !== 'gone' && 'token' in found && found.token === owner.token;
  };
  const lock: FileLock = {
    path,
    owner,
    isHeld,
    release() {
      if (!held.delete(lock)) return;
      try {
        if (isHeld()) unlinkSync(path);
      } catch {
        // Released on the way out: a lock that cannot be removed will be found stale.
      }
      if (held.size === 0) {
        process.off('exit', releaseAll);
        for (const signal of SIGNALS) process.off(signal, onSignal);
      }
    },
  };
  if (held.size === 0) {
    process.on('exit', releaseAll);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  held.add(lock);
  return lock;
}
