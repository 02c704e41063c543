import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { InputError } from '../../errors.js';
import { describeFileError } from '../../io/files.js';
import type { DateOrder } from '../dates.js';
import type { ColumnChoice, ColumnMap, ColumnOverrides, ColumnRole } from './columns.js';
import { decoderFor, detectEncoding, type Encoding, looksBinary, NotUtf8Error } from './decode.js';
import type { LabelPlacement } from './placement.js';
import { type Delimiter, sniffLayout } from './sniff.js';

export interface ReadOptions {
  delimiter?: Delimiter;
  encoding?: Encoding;
  columns?: ColumnOverrides;
  /** Values for answers in words ("Horrible=1,…"), instead of the known label sets. */
  labels?: ReadonlyMap<string, number>;
  /** The day the export was made (YYYY-MM-DD), to place relative dates; otherwise a date in the file name is used. */
  exportDate?: string;
  /** Overrides the day/month order decided from the dates. */
  dateOrder?: DateOrder;
  /** Stop at the first malformed row instead of skipping it. */
  strict?: boolean;
}

/** One response, its cells by role as the export wrote them. */
export interface FeedbackRow {
  /** Line in the file where the response starts, counting from 1. */
  line: number;
  score?: string;
  comment?: string;
  date?: string;
  segment?: string;
  id?: string;
  value?: string;
  /** The cells of the other rating and free-text questions, in the order of the plan's lists. */
  otherScores: (string | undefined)[];
  otherComments: (string | undefined)[];
}

/** How the file was read: shown in the report so that every figure can be traced to its source. */
export interface SourceDescription {
  file: string;
  encoding: Encoding;
  delimiter: Delimiter;
  headerRows: number;
  headers: string[];
  /** The header of the column used for each role. */
  columns: Partial<Record<ColumnRole, string>>;
  /** Every column chosen, for a role or as another question, with the evidence that decided it. */
  choices: ColumnChoice[];
  dateOrder: { order: DateOrder; decidedBy: 'dates' | 'headers' | 'option'; evidence: string };
  /** The day the export was made, to place relative dates ("3 days ago"), and where it came from. */
  exportDate: { date: string; from: 'option' | 'file name' } | null;
  /** How each rating column answered in words is read as numbers. */
  labels: LabelPlacement[];
}

export interface ReadAccount {
  /** Data records read (header rows not counted). */
  records: number;
  /** Records with more or fewer cells than the header: read, and counted. */
  ragged: number;
  /** Where reading stopped early on a malformed record (not in --strict mode, which fails instead). */
  stoppedAt: { line: number; reason: string } | null;
}

const HEAD_BYTES = 64 * 1024;
/** A single record larger than this is not a survey response; it is a broken quote swallowing the file. */
const MAX_RECORD_CHARACTERS = 1_000_000;

/** Everything needed to read any part of a file: plain data, so that it can be sent to a worker. */
export interface ReadPlan {
  path: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /** Lines before the header (Excel's `sep=` line). */
  skipLines: number;
  headerRows: number;
  width: number;
  columns: ColumnMap;
  /** Other rating and free-text questions, scored beside the lead ones. */
  otherScores: number[];
  otherComments: number[];
  strict: boolean;
  source: SourceDescription;
}

/** A stretch of whole records: from byte `start` (on line `firstLine`) up to byte `end`. */
export interface ByteRange {
  start: number;
  end?: number;
  firstLine: number;
  /** Only the first range holds the `sep=` line and the header rows. */
  first: boolean;
}

/** The whole file as one range: from its first byte, with its `sep=` line and header rows. */
export const WHOLE_FILE: ByteRange = { start: 0, firstLine: 1, first: true };

/**
 * Plans the layout of the read and runs `read` with it (which then profiles the columns, see plan.ts); when bytes that looked like UTF-8 turn out not
 * to be, plans again in Windows-1252 (what Excel and older tools write) and runs it again.
 */
export async function withEncodingFallback<T>(path: string, options: ReadOptions, read: (plan: ReadPlan) => Promise<T>): Promise<T> {
  const head = await readHead(path);
  if (head.length === 0) throw new InputError(`${path} is empty: export the feedback again, with a header row and at least one response.`);
  const encoding = options.encoding ?? detectEncoding(head);
  if (looksBinary(head, encoding)) {
    throw new InputError(`${path} does not look like a CSV export (it holds binary data): save it as CSV or tab-separated text and try again.`);
  }
  try {
    return await read(planRead(path, head, encoding, options));
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    if (options.encoding) {
      throw new InputError(`${path} is not valid UTF-8: try --encoding windows-1252 (or utf-16le for Excel "Unicode text").`);
    }
    return read(planRead(path, head, 'windows-1252', options));
  }
}

