import { nextLineStart } from './lines.js';

/**
 * Telling a genuine comment over several lines from a quote left open that swallowed the rows
 * after it: by lines inside the record that look like rows of their own.
 */

/** What a row of the file looks like. */
export interface RowShape {
  delimiter: string;
  /** Columns of the header. */
  width: number;
  /** Columns that hold numbers or dates (in the sample): a swallowed row shows them too. */
  numericColumns: readonly number[];
}

/** A number or a date as exports write them: digits with separators, nothing else. */
const NUMBER_OR_DATE = /^\s*[-+]?\d[\d\s.,:/-]{0,30}\s*$/;

/** The columns whose filled cells in `sample` are all numbers or dates (at least three of them). */
export function numericColumns(sample: readonly (readonly string[])[], width: number): number[] {
  const columns: number[] = [];
  for (let column = 0; column < width; column++) {
    const filled = sample.map((row) => row[column]?.trim() ?? '').filter((cell) => cell !== '');
    if (filled.length >= 3 && filled.every((cell) => NUMBER_OR_DATE.test(cell))) columns.push(column);
  }
  return columns;
}

/** Whether rows of this shape can be recognised at all: without a column of numbers or dates there is too little to tell by. */
export function canTellRows(shape: RowShape): boolean {
  return shape.numericColumns.length > 0 && shape.width >= 2;
}

/**
 * True when a record's text (`raw`, its line break included) holds, after its first line, lines
 * that look like rows of their own: as many cells as the header (a quoted cell may hold the
 * delimiter), with a number or date (or nothing) in every column that holds numbers or dates. A
 * quote left open swallowed them. A comment line with commas rarely passes. The record's last line holds its own last cells, so
 * it counts only when the quote that ended the swallowing was another row's.
 */
export function swallowsRows(raw: string, shape: RowShape): boolean {
  if (!canTellRows(shape)) return false;
  const lastLineCounts = closedByLaterQuote(raw, shape.delimiter);
  for (let start = nextLineStart(raw, 0); start !== -1 && start < raw.length; start = nextLineStart(raw, start)) {
    const next = nextLineStart(raw, start);
    if ((next === -1 || next === raw.length) && !lastLineCounts) break;
    if (looksLikeRow(raw.slice(start, next === -1 ? raw.length : next).replace(/[\r\n]+$/, ''), shape)) return true;
  }
  return false;
}

/** Whether one line (without its line break) looks like a row of its own: see `swallowsRows`. */
export function looksLikeRow(line: string, shape: RowShape): boolean {
  const { delimiter, width, numericColumns } = shape;
  // Fewer delimiters than a row has cannot be a row; more may be, when quoted cells hold some.
  if (countChar(line, delimiter) < width - 1) return false;
  const cells = cellsOf(line, delimiter);
  return cells.length === width && numericColumns.every((column) => isNumberOrEmpty(cells[column]!));
}

/**
 * Whether the start of a line up to a quote (`prefix`, without quotes) opens a cell of a row of
 * its own: it ends with a delimiter, and the cells before it that hold numbers or dates in the
 * file do here too, at least one of them. A quote left open that this quote closes swallowed it.
 */
export function opensRowCell(prefix: string, shape: RowShape): boolean {
  if (!canTellRows(shape) || !prefix.endsWith(shape.delimiter)) return false;
  const cells = prefix.split(shape.delimiter).slice(0, -1);
  const before = shape.numericColumns.filter((column) => column < cells.length);
  return before.length > 0 && before.every((column) => isNumberOrEmpty(cells[column]!));
}

const isNumberOrEmpty = (cell: string): boolean => cell.trim() === '' || NUMBER_OR_DATE.test(cell);

/**
 * True when a quoted cell over several lines was closed by a quote followed by text instead of
 * a delimiter or a line break: the sign of a quote left open until the quote of a later row.
 * Every line after a record's first starts inside a quoted cell, so its first quote that is not
 * a doubled one closes that cell.
 */
function closedByLaterQuote(raw: string, delimiter: string): boolean {
  let quote = -1;
  for (let start = nextLineStart(raw, 0); start !== -1 && start < raw.length; start = nextLineStart(raw, start)) {
    if (quote < start) quote = raw.indexOf('"', start);
    while (quote !== -1 && raw[quote + 1] === '"') quote = raw.indexOf('"', quote + 2);
    if (quote === -1) return false;
    const lineEnd = nextLineStart(raw, start);
    if (lineEnd !== -1 && quote >= lineEnd) continue;
    const after = raw[quote + 1];
    if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') return true;
  }
  return false;
}

/** The cells of `line` read as a row of its own: a quote at a cell's start runs to its closing quote, delimiters and all. */
function cellsOf(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let atStart = true;
  let quoted = false;
  for (let at = 0; at < line.length; at++) {
    const c = line[at]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (line[at + 1] === '"') cell += line[++at];
      else quoted = false;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
      atStart = true;
      continue;
    } else if (c === '"' && atStart) quoted = true;
    else cell += c;
    atStart = false;
  }
  cells.push(cell);
  return cells;
}

function countChar(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count++;
  return count;
}
