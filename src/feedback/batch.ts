import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { packageFile } from '../io/package-files.js';
import { analyseFeedbackFileWithReading, type FeedbackOptions, type FileReading } from './index.js';
import type { AnalysedFeedback } from './model.js';

/** A file's summary and how it was read (for another pass over it, see `FileReading`), or why it could not be. */
export type FileResult = { file: string; summary: AnalysedFeedback; reading: FileReading } | { file: string; error: string };

const FILE_WORKER = packageFile('dist/feedback/file-worker.js');

/**
 * Analyses many files, `workers` at a time, each in a worker thread of its own; a file that
 * cannot be read becomes an error result and the others go on. One file, or one worker, is
 * read in this thread (where a large file can still use `threads` of its own). Results come
 * back in the order of `files`, whatever order they finish in; `onDone` reports each as it ends.
 */
export async function analyseFeedbackFiles(
  files: readonly string[],
  options: FeedbackOptions,
  workers: number,
  onDone: (result: FileResult, finished: number) => void = () => {},
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  let finished = 0;
  const inThread = workers <= 1 || files.length <= 1;
  // Each worker is started once and given file after file: starting one costs more than a small file.
  const pool = inThread ? [] : Array.from({ length: Math.min(workers, files.length) }, () => new Worker(FILE_WORKER));
  const run = async (worker: Worker | undefined) => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      results[index] = worker ? await analyseInWorker(worker, file, options) : await analyseHere(file, options);
      onDone(results[index]!, ++finished);
    }
  };
  try {
    await Promise.all(inThread ? [run(undefined)] : pool.map(run));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

async function analyseHere(file: string, options: FeedbackOptions): Promise<FileResult> {
  try {
    return { file, ...(await analyseFeedbackFileWithReading(file, options)) };
  } catch (error) {
    if (error instanceof InputError) return { file, error: error.message };
    throw error;
  }
}

type WorkerMessage =
  | { kind: 'done'; summary: AnalysedFeedback; reading: FileReading }
  | { kind: 'input-error'; message: string }
  | { kind: 'bug'; message: string; stack?: string };

function analyseInWorker(worker: Worker, file: string, options: FeedbackOptions): Promise<FileResult> {
  // Functions cannot cross to a worker; progress is reported per file instead.
  const { onProgress: _onProgress, ...plain } = options;
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (message: WorkerMessage) => {
      worker.off('error', onError);
      if (message.kind === 'done') resolve({ file, summary: message.summary, reading: message.reading });
      else if (message.kind === 'input-error') resolve({ file, error: message.message });
      else reject(Object.assign(new Error(message.message), { stack: message.stack }));
    });
    worker.postMessage({ file, options: plain });
  });
}
