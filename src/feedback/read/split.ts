import { open } from 'node:fs/promises';
import { type ByteRange, WHOLE_FILE } from './reader.js';

const BLOCK = 1 << 20;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Cuts a file into about `parts` ranges of whole records, so that each can be parsed on its
 * own: a cut falls only on a line break outside quotes. Works on the bytes of any encoding in
 * which `"` and line feed are single ASCII bytes (UTF-8, Windows-1252), never on UTF-16.
 * Returns null when the quotes do not balance: the file is then read in one piece.
 */
export async function splitIntoRanges(path: string, parts: number): Promise<ByteRange[] | null> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const targets = Array.from({ length: parts - 1 }, (_, index) => Math.floor((size * (index + 1)) / parts));
    const ranges: ByteRange[] = [{ ...WHOLE_FILE }];
    const buffer = Buffer.alloc(BLOCK);
    let inQuotes = false;
    let line = 1;
    let offset = 0;
    let target = targets.shift();
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, BLOCK, offset);
      if (bytesRead === 0) break;
      for (let index = 0; index < bytesRead; index++) {
        const byte = buffer[index];
        if (byte === QUOTE) inQuotes = !inQuotes;
        else if (byte === NEWLINE) {
          line++;
          if (!inQuotes && target !== undefined && offset + index >= target) {
            ranges.push({ start: offset + index + 1, firstLine: line, first: false });
            target = targets.shift();
          }
        }
      }
      offset += bytesRead;
    }
    if (inQuotes) return null;
    for (const [index, range] of ranges.entries()) {
      const next = ranges[index + 1];
      if (next) range.end = next.start;
    }
    return ranges.filter((range) => range.start < size && (range.end === undefined || range.end > range.start));
  } finally {
    await handle.close();
  }
}
