import { open } from 'node:fs/promises';
import { type ByteRange, WHOLE_FILE } from './reader.js';

const BLOCK = 1 << 20;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Cuts a file into about `parts` ranges of whole records, so that each can be parsed on its
 * own: a cut falls only right after a line break (CRLF, LF or a lone CR, each one line) outside
 * quotes, as far as the quotes before it tell (the scan stops at the last cut). Works on the
 * bytes of any encoding in which `"`, CR and LF are single ASCII bytes (UTF-8, Windows-1252),
 * never on UTF-16. The cuts are a guess that the reader checks: a range must end between
 * records, and no reading may go back into a broken record; otherwise the file is read in one
 * piece. Returns null when no cut was found. The first range is longer than the others by
 * `firstExtra` (a share of the file), for a reader that starts before the rest.
 */
export async function splitIntoRanges(path: string, parts: number, firstExtra = 0): Promise<ByteRange[] | null> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const first = 1 / parts + firstExtra;
    const targets = Array.from({ length: parts - 1 }, (_, index) => Math.floor(size * (first + ((1 - first) * index) / (parts - 1))));
    const ranges: ByteRange[] = [{ ...WHOLE_FILE }];
    const buffer = Buffer.alloc(BLOCK);
    let inQuotes = false;
    let line = 1;
    let offset = 0;
    let target = targets.shift();
    /** A CR ended the previous block: an LF first in this one belongs to it. */
    let afterCr = false;
    while (target !== undefined) {
      const { bytesRead } = await handle.read(buffer, 0, BLOCK, offset);
      if (bytesRead === 0) break;
      let index = 0;
      while (index < bytesRead && target !== undefined) {
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
              ranges.push({ start: offset + end, firstLine: line, first: false });
              target = targets.shift();
              index++;
              break;
            }
          }
        }
      }
      afterCr = buffer[bytesRead - 1] === CR;
      offset += bytesRead;
    }
    for (const [index, range] of ranges.entries()) {
      const next = ranges[index + 1];
      if (next) range.end = next.start;
    }
    const cut = ranges.filter((range) => range.start < size && (range.end === undefined || range.end > range.start));
    return cut.length > 1 ? cut : null;
  } finally {
    await handle.close();
  }
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
