import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../../errors.js';
import { readStart, requireRegularFile } from '../../io/files.js';
import type { DateOrder } from '../dates.js';
import { notAnExport } from '../file-kind.js';
import type { ColumnChoice, ColumnMap, ColumnOverrides, ColumnRole } from './columns.js';
import {
  type DecodedChunk,
  type DecodingEvidence,
  decodeHead,
  decoderFor,
  detectEncoding,
  type Encoding,
  encodingOf,
  looksBinary,
  NotUtf8Error,
} from './decode.js';
import type { LabelPlacement } from './placement.js';
import { type LostAccount, type LostReason, MAX_RECORD_SIZE, MalformedRecordError, RecordReader, type RecordSink } from './records.js';
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
  otherScores: readonly (string | undefined)[];
  otherComments: readonly (string | undefined)[];
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
  /** Records that could not be read (a broken quote, a record over the size limit): skipped, counted, listed. */
  lost: LostAccount;
  /** What the bytes said about the encoding. */
  decoding: DecodingEvidence;
  /** The range ended inside a record: for a range cut from a larger file, the cut was in the wrong place. */
  openAtEnd: boolean;
}

export type { LostAccount, LostReason, LostRecord, RecordSink } from './records.js';

const HEAD_BYTES = 64 * 1024;

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
  /** `--encoding` was given: decode strictly in it, instead of by the evidence of the bytes. */
  encodingForced: boolean;
  /** Columns of numbers or dates, by which a row swallowed by a broken quote is recognised. */
  numericColumns: number[];
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

/** Why a feedback export must be a file: a pipe would be empty (or wait forever) the second time. */
export const READ_TWICE =
  'a feedback export is read more than once (its head to guess the columns, then all of it to choose them and count)';

/**
 * Checks the file, plans the layout of the read from its first bytes and runs `read` with the
 * plan (which then profiles the columns from the whole file, see plan.ts).
 */
export async function withReadPlan<T>(path: string, options: ReadOptions, read: (plan: ReadPlan) => Promise<T>): Promise<T> {
  await requireRegularFile(path, 'feedback', READ_TWICE);
  const head = await readStart(path, HEAD_BYTES, 'feedback file');
  // A workbook, a PDF or an image is named for what it is, before any guess about text.
  const kind = notAnExport(path, head);
  if (kind) throw new InputError(`${path} is ${kind.what}: ${kind.fix}.`);
  if (head.length === 0) throw new InputError(`${path} is empty: export the feedback again, with a header row and at least one response.`);
  const encoding = options.encoding ?? detectEncoding(head);
  if (looksBinary(head, encoding)) {
    throw new InputError(
      `${path} does not look like a CSV export (it holds binary data): save it as CSV or tab-separated text and try again.`,
    );
  }
  return read(planRead(path, head, encoding, options));
}

