/**
 * The one way centricity writes CSV. A cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return: "=HYPERLINK(…)" typed into a question or an
 * answer) is prefixed with an apostrophe, which spreadsheets show as text (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows as CSV text, one line each, ending in a newline. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map(csvLine).join('\n')}\n`;
}
