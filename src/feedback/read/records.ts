/**
 * Splits decoded text into CSV records, chunk by chunk, and recovers from broken ones instead of
 * stopping. A record ends at CRLF, LF or a lone CR outside quotes (whatever mix the file has);
 * every one of them, inside quotes too, counts as a line break, so line numbers stay exact.
 * Quotes are read leniently, as exporters write them: a quote opens a field only at its start,
 * `""` inside quotes is one quote, and a closing quote followed by anything but a delimiter or a
 * line break is kept as text (the field goes on unquoted).
 */

/** A single record larger than this is not a survey response; it is a broken quote swallowing the file. */
export const MAX_RECORD_CHARACTERS = 1_000_000;
/** Text that recovery may parse a second time: this much, plus as much as has been read. Keeps a hostile file linear. */
const REPARSE_ALLOWANCE = 4 * MAX_RECORD_CHARACTERS;
/** Lost records listed with their line and reason; the rest are only counted. */
export const LOST_EXAMPLES = 10;

export type LostReason = 'unclosed-quote' | 'swallowed-rows' | 'too-long' | 'recovery-limit';

export interface LostRecord {
  /** Line where the record starts. */
  line: number;
  reason: LostReason;
  /** The last line it spans. */
  toLine: number;
}

export interface LostAccount {
  /** Records that could not be read and were skipped. */
  records: number;
  /** The first few, in file order. */
  examples: LostRecord[];
  /** Times reading went back to the line after a broken record's start, to read what it had swallowed. */
  restarts: number;
  /** Going back stopped (a file this broken would make reading quadratic): what follows a broken quote may be lost uncounted. */
  limitHit: boolean;
}