async function readHead(path: string): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw new InputError(describeFileError(error, path, 'feedback file'));
  } finally {
    await handle?.close();
  }
}

/** The layout of the file from its first 64 KB; which column is which is decided later, from the whole file (see plan.ts). */
function planRead(path: string, head: Buffer, encoding: Encoding, options: ReadOptions): ReadPlan {
  const layout = sniffLayout(new TextDecoder(encoding).decode(head), options.delimiter);
  if (layout.headers.every((header) => header === '')) {
    throw new InputError(`${path} has no header row: add one naming the columns (e.g. score,comment,date).`);
  }
  return {
    path,
    encoding,
    delimiter: layout.delimiter,
    skipLines: layout.skipLines,
    headerRows: layout.headerRows,
    width: layout.headers.length,
    columns: {},
    otherScores: [],
    otherComments: [],
    strict: Boolean(options.strict),
    source: {
      file: path,
      encoding,
      delimiter: layout.delimiter,
      headerRows: layout.headerRows,
      headers: layout.headers,
      columns: {},
      choices: [],
      dateOrder: { order: 'dmy', decidedBy: 'headers', evidence: 'no date column' },
      exportDate: null,
      labels: [],
    },
  };
}

/** A data record as the parser gave it (every cell), with the line where it starts. */
export type RecordSink = (record: string[], line: number) => void;

/** Reads the data records of one byte range of the file into `onRecord`: header rows and empty lines are left out. */
export async function readRange(plan: ReadPlan, range: ByteRange, onRecord: RecordSink): Promise<ReadAccount> {
  const account: ReadAccount = { records: 0, ragged: 0, stoppedAt: null };
  let headerRowsLeft = range.first ? plan.headerRows : 0;
  const parser = parse({
    delimiter: plan.delimiter,
    from_line: range.first ? plan.skipLines + 1 : 1,
    relax_column_count: true,
    relax_quotes: true,
    // Empty lines come through as [''] and are skipped below, so that line numbers stay exact.
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARACTERS,
    ...(plan.encoding === 'utf-8' && { bom: true }),
  });
  // A record starts on the line after the previous one ended; the previous one ended as many
  // lines further as its fields held line breaks. Cheaper than csv-parse's per-record `info`.
  let nextLine = range.first ? plan.skipLines + 1 : range.firstLine;
  const consume = (record: string[]) => {
    const line = nextLine;
    nextLine += 1 + lineBreaksIn(record);
    if (record.length === 1 && record[0] === '') return;
    if (headerRowsLeft > 0) {
      headerRowsLeft--;
      return;
    }
    account.records++;
    if (record.length !== plan.width) account.ragged++;
    onRecord(record, line);
  };
  const sink = new Writable({
    objectMode: true,
    highWaterMark: 1024,
    write(record: string[], _encoding, callback) {
      consume(record);
      callback();
    },
    writev(chunks, callback) {
      for (const { chunk } of chunks) consume(chunk as string[]);
      callback();
    },
  });
  const bytes = createReadStream(plan.path, { highWaterMark: 256 * 1024, start: range.start, ...(range.end !== undefined && { end: range.end - 1 }) });
  try {
    await pipeline(bytes, decoderFor(plan.encoding), parser, sink);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const reason = describeCsvError(error);
    if (plan.strict) throw new InputError(`${plan.path}: line ${nextLine}: ${reason}; fix the file, or drop --strict to skip what cannot be read.`);
    account.stoppedAt = { line: nextLine, reason };
  }
  return account;
}

function lineBreaksIn(record: readonly string[]): number {
  let breaks = 0;
  for (const field of record) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) breaks++;
  }
  return breaks;
}

/** Turns a record into a response: the cells of the columns that have a role. */
export function rowBuilder(plan: Pick<ReadPlan, 'columns' | 'otherScores' | 'otherComments'>): (record: string[], line: number) => FeedbackRow {
  const roles = Object.entries(plan.columns) as [ColumnRole, number][];
  return (record, line) => {
    const cellAt = (index: number) => record[index] || undefined;
    const row: FeedbackRow = { line, otherScores: plan.otherScores.map(cellAt), otherComments: plan.otherComments.map(cellAt) };
    for (const [role, index] of roles) {
      const cell = record[index];
      if (cell !== undefined && cell !== '') row[role] = cell;
    }
    return row;
  };
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote opened here is never closed, so the rest of the file could not be read';
    case 'CSV_MAX_RECORD_SIZE':
      return `a record longer than ${MAX_RECORD_CHARACTERS.toLocaleString('en')} characters (probably an unclosed quote)`;
    default:
      return error.message.replace(/\.$/, '');
  }
}
