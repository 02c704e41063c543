import { DELIMITERS, type Delimiter } from './formats.js';
import { RecordReader } from './records.js';
import { numericColumns, type RowShape } from './swallowed.js';

export type { Delimiter } from './formats.js';

export interface Layout {
  delimiter: Delimiter;
  /** Lines before the header: 1 when the file starts with Excel's `sep=` line. */
  skipLines: number;
  /** Rows of headers: 1 usually, 2 for SurveyMonkey, 3 for Qualtrics. */
  headerRows: number;
  /** One name per column, made from every header row (forward-filled across merged cells). */
  headers: string[];
  /** Data rows from the start of the file, for detecting columns, scale and date order. */
  sample: string[][];
  /** Columns of numbers or dates in the sample, by which a row swallowed by a broken quote is recognised. */
  numericColumns: number[];
  /** The delimiter the file's rows split evenly on, when the one given reads them as one column or unevenly. */
  betterDelimiter: ({ delimiter: Delimiter } & ColumnShape) | null;
  /** Line (after the `sep=` line) where a header row opens a quote that is never closed or runs into the rows below, or null. */
  brokenHeader: number | null;
}

/**
 * Works out how an export is laid out from its first few kilobytes of text: the `sep=` line,
 * the delimiter, how many header rows there are and what the columns are called. `whole`
 * says the text is the whole file; otherwise its last record may be cut off, and is left out.
 * The text is split into records the way the reader splits the file.
 */
export function sniffLayout(head: string, forcedDelimiter?: Delimiter, whole = true): Layout {
  let text = head;
  let skipLines = 0;
  let delimiter = forcedDelimiter;
  const sepLine = /^"?sep=(.)"?\r?\n/i.exec(text);
  if (sepLine) {
    skipLines = 1;
    delimiter ??= (DELIMITERS as readonly string[]).includes(sepLine[1]!) ? (sepLine[1] as Delimiter) : undefined;
    text = text.slice(sepLine[0].length);
  }
  const better = delimiter && !sepLine ? betterDelimiter(text, delimiter, whole) : null;
  delimiter ??= detectDelimiter(text, whole);
  const rows = parseRows(text, delimiter, whole);
  const headerRows = countHeaderRows(rows);
  const headers = mergeHeaderRows(rows.slice(0, headerRows));
  const sample = rows.slice(headerRows);
  const shape = { delimiter, width: headers.length, numericColumns: numericColumns(sample, headers.length) };
  return {
    delimiter,
    skipLines,
    headerRows,
    headers,
    sample,
    numericColumns: shape.numericColumns,
    betterDelimiter: better,
    brokenHeader: brokenHeader(text, headerRows, whole, shape),
  };
}

/**
 * The line where the reader would find a header row broken (a quote never closed, or left open
 * over rows of their own, found as in a data record), or null: its first respondent would be
 * read as the header.
 */
function brokenHeader(text: string, headerRows: number, whole: boolean, shape: RowShape): number | null {
  const starts: number[] = [];
  const reader = new RecordReader({ ...shape, strict: false, firstLine: 1, skipLines: 0, headerRows: 0 }, (_cells, line) =>
    starts.push(line),
  );
  reader.push(text);
  if (whole) reader.end();
  const lost = reader.lost.examples[0];
  if (lost === undefined) return null;
  const lastHeader = starts[headerRows - 1];
  return lastHeader === undefined || lost.line < lastHeader ? lost.line : null;
}

/** The records of `text`, every cell; the last one only when the text is whole. */
function parseRows(text: string, delimiter: Delimiter, whole: boolean): string[][] {
  const rows: string[][] = [];
  const reader = new RecordReader(
    { delimiter, width: 0, strict: false, firstLine: 1, skipLines: 0, headerRows: 0, numericColumns: [] },
    (cells) => rows.push(cells),
  );
  reader.push(text);
  if (whole) reader.end();
  return rows;
}

