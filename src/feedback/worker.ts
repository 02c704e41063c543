/** A worker thread that analyses one byte range of a feedback file and sends back its counts. */
import { parentPort, workerData } from 'node:worker_threads';
import { FeedbackAnalysis } from './analyse.js';
import { type ByteRange, type ReadPlan, readRange, rowBuilder } from './read/reader.js';
import { extendThemes, type ThemeExtensions } from './themes.js';

const { plan, range, themes, keepPersonalData } = workerData as { plan: ReadPlan; range: ByteRange; themes?: ThemeExtensions; keepPersonalData: boolean };
const analysis = new FeedbackAnalysis(plan.source, extendThemes(themes), keepPersonalData);
try {
  const toRow = rowBuilder(plan);
  const account = await readRange(plan, range, (record, line) => analysis.add(toRow(record, line)));
  parentPort!.postMessage({ ok: true, state: analysis.toState(), account });
} catch (error) {
  // The main thread reads the file again in one piece, which reports the error properly.
  parentPort!.postMessage({ ok: false, name: (error as Error).name, message: (error as Error).message });
}
