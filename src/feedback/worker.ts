/** A worker thread that profiles or analyses (or both) one byte range of a feedback file and sends back its counts. */
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import { FeedbackAnalysis } from './analyse.js';
import { type CountState, recordSink, type WorkerRequest } from './index.js';
import { profileRange } from './read/plan.js';
import { FileProfiler } from './read/profile.js';
import { type RangeRead, readRange } from './read/reader.js';
import { readComment } from './sentiment.js';
import { compileThemePlan } from './themes.js';

// Loaded now, while the main thread cuts the file and plans its themes, not when this thread's first
// comments are read: every readable language's lexicon (a comment too short to tell is read in each).
readComment('ok');

// Started before the file is cut; then one request per pass, until the main thread ends it.
parentPort!.on('message', async (request: WorkerRequest) => {
  const { plan, range } = request;
  try {
    if (request.task === 'profile') {
      const { profiler, account } = await profileRange(plan, range);
      parentPort!.postMessage({ ok: true, state: profiler.toState(), account });
      return;
    }
    const analysis = new FeedbackAnalysis(plan.source, compileThemePlan(request.themes), request.keepPersonalData);
    const profiler = request.task === 'both' ? new FileProfiler(plan.width) : null;
    const progress = request.progress ? (read: RangeRead) => parentPort!.postMessage({ progress: read }) : undefined;
    const account = await readRange(plan, range, recordSink(plan, analysis, profiler), progress);
    const state: CountState = { profile: profiler?.toState() ?? null, analysis: analysis.toState() };
    parentPort!.postMessage({ ok: true, state, account });
  } catch (error) {
    // The main thread reads the file again in one piece, which reports the error properly.
    parentPort!.postMessage({ ok: false, name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) });
  }
});