/** Records that decide the delimiter. */
const DELIMITER_ROWS = 60;

/** The delimiter that splits the first lines into the same number (above one) of fields most often. */
function detectDelimiter(text: string, whole: boolean): Delimiter {
  let best: { delimiter: Delimiter } & ColumnShape = { delimiter: ',', consistency: 0, fields: 1 };
  for (const delimiter of DELIMITERS) {
    const shape = columnShape(text, delimiter, whole);
    if (shape.fields < 2) continue;
    if (
      shape.consistency > best.consistency + 0.05 ||
      (Math.abs(shape.consistency - best.consistency) <= 0.05 && shape.fields > best.fields)
    ) {
      best = { delimiter, ...shape };
    }
  }
  return best.delimiter;
}

/** How many fields most of the first rows have when split on a delimiter, and what share of them have that many. */
interface ColumnShape {
  fields: number;
  consistency: number;
}

function columnShape(text: string, delimiter: Delimiter, whole: boolean): ColumnShape {
  const rows = parseRows(text, delimiter, whole).slice(0, DELIMITER_ROWS);
  if (rows.length === 0) return { fields: 1, consistency: 0 };
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  const [fields, frequency] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  return { fields, consistency: frequency / rows.length };
}

/**
 * A delimiter another one reads better, when it was given (by flag or config, not by a `sep=`
 * line): what it reads as one column, or as rows of uneven length, that the detected one splits
 * evenly, header row included. Such a file would be read wrongly without a word; null when the given one fits.
 */
function betterDelimiter(text: string, given: Delimiter, whole: boolean): ({ delimiter: Delimiter } & ColumnShape) | null {
  const detected = detectDelimiter(text, whole);
  if (detected === given) return null;
  const ours = columnShape(text, given, whole);
  const theirs = columnShape(text, detected, whole);
  // A header row of one name is a file of one column, whatever its answers hold ("Great, thanks").
  if (theirs.fields < 2 || (parseRows(text, detected, whole)[0]?.length ?? 0) < 2) return null;
  const worse = ours.fields < 2 || ours.consistency < theirs.consistency - 0.05;
  return worse ? { delimiter: detected, ...theirs } : null;
}

const IMPORT_ID = /^\{"ImportId":/;
const SURVEYMONKEY_LABELS = new Set(['response', 'open-ended response', 'other (please specify)']);

/**
 * Extra header rows under the first one: Qualtrics puts the question text in row 2 and
 * `{"ImportId":…}` in row 3; SurveyMonkey puts answer labels ("Response", "Open-Ended
 * Response") in row 2. A row counts as a header row only on such evidence, never by guess.
 */
function countHeaderRows(rows: string[][]): number {
  if (rows.length === 0) return 1;
  const third = rows[2];
  if (third?.some((cell) => IMPORT_ID.test(cell.trim()))) return 3;
  const second = rows[1];
  if (second?.some((cell) => IMPORT_ID.test(cell.trim()))) return 2;
  if (second?.some((cell) => SURVEYMONKEY_LABELS.has(cell.trim().toLowerCase()))) return 2;
  return 1;
}

/**
 * One name per column: the first row's names, forward-filled across the empty cells that merged
 * headers leave, joined with the text of the rows below (ImportId rows left out).
 */
function mergeHeaderRows(rows: string[][]): string[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const first = rows[0] ?? [];
  const names: string[] = [];
  let carried = '';
  for (let column = 0; column < width; column++) {
    const own = first[column]?.trim() ?? '';
    const parts = [own || (rows.length > 1 ? carried : '')];
    if (own) carried = own;
    for (const row of rows.slice(1)) {
      const cell = row[column]?.trim() ?? '';
      if (cell && !IMPORT_ID.test(cell) && cell !== parts[0]) parts.push(cell);
    }
    names.push(parts.filter(Boolean).join(' — '));
  }
  return names;
}
