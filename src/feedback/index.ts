import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { isMainThread, Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { packageFile } from '../io/package-files.js';
import { type AnalyseOptions, type AnalysisState, FeedbackAnalysis } from './analyse.js';
import type { AnalysedFeedback, ThemeChoice } from './model.js';
import { decisionsOf, planColumns, planFromHead, planFromProfile, profileRange } from './read/plan.js';
import { FileProfiler, type ProfilerState } from './read/profile.js';
import {
  type ByteRange,
  ENCODING_LINES_SHOWN,
  type RangeRead,
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
import { readSample, sampleCutting } from './read/sample.js';
import { cutFile } from './read/split.js';
import { withoutPersonalData } from './redact.js';
import { compileThemePlan, type DomainId, planThemes, type ThemeExtensions, type ThemePlan, type ThemeSet } from './themes.js';
import { commentText } from './values.js';

export type FeedbackOptions = ReadOptions &
  AnalyseOptions & {
    /** Told how far the counting of the file has come, after each chunk read (a few hundred kilobytes), for a progress line. */
    onProgress?: (progress: ReadProgress) => void;
    /** Worker threads for one large file; 1 (the default) reads it in this thread. */
    threads?: number;
    /** Keywords and themes a team adds to the built-in taxonomy. */
    themes?: ThemeExtensions;
    /** The trade whose pack of themes to use (`--domain`, `themes.domain`); otherwise told from the comments. */
    domain?: DomainId;
    domainFrom?: 'option' | 'config';
    /** Show customers' text as typed: no redaction of personal data, ids as in the file (`--no-redact`). */
    keepPersonalData?: boolean;
  };
export type { AnalysedFeedback, FeedbackSummary } from './model.js';

/**
 * How far one pass over a whole file has come. The rows are counted in the pass that scores
 * them; a file whose columns turn out other than its head suggested is counted again (`pass` 2),
 * from zero, so that a progress line never sums two passes into rows the file does not have.
 */
export interface ReadProgress {
  file: string;
  rows: number;
  bytes: number;
  totalBytes: number;
  pass: number;
}
/** Below this size a file is read in one piece: starting workers would cost more than they save. */
const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;
const WORKER = packageFile('dist/feedback/worker.js');
/**
 * How a pass shares a split file among its threads: each takes a part from the front as it gets
 * to it, this thread and the workers alike, so that one that started later or runs slower (a
 * busy core) reads less. A first long part each, then the last TAIL_SHARE of the file in
 * TAIL_PARTS_PER_THREAD small parts per thread: the threads end at most one small part apart,
 * and each part costs a state to send and merge.
 */
const TAIL_SHARE = 0.16;
const TAIL_PARTS_PER_THREAD = 4;

/** The shares of the parts of a file read by `threads` threads (see TAIL_SHARE). */
function passShares(threads: number): number[] {
  const tailParts = TAIL_PARTS_PER_THREAD * threads;
  return [
    ...Array.from({ length: threads }, () => (1 - TAIL_SHARE) / threads),
    ...Array.from({ length: tailParts }, () => TAIL_SHARE / tailParts),
  ];
}

/**
 * Reads and analyses one feedback export, streaming; large files in parallel ranges when asked.
 * The columns are chosen from the whole file, yet it is usually read once: the plan guessed from
 * its first megabyte counts the rows while the same pass profiles every column, and the counts
 * are kept when the whole file's plan makes the same decisions; otherwise they are made again.
 */
export async function analyseFeedbackFile(path: string, options: FeedbackOptions = {}): Promise<AnalysedFeedback> {
  return (await analyseFeedbackFileWithReading(path, options)).summary;
}

/**
 * How an analysis read its file, as plain data (it crosses from a worker): what another pass
 * needs to read each row exactly as the analysis did, such as the per-response export (tagged.ts).
 */
export interface FileReading {
  /** The final plan: the whole file's columns, scale labels, dates and encoding. */
  plan: ReadPlan;
  /** The theme plan the rows were tagged with. */
  themes: ThemePlan;
  keepPersonalData: boolean;
  /** The key of the pseudonyms of ids that hold personal data, when the ids are redacted (see `shownId`). */
  pseudonymKey: string | undefined;
}

/** `analyseFeedbackFile`, with how the file was read. */
export async function analyseFeedbackFileWithReading(
  path: string,
  options: FeedbackOptions = {},
): Promise<{ summary: AnalysedFeedback; reading: FileReading }> {
  return withReadPlan(path, options, async (layout) => {
    const workers = await startWorkers(layout, options.threads ?? 1);
    try {
      return await analyseWith(layout, workers, options);
    } finally {
      for (const worker of workers) void worker.terminate();
    }
  });
}

async function analyseWith(
  layout: ReadPlan,
  workers: Worker[],
  options: FeedbackOptions,
): Promise<{ summary: AnalysedFeedback; reading: FileReading }> {
  const path = layout.path;
  // One scan cuts the file for the workers and for the theme sample; it waits mostly on reads: the head is planned meanwhile.
  const size = (await stat(path)).size;
  const sample = sampleCutting(layout, size);
  const cuttings = [workers.length > 0 ? { shares: passShares(workers.length + 1) } : null, sample];
  const [[ranges, cut], guess] = await Promise.all([cutFile(path, cuttings), planFromHead(layout, options)]);
  // Not cut for the sample: it cuts the file itself if it must.
  const stretches = sample ? cut : undefined;
  const parallel = ranges ? { ranges, workers } : null;
  const keep = Boolean(options.keepPersonalData);
  const startPass = passesOf(path, size, options.onProgress);
  let plan: ReadPlan;
  let counted: Counted | null = null;
  let themes: PlannedThemes | null = null;
  if (guess) {
    themes = await withYoungGenerationStill(() => planThemesOf(guess, options, stretches));
    const pass = await countInRanges(guess, parallel, options, themes, true, startPass);
    plan = planFromProfile(layout, options, pass.profiler!);
    if (decisionsOf(plan) === decisionsOf(guess)) counted = pass;
  } else {
    plan = await planColumns(layout, options, (planned) => profileInRanges(planned, parallel));
  }
  // Another comment column, or another way of reading the rows, may speak of other things.
  if (!counted) themes = await withYoungGenerationStill(() => planThemesOf(plan, options, stretches));
  counted ??= await countInRanges(plan, parallel, options, themes!, false, startPass);
  const needsKey = !keep && options.pseudonymKey === undefined && plan.source.columns.id !== undefined;
  const finishOptions = needsKey ? { ...options, pseudonymKey: await pseudonymKeyOf(path) } : options;
  const reading = { plan, themes: themes!.plan, keepPersonalData: keep, pseudonymKey: finishOptions.pseudonymKey };
  return { summary: counted.analysis.finish(counted.account, finishOptions, plan.source), reading };
}

/** A file's theme plan (plain data, for the workers), its matcher, and what it was planned from. */
export interface PlannedThemes {
  plan: ThemePlan;
  set: ThemeSet;
  choice: ThemeChoice;
}

/**
 * The themes of a file, planned from its comments before they are counted: all of them in a
 * small file, otherwise a sample drawn from every part of it (see `readSample`). Every comment
 * is then tagged with the plan in the counting pass. `cut`: the file cut for the sample (`sampleCutting`), when it was.
 */
async function planThemesOf(plan: ReadPlan, options: FeedbackOptions, cut?: ByteRange[] | null): Promise<PlannedThemes> {
  const comments: string[] = [];
  let stretches: ThemeChoice['from']['stretches'] = null;
  if (plan.source.columns.comment !== undefined) {
    const toRow = rowBuilder(plan);
    // A theme is named by its words: those of personal data must never be among them.
    const keep = Boolean(options.keepPersonalData);
    const extent = await readSample(
      plan,
      (record, line) => {
        const text = commentText(toRow(record, line).comment);
        if (text !== '') comments.push(keep ? text : withoutPersonalData(text));
      },
      cut,
    );
    if (!extent.whole) stretches = { count: extent.stretches, bytes: extent.bytes, of: extent.of };
  }
  const themePlan = planThemes(comments, {
    ...(options.domain && { domain: options.domain, domainFrom: options.domainFrom ?? 'config' }),
    ...(options.themes && { extensions: options.themes }),
  });
  return {
    plan: themePlan,
    set: compileThemePlan(themePlan),
    choice: {
      domain: themePlan.domain,
      emerging: themePlan.emerging.length,
      from: { comments: themePlan.comments, every: themePlan.every, read: comments.length, stretches },
    },
  };
}

/** The counts of one pass over the file. */
interface Counted {
  analysis: FeedbackAnalysis;
  account: ReadAccount;
}

/**
 * The key of the pseudonyms of one file's ids: the SHA-256 of its size and of its first and last
 * megabyte (the file was already read whole; another whole pass would only hash it). The same file
 * gives the same pseudonyms on every run and machine, and no one can link a pseudonym to an e-mail
 * address from a list of addresses without the file itself (which holds the answer anyway). The
 * price: another export of the same survey gives other pseudonyms.
 */
async function pseudonymKeyOf(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const hash = createHash('sha256').update(String(size));
    for (const position of new Set([0, Math.max(0, size - KEY_SAMPLE)])) {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(KEY_SAMPLE), 0, KEY_SAMPLE, position);
      hash.update(buffer.subarray(0, bytesRead));
    }
    return hash.digest('hex');
  } finally {
    await file.close();
  }
}

