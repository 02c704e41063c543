/** A worker thread that profiles or analyses (or both) parts of a feedback file, one after another, and sends back each part's counts. */
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import { FeedbackAnalysis } from './analyse.js';
import { type CountState, claimPart, recordSink, stopClaims, type WorkerMessage, type WorkerRequest } from './index.js';
import { profileRange } from './read/plan.js';
import { FileProfiler } from './read/profile.js';
import { type ByteRange, type RangeRead, type ReadAccount, readRange } from './read/reader.js';
import { readComment } from './sentiment.js';
import { compileThemePlan } from './themes.js';

// Loaded now, while the main thread cuts the file and plans its themes, not when this thread's first
// comments are read: every readable language's lexicon (a comment too short to tell is read in each).
readComment('ok');

// Started before the file is cut; then one request per pass, until the main thread ends it.
parentPort!.on('message', async (request: WorkerRequest) => {
  const send = (message: WorkerMessage<unknown>) => parentPort!.postMessage(message);
  const claims = new Int32Array(request.claims);
  const read = partReader(request);
  for (let part = claimPart(claims); part < request.ranges.length; part = claimPart(claims)) {
    try {
      send({ part, ok: true, ...(await read(request.ranges[part]!, part)) });
    } catch (error) {
      // The main thread reads the file again in one piece, which reports the error properly.
      stopClaims(claims, request.ranges.length);
      send({ part, ok: false, name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) });
    }
  }
  send({ done: true });
});

/** How this thread reads one part of the request's pass: the theme plan compiled once for all its parts. */
function partReader(request: WorkerRequest): (range: ByteRange, part: number) => Promise<{ state: unknown; account: ReadAccount }> {
  const { plan } = request;
  if (request.task === 'profile') {
    return async (range) => {
      const { profiler, account } = await profileRange(plan, range);
      return { state: profiler.toState(), account };
    };
  }
  const themes = compileThemePlan(request.themes);
  const { keepPersonalData } = request;
  const both = request.task === 'both';
  return async (range, part) => {
    const analysis = new FeedbackAnalysis(plan.source, themes, keepPersonalData);
    const profiler = both ? new FileProfiler(plan.width) : null;
    const progress = request.progress ? (read: RangeRead) => parentPort!.postMessage({ part, progress: read }) : undefined;
    const account = await readRange(plan, range, recordSink(plan, analysis, profiler), progress);
    const state: CountState = { profile: profiler?.toState() ?? null, analysis: analysis.toState() };
    return { state, account };
  };
}
