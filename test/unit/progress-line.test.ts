/** The progress line of score and audit: worded from what the reading reports, paced, and no estimate before one can be made. */
import { describe, expect, it } from 'vitest';
import {
  batchText,
  ESTIMATE_AFTER_MS,
  ProgressLine,
  REDRAW_EVERY_MS,
  readingText,
  secondsLeft,
  WARM_UP_MS,
} from '../../src/cli/progress-line.js';
import type { ReadProgress } from '../../src/feedback/index.js';

const MB = 1024 * 1024;
const at = (bytes: number, rows: number, file = 'big.csv', pass = 1): ReadProgress => ({ file, rows, bytes, totalBytes: 100 * MB, pass });

describe('secondsLeft', () => {
  it('estimates from the rate since the pass began', () => {
    // A quarter of the file in 2 s: three quarters left take 6 s.
    expect(secondsLeft(2000, 0.25)).toBeCloseTo(6);
    // Measured from 10% at its start: 15% more in 1.5 s, 75% left take 7.5 s.
    expect(secondsLeft(1500, 0.25, 0.1)).toBeCloseTo(7.5);
    expect(secondsLeft(5000, 1)).toBe(0);
  });

  it('gives none too early: before a second, before 2% of the bytes, or with nothing read since the start', () => {
    expect(secondsLeft(ESTIMATE_AFTER_MS - 1, 0.5)).toBeNull();
    expect(secondsLeft(10_000, 0.019)).toBeNull();
    expect(secondsLeft(10_000, 0.3, 0.3)).toBeNull();
    expect(secondsLeft(ESTIMATE_AFTER_MS, 0.02)).not.toBeNull();
  });
});

describe('the words of the line', () => {
  it('says the rows, the share of the bytes (rounded down) and the time left when there is one', () => {
    expect(readingText(at(34.99 * MB, 120_000), null)).toBe('big.csv: 120,000 rows, 34%');
    expect(readingText(at(99.9 * MB, 1), 0.3)).toBe('big.csv: 1 row, 99%, about 1 s left');
    expect(readingText(at(50 * MB, 200_000), 125)).toBe('big.csv: 200,000 rows, 50%, about 2 min left');
  });

  it('says when a file is read again, so that rows counted from zero do not look like a loss', () => {
    expect(readingText(at(10 * MB, 5, 'big.csv', 2), null)).toBe(
      'big.csv (reading again with the columns the whole file showed): 5 rows, 10%',
    );
  });

  it('an empty file is read whole at once', () => {
    expect(readingText({ file: 'empty.csv', rows: 0, bytes: 0, totalBytes: 0, pass: 1 }, null)).toBe('empty.csv: 0 rows, 100%');
  });

  it('counts files done of the total, with the file being read when its progress is known', () => {
    expect(batchText(3, 10, null)).toBe('3 of 10 files scored');
    expect(batchText(0, 2, 'b.csv: 10 rows, 5%')).toBe('0 of 2 files scored; b.csv: 10 rows, 5%');
  });
});

/** A line driven by a clock of the test's own; what it would draw, in order. */
function driven(files: readonly string[]) {
  let now = 0;
  const shown: string[] = [];
  const line = new ProgressLine(
    files,
    (text) => shown.push(text),
    () => now,
  );
  return { line, shown, tick: (ms: number) => (now += ms) };
}

describe('ProgressLine', () => {
  it('starts with the file, then redraws at most every REDRAW_EVERY_MS', () => {
    const { line, shown, tick } = driven(['big.csv']);
    expect(line.text()).toBe('Reading big.csv');
    line.onProgress(at(1 * MB, 1000));
    tick(REDRAW_EVERY_MS - 1);
    line.onProgress(at(2 * MB, 2000));
    tick(1);
    line.onProgress(at(3 * MB, 3000));
    expect(shown).toEqual(['Reading big.csv: 1,000 rows, 1%', 'Reading big.csv: 3,000 rows, 3%']);
  });

  it('gives no estimate during the warm-up and the first second after it, then one from the rate after the warm-up', () => {
    const { line, shown, tick } = driven(['big.csv']);
    line.onProgress(at(0, 0));
    // Slow start-up: 1% in the warm-up.
    tick(WARM_UP_MS);
    line.onProgress(at(1 * MB, 100));
    tick(ESTIMATE_AFTER_MS - REDRAW_EVERY_MS);
    line.onProgress(at(10 * MB, 1000));
    expect(shown.at(-1)).toBe('Reading big.csv: 1,000 rows, 10%');
    tick(REDRAW_EVERY_MS);
    // 10% more in a second since the warm-up: 89% left take about 9 s (not the 14 s that the start-up would say).
    line.onProgress(at(11 * MB, 1100));
    expect(shown.at(-1)).toBe('Reading big.csv: 1,100 rows, 11%, about 9 s left');
  });

  it('starts the estimate again for a second pass', () => {
    const { line, shown, tick } = driven(['big.csv']);
    line.onProgress(at(0, 0));
    tick(WARM_UP_MS);
    line.onProgress(at(10 * MB, 10));
    tick(ESTIMATE_AFTER_MS);
    line.onProgress(at(50 * MB, 50));
    expect(shown.at(-1)).toMatch(/left$/);
    line.onProgress(at(1 * MB, 1, 'big.csv', 2));
    expect(shown.at(-1)).toBe('Reading big.csv (reading again with the columns the whole file showed): 1 row, 1%');
  });

  it('in a batch, counts the files done and drops the finished file from the line', () => {
    const { line, shown } = driven(['a.csv', 'b.csv', 'c.csv']);
    expect(line.text()).toBe('0 of 3 files scored');
    line.onProgress(at(5 * MB, 50, 'a.csv'));
    line.onDone(1);
    line.onDone(2);
    expect(shown).toEqual(['0 of 3 files scored; a.csv: 50 rows, 5%', '1 of 3 files scored', '2 of 3 files scored']);
  });

  it('draws nothing more for one file done: the line is stopped next', () => {
    const { line, shown } = driven(['big.csv']);
    line.onDone(1);
    expect(shown).toEqual([]);
  });
});
