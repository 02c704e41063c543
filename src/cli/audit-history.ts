/**
 * The audit's history at the edge: which folder to read and whether to keep a snapshot, the
 * committed report's ticked actions, and the writing. What is compared and what counts as done
 * is decided by the pure modules of src/history.
 */
import { stat } from 'node:fs/promises';
import type { Answers } from '../answers/types.js';
import { InputError } from '../errors.js';
import { type HistoryReport, historyReport, previousSnapshot } from '../history/compare.js';
import { markDone, reportChecklist, snapshotOfReport } from '../history/done.js';
import { readHistory, readSnapshotFile, refuseForeignFile, snapshotPath, writeSnapshots } from '../history/folder.js';
import { snapshotOf } from '../history/of-report.js';
import { readTextFile } from '../io/files.js';
import { closestId } from '../io/yaml.js';
import { printable } from '../printable.js';
import type { ReportModel } from '../report/model.js';
import { isOwnOutput, isStandardOutput } from './output.js';

export interface HistoryFlags {
  /** `--history DIR` (a string), `--no-history` (false), or neither. */
  history?: string | false;
  /** `--compare FILE`: a snapshot to compare with instead of the previous audit. */
  compare?: string;
}

export interface HistoryRun {
  history: HistoryReport | null;
  /** Writes this audit's snapshot (and earlier ones newly marked done); returns what it did in one sentence, or null. */
  save(): Promise<string | null>;
  /** Why this audit is not kept, in one sentence, when the team keeps a history; otherwise null. */
  notKept: string | null;
  /** The ids of this audit's own actions already marked done (ticked in the report it replaces): the new report keeps the ticks. */
  done: string[];
}

interface HistoryInput {
  flags: HistoryFlags;
  /** The config's folder, or false. */
  configured: string | false;
  demo: boolean;
  answers: Answers;
  /** Where the report goes: its earlier version there may have actions ticked. */
  out: string;
  note: (message: string) => void;
}

/**
 * Reads the history for an audit whose report model is `model`, and prepares the snapshot.
 * The folder is read unless `--no-history` or the config's `history: false` (or `--demo`,
 * which is a sample, not the team's audit, unless `--history` is given). A snapshot is kept only
 * for a finished answers file that has a date, and, when the report goes to standard output
 * (a pipe), only with an explicit `--history`.
 */
export async function prepareHistory(model: ReportModel, input: HistoryInput): Promise<HistoryRun> {
  const { flags, answers, note } = input;
  const folder =
    typeof flags.history === 'string' ? flags.history : flags.history === false || input.demo ? null : input.configured || null;
  const chosen = flags.compare ? await readSnapshotFile(flags.compare) : null;
  const none: HistoryRun = { history: null, save: async () => null, notKept: null, done: [] };
  if (!folder && !chosen) return none;

  const date = answers.date ?? model.generatedOn;
  if (chosen && chosen.date >= date) {
    throw new InputError(
      `--compare ${printable(flags.compare!)} is the audit of ${chosen.date}, ` +
        `${chosen.date === date ? 'this one' : 'later than this one'} (${date}): choose the snapshot of an earlier audit.`,
    );
  }
  const notKept = !folder
    ? null
    : !answers.date
      ? 'this audit is not kept in the history: its answers have no date; add date: YYYY-MM-DD to the answers file.'
      : answers.status !== 'complete'
        ? 'this audit is not kept in the history: its answers are an unfinished draft.'
        : isStandardOutput(input.out) && typeof flags.history !== 'string'
          ? 'this audit is not kept in the history: the report went to standard output; add --history DIR to keep it.'
          : null;
  const keep = Boolean(folder) && notKept === null;
  // A team that has not started a history (no folder yet, none named) is not told why this audit is not in it.
  const explained = typeof flags.history === 'string' || (folder !== null && (await stat(folder).catch(() => null)) !== null);
  if (keep) await refuseForeignFile(snapshotPath(folder!, date));

  const read = folder ? await readHistory(folder) : { snapshots: [], skipped: [] };
  for (const sentence of read.skipped) note(sentence);
  const replaced = read.snapshots.find((snapshot) => snapshot.date === date) ?? null;
  const earlier = new Map(read.snapshots.filter((snapshot) => snapshot !== replaced).map((snapshot) => [snapshot.date, snapshot]));

  // A re-run keeps what the run it replaces knew to be done.
  let current = markDone(snapshotOf(model, date), { ids: replaced?.actions.filter((action) => action.done).map((action) => action.id) });
  const ticked = await tickedInReport(input.out);
  if (ticked) {
    const owner = snapshotOfReport(ticked.titles, [...earlier.values(), ...(replaced ? [replaced] : [])]);
    if (owner === replaced && owner) current = markDone(current, { titles: ticked.ticked });
    else if (owner) earlier.set(owner.date, markDone(owner, { titles: ticked.ticked }));
  }

  let base = chosen ?? previousSnapshot([...earlier.values()], date);
  if (base && answers.done) {
    const ids = base.actions.map((action) => action.id);
    for (const id of answers.done.filter((done) => !ids.includes(done))) {
      const suggestion = closestId(id, ids);
      note(
        `done: ${id} is not among the actions of the audit of ${base.date}; left out${suggestion ? ` (did you mean ${suggestion}?)` : ''}.`,
      );
    }
    base = markDone(base, { ids: answers.done });
    if (!chosen) earlier.set(base.date, base);
  }

  const report = historyReport(current, [...earlier.values()], base && { snapshot: base, chosen: Boolean(chosen) }, keep);
  // Nothing earlier and nothing kept: the report has nothing to say about history.
  const history = report.comparison || keep || report.trend.length > 1 ? report : null;
  const changedEarlier = [...earlier.values()].filter((snapshot) => !read.snapshots.includes(snapshot));
  return {
    history,
    notKept: explained ? notKept : null,
    done: current.actions.filter((action) => action.done).map((action) => action.id),
    save: async () => {
      if (!keep) return null;
      await writeSnapshots(folder!, [...changedEarlier, current]);
      const path = snapshotPath(folder!, date);
      return replaced ? `History: replaced the audit of ${date} in ${path}.` : `History: kept this audit in ${path}.`;
    },
  };
}

/** The action titles of the Markdown report centricity wrote at `out` before this run, ticked or not; null when there is none. */
async function tickedInReport(out: string): Promise<{ titles: string[]; ticked: string[] } | null> {
  if (isStandardOutput(out)) return null;
  let text: string;
  try {
    text = await readTextFile(out, 'report');
  } catch {
    return null; // No earlier report (or none readable): nothing was ticked in it.
  }
  return isOwnOutput(text) ? reportChecklist(text) : null;
}