const KEY_SAMPLE = 1024 * 1024;

/** Where each record goes: to the analysis, and to the profiler when given. */
export function recordSink(plan: ReadPlan, analysis: FeedbackAnalysis, profiler: FileProfiler | null = null): RecordSink {
  const toRow = rowBuilder(plan);
  return profiler
    ? (record, line) => {
        profiler.add(record);
        analysis.add(toRow(record, line));
      }
    : (record, line) => analysis.add(toRow(record, line));
}

/** Told how far one range of a pass (0: the first) has read. */
type RangeProgress = (range: number, read: RangeRead) => void;

/**
 * The progress of a file's passes: each call starts a new pass over the whole file and returns
 * what its ranges report to, which adds them up for `onProgress`; undefined when no one listens.
 */
function passesOf(file: string, totalBytes: number, onProgress: FeedbackOptions['onProgress']): () => RangeProgress | undefined {
  let passes = 0;
  return () => {
    if (!onProgress) return undefined;
    const pass = ++passes;
    const reads: RangeRead[] = [];
    return (range, read) => {
      reads[range] = read;
      let rows = 0;
      let bytes = 0;
      for (const each of reads) {
        rows += each?.records ?? 0;
        bytes += each?.bytes ?? 0;
      }
      onProgress({ file, rows, bytes, totalBytes, pass });
    };
  };
}

