/** A worker thread that reads and analyses whole feedback files, one per message, for batches. */
import { parentPort } from 'node:worker_threads';
import { errorMessage, InputError } from '../errors.js';
import { analyseFeedbackFileWithReading, type FeedbackOptions } from './index.js';

parentPort!.on('message', async ({ file, options }: { file: string; options: FeedbackOptions }) => {
  try {
    // One thread per file here: the batch already keeps every core busy.
    const { summary, reading } = await analyseFeedbackFileWithReading(file, { ...options, threads: 1 });
    parentPort!.postMessage({ kind: 'done', summary, reading });
  } catch (error) {
    parentPort!.postMessage(
      error instanceof InputError
        ? { kind: 'input-error', message: error.message }
        : { kind: 'bug', message: errorMessage(error), stack: error instanceof Error ? error.stack : undefined },
    );
  }
});
