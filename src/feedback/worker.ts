/** A worker thread that profiles or analyses one byte range of a feedback file and sends back its counts. */
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import { FeedbackAnalysis } from './analyse.js';
import { profileRange } from './read/plan.js';
import { type ByteRange, type ReadPlan, readRange, rowBuilder } from './read/reader.js';
import { extendThemes, type ThemeExtensions } from './themes.js';

const { task, plan, range, themes, keepPersonalData } = workerData as {
  /** "profile": the first pass, describing every column; "analyse": the second, counting with the chosen columns. */
  task: 'profile' | 'analyse';
  plan: ReadPlan;
  range: ByteRange;
  themes?: ThemeExtensions;
  keepPersonalData: boolean;
};
try {
  if (task === 'profile') {
    const { profiler, account } = await profileRange(plan, range);
    parentPort!.postMessage({ ok: true, state: profiler.toState(), account });
  } else {
    const analysis = new FeedbackAnalysis(plan.source, extendThemes(themes), keepPersonalData);
    const toRow = rowBuilder(plan);
    const account = await readRange(plan, range, (record, line) => analysis.add(toRow(record, line)));
    parentPort!.postMessage({ ok: true, state: analysis.toState(), account });
  }
} catch (error) {
  // The main thread reads the file again in one piece, which reports the error properly.
  parentPort!.postMessage({ ok: false, name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) });
}
