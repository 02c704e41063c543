import { FeedbackAnalysis, type AnalyseOptions } from './analyse.js';
import type { FeedbackSummary } from './model.js';
import { readFeedback, type ReadOptions } from './read/reader.js';

export type FeedbackOptions = ReadOptions &
  AnalyseOptions & {
    /** Called every PROGRESS_EVERY rows with the number read so far, for a progress line. */
    onProgress?: (rows: number) => void;
  };

const PROGRESS_EVERY = 10_000;
export type { FeedbackSummary } from './model.js';

/** Reads and analyses one feedback export, streaming. */
export async function analyseFeedbackFile(path: string, options: FeedbackOptions = {}): Promise<FeedbackSummary> {
  let analysis: FeedbackAnalysis | undefined;
  const { account } = await readFeedback(path, options, (source) => {
    const current = new FeedbackAnalysis(source);
    analysis = current;
    const { onProgress } = options;
    if (!onProgress) return (row) => current.add(row);
    let rows = 0;
    return (row) => {
      current.add(row);
      if (++rows % PROGRESS_EVERY === 0) onProgress(rows);
    };
  });
  return analysis!.finish(account, options);
}
