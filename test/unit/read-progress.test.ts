/** What the reading tells a progress line: rows and bytes that only grow within a pass and end at the file's own. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFeedbackFile, type ReadProgress } from '../../src/feedback/index.js';
import { generateFeedback } from '../bench/generate.js';
import { temporaryDirectory } from '../helpers/cli.js';

const BUILT_FEEDBACK = new URL('../../dist/feedback/index.js', import.meta.url).href;

describe('progress of the reading', () => {
  let directory: { path: string; remove: () => void };
  let path: string;
  beforeAll(async () => {
    directory = temporaryDirectory();
    path = join(directory.path, 'large.csv');
    // Over four megabytes: two threads split it, the second in a worker.
    await generateFeedback(path, 40_000, 7);
  });
  afterAll(() => directory.remove());

  async function reported(threads: number): Promise<{ events: ReadProgress[]; rows: number }> {
    const events: ReadProgress[] = [];
    // Workers load the built worker: two threads from the build, as the CLI runs.
    const feedback: typeof import('../../src/feedback/index.js') = threads > 1 ? await import(BUILT_FEEDBACK) : { analyseFeedbackFile };
    const summary = await feedback.analyseFeedbackFile(path, { threads, onProgress: (event) => events.push(event) });
    return { events, rows: summary.quality.rows };
  }

  it.each([1, 2])('with %i thread(s), grows chunk by chunk to every row and byte of the file', async (threads) => {
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(4 * 1024 * 1024);
    const { events, rows } = await reported(threads);
    // Chunks of 64 KB: many reports, not one at the end.
    expect(events.length).toBeGreaterThan(10);
    const last = events.at(-1)!;
    expect(last).toEqual({ file: path, rows, bytes: size, totalBytes: size, pass: last.pass });
    const pass = events.filter((event) => event.pass === last.pass);
    for (const [index, event] of pass.entries()) {
      if (index === 0) continue;
      expect(event.bytes).toBeGreaterThanOrEqual(pass[index - 1]!.bytes);
      expect(event.rows).toBeGreaterThanOrEqual(pass[index - 1]!.rows);
    }
    // Partway, a share strictly between nothing and all.
    expect(pass.some((event) => event.bytes > 0 && event.bytes < size)).toBe(true);
  });
});
