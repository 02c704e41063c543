import { constants, type Stats } from 'node:fs';
import { access, appendFile, type FileHandle, lstat, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { isatty } from 'node:tty';
import { errorCode, errorMessage, InputError } from '../errors.js';
import { describeFileError, MAX_INPUT_BYTES, writeFileAtomic } from '../io/files.js';
import { GENERATED_MARKER } from '../io/marker.js';
import { writePipe } from '../io/pipes.js';
import { printable } from '../printable.js';
import { QUESTIONS_CSV_HEADER } from '../report/questionnaire.js';
import { TAGGED_CSV_HEADERS } from '../report/tagged.js';

/** What an output holds: text, or a stream of text. */
type Content = string | Readable;

/** Paths that mean this process's standard output: written to the stream, never opened as a file. */
const STANDARD_OUTPUT = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/**
 * The exact first lines of centricity's own Markdown and CSV outputs. A file is centricity's only
 * when its first line is one of these: a note that merely mentions centricity is not.
 */
const OWN_FIRST_LINES: ReadonlySet<string> = new Set([GENERATED_MARKER, QUESTIONS_CSV_HEADER, ...TAGGED_CSV_HEADERS]);

export function isStandardOutput(path: string): boolean {
  return STANDARD_OUTPUT.has(path);
}

/**
 * Whether `text` is an output centricity wrote: a Markdown or CSV file whose first line is
 * exactly its marker or header, or a JSON object whose top-level `generator` is exactly
 * `{"name": "centricity", "version": "…"}` (a package.json named centricity is not).
 */
export function isOwnOutput(text: string): boolean {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (OWN_FIRST_LINES.has(firstLine)) return true;
  if (!text.startsWith('{')) return false;
  try {
    const generator = (JSON.parse(text) as { generator?: unknown }).generator;
    if (!generator || typeof generator !== 'object' || Array.isArray(generator)) return false;
    const { name, version, ...others } = generator as Record<string, unknown>;
    return name === 'centricity' && typeof version === 'string' && Object.keys(others).length === 0;
  } catch {
    return false;
  }
}

/**
 * Writes a result to standard output ("-", /dev/stdout), through a pipe, a terminal or
 * /dev/null, or to a file atomically. It never replaces what centricity did not write: a file
 * that is not its own output, or a symbolic link, is refused unless `force` (and then the link
 * itself is replaced, never the file it points to); a socket, a disk or another device is
 * always refused. `content` is text, or a stream of it for an output as long as its input.
 */
export async function writeOutput(path: string, content: Content, options: { force: boolean }): Promise<void> {
  const target = await targetOf(path, options.force);
  if (target.kind === 'standard output') return writeStandardOutput(content);
  if (target.kind === 'file') return writeFileAtomic(path, content);
  return writeThrough(path, content, target.node);
}

/**
 * Refuses at once what `writeOutput` would refuse at the end (a file centricity did not write, a
 * link, a folder, a file in a folder that is missing or cannot be written), for an output that is
 * written after a long read: nobody should wait for a million rows to learn that the path is wrong.
 */
export async function checkOutput(path: string, options: { force: boolean }): Promise<void> {
  if ((await targetOf(path, options.force)).kind !== 'file') return;
  await access(dirname(path), constants.W_OK).catch((error: unknown) => {
    throw new InputError(describeFileError(error, path, 'output file', 'write'));
  });
}

type Target = { kind: 'standard output' } | { kind: 'file' } | { kind: 'through'; node: Stats };

/** Where `path` leads and whether centricity may write there; a refusal is one sentence. */
async function targetOf(path: string, force: boolean): Promise<Target> {
  if (isStandardOutput(path)) return { kind: 'standard output' };
  const node = await lstat(path).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw new InputError(describeFileError(error, path, 'output file', 'write'));
  });
  if (node === null || (node.isFile() && (force || (await isOwnFile(path))))) return { kind: 'file' };
  if (node.isFile()) {
    throw new InputError(
      `${path} already exists and was not written by centricity (its first line is not centricity's marker): ` +
        'choose another path, or add --force to replace it.',
    );
  }
  if (node.isSymbolicLink()) {
    const target = await stat(path).catch(() => null);
    if (target && (target.isFIFO() || target.isCharacterDevice())) return { kind: 'through', node: target };
    if (force) return { kind: 'file' };
    throw new InputError(
      `${path} is a symbolic link: centricity does not write through links, which could overwrite the file they point to; ` +
        'give the path of the file itself, or add --force to replace the link (not its target) with the output.',
    );
  }
  if (node.isDirectory()) throw new InputError(describeFileError({ code: 'EISDIR' }, path, 'output file'));
  return { kind: 'through', node };
}

/**
 * Writes into a pipe, a terminal or /dev/null without replacing the node; anything else that is
 * not a file (a socket, a disk, another device) is refused.
 */
async function writeThrough(path: string, content: Content, node: Stats): Promise<void> {
  const refusal = `centricity writes to files, pipes, terminals and /dev/null; choose another path.`;
  if (node.isSocket()) throw new InputError(`${path} is a socket: ${refusal}`);
  if (node.isBlockDevice()) throw new InputError(`${path} is a block device (a disk): ${refusal}`);
  let handle: FileHandle | undefined;
  try {
    if (node.isFIFO()) return await writePipe(path, content);
    // No O_CREAT and no O_TRUNC: the node is written into, never created or replaced.
    handle = await open(path, constants.O_WRONLY | constants.O_NOCTTY);
    if (!isatty(handle.fd) && node.rdev !== (await stat('/dev/null')).rdev) throw new InputError(`${path} is a device: ${refusal}`);
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else for await (const chunk of content) await handle.write(chunk);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (errorCode(error) === 'ENXIO') {
      throw new InputError(`nothing is reading the pipe ${path}: start the program that reads it first, or choose another path.`);
    }
    if (errorCode(error) === 'EPIPE') {
      throw new InputError(`the program reading ${path} closed it before everything was written: the output is incomplete.`);
    }
    throw new InputError(describeFileError(error, path, 'output', 'write'));
  } finally {
    await handle?.close();
  }
}

/** Whether the file at `path` is centricity's own earlier output; a file too large to check is not. */
async function isOwnFile(path: string): Promise<boolean> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    const length = Math.min(size, MAX_INPUT_BYTES);
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return isOwnOutput(buffer.subarray(0, bytesRead).toString('utf8'));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** Resolves once the stream has taken the text; a closed pipe (EPIPE) is reported by the handler in main.ts. */
async function writeStandardOutput(content: Content): Promise<void> {
  for await (const chunk of typeof content === 'string' ? [content] : content) {
    await new Promise<void>((resolve) => process.stdout.write(chunk, () => resolve()));
  }
}

/**
 * In a GitHub Actions job, adds a short Markdown summary to the job's page; elsewhere does nothing,
 * not even render it (`summary` is called only in a job).
 */
export async function appendStepSummary(summary: () => Promise<string>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  const markdown = await summary();
  try {
    await appendFile(path, `${markdown.replace(/^<!--.*-->\n/, '')}\n`, 'utf8');
  } catch (error) {
    throw new InputError(`cannot add to the GitHub step summary ${path} (GITHUB_STEP_SUMMARY): ${errorMessage(error)}.`);
  }
}

/** Handlebars' warnings (a `{{log}}`, a refused property) on stderr, unless --quiet. */
export function templateWarnings(quiet: boolean | undefined): (message: string) => void {
  return quiet ? () => {} : (message) => process.stderr.write(`centricity: template warning: ${printable(message)}\n`);
}
