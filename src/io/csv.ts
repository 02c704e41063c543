import { printable } from '../printable.js';

/**
 * The one way centricity writes CSV. A cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return: "=HYPERLINK(…)" typed into a question or an
 * answer) is prefixed with an apostrophe, which spreadsheets show as text (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;

export function csvCell(value: string): string {
  // No escape sequence, other control character or bidi override reaches a spreadsheet or a terminal
  // that prints the file; tabs and line breaks are kept, quoted, as CSV allows.
  const shown = value.replace(INVISIBLE, (character) => printable(character));
  const text = FORMULA_START.test(shown) ? `'${shown}` : shown;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows as CSV text, one line each, ending in a newline. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map(csvLine).join('\n')}\n`;
}
