import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

/** Reads a UTF-8 text file, turning the usual file-system failures into one clear sentence. */
export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    const text = await readFile(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new InputError(describeFileError(error, path, what));
  }
}

export async function fileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes through a temporary file in the same directory and renames it into place, so a crash
 * or Ctrl-C never leaves a half-written file where a good one was.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new InputError(describeFileError(error, path, 'file', 'write'));
  }
}

export function describeFileError(error: unknown, path: string, what: string, verb: 'read' | 'write' = 'read'): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return verb === 'read'
        ? `cannot find the ${what} ${path}: check the path and try again.`
        : `cannot write ${path}: its folder does not exist; create it or choose another path.`;
    case 'EISDIR':
      return `${path} is a folder: give the path of the ${what} itself.`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied to ${verb} ${path}: check the file's permissions.`;
    default:
      return `cannot ${verb} ${path}: ${(error as Error).message}.`;
  }
}
