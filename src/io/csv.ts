import { Readable } from 'node:stream';
import { formatData } from '../format.js';
import { printable } from '../printable.js';

/**
 * The one way centricity writes CSV. A cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return: "=HYPERLINK(…)" typed into a question or an
 * answer) is prefixed with an apostrophe, which spreadsheets show as text (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;

/** A cell: text, or a number centricity computed (written as plain digits, which no spreadsheet runs), or nothing. */
export type CsvValue = string | number | null;

export function csvCell(value: CsvValue): string {
  if (value === null || typeof value === 'number') return formatData(value);
  // No escape sequence, other control character or bidi override reaches a spreadsheet or a terminal
  // that prints the file; tabs and line breaks are kept, quoted, as CSV allows.
  const shown = value.replace(INVISIBLE, (character) => printable(character));
  const text = FORMULA_START.test(shown) ? `'${shown}` : shown;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows as CSV text, one line each, ending in a newline. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `${rows.map(csvLine).join('\n')}\n`;
}

/** Rows handed to a CSV stream: awaited, so the producer waits while the stream's reader is behind. */
export type EmitRows = (rows: readonly (readonly CsvValue[])[]) => Promise<void>;

/** Stops a producer whose stream was abandoned (its writer failed): nothing is reading any more. */
class StreamClosed extends Error {}

/**
 * CSV text as `produce` emits rows, batch after batch, for as many rows as a file holds: each
 * emit waits until the stream's reader wants more, so memory holds one batch, not the file. An
 * error thrown by `produce` ends the stream with that error.
 */
export function csvStream(produce: (emit: EmitRows) => Promise<void>): Readable {
  let wanted: (() => void) | null = null;
  const wake = () => {
    const resume = wanted;
    wanted = null;
    resume?.();
  };
  const stream = new Readable({
    highWaterMark: 64 * 1024,
    read: wake,
    destroy(error, callback) {
      wake();
      callback(error);
    },
  });
  const emit: EmitRows = async (rows) => {
    if (stream.destroyed) throw new StreamClosed();
    if (rows.length > 0 && !stream.push(toCsv(rows))) await new Promise<void>((resolve) => (wanted = resolve));
  };
  produce(emit).then(
    () => stream.push(null),
    (error: unknown) => {
      if (!(error instanceof StreamClosed)) stream.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return stream;
}