/**
 * The worker threads that will read all but the first range of a large file, one per thread
 * past this one; started first, so that they load while this thread cuts the file and plans.
 */
async function startWorkers(plan: ReadPlan, threads: number): Promise<Worker[]> {
  if ((await stat(plan.path)).size < PARALLEL_FROM_BYTES) return [];
  collectGarbageSooner();
  // Ranges are cut on ASCII quote and line-feed bytes, which UTF-16 does not have.
  if (threads < 2 || plan.encoding === 'utf-16le' || plan.encoding === 'utf-16be') return [];
  return Array.from({ length: threads - 1 }, () => new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }));
}

/**
 * What is kept while a file is read is a few megabytes (counts, bounded maps, short lists), but
 * strings and quotes that outlive a young collection reach the old generation, which V8 lets grow
 * to several times what is live before it collects it: with two threads, 230 MB of memory at a
 * million rows. Growing it by at most 30% between collections, and the young generations held
 * at two semi-spaces of 8 MB, keep the peak lower. The flags are the process's, for every heap:
 * set for large files only.
 */
function collectGarbageSooner(): void {
  setFlagsFromString('--heap-growing-percent=30');
  // Read when a heap is made: a worker's young generation starts at its full size, and never has to grow.
  setFlagsFromString(`--min-semi-space-size=${SEMI_SPACE_MB}`);
  watchYoungGeneration();
}

/**
 * This thread's heap was made before any file was seen, so its young generation may grow to two
 * semi-spaces of 16 MB: 16 MB more at the peak than the workers', for no time that could be
 * measured. V8 reads its growth factor each time it grows one: once this thread's has reached
 * the workers' size, the factor is set to 1 (workers, already at theirs, never grow). A V8 that
 * holds the factor at 2 or more only lets it grow, as before. Watched between chunks by a timer;
 * planning the themes runs too long without a pause for it, so its growth waits meanwhile.
 */
function watchYoungGeneration(): void {
  // A batch's workers read files of their own: the factor, the process's, is left to the main thread.
  if (!isMainThread || youngGeneration !== 'free') return;
  youngGeneration = 'watched';
  const check = setInterval(() => {
    if (holdYoungGeneration()) clearInterval(check);
  }, 5);
  check.unref();
}

