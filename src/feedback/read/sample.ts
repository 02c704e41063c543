import { stat } from 'node:fs/promises';
import { type ByteRange, type ReadPlan, type RecordSink, readRange, WHOLE_FILE } from './reader.js';
import { type Cutting, splitIntoRanges } from './split.js';

/** Files up to this size are read whole for a sample: a sample of them would save little. */
export const SAMPLE_WHOLE_UP_TO_BYTES = 4 * 1024 * 1024;
/** How many stretches of a larger file a sample reads, spread from its first byte to its last, and how long each is. */
export const SAMPLE_STRETCHES = 16;
export const SAMPLE_STRETCH_BYTES = 64 * 1024;

/**
 * How a sample cuts a file of this size into its stretches; null when it reads the file whole. A
 * caller that cuts the file for other readers too can cut it for the sample in the same scan
 * (see `cutFile`) and hand the stretches to {@link readSample}.
 */
export function sampleCutting(plan: ReadPlan, size: number): Cutting | null {
  // UTF-16 has no single-byte line breaks to cut on: such a file is read whole.
  const utf16 = plan.encoding === 'utf-16le' || plan.encoding === 'utf-16be';
  return size <= SAMPLE_WHOLE_UP_TO_BYTES || utf16 ? null : { parts: SAMPLE_STRETCHES };
}

/** Where a sample's records came from: the whole file, or stretches of it (their count and bytes). */
export type SampleExtent = { whole: true } | { whole: false; stretches: number; bytes: number; of: number };

/**
 * Records drawn from the whole file, for what must be known before the counting pass (what the
 * comments are about): the file itself when small, otherwise SAMPLE_STRETCHES stretches spread
 * evenly from its start to its end, so that a file sorted by date or by product is sampled in
 * every part. Stretches start between records (see `splitIntoRanges`); the last record of each
 * may be cut short, which a sample can bear. Read leniently: a broken record is the counting
 * pass's to report, never the sample's. `cut`: the file already cut by {@link sampleCutting}, when it was.
 */
export async function readSample(plan: ReadPlan, onRecord: RecordSink, cut?: ByteRange[] | null): Promise<SampleExtent> {
  const lenient: ReadPlan = { ...plan, strict: false };
  const { size } = await stat(plan.path);
  const cutting = sampleCutting(plan, size);
  const ranges = cutting && (cut !== undefined ? cut : await splitIntoRanges(plan.path, cutting));
  if (!ranges) {
    await readRange(lenient, WHOLE_FILE, onRecord);
    return { whole: true };
  }
  let bytes = 0;
  for (const range of ranges) {
    const stretch: ByteRange = { ...range, end: Math.min(range.end ?? size, range.start + SAMPLE_STRETCH_BYTES) };
    bytes += stretch.end! - stretch.start;
    await readRange(lenient, stretch, onRecord);
  }
  return { whole: false, stretches: ranges.length, bytes, of: size };
}
