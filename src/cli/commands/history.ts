import { loadSettings } from '../../config/find.js';
import { InputError } from '../../errors.js';
import { auditRows } from '../../history/compare.js';
import { readHistory } from '../../history/folder.js';
import { historyTable } from '../../history/words.js';
import { printable } from '../../printable.js';
import { renderJson } from '../../report/json.js';
import { EXIT } from '../exit-codes.js';
import { writeOutput } from '../output.js';

export interface HistoryOptions {
  history?: string;
  format: 'table' | 'json';
  config?: string;
}

/** `centricity history`: the audits kept in the history folder, oldest first. */
export async function historyCommand(options: HistoryOptions): Promise<number> {
  const { settings } = await loadSettings(options.config);
  const folder = options.history ?? settings.history;
  if (folder === false)
    throw new InputError('the config turns history off (history: false): give the folder with --history DIR to list one.');
  const { snapshots, skipped } = await readHistory(folder);
  for (const sentence of skipped) process.stderr.write(`centricity: note: ${printable(sentence)}\n`);
  const audits = auditRows(snapshots);
  if (options.format === 'json') {
    await writeOutput('-', renderJson({ folder, audits }), { force: false });
  } else if (audits.length === 0) {
    process.stdout.write(`No audits kept in ${printable(folder)} yet: each centricity audit --answers FILE keeps one there.\n`);
  } else {
    await writeOutput('-', `${historyTable(audits)}\n`, { force: false });
  }
  return EXIT.ok;
}