/** Holds this thread's young generation if it is watched and has reached the workers' size; true once nothing more is to be done. */
function holdYoungGeneration(): boolean {
  if (youngGeneration !== 'watched') return true;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (young && young.space_size < 2 * SEMI_SPACE_MB * 1024 * 1024) return false;
  // Reached, or a V8 whose young generation is laid out otherwise: either way, nothing more to watch.
  if (young) setGrowthFactor(1);
  youngGeneration = 'held';
  return true;
}

/** Runs `work` with this thread's young generation held where it is, when it is still watched. */
async function withYoungGenerationStill<T>(work: () => Promise<T>): Promise<T> {
  if (holdYoungGeneration()) return work();
  setGrowthFactor(1);
  try {
    return await work();
  } finally {
    setGrowthFactor(V8_GROWTH_FACTOR);
  }
}

const setGrowthFactor = (factor: number) => setFlagsFromString(`--semi-space-growth-factor=${factor}`);

/** V8's own. */
const V8_GROWTH_FACTOR = 2;

/** Once per thread, however many files it reads: watched from the first large file on. */
let youngGeneration: 'free' | 'watched' | 'held' = 'free';

/** A worker's young generation is three semi-spaces' worth: two, and as much for large new objects. */
const SEMI_SPACE_MB = 8;
const WORKER_YOUNG_MB = 3 * SEMI_SPACE_MB;

/** The parts of a file and the workers that share them with this thread. */
interface Parallel {
  ranges: ByteRange[];
  workers: Worker[];
}

type RangeResult<State> = { ok: true; state: State; account: ReadAccount } | { ok: false; name: string; message: string };

/**
 * What a worker needs besides its range: which pass to run ("profile": describe every column;
 * "analyse": count with the plan's columns; "both", in one pass), and to count, the file's theme
 * plan (from which the worker builds the same matcher) and the redaction choice.
 */
export type WorkerTask = { task: 'profile' } | { task: 'analyse' | 'both'; themes: ThemePlan; keepPersonalData: boolean };

/** The next part of a pass for the thread that asks (every thread counts on one shared integer); past the last part when none is left. */
export const claimPart = (claims: Int32Array): number => Atomics.add(claims, 0, 1);

/** No thread takes another part of this pass: one could not be read, so the file is read again in one piece. */
export const stopClaims = (claims: Int32Array, parts: number): void => void Atomics.store(claims, 0, parts);

/**
 * One pass over the parts, shared by this thread and the workers (see TAIL_SHARE). Each part is
 * read on its own and the results are merged in file order, so the counts do not depend on which
 * thread read which part. The parts equal a read in one piece only when every range started and
 * ended between records and no reading went back into a broken record (how far it may go back depends on what came
 * before); otherwise, or on any error in a worker, null, and the caller reads the file in one
 * piece, so that errors and lost records come out exactly as they would without workers.
 */
async function passInRanges<State>(
  plan: ReadPlan,
  { ranges, workers }: Parallel,
  here: (range: ByteRange, part: number) => Promise<{ state: State; account: ReadAccount }>,
  task: WorkerTask,
  progress?: RangeProgress,
): Promise<{ states: State[]; accounts: ReadAccount[] } | null> {
  const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const claims = new Int32Array(shared);
  const results: RangeResult<State>[] = new Array(ranges.length);
  const keep = (part: number, result: RangeResult<State>) => {
    results[part] = result;
    if (!result.ok) stopClaims(claims, ranges.length);
  };
  const inThread = async () => {
    for (let part = claimPart(claims); part < ranges.length; part = claimPart(claims)) {
      keep(part, await inThisThread(() => here(ranges[part]!, part)));
    }
  };
  const request: WorkerRequest = { ...task, plan, ranges, claims: shared, progress: Boolean(progress) };
  await Promise.all([
    inThread(),
    ...workers.map((worker) => runWorker<State>(worker, request, keep, (part, read) => progress?.(part, read))),
  ]);
  const mergeable = Array.from(ranges.keys()).every((part) => {
    const result = results[part];
    return (
      result?.ok &&
      (part === ranges.length - 1 || !result.account.openAtEnd) &&
      result.account.lost.restarts === 0 &&
      !result.account.lost.limitHit
    );
  });
  if (!mergeable) return null;
  const done = results as Extract<RangeResult<State>, { ok: true }>[];
  return { states: done.map((result) => result.state), accounts: done.map((result) => result.account) };
}

