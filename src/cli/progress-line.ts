/**
 * The progress line of `score` and `audit` while feedback files are read: the rows read, the
 * share of the file's bytes and, once it can be told, the time left; for a batch, the files done
 * of the total. The reading reports (see `ReadProgress`); this only words it and paces it.
 */
import type { ReadProgress } from '../feedback/index.js';
import { formatCount, formatDuration, formatPercent, formatPlural } from '../format.js';

/**
 * The rate is measured from WARM_UP_MS into a pass (before, the workers are still starting and
 * the rate is too low), and no estimate is given before it was measured for ESTIMATE_AFTER_MS
 * and the pass has read ESTIMATE_FROM_SHARE of the file.
 */
export const WARM_UP_MS = 500;
export const ESTIMATE_AFTER_MS = 1000;
export const ESTIMATE_FROM_SHARE = 0.02;
/** The line is redrawn at most this often: faster is flicker, not news. */
export const REDRAW_EVERY_MS = 250;

/**
 * Seconds left in a pass, from the rate since it began (`elapsedMs` ago, at `startShare` of the
 * bytes) to `share` now; null while it is too early to tell, or nothing has been read since.
 */
export function secondsLeft(elapsedMs: number, share: number, startShare = 0): number | null {
  if (elapsedMs < ESTIMATE_AFTER_MS || share < ESTIMATE_FROM_SHARE || share <= startShare) return null;
  const perShare = elapsedMs / 1000 / (share - startShare);
  return Math.max(0, (1 - share) * perShare);
}

/** "big.csv: 120,000 rows, 34%, about 5 s left"; the bytes' share rounded down, so that 100% means done. */
export function readingText(progress: ReadProgress, left: number | null): string {
  const share = progress.totalBytes > 0 ? Math.min(1, progress.bytes / progress.totalBytes) : 1;
  const again = progress.pass > 1 ? ' (reading again with the columns the whole file showed)' : '';
  const estimate = left === null ? '' : `, about ${formatDuration(left)} left`;
  return `${progress.file}${again}: ${formatPlural(progress.rows, 'row')}, ${formatPercent(Math.floor(share * 100))}${estimate}`;
}

/** "3 of 10 files scored", with the file being read when its progress is known. */
export function batchText(done: number, total: number, current: string | null): string {
  return `${formatCount(done)} of ${formatPlural(total, 'file')} scored${current === null ? '' : `; ${current}`}`;
}

/**
 * Paces the line for one run over `files`: start the line with `text()`, hand `onProgress` to
 * the reading and `onDone` to the batch; `show` receives the text to draw, at most every
 * REDRAW_EVERY_MS (a new file or pass, and each file of a batch done, at once). `now` is in
 * milliseconds (a clock of one's own in tests).
 */
export class ProgressLine {
  private pass: { file: string; pass: number; startedAt: number; from: { at: number; share: number } | null } | null = null;
  private current: string | null = null;
  private done = 0;
  private shownAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly files: readonly string[],
    private readonly show: (text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  readonly onProgress = (progress: ReadProgress): void => {
    const now = this.now();
    const share = progress.totalBytes > 0 ? progress.bytes / progress.totalBytes : 1;
    const fresh = this.pass?.file !== progress.file || this.pass.pass !== progress.pass;
    if (fresh) this.pass = { file: progress.file, pass: progress.pass, startedAt: now, from: null };
    const pass = this.pass!;
    if (!pass.from && now - pass.startedAt >= WARM_UP_MS) pass.from = { at: now, share };
    if (!fresh && now - this.shownAt < REDRAW_EVERY_MS) return;
    const left = pass.from && secondsLeft(now - pass.from.at, share, pass.from.share);
    this.current = readingText(progress, left);
    this.draw(now);
  };

  /** One file's end is the run's: the line is stopped next, not redrawn. */
  readonly onDone = (finished: number): void => {
    if (this.files.length === 1) return;
    this.done = finished;
    this.current = null;
    this.pass = null;
    this.draw(this.now());
  };

  text(): string {
    if (this.files.length === 1) return `Reading ${this.current ?? this.files[0]}`;
    return batchText(this.done, this.files.length, this.current);
  }

  private draw(now: number): void {
    this.shownAt = now;
    this.show(this.text());
  }
}