/** The layout of the file from its first 64 KB; which column is which is decided later, from the whole file (see plan.ts). */
function planRead(path: string, head: Buffer, encoding: Encoding, options: ReadOptions): ReadPlan {
  const layout = sniffLayout(decodeHead(head, encoding, options.encoding !== undefined), options.delimiter, head.length < HEAD_BYTES);
  if (layout.headers.every((header) => header === '')) {
    throw new InputError(`${path} has no header row: add one naming the columns (e.g. score,comment,date).`);
  }
  const better = layout.betterDelimiter;
  if (better) {
    const name = (delimiter: Delimiter) => (delimiter === '\t' ? 'tab' : `'${delimiter}'`);
    const flag = better.delimiter === '\t' ? 'tab' : better.delimiter;
    const read = layout.headers.length < 2 ? 'reads it as one column' : 'splits its rows unevenly';
    throw new InputError(
      `${path}: the delimiter given (${name(layout.delimiter)}) ${read}, but its rows split evenly on ${name(better.delimiter)} ` +
        `into ${better.fields} columns: give --delimiter ${flag} or leave the delimiter out.`,
    );
  }
  if (layout.brokenHeader !== null) {
    throw new InputError(
      `${path}: line ${layout.brokenHeader + layout.skipLines}: a quote opened in the header row is never closed, ` +
        'so the rows below would be read as part of it; close the quote and try again.',
    );
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
    encodingForced: options.encoding !== undefined,
    numericColumns: layout.numericColumns,
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

/** How far a reading of one range has come: the bytes read from it and the data records found in them. */
export interface RangeRead {
  bytes: number;
  records: number;
}

/**
 * Reads the data records of one byte range of the file into `onRecord`: header rows and empty lines are left out.
 * @param afterChunk awaited after the records of each chunk of the file went to `onRecord`: a
 *   consumer that writes them out holds the reading back until its output has taken them; told
 *   how far the reading has come, for a progress line.
 */
export async function readRange(
  plan: ReadPlan,
  range: ByteRange,
  onRecord: RecordSink,
  afterChunk?: (read: RangeRead) => Promise<void> | void,
): Promise<ReadAccount> {
  const reader = new RecordReader(
    {
      delimiter: plan.delimiter,
      width: plan.width,
      strict: plan.strict,
      firstLine: range.firstLine,
      skipLines: range.first ? plan.skipLines : 0,
      headerRows: range.first ? plan.headerRows : 0,
      numericColumns: plan.numericColumns,
    },
    onRecord,
  );
  const decoder = decoderFor(plan.encoding, plan.encodingForced);
  const lines = decoder.evidence.windows1252Lines;
  const bytes = createReadStream(plan.path, {
    // Decoded, a chunk of 128 KB or more is a large object, collected only by a full collection:
    // 256 KB chunks left 18 MB of dead text on this thread's heap at a million rows.
    highWaterMark: 64 * 1024,
    start: range.start,
    ...(range.end !== undefined && { end: range.end - 1 }),
  });
  // Node 20's pipeline rejects with an AbortError, not the error, when its last stage throws inside its loop: kept here.
  let stageError: unknown;
  try {
    await pipeline(bytes, decoder, async (chunks: AsyncIterable<DecodedChunk>) => {
      try {
        for await (const { text, fallbacks } of chunks) {
          for (const at of fallbacks) {
            if (lines.length === ENCODING_LINES_SHOWN) break;
            const line = reader.lineAt(text, at);
            if (lines.at(-1) !== line) lines.push(line);
          }
          reader.push(text);
          await afterChunk?.({ bytes: bytes.bytesRead, records: reader.records });
        }
        reader.end();
        await afterChunk?.({ bytes: bytes.bytesRead, records: reader.records });
      } catch (error) {
        stageError = error;
        throw error;
      }
    });
  } catch (caught) {
    const error = stageError ?? caught;
    if (error instanceof NotUtf8Error) {
      throw new InputError(
        `${plan.path} is not valid UTF-8: try --encoding windows-1252 (or utf-16le for Excel "Unicode text"), ` +
          'or leave --encoding out to read it by its bytes.',
      );
    }
    if (error instanceof MalformedRecordError) {
      throw new InputError(
        `${plan.path}: line ${error.line}: ${describeLost(error.reason)}; fix the file, or drop --strict to skip what cannot be read.`,
      );
    }
    throw error;
  }
  return { records: reader.records, ragged: reader.ragged, lost: reader.lost, decoding: decoder.evidence, openAtEnd: reader.openAtEnd };
}

/**
 * The encoding the bytes showed, for a file read by its bytes (not UTF-16, not forced): UTF-8,
 * Windows-1252, or UTF-8 with the bytes that were not, read as Windows-1252 (counted, with their lines).
 */
export function encodingEvidence(
  source: SourceDescription,
  decoding: DecodingEvidence,
): { encoding: Encoding; windows1252: { bytes: number; lines: number[] } | null } {
  if (source.encoding !== 'utf-8' || decoding.windows1252Bytes === 0) return { encoding: source.encoding, windows1252: null };
  const encoding = encodingOf(decoding);
  return { encoding, windows1252: encoding === 'utf-8' ? { bytes: decoding.windows1252Bytes, lines: decoding.windows1252Lines } : null };
}

/** Lines of the first bytes read as Windows-1252 that are listed. */
export const ENCODING_LINES_SHOWN = 5;

/** Why a record was lost, in words. */
export function describeLost(reason: LostReason): string {
  switch (reason) {
    case 'unclosed-quote':
      return 'a quote opened here is never closed';
    case 'swallowed-rows':
      return 'a quote opened here runs over lines that look like rows of their own';
    case 'too-long':
      return `a record larger than ${MAX_RECORD_SIZE.toLocaleString('en')} bytes`;
    case 'recovery-limit':
      return 'a broken quote, skipped whole: the file has too many to read around';
  }
}

/**
 * Turns a record into a response: the cells of the columns that have a role (undefined when empty).
 * Every response has the same fields in the same order, so that its readers see one shape.
 */
export function rowBuilder(
  plan: Pick<ReadPlan, 'columns' | 'otherScores' | 'otherComments'>,
): (record: string[], line: number) => FeedbackRow {
  const { score, comment, date, segment, id, value } = plan.columns;
  const { otherScores, otherComments } = plan;
  return (record, line) => ({
    line,
    score: cellOf(record, score),
    comment: cellOf(record, comment),
    date: cellOf(record, date),
    segment: cellOf(record, segment),
    id: cellOf(record, id),
    value: cellOf(record, value),
    otherScores: otherScores.length === 0 ? NO_CELLS : cellsOf(record, otherScores),
    otherComments: otherComments.length === 0 ? NO_CELLS : cellsOf(record, otherComments),
  });
}

/** The other questions' cells of a file that has none: one array for every row, not two new ones each. */
const NO_CELLS: readonly (string | undefined)[] = [];

/** The record's cell at `index`; undefined when it is empty or there is no such column. */
function cellOf(record: readonly string[], index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const cell = record[index];
  return cell === '' ? undefined : cell;
}

function cellsOf(record: readonly string[], indexes: readonly number[]): (string | undefined)[] {
  const cells: (string | undefined)[] = [];
  for (const index of indexes) cells.push(cellOf(record, index));
  return cells;
}