/** The profile of every column from the ranges, merged in file order; the whole file in one piece when the parts do not add up. */
async function profileInRanges(layout: ReadPlan, parallel: Parallel | null): Promise<FileProfiler> {
  const parts =
    parallel &&
    (await passInRanges(
      layout,
      parallel,
      async (range) => {
        const { profiler, account } = await profileRange(layout, range);
        return { state: profiler.toState(), account };
      },
      { task: 'profile' },
    ));
  if (!parts) return (await profileRange(layout)).profiler;
  const profiler = new FileProfiler(layout.width);
  for (const state of parts.states) profiler.merge(state);
  return profiler;
}

/** What a worker sends back from a counting pass: its analysis, and the profile of every column when asked for. */
export interface CountState {
  profile: ProfilerState | null;
  analysis: AnalysisState;
}

/**
 * One counting pass over the ranges (or the whole file in one piece when the parts do not add
 * up): the analysis, merged, and with `profile` the profile of every column in the same pass.
 */
async function countInRanges(
  plan: ReadPlan,
  parallel: Parallel | null,
  options: FeedbackOptions,
  themes: PlannedThemes,
  profile: boolean,
  startPass: () => RangeProgress | undefined,
): Promise<Counted & { profiler: FileProfiler | null }> {
  const keepPersonalData = Boolean(options.keepPersonalData);
  const analysis = new FeedbackAnalysis(plan.source, themes.set, keepPersonalData, themes.choice);
  const profiler = profile ? new FileProfiler(plan.width) : null;
  const progress = parallel ? startPass() : undefined;
  const parts =
    parallel &&
    (await passInRanges<CountState>(
      plan,
      parallel,
      async (range, part) => {
        const here = new FeedbackAnalysis(plan.source, themes.set, keepPersonalData);
        const hereProfiler = profile ? new FileProfiler(plan.width) : null;
        const account = await readRange(plan, range, recordSink(plan, here, hereProfiler), (read) => progress?.(part, read));
        return { state: { profile: hereProfiler?.toState() ?? null, analysis: here.toState() }, account };
      },
      { task: profile ? 'both' : 'analyse', themes: themes.plan, keepPersonalData },
      progress,
    ));
  if (!parts) {
    // In one piece, a pass of its own: after ranges that did not add up, it reads from the start again.
    const whole = startPass();
    const account = await readRange(plan, WHOLE_FILE, recordSink(plan, analysis, profiler), (read) => whole?.(0, read));
    return { analysis, profiler, account };
  }
  for (const state of parts.states) {
    if (state.profile) profiler?.merge(state.profile);
    analysis.merge(state.analysis);
  }
  return { analysis, profiler, account: mergeAccounts(parts.accounts) };
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

async function inThisThread<State>(read: () => Promise<{ state: State; account: ReadAccount }>): Promise<RangeResult<State>> {
  try {
    return { ok: true, ...(await read()) };
  } catch (error) {
    // Read again in one piece, which reports the error as it would without workers.
    if (error instanceof InputError) return { ok: false, name: error.name, message: error.message };
    throw error;
  }
}

/**
 * What a worker is asked to read: the parts of a pass, which it takes one by one with `claimPart`
 * on `claims` (shared with every thread of the pass); with `progress`, it tells how far it has
 * come as it reads (see `WorkerMessage`).
 */
export type WorkerRequest = WorkerTask & { plan: ReadPlan; ranges: ByteRange[]; claims: SharedArrayBuffer; progress?: boolean };

/** What a worker sends: how far it has come in a part (when asked), each part's result, then that it has done its share. */
export type WorkerMessage<State> = { part: number; progress: RangeRead } | ({ part: number } & RangeResult<State>) | { done: true };

function runWorker<State>(
  worker: Worker,
  request: WorkerRequest,
  onPart: (part: number, result: RangeResult<State>) => void,
  onRead: (part: number, read: RangeRead) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage<State>) => {
      if ('done' in message) {
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve();
      } else if ('progress' in message) onRead(message.part, message.progress);
      else {
        const { part, ...result } = message;
        onPart(part, result);
      }
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(request);
  });
}
