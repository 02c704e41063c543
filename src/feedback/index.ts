import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { requireRegularFile } from '../io/files.js';
import { type AnalyseOptions, type AnalysisState, FeedbackAnalysis } from './analyse.js';
import { HEAD_BYTES, notAnExport } from './file-kind.js';
import type { FeedbackSummary } from './model.js';
import { planColumns } from './read/plan.js';
import {
  type ByteRange,
  ENCODING_LINES_SHOWN,
  READ_TWICE,
  type ReadAccount,
  type ReadOptions,
  type ReadPlan,
  type RecordSink,
  readRange,
  rowBuilder,
  WHOLE_FILE,
  withReadPlan,
} from './read/reader.js';
import { LOST_EXAMPLES } from './read/records.js';
import { splitIntoRanges } from './read/split.js';
import { extendThemes, type ThemeExtensions, type ThemeSet } from './themes.js';

export type FeedbackOptions = ReadOptions &
  AnalyseOptions & {
    /** Called every PROGRESS_EVERY rows with the number read so far, for a progress line. */
    onProgress?: (rows: number) => void;
    /** Worker threads for one large file; 1 (the default) reads it in this thread. */
    threads?: number;
    /** Keywords and themes a team adds to the built-in taxonomy. */
    themes?: ThemeExtensions;
    /** Show customers' text as typed: no redaction of personal data, ids as in the file (`--no-redact`). */
    keepPersonalData?: boolean;
  };
export type { FeedbackSummary } from './model.js';

const PROGRESS_EVERY = 10_000;
/** Below this size a file is read in one piece: starting workers would cost more than they save. */
const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;
const WORKER = new URL('./worker.js', import.meta.url);

/** Reads and analyses one feedback export, streaming; large files in parallel ranges when asked. */
export async function analyseFeedbackFile(path: string, options: FeedbackOptions = {}): Promise<FeedbackSummary> {
  await requireRegularFile(path, 'feedback', READ_TWICE);
  const kind = notAnExport(path, await headOf(path));
  if (kind) throw new InputError(`${path} is ${kind.what}: ${kind.fix}.`);
  return withReadPlan(path, options, async (layout) => {
    const plan = await planColumns(layout, options);
    const themes = extendThemes(options.themes);
    const parallel = await parallelRanges(plan, options.threads ?? 1);
    const keep = Boolean(options.keepPersonalData);
    const analysis = new FeedbackAnalysis(plan.source, themes, keep);
    const account = parallel
      ? await readInWorkers(plan, parallel, analysis, options, themes)
      : await readRange(plan, WHOLE_FILE, progressSink(plan, analysis, options));
    const needsKey = !keep && options.pseudonymKey === undefined && plan.source.columns.id !== undefined;
    return analysis.finish(account, needsKey ? { ...options, pseudonymKey: await pseudonymKeyOf(path) } : options);
  });
}

/**
 * The key of the pseudonyms of one file's ids: the SHA-256 of its bytes. The same file gives the
 * same pseudonyms on every run and machine, and no one can link a pseudonym to an e-mail address
 * from a list of addresses without the file itself (which holds the answer anyway). The price:
 * another export of the same survey gives other pseudonyms.
 */
async function pseudonymKeyOf(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The first bytes of a file; none when it cannot be opened, which the reader then reports in its own words. */
async function headOf(path: string): Promise<Buffer> {
  try {
    const file = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return Buffer.alloc(0);
  }
}

function progressSink(plan: ReadPlan, analysis: FeedbackAnalysis, options: FeedbackOptions): RecordSink {
  const { onProgress } = options;
  const toRow = rowBuilder(plan);
  if (!onProgress) return (record, line) => analysis.add(toRow(record, line));
  let rows = 0;
  return (record, line) => {
    analysis.add(toRow(record, line));
    if (++rows % PROGRESS_EVERY === 0) onProgress(rows);
  };
}

async function parallelRanges(plan: ReadPlan, threads: number): Promise<ByteRange[] | null> {
  // Ranges are cut on ASCII quote and line-feed bytes, which UTF-16 does not have.
  if (threads < 2 || plan.encoding === 'utf-16le' || plan.encoding === 'utf-16be') return null;
  if ((await stat(plan.path)).size < PARALLEL_FROM_BYTES) return null;
  const ranges = await splitIntoRanges(plan.path, threads);
  return ranges && ranges.length > 1 ? ranges : null;
}

type WorkerResult = { ok: true; state: AnalysisState; account: ReadAccount } | { ok: false; name: string; message: string };

/**
 * The first range in this thread, each other range in a worker of its own; the counts are merged.
 * The merge equals a read in one piece only when every range started and ended between records
 * and no reading went back into a broken record (how far it may go back depends on what came
 * before). Otherwise, or on any error in a worker, the file is read again in one piece, so that
 * errors and lost records come out exactly as they would without workers.
 */
async function readInWorkers(
  plan: ReadPlan,
  ranges: ByteRange[],
  analysis: FeedbackAnalysis,
  options: FeedbackOptions,
  themes: ThemeSet,
): Promise<ReadAccount> {
  const [first, ...rest] = ranges;
  const here = new FeedbackAnalysis(plan.source, themes, Boolean(options.keepPersonalData));
  const results = await Promise.all([
    readHere(plan, first!, here),
    ...rest.map((range) => runWorker(plan, range, options.themes, Boolean(options.keepPersonalData))),
  ]);
  const mergeable = results.every(
    (result, index) =>
      result.ok && (index === results.length - 1 || !result.account.openAtEnd) && result.account.lost.restarts === 0 && !result.account.lost.limitHit,
  );
  if (!mergeable) return readRange(plan, WHOLE_FILE, progressSink(plan, analysis, options));
  const accounts = results.map((result) => (result as Extract<WorkerResult, { ok: true }>).account);
  for (const result of results) if (result.ok) analysis.merge(result.state);
  const account = mergeAccounts(accounts);
  options.onProgress?.(account.records);
  return account;
}

/** The accounts of consecutive ranges as one. */
function mergeAccounts(accounts: readonly ReadAccount[]): ReadAccount {
  const sum = (count: (account: ReadAccount) => number) => accounts.reduce((total, account) => total + count(account), 0);
  return {
    records: sum((account) => account.records),
    ragged: sum((account) => account.ragged),
    lost: {
      records: sum((account) => account.lost.records),
      examples: accounts.flatMap((account) => account.lost.examples).slice(0, LOST_EXAMPLES),
      restarts: 0,
      limitHit: false,
    },
    decoding: {
      utf8MultiByte: accounts.some((account) => account.decoding.utf8MultiByte),
      windows1252Bytes: sum((account) => account.decoding.windows1252Bytes),
      windows1252Lines: accounts.flatMap((account) => account.decoding.windows1252Lines).slice(0, ENCODING_LINES_SHOWN),
    },
    openAtEnd: accounts.at(-1)!.openAtEnd,
  };
}

async function readHere(plan: ReadPlan, range: ByteRange, analysis: FeedbackAnalysis): Promise<WorkerResult> {
  try {
    const toRow = rowBuilder(plan);
    const account = await readRange(plan, range, (record, line) => analysis.add(toRow(record, line)));
    return { ok: true, state: analysis.toState(), account };
  } catch (error) {
    // Read again in one piece, which reports the error as it would without workers.
    if (error instanceof InputError) return { ok: false, name: error.name, message: error.message };
    throw error;
  }
}

function runWorker(plan: ReadPlan, range: ByteRange, themes: ThemeExtensions | undefined, keepPersonalData: boolean): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { plan, range, themes, keepPersonalData } });
    worker.once('message', (result: WorkerResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
