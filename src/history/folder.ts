/**
 * The history folder on disk: the edge where snapshots are read and written. Everything it
 * decides about them (what is compared, what is done) is in the pure modules beside it.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode, InputError } from '../errors.js';
import { describeFileError, ensureFolder, readTextFile, writeFileAtomic } from '../io/files.js';
import { formatSnapshot, readSnapshot } from './parse.js';
import type { Snapshot } from './snapshot.js';

/** A snapshot's file name: its answers' date, so that re-running the same audit replaces its entry. */
const SNAPSHOT_NAME = /^(\d{4}-\d{2}-\d{2})\.json$/;

export function snapshotPath(folder: string, date: string): string {
  return join(folder, `${date}.json`);
}

/**
 * The snapshots in a folder, oldest first, and one sentence for each file named like a snapshot
 * that cannot be used (it is left out, never a crash). A missing folder is an empty history;
 * other files in the folder (a README) are not looked at.
 */
export async function readHistory(folder: string): Promise<{ snapshots: Snapshot[]; skipped: string[] }> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { snapshots: [], skipped: [] };
    if (errorCode(error) === 'ENOTDIR')
      throw new InputError(
        `the history folder ${folder} is a file: choose a folder with --history DIR, or turn history off with --no-history.`,
      );
    throw new InputError(describeFileError(error, folder, 'history folder'));
  }
  const snapshots: Snapshot[] = [];
  const skipped: string[] = [];
  for (const name of names.sort()) {
    const date = SNAPSHOT_NAME.exec(name)?.[1];
    if (!date) continue;
    const path = join(folder, name);
    if (!(await stat(path).catch(() => null))?.isFile()) continue;
    const reading = readSnapshot(await readTextFile(path, 'snapshot'));
    if ('problem' in reading) skipped.push(`${path} is left out of the history: ${reading.problem}; fix it or delete it.`);
    else if (reading.snapshot.date !== date)
      skipped.push(
        `${path} is left out of the history: it holds the audit of ${reading.snapshot.date}; rename it ${reading.snapshot.date}.json.`,
      );
    else snapshots.push(reading.snapshot);
  }
  return { snapshots, skipped };
}

/** A snapshot chosen with --compare; anything else is one sentence. */
export async function readSnapshotFile(path: string): Promise<Snapshot> {
  const reading = readSnapshot(await readTextFile(path, 'snapshot to compare with'));
  if ('problem' in reading)
    throw new InputError(
      `${path} cannot be compared with: ${reading.problem}; give a file from the history folder (centricity history lists them).`,
    );
  return reading.snapshot;
}

/** Refuses, in one sentence, to replace a file at a snapshot's place that is not a centricity snapshot. */
export async function refuseForeignFile(path: string): Promise<void> {
  let text: string;
  try {
    text = await readTextFile(path, 'snapshot');
  } catch (error) {
    if (error instanceof InputError && !(await stat(path).catch(() => null))) return;
    throw error;
  }
  const reading = readSnapshot(text);
  if ('problem' in reading && !reading.ours)
    throw new InputError(
      `${path} is where this audit's snapshot goes, but ${reading.problem}: ` +
        'move it away, or keep the history elsewhere with --history DIR.',
    );
}

/** Writes snapshots into the folder (created when missing), each atomically and never over someone else's file. */
export async function writeSnapshots(folder: string, snapshots: readonly Snapshot[]): Promise<void> {
  await ensureFolder(folder);
  for (const snapshot of snapshots) {
    const path = snapshotPath(folder, snapshot.date);
    await refuseForeignFile(path);
    try {
      await writeFileAtomic(path, formatSnapshot(snapshot));
    } catch (error) {
      throw new InputError(describeFileError(error, path, 'snapshot', 'write'));
    }
  }
}
