import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { rmSync, type Stats } from 'node:fs';
import { type FileHandle, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { isatty } from 'node:tty';
import { errorCode, errorMessage, InputError } from '../errors.js';
import { untilDone } from './cleanup.js';
import { readAll, readPipe } from './pipes.js';

/**
 * The most centricity reads of a file it takes in whole (answers, config, actions, template,
 * package.json): far above any real one, far below what would fill memory. Feedback exports are
 * streamed and have no limit.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a UTF-8 text file, turning the usual file-system failures into one clear sentence. A
 * FIFO, a pipe such as /dev/stdin or a device is read as a stream (a FIFO waits for its writer,
 * as `cat` does, and Ctrl-C still ends the wait); a terminal is refused rather than waited on;
 * reading stops with a sentence past `limit` bytes.
 */
export async function readTextFile(path: string, what: string, limit: number = MAX_INPUT_BYTES): Promise<string> {
  try {
    if (STANDARD_INPUT.has(path)) return decodeText(await readStandardInput(what, limit), path, what, limit);
    const stats = await stat(path);
    const refused = stats.isDirectory() ? null : unreadableKind(stats);
    if (refused) throw new InputError(`${path} is ${refused}, not a file: give the path of the ${what} itself.`);
    if (stats.isFile() && stats.size > limit) throw new InputError(tooLarge(path, what, limit));
    return decodeText(stats.isFIFO() ? await readPipe(path, limit) : await readUpTo(path, what, limit), path, what, limit);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFileError(error, path, what));
  }
}

/**
 * Paths that name this process's standard input. It is read from the stream the process was
 * given, which may be a socket (as Node gives its children) that /dev/stdin cannot reopen.
 */
const STANDARD_INPUT = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

async function readStandardInput(what: string, limit: number): Promise<Buffer | null> {
  if (process.stdin.isTTY)
    throw new InputError(`standard input is a terminal: redirect the ${what} into centricity (… < file) or give the file's path.`);
  const bytes = await readAll(process.stdin, limit);
  if (bytes === null) process.stdin.destroy();
  return bytes;
}

/** UTF-8 text without its byte order mark; a file in another encoding is refused with the line of its first other byte. */
function decodeText(bytes: Buffer | null, path: string, what: string, limit: number): string {
  if (bytes === null) throw new InputError(tooLarge(path, what, limit));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError(`${path} is saved as UTF-16: save the ${what} as UTF-8 and try again.`);
  const text = bytes.toString('utf8');
  if (!isUtf8(bytes)) {
    const line = text.slice(0, text.indexOf('\ufffd')).split('\n').length;
    throw new InputError(
      `${path}: line ${line} is not UTF-8 (a letter such as "é" saved as Latin-1 or Windows-1252): ` +
        `save the ${what} as UTF-8 and try again.`,
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A file or a device, read in chunks; null past `limit` bytes (a device such as /dev/zero never ends). */
async function readUpTo(path: string, what: string, limit: number): Promise<Buffer | null> {
  const handle = await open(path, 'r');
  try {
    // A directory is refused by the read (EISDIR), a terminal here: reading it would wait for typing.
    if (isatty(handle.fd))
      throw new InputError(`${path} is a terminal: redirect the ${what} into centricity (… < file) or give the file's path.`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(CHUNK_BYTES), 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return Buffer.concat(chunks);
      total += bytesRead;
      if (total > limit) return null;
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

function tooLarge(path: string, what: string, limit: number): string {
  const most = `${limit / (1024 * 1024)} MB, the most centricity reads of ${article(what)} ${what}`;
  return `${path} is larger than ${most}: check that it is the right file.`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** The first `bytes` of a file (fewer when it is shorter); an error names the file as `what`, in one sentence. */
export async function readStart(path: string, bytes: number, what: string): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw new InputError(describeFileError(error, path, what));
  } finally {
    await handle?.close();
  }
}

/**
 * Refuses anything but a regular file (or a link to one), for inputs that are opened more than
 * once: a FIFO or a pipe such as /dev/stdin would be empty, or wait forever, the second time.
 */
export async function requireRegularFile(path: string, what: string, why: string): Promise<void> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch {
    return; // Missing or unreadable: the reader says so in its own words.
  }
  const kind = unreadableKind(stats) ?? (stats.isFIFO() ? 'a pipe (FIFO)' : stats.isCharacterDevice() ? 'a device' : null);
  if (kind)
    throw new InputError(`${path} is ${kind}, not a file: ${why}, so save it to a file first (e.g. … > ${what}.csv) and give that file.`);
}

/** What a node that cannot be read as text is, or null for files, folders, FIFOs and character devices. */
function unreadableKind(stats: Stats): string | null {
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice()) return 'a block device (a disk)';
  return null;
}

export async function fileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Creates a folder (and its parents) for output, or says in one sentence why it cannot. */
export async function ensureFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST')
      throw new InputError(`${path} is a file, not a folder: choose a folder for the output (it is created when missing).`);
    throw new InputError(describeFileError(error, path, 'folder', 'create'));
  }
}

/**
 * Writes through a temporary file in the same directory and renames it into place, so a crash
 * or Ctrl-C never leaves a half-written file where a good one was. The rename replaces whatever
 * name is at `path` (a file, or a link itself: never the link's target).
 */
export async function writeFileAtomic(path: string, data: string | Readable): Promise<void> {
  // 'wx': the temporary name is new, and never a link someone planted to be followed.
  await withTemporaryFile(path, (temporary) => writeFile(temporary, data, { encoding: 'utf8', flag: 'wx' }));
}

/**
 * Runs `write` on a temporary path beside `path`, then renames it into place. Until then the
 * temporary file is removed if the write fails or the process is stopped by SIGINT or SIGTERM.
 */
export async function withTemporaryFile(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const done = untilDone(() => rmSync(temporary, { force: true }));
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    // What was being written may fail on its own (a streamed export whose input went wrong): its own sentence.
    if (error instanceof InputError) throw error;
    throw new InputError(describeFileError(error, path, 'file', 'write'));
  } finally {
    done();
  }
}

export function describeFileError(error: unknown, path: string, what: string, verb: 'read' | 'write' | 'create' = 'read'): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return verb === 'read'
        ? `cannot find the ${what} ${path}: check the path and try again.`
        : `cannot ${verb} ${path}: its folder does not exist; create it or choose another path.`;
    case 'ENOTDIR':
      return verb === 'read'
        ? `cannot find the ${what} ${path}: part of the path is a file, not a folder; check the path.`
        : `cannot ${verb} ${path}: part of the path is a file, not a folder; choose another path.`;
    case 'EISDIR':
      return `${path} is a folder: give the path of the ${what} itself.`;
    case 'EACCES':
    case 'EPERM': {
      const owner = verb === 'read' ? 'file' : 'folder';
      return `permission denied to ${verb} ${path}: check the ${owner}'s permissions, or choose another path.`;
    }
    case 'EROFS':
      return `cannot ${verb} ${path}: the file system is read-only; choose another folder.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `cannot ${verb} ${path}: the disk is full; free some space or choose another folder.`;
    case 'ENXIO':
      return `cannot ${verb} ${path}: it is a socket or a device with nothing behind it; give the path of a file.`;
    case 'ELOOP':
      return `cannot ${verb} ${path}: its symbolic links go round in a loop; check the path.`;
    default:
      return `cannot ${verb} ${path}: ${errorMessage(error)}.`;
  }
}
