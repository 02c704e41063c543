import { constants, type Stats } from 'node:fs';
import { appendFile, type FileHandle, lstat, open, stat } from 'node:fs/promises';
import { isatty } from 'node:tty';
import { errorCode, errorMessage, InputError } from '../errors.js';
import { describeFileError, MAX_INPUT_BYTES, writeFileAtomic } from '../io/files.js';
import { GENERATED_MARKER } from '../io/marker.js';
import { writePipe } from '../io/pipes.js';
import { printable } from '../printable.js';
import { QUESTIONS_CSV_HEADER } from '../report/questionnaire.js';

/** Paths that mean this process's standard output: written to the stream, never opened as a file. */
const STANDARD_OUTPUT = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/**
 * The exact first lines of centricity's own Markdown and CSV outputs. A file is centricity's only
 * when its first line is one of these: a note that merely mentions centricity is not.
 */
const OWN_FIRST_LINES: ReadonlySet<string> = new Set([GENERATED_MARKER, QUESTIONS_CSV_HEADER]);

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
 * always refused.
 */
export async function writeOutput(path: string, content: string, options: { force: boolean }): Promise<void> {
  if (isStandardOutput(path)) return writeStandardOutput(content);
  const node = await lstat(path).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw new InputError(describeFileError(error, path, 'output file', 'write'));
  });
  if (node === null || (node.isFile() && (options.force || (await isOwnFile(path))))) return writeFileAtomic(path, content);
  if (node.isFile()) {
    throw new InputError(
      `${path} already exists and was not written by centricity (its first line is not centricity's marker): ` +
        'choose another path, or add --force to replace it.',
    );
  }
  if (node.isSymbolicLink()) {
    const target = await stat(path).catch(() => null);
    if (target && (target.isFIFO() || target.isCharacterDevice())) return writeThrough(path, content, target);
    if (options.force) return writeFileAtomic(path, content);
    throw new InputError(
      `${path} is a symbolic link: centricity does not write through links, which could overwrite the file they point to; ` +
        'give the path of the file itself, or add --force to replace the link (not its target) with the output.',
    );
  }
  if (node.isDirectory()) throw new InputError(describeFileError({ code: 'EISDIR' }, path, 'output file'));
  return writeThrough(path, content, node);
}

/**
 * Writes into a pipe, a terminal or /dev/null without replacing the node; anything else that is
 * not a file (a socket, a disk, another device) is refused.
 */
async function writeThrough(path: string, content: string, node: Stats): Promise<void> {
  const refusal = `centricity writes to files, pipes, terminals and /dev/null; choose another path.`;
  if (node.isSocket()) throw new InputError(`${path} is a socket: ${refusal}`);
  if (node.isBlockDevice()) throw new InputError(`${path} is a block device (a disk): ${refusal}`);
  let handle: FileHandle | undefined;
  try {
    if (node.isFIFO()) return await writePipe(path, content);
    // No O_CREAT and no O_TRUNC: the node is written into, never created or replaced.
    handle = await open(path, constants.O_WRONLY | constants.O_NOCTTY);
    if (!isatty(handle.fd) && node.rdev !== (await stat('/dev/null')).rdev) throw new InputError(`${path} is a device: ${refusal}`);
    await handle.writeFile(content, 'utf8');
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
function writeStandardOutput(content: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(content, () => resolve()));
}

/** In a GitHub Actions job, adds a short Markdown summary to the job's page; elsewhere does nothing. */
export async function appendStepSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return;
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