/** Raised in strict mode at the first record that cannot be read. */
export class MalformedRecordError extends Error {
  override readonly name = 'MalformedRecordError';
  constructor(
    readonly line: number,
    readonly reason: LostReason,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

export interface RecordReaderOptions {
  delimiter: string;
  /** Columns of the header: a line inside a quoted field with this many cells is a row the quote swallowed. */
  width: number;
  strict: boolean;
  /** Line number of the first character. */
  firstLine: number;
  /** Lines to pass over before the first record (Excel's `sep=` line). */
  skipLines: number;
  /** Records to pass over as headers. */
  headerRows: number;
  /** Columns that hold numbers or dates (in the sample): a swallowed row shows them too. */
  numericColumns: readonly number[];
  /** Text that going back may parse again, on top of what has been read (default REPARSE_ALLOWANCE). */
  reparseAllowance?: number;
}

/** What the reader hands on: the cells of one record and the line where it starts. */
export type RecordSink = (record: string[], line: number) => void;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = '\ufeff';

enum State {
  /** At the start of a field (of a record when no cell is pending). */
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field, waiting for the next character. */
  QuoteSeen,
  /** A record ended with CR; an LF right after belongs to it. */
  AfterCr,
  /** Passing over a line before the header. */
  SkipLine,
}

export class RecordReader {
  records = 0;
  ragged = 0;
  readonly lost: LostAccount = { records: 0, examples: [], restarts: 0, limitHit: false };

  private state: State;
  private readonly delimiter: number;
  private readonly delimiterText: string;
  /** Line where the current record starts. */
  private line: number;
  private linesToSkip: number;
  private headerRowsLeft: number;
  private cells: string[] = [];
  private cell = '';
  /** Line breaks inside the current record's quoted cells. */
  private breaks = 0;
  /** The current record's text from earlier chunks, kept (up to the size limit) to go back into it. */
  private pendingRaw = '';
  /** The current record outgrew the limit: its cells are dropped and its end is awaited. */
  private tooLong = false;
  private recordLength = 0;
  private read = 0;
  private reparsed = 0;
  private atStart = true;
  /** A quoted cell over several lines ended at a quote followed by text, not by a delimiter. */
  private closedByLaterQuote = false;

  constructor(
    private readonly options: RecordReaderOptions,
    private readonly onRecord: RecordSink,
  ) {
    this.delimiter = options.delimiter.charCodeAt(0);
    this.delimiterText = options.delimiter;
    this.line = options.firstLine;
    this.linesToSkip = options.skipLines;
    this.headerRowsLeft = options.headerRows;
    this.state = this.linesToSkip > 0 ? State.SkipLine : State.FieldStart;
  }

  /** The line that character `index` of the next chunk `text` is on (call before pushing it). */
  lineAt(text: string, index: number): number {
    const before = this.tooLong ? this.breaks : countBreaks(this.pendingRaw, 0, this.pendingRaw.length);
    const crlfSplit = (this.pendingRaw.endsWith('\r') || this.state === State.AfterCr) && text.charCodeAt(0) === LF;
    return this.line + before + countBreaks(text, crlfSplit ? 1 : 0, index);
  }

  push(chunk: string): void {
    let text = chunk;
    if (this.atStart) {
      this.atStart = false;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    this.read += text.length;
    this.process(text, false);
  }

  /** The end of the text: a record left open is finished, or recovered from. */
  end(): void {
    this.process('', true);
  }

  /** True when the text ended between records: a range cut in the right place. */
  get betweenRecords(): boolean {
    return !this.recordOpen(0, 0);
  }

  private process(input: string, final: boolean): void {
    let text = input;
    let pos = 0;
    /** Where the current record starts in `text` (0 when it started in an earlier chunk). */
    let recordStart = 0;
    /** Where the current cell's unread text starts in `text`. */
    let from = 0;
    const delimiter = this.delimiter;
    while (pos < text.length) {
      const n = text.length;
      switch (this.state) {
        case State.SkipLine: {
          let p = pos;
          while (p < n && text.charCodeAt(p) !== LF && text.charCodeAt(p) !== CR) p++;
          if (p < n) {
            this.line++;
            this.linesToSkip--;
            this.state = text.charCodeAt(p) === CR ? State.AfterCr : this.linesToSkip > 0 ? State.SkipLine : State.FieldStart;
          }
          pos = Math.min(p + 1, n);
          recordStart = pos;
          break;
        }
        case State.AfterCr:
          if (text.charCodeAt(pos) === LF) pos++;
          this.state = this.linesToSkip > 0 ? State.SkipLine : State.FieldStart;
          recordStart = pos;
          break;
        case State.FieldStart:
          if (text.charCodeAt(pos) === QUOTE) {
            this.state = State.Quoted;
            pos++;
          } else {
            this.state = State.Unquoted;
          }
          from = pos;
          break;
        case State.Unquoted: {
          let p = pos;
          let c = 0;
          while (p < n) {
            c = text.charCodeAt(p);
            if (c === delimiter || c === LF || c === CR) break;
            p++;
          }
          if (!this.tooLong) this.cell += text.slice(from, p);
          pos = p;
          from = p;
          if (p === n) break;
          this.endCell();
          pos = p + 1;
          if (c === delimiter) {
            this.state = State.FieldStart;
            break;
          }
          this.state = c === CR ? State.AfterCr : State.FieldStart;
          const next = this.endRecord(text, recordStart, pos);
          if (next !== null) {
            text = next;
            pos = 0;
          }
          recordStart = pos;
          break;
        }
        case State.Quoted: {
          const q = text.indexOf('"', pos);
          const to = q === -1 ? n : q;
          if (this.tooLong) this.breaks += countBreaks(text, from, to);
          else this.cell += text.slice(from, to);
          pos = q === -1 ? n : q + 1;
          from = pos;
          if (q !== -1) this.state = State.QuoteSeen;
          break;
        }
        case State.QuoteSeen: {
          const c = text.charCodeAt(pos);
          if (c === QUOTE) {
            if (!this.tooLong) this.cell += '"';
            this.state = State.Quoted;
            pos++;
          } else {
            // A closing quote followed by text: the quotes were part of the text, and the cell goes on unquoted.
            if (c !== delimiter && c !== LF && c !== CR && !this.tooLong) {
              // Over several lines, the sign of a quote left open until the quote of a later row.
              if (countBreaks(this.cell, 0, this.cell.length) > 0) this.closedByLaterQuote = true;
              this.cell = `"${this.cell}"`;
            }
            this.state = State.Unquoted;
          }
          from = pos;
          break;
        }
      }
      // Checked once per step, not per character: the steps above jump to the next quote or delimiter.
      if (!this.tooLong && this.recordLength + (pos - recordStart) > MAX_RECORD_CHARACTERS && this.recordOpen(pos, recordStart)) {
        const next = this.outgrown(text, recordStart, pos);
        if (next !== null) {
          text = next;
          pos = 0;
        }
        recordStart = pos;
        from = pos;
      }
    }
    if (this.recordOpen(text.length, recordStart)) {
      if (!this.tooLong) this.pendingRaw += text.slice(recordStart);
      this.recordLength += text.length - recordStart;
    }
    if (final) this.finish();
  }

  private recordOpen(pos: number, recordStart: number): boolean {
    if (this.state === State.SkipLine || this.state === State.AfterCr) return false;
    return this.tooLong || this.cells.length > 0 || this.pendingRaw !== '' || pos > recordStart || this.state !== State.FieldStart;
  }

  private endCell(): void {
    if (this.tooLong) return;
    this.breaks += countBreaks(this.cell, 0, this.cell.length);
    this.cells.push(this.cell);
    this.cell = '';
  }

  /**
   * Ends the record that ends just before `end` in `text`. Returns the text to read next when
   * reading goes back into the record (a quote that swallowed rows), else null.
   */
  private endRecord(text: string, recordStart: number, end: number): string | null {
    const line = this.line;
    const length = this.recordLength + (end - recordStart);
    const raw = this.tooLong || this.breaks === 0 ? '' : this.pendingRaw + text.slice(recordStart, end);
    const swallowed = raw !== '' && this.swallowsRows(raw.slice(0, MAX_RECORD_CHARACTERS));
    if (this.tooLong || length > MAX_RECORD_CHARACTERS || swallowed) {
      if (swallowed && this.mayGoBack(line, 'swallowed-rows', raw)) {
        this.resetRecord();
        return this.goBack(line, 'swallowed-rows', raw, text.slice(end));
      }
      const breaks = this.tooLong ? this.breaks : innerBreaks(raw);
      const reason = this.recoveryLimited ? 'recovery-limit' : 'too-long';
      this.resetRecord();
      this.line = line + 1 + breaks;
      this.lose(line, reason, this.line - 1);
      return null;
    }
    const cells = this.cells;
    this.line = line + 1 + this.breaks;
    this.resetRecord();
    if (cells.length === 1 && cells[0] === '') return null;
    if (this.headerRowsLeft > 0) {
      this.headerRowsLeft--;
      return null;
    }
    this.records++;
    if (cells.length !== this.options.width) this.ragged++;
    this.onRecord(cells, line);
    return null;
  }

  /** The record passed the size limit part-way: go back into it if it swallowed rows, else skip to its end. */
  private outgrown(text: string, recordStart: number, pos: number): string | null {
    const raw = this.pendingRaw + text.slice(recordStart, pos);
    const line = this.line;
    if (this.swallowsRows(raw.slice(0, MAX_RECORD_CHARACTERS)) && this.mayGoBack(line, 'swallowed-rows', raw)) {
      this.resetRecord();
      this.state = State.FieldStart;
      return this.goBack(line, 'swallowed-rows', raw, text.slice(pos));
    }
    // A long record: its cells are dropped, its line breaks still counted, its end awaited.
    this.breaks = countBreaks(raw, 0, raw.length);
    this.tooLong = true;
    this.cells = [];
    this.cell = '';
    this.pendingRaw = '';
    this.recordLength += pos - recordStart;
    return null;
  }

  private finish(): void {
    if (!this.recordOpen(0, 0)) return;
    if (this.state === State.Quoted) {
      // A quote never closed: what it swallowed may be rows of their own.
      const line = this.line;
      const raw = this.pendingRaw;
      if (!this.tooLong && this.mayGoBack(line, 'unclosed-quote', raw)) {
        this.resetRecord();
        this.state = State.FieldStart;
        this.process(this.goBack(line, 'unclosed-quote', raw, ''), true);
        return;
      }
      const breaks = this.tooLong ? this.breaks : innerBreaks(raw);
      // Past the size limit, what the quote swallowed is not known: the figures cannot be trusted.
      if (this.tooLong) this.lost.limitHit = true;
      const reason = this.recoveryLimited ? 'recovery-limit' : 'unclosed-quote';
      this.resetRecord();
      this.state = State.FieldStart;
      this.lose(line, reason, line + breaks);
      return;
    }
    this.state = State.Unquoted;
    this.endCell();
    const next = this.endRecord('', 0, 0);
    this.state = State.FieldStart;
    if (next !== null) this.process(next, true);
  }

  /** Set when going back was refused for lack of allowance: the record is skipped whole. */
  private recoveryLimited = false;

  /**
   * Whether reading may go back to the line after `line` to read what the broken record swallowed:
   * never in strict mode (which stops), not when it has only one line, not past the allowance.
   */
  private mayGoBack(line: number, reason: LostReason, raw: string): boolean {
    if (this.options.strict) throw new MalformedRecordError(line, reason);
    const again = raw.length - firstLineEnd(raw);
    if (again === 0) return false;
    if (this.reparsed + again > (this.options.reparseAllowance ?? REPARSE_ALLOWANCE) + this.read) {
      this.recoveryLimited = true;
      this.lost.limitHit = true;
      return false;
    }
    return true;
  }

  /** Counts the broken record on `line` as lost and returns the text to read next: from the line after its start. */
  private goBack(line: number, reason: LostReason, raw: string, rest: string): string {
    const afterFirstLine = firstLineEnd(raw);
    this.reparsed += raw.length - afterFirstLine;
    this.lost.restarts++;
    this.lose(line, reason, line);
    this.line = line + 1;
    return raw.slice(afterFirstLine) + rest;
  }

  private lose(line: number, reason: LostReason, toLine: number): void {
    if (this.options.strict) throw new MalformedRecordError(line, reason);
    this.lost.records++;
    if (this.lost.examples.length < LOST_EXAMPLES) this.lost.examples.push({ line, reason, toLine });
  }

  private resetRecord(): void {
    this.cells = [];
    this.cell = '';
    this.breaks = 0;
    this.pendingRaw = '';
    this.tooLong = false;
    this.recoveryLimited = false;
    this.closedByLaterQuote = false;
    this.recordLength = 0;
  }

  /**
   * True when a record's text holds, after its first line, lines that look like rows of their
   * own: as many cells as the header, with a number or date (or nothing) in every column that
   * holds numbers or dates. A quote left open swallowed them. A comment line with commas
   * rarely passes; without a column of numbers or dates there is too little to tell by. The
   * record's last line holds its own last cells, so it counts only when the quote that ended
   * the swallowing was another row's.
   */
  private swallowsRows(raw: string): boolean {
    const { width, numericColumns } = this.options;
    if (numericColumns.length === 0 || width < 2) return false;
    for (let start = nextLineStart(raw, 0); start !== -1 && start < raw.length; start = nextLineStart(raw, start)) {
      const next = nextLineStart(raw, start);
      if ((next === -1 || next === raw.length) && !this.closedByLaterQuote) break;
      const line = raw.slice(start, next === -1 ? raw.length : next).replace(/[\r\n]+$/, '');
      if (countChar(line, this.delimiterText, 0, line.length) !== width - 1) continue;
      const cells = line.split(this.delimiterText);
      if (numericColumns.every((column) => cells[column]!.trim() === '' || NUMBER_OR_DATE.test(cells[column]!))) return true;
    }
    return false;
  }
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

/** The line breaks of a record's text, not counting one that ends it. */
function innerBreaks(raw: string): number {
  const last = raw.charCodeAt(raw.length - 1);
  return countBreaks(raw, 0, raw.length) - (last === LF || last === CR ? 1 : 0);
}

/** Line breaks (CRLF, LF or a lone CR, each one) in `text` from `from` to `to`. */
export function countBreaks(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  let breaks = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) breaks++;
  for (let at = text.indexOf('\r', from); at !== -1 && at < end; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== LF || at + 1 >= end) breaks++;
  }
  return breaks;
}

/** Where the line after the one at `from` starts, or -1 when there is no line break. */
function nextLineStart(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === LF) return at + 1;
    if (c === CR) return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  }
  return -1;
}

function firstLineEnd(text: string): number {
  const next = nextLineStart(text, 0);
  return next === -1 ? text.length : next;
}

function countChar(text: string, character: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf(character, from); at !== -1 && at < to; at = text.indexOf(character, at + 1)) count++;
  return count;
}
