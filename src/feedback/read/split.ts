import { open } from 'node:fs/promises';
import { type ByteRange, WHOLE_FILE } from './reader.js';

const BLOCK = 1 << 20;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** How to cut a file: into `parts` ranges of even size, or into ranges of the given `shares` of it (in file order, summing to 1). */
export type Cutting = { parts: number } | { shares: readonly number[] };

/**
 * Cuts a file into ranges of whole records, about the size asked for, so that each can be parsed on its
 * own: a cut falls only right after a line break (CRLF, LF or a lone CR, each one line) outside
 * quotes, as far as the quotes before it tell (the scan stops at the last cut). Works on the
 * bytes of any encoding in which `"`, CR and LF are single ASCII bytes (UTF-8, Windows-1252),
 * never on UTF-16. The cuts are a guess that the reader checks: a range must end between
 * records, and no reading may go back into a broken record; otherwise the file is read in one
 * piece. Returns null when no cut was found.
 */
export async function splitIntoRanges(path: string, cutting: Cutting): Promise<ByteRange[] | null> {
  return (await cutFile(path, [cutting]))[0]!;
}

/** One cutting's targets still to cut at (the next first) and the ranges cut so far. */
interface CuttingScan {
  targets: number[];
  ranges: ByteRange[];
}

/**
 * Several cuttings of one file (see {@link splitIntoRanges}) in one scan of it: each the same as
 * if cut on its own; null for a cutting given as null (none asked) or where no cut was found.
 */
export async function cutFile(path: string, cuttings: readonly (Cutting | null)[]): Promise<(ByteRange[] | null)[]> {
  if (cuttings.every((cutting) => cutting === null)) return cuttings.map(() => null);
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const scans: (CuttingScan | null)[] = cuttings.map(
      (cutting) => cutting && { targets: targetsOf(size, cutting), ranges: [{ ...WHOLE_FILE }] },
    );
    const active = scans.filter((scan): scan is CuttingScan => scan !== null);
    /** The nearest target of any cutting still to cut; Infinity when all are done. */
    const nextTarget = () =>
      active.reduce((nearest, scan) => Math.min(nearest, scan.targets[0] ?? Number.POSITIVE_INFINITY), Number.POSITIVE_INFINITY);
    const buffer = Buffer.alloc(BLOCK);
    let inQuotes = false;
    let line = 1;
    let offset = 0;
    let target = nextTarget();
    /** A CR ended the previous block: an LF first in this one belongs to it. */
    let afterCr = false;
    while (target !== Number.POSITIVE_INFINITY) {
      const { bytesRead } = await handle.read(buffer, 0, BLOCK, offset);
      if (bytesRead === 0) break;
      let index = 0;
      while (index < bytesRead && target !== Number.POSITIVE_INFINITY) {
        const until = Math.min(bytesRead, target - offset);
        if (until > index) {
          // Before the target only the quotes' parity and the line count matter, found by the native search.
          const part = buffer.subarray(index, until);
          if (countOf(part, QUOTE) % 2 === 1) inQuotes = !inQuotes;
          line += countOf(part, CR) + countOf(part, LF) - crlfCount(part, index > 0 ? buffer[index - 1] === CR : afterCr);
          index = until;
          continue;
        }
        // From the target on, byte by byte up to the first line break outside quotes: the cut.
        for (; index < bytesRead; index++) {
          const byte = buffer[index]!;
          // Letters, digits, spaces past the quote: most bytes, one test.
          if (byte > QUOTE) continue;
          if (byte === QUOTE) inQuotes = !inQuotes;
          else if (byte === LF || byte === CR) {
            if (byte === LF && (index > 0 ? buffer[index - 1] === CR : afterCr)) continue;
            line++;
            // After a CR the cut waits for the byte that follows: an LF there is the same line break.
            const end = byte === CR && index + 1 < bytesRead && buffer[index + 1] === LF ? index + 2 : index + 1;
            if (!inQuotes && (byte === LF || index + 1 < bytesRead)) {
              // The cut of every cutting whose target this line break is at or past.
              for (const scan of active) {
                const aim = scan.targets[0];
                if (aim === undefined || aim > offset + index) continue;
                scan.ranges.push({ start: offset + end, firstLine: line, first: false });
                scan.targets.shift();
              }
              target = nextTarget();
              index++;
              break;
            }
          }
        }
      }
      afterCr = buffer[bytesRead - 1] === CR;
      offset += bytesRead;
    }
    return scans.map((scan) => scan && rangesOf(scan.ranges, size));
  } finally {
    await handle.close();
  }
}

/** Where a cutting aims its cuts: at the end of each range but the last. */
function targetsOf(size: number, cutting: Cutting): number[] {
  if (!('shares' in cutting))
    return Array.from({ length: cutting.parts - 1 }, (_, index) => Math.floor((size * (index + 1)) / cutting.parts));
  const targets: number[] = [];
  let before = 0;
  for (const share of cutting.shares.slice(0, -1)) {
    before += share;
    targets.push(Math.floor(size * before));
  }
  return targets;
}

/** The ranges from their starts: each ends where the next starts; empty ones and any past the end dropped; null when uncut. */
function rangesOf(ranges: ByteRange[], size: number): ByteRange[] | null {
  for (const [index, range] of ranges.entries()) {
    const next = ranges[index + 1];
    if (next) range.end = next.start;
  }
  const cut = ranges.filter((range) => range.start < size && (range.end === undefined || range.end > range.start));
  return cut.length > 1 ? cut : null;
}

function countOf(block: Buffer, byte: number): number {
  let count = 0;
  for (let at = block.indexOf(byte); at !== -1; at = block.indexOf(byte, at + 1)) count++;
  return count;
}

/** Line feeds right after a carriage return (one line break with it), the first after one that ended the block before. */
function crlfCount(block: Buffer, afterCr: boolean): number {
  let count = afterCr && block[0] === LF ? 1 : 0;
  for (let at = block.indexOf(CR); at !== -1; at = block.indexOf(CR, at + 1)) if (block[at + 1] === LF) count++;
  return count;
}
