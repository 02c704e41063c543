import { CsvParser, type CsvProblem } from './csv.js';
import { countBreaks, firstLineEnd, innerBreaks, isLineBreak, LineText, nextLineStart } from './lines.js';
import { canTellRows, looksLikeRow, opensRowCell, type RowShape, swallowsRows } from './swallowed.js';

/**
 * Splits decoded text into CSV records, chunk by chunk, and recovers from broken ones instead of
 * stopping. A record ends at CRLF, LF or a lone CR outside quotes (whatever mix
 * the file has); each of them, inside quotes too, counts as one line, so line numbers stay
 * exact. Quotes are read leniently, as exporters write them (`relax_quotes`): a quote opens a
 * field only at its start, and a closing quote followed by text is kept as text.
 *
 * The parser (csv.ts, which reads as csv-parse does) stops at a record it cannot read; the
 * recovery is here. The text from the start of the current record is kept, so that when the
 * parser stops, or a record turns out to have swallowed rows, the broken record is counted as
 * lost with its lines and a new parser starts at the next record boundary (after a record over the size limit) or on the line after
 * the broken record's first line (after a broken quote).
 */

/**
 * A single record larger than this is not a survey response; it is a broken quote swallowing the
 * file. csv-parse's `max_record_size`: the field being read counts in bytes, the finished ones in
 * characters, so a record over it is always over 1 MB of UTF-8.
 */
export const MAX_RECORD_SIZE = 1_000_000;
/** Text that recovery may parse a second time: this much, plus as much as has been read. Keeps a hostile file linear. */
const REPARSE_ALLOWANCE = 4 * MAX_RECORD_SIZE;
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

export interface RecordReaderOptions extends RowShape {
  strict: boolean;
  /** Line number of the first character. */
  firstLine: number;
  /** Lines to pass over before the first record (Excel's `sep=` line). */
  skipLines: number;
  /** Records to pass over as headers. */
  headerRows: number;
  /** Text that going back may parse again, on top of what has been read (default REPARSE_ALLOWANCE). */
  reparseAllowance?: number;
}

/** What the reader hands on: the cells of one record and the line where it starts. */
export type RecordSink = (record: string[], line: number) => void;

/** Where a field stands, read as csv-parse reads quotes with `relax_quotes`. */
type FieldState = 'start' | 'unquoted' | 'quoted' | 'quote-seen';

/** Passing over a record that outgrew the size limit, to its end: the first line break outside quotes. */
interface Outgrown {
  line: number;
  /** Going back into it was refused for lack of allowance. */
  limited: boolean;
  field: FieldState;
  /** Line breaks inside it so far. */
  breaks: number;
  /** A CR that ended the last chunk, read with the next one (an LF after it is the same line break). */
  heldCr: boolean;
  /** The current line's text in earlier chunks, to tell whether it is a row of its own; null once longer than any record. */
  lineHead: string | null;
  /** A line inside its quotes looked like a row of its own (or rows cannot be told): what it swallowed is not known. */
  swallowed: boolean;
}

/** What going back into a broken record would do. */
type GoBack = 'back' | 'one-line' | 'over-allowance';

export class RecordReader {
  records = 0;
  ragged = 0;
  readonly lost: LostAccount = { records: 0, examples: [], restarts: 0, limitHit: false };
  /** The text ended inside a record: for a range cut from a larger file, the cut was in the wrong place. */
  openAtEnd = false;

  private parser: CsvParser | null = null;
  /** The next parser starts at the start of the range, where a byte-order mark may stand. */
  private bom: boolean;
  /** Line where the next record starts. */
  private line: number;
  private linesToSkip: number;
  private headerRowsLeft: number;
  /** Text given to the parser from the start of the current record's line: the record and what follows it. */
  private readonly pending: LineText;
  private outgrown: Outgrown | null = null;
  /** How much text the parser is given at once (see `parse`). */
  private piece = Infinity;
  private lastCharacter = '';
  /** Text pushed so far, and text parsed a second time after going back: the allowance weighs one against the other. */
  private read = 0;
  private reparsed = 0;

  constructor(
    private readonly options: RecordReaderOptions,
    private readonly onRecord: RecordSink,
  ) {
    this.line = options.firstLine;
    this.pending = new LineText(options.firstLine);
    this.linesToSkip = options.skipLines;
    this.bom = options.skipLines === 0;
    this.headerRowsLeft = options.headerRows;
  }

  /** The line that character `index` of the next chunk `text` is on (call before pushing it). */
  lineAt(text: string, index: number): number {
    const crlfSplit = this.lastCharacter === '\r' && text.charCodeAt(0) === 0x0a;
    const atEnd = this.outgrown ? this.outgrown.line + this.outgrown.breaks + (this.outgrown.heldCr ? 1 : 0) : this.pending.lastLine();
    return atEnd + countBreaks(text, crlfSplit ? 1 : 0, index);
  }

  push(text: string): void {
    if (text === '') return;
    this.read += text.length;
    this.lastCharacter = text[text.length - 1]!;
    this.consume(text, false);
  }

  /** The end of the text: a record left open is finished, or recovered from. */
  end(): void {
    this.consume('', true);
  }

  private consume(text: string, final: boolean): void {
    // The texts still to read, in order: what reading goes back to, then the rest of the chunk, kept apart so that neither is copied.
    const queue = this.linesToSkip > 0 ? [this.skipLeadingLines(text, final)].filter((rest) => rest !== null) : [text];
    while (queue.length > 0) {
      const next = queue.shift()!;
      const last = final && queue.length === 0;
      queue.unshift(...(this.outgrown ? this.passOutgrown(next, last) : this.parse(next, last)));
    }
  }

  /** Passes over the lines before the header, whatever they hold; returns the text after them, or null while they go on. */
  private skipLeadingLines(text: string, final: boolean): string | null {
    let rest = this.pending.text + text;
    while (this.linesToSkip > 0) {
      const next = nextLineStart(rest, 0);
      // A CR that ends the text may be the first half of a CRLF.
      if (next === -1 || (next === rest.length && rest.endsWith('\r') && !final)) {
        this.pending.startAt(this.line);
        this.pending.append(rest);
        return null;
      }
      rest = rest.slice(next);
      this.linesToSkip--;
      this.line++;
    }
    this.startAt(this.line);
    return rest;
  }

  /**
   * Gives `text` to the current parser and takes its records. Returns the texts to read next
   * when reading goes back into a record or passes over one.
   */
  private parse(text: string, final: boolean): string[] {
    this.parser ??= this.newParser();
    const parser = this.parser;
    for (let from = 0; from < text.length; ) {
      // A quote left open makes the parser read to the end of what it was given: after going back, the
      // text is given in pieces that grow from the size of what was gone back over, so that little is
      // read past the next broken record only to be read again (a file broken on every other line stays linear).
      const to = Math.min(text.length, from + this.piece);
      const piece = text.slice(from, to);
      from = to;
      this.piece *= 2;
      this.pending.append(piece);
      parser.write(piece);
      const next = this.takeRecords(parser);
      if (next !== null || this.parser !== parser) return [next ?? '', text.slice(to)].filter((rest) => rest !== '');
    }
    if (!final) {
      // Only the current record can still be gone back into: the text the parser has not read as records.
      this.pending.startAt(this.line);
      this.pending.append(parser.rest());
      return [];
    }
    const line = this.line;
    parser.end();
    const last = this.takeRecords(parser);
    // A last record with no line break after it: for a range cut from a file, a cut in the wrong place.
    if (this.line > line && !isLineBreak(this.lastCharacter)) this.openAtEnd = true;
    return last === null ? [] : [last];
  }

  /**
   * Takes the records the text written so far holds, then the parser's problem if it stopped. The
   * parser reads a record only when asked: after a record that sends reading back, nothing is parsed in vain.
   */
  private takeRecords(parser: CsvParser): string | null {
    for (let record = parser.next(); record !== null; record = parser.next()) {
      const next = this.take(record, parser.breaks);
      if (next !== null) return next;
    }
    return parser.problem ? this.recover(parser.problem) : null;
  }

  private newParser(): CsvParser {
    // Empty lines come through as [''] and are left out in `take`, so that line numbers stay exact. A BOM is
    // skipped only where the range starts: a later parser starts inside the file (a BOM before a `sep=` line goes with that line).
    const parser = new CsvParser(this.options.delimiter, MAX_RECORD_SIZE, this.bom);
    this.bom = false;
    return parser;
  }

  /**
   * Hands on one record, unless it swallowed rows. Returns the text to read next when reading goes back into it.
   * A record ends one line after the `breaks` in its cells.
   */
  private take(record: string[], breaks: number): string | null {
    const line = this.line;
    if (breaks > 0 && canTellRows(this.options)) {
      const start = this.pending.start(line);
      const raw = this.pending.text.slice(start, this.pending.start(line + breaks + 1));
      if (swallowsRows(raw.slice(0, MAX_RECORD_SIZE), this.options)) {
        const goBack = this.mayGoBack(line, 'swallowed-rows', raw);
        if (goBack === 'back') return this.goBack(line, 'swallowed-rows', start, raw);
        this.lose(line, 'recovery-limit', line + breaks);
        this.line = line + breaks + 1;
        return null;
      }
    }
    this.line = line + breaks + 1;
    if (record.length === 1 && record[0] === '') return null;
    if (this.headerRowsLeft > 0) {
      this.headerRowsLeft--;
      return null;
    }
    this.records++;
    if (record.length !== this.options.width) this.ragged++;
    this.onRecord(record, line);
    return null;
  }

  /** The parser stopped at the record on `this.line`: skip it, counted, and return the text to read next. */
  private recover(problem: CsvProblem): string | null {
    const line = this.line;
    const start = this.pending.start(line);
    const raw = this.pending.text.slice(start);
    if (problem === 'quote-not-closed') {
      // A quote never closed: what it swallowed may be rows of their own.
      this.openAtEnd = true;
      const goBack = this.mayGoBack(line, 'unclosed-quote', raw);
      if (goBack === 'back') return this.goBack(line, 'unclosed-quote', start, raw);
      this.dropParser(line);
      this.lose(line, goBack === 'over-allowance' ? 'recovery-limit' : 'unclosed-quote', line + innerBreaks(raw));
      return null;
    }
    let limited = false;
    if (swallowsRows(raw.slice(0, MAX_RECORD_SIZE), this.options)) {
      const goBack = this.mayGoBack(line, 'swallowed-rows', raw);
      if (goBack === 'back') return this.goBack(line, 'swallowed-rows', start, raw);
      limited = true;
    }
    // A long record: passed over to its end, its line breaks counted.
    this.dropParser(line);
    this.outgrown = { line, limited, field: 'start', breaks: 0, heldCr: false, lineHead: '', swallowed: false };
    return raw;
  }

  /**
   * Reads `text` as the rest of an outgrown record; returns what follows its end, if it ends there.
   * Inside its quotes, each line is weighed as a row of its own (a quote left open swallowing the
   * file), and a quote closed by text, on a line that starts like a row, is that row's own quote:
   * the record ends on the line before, and reading goes on from that row.
   */
  private passOutgrown(input: string, final: boolean): string[] {
    const outgrown = this.outgrown!;
    const text = outgrown.heldCr ? `\r${input}` : input;
    outgrown.heldCr = false;
    const delimiter = this.options.delimiter;
    let lineStart = 0;
    for (let at = 0; at < text.length; at++) {
      const c = text[at];
      if (c === '\r' || c === '\n') {
        if (c === '\r' && at === text.length - 1 && !final) {
          this.keepLineHead(text, lineStart, at);
          outgrown.heldCr = true;
          return [];
        }
        const after = c === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
        if (outgrown.field !== 'quoted') return [this.endOutgrown(text.slice(after))];
        // The record's own first line is not weighed.
        if (outgrown.breaks > 0) this.weighLine(text, lineStart, at);
        outgrown.lineHead = '';
        outgrown.breaks++;
        at = after - 1;
        lineStart = after;
      } else if (outgrown.field === 'quoted') {
        if (c === '"') outgrown.field = 'quote-seen';
      } else if (outgrown.field === 'quote-seen' && c !== '"' && c !== delimiter && outgrown.breaks > 0 && outgrown.lineHead !== null) {
        const line = outgrown.lineHead + text.slice(lineStart, at);
        if (opensRowCell(line.slice(0, -1), this.options)) return [this.endOutgrownBefore(line + text.slice(at))];
        outgrown.field = 'unquoted';
      } else if (c === '"') {
        // A quote opens a field at its start, or is doubled inside one; elsewhere it is text.
        if (outgrown.field !== 'unquoted') outgrown.field = 'quoted';
      } else outgrown.field = c === delimiter ? 'start' : 'unquoted';
    }
    if (!final) {
      this.keepLineHead(text, lineStart, text.length);
      return [];
    }
    // The text ended inside it: past the size limit, what an open quote swallowed is known only when no line inside looked like a row.
    const inQuotes = outgrown.field === 'quoted';
    if (inQuotes && outgrown.breaks > 0 && lineStart < text.length) this.weighLine(text, lineStart, text.length);
    this.openAtEnd = true;
    if (inQuotes && outgrown.swallowed) this.lost.limitHit = true;
    this.outgrown = null;
    const toLine = outgrown.line + outgrown.breaks - (inQuotes && isLineBreak(this.lastCharacter) ? 1 : 0);
    this.lose(outgrown.line, outgrown.limited ? 'recovery-limit' : inQuotes ? 'unclosed-quote' : 'too-long', toLine);
    return [];
  }

  /** Keeps the current line's text up to `to` for the next chunk, unless it is already longer than any record. */
  private keepLineHead(text: string, lineStart: number, to: number): void {
    const outgrown = this.outgrown!;
    if (outgrown.lineHead === null) return;
    outgrown.lineHead = outgrown.lineHead.length + to - lineStart > MAX_RECORD_SIZE ? null : outgrown.lineHead + text.slice(lineStart, to);
  }

  /** Weighs a whole line inside the outgrown record's quotes as a row of its own. */
  private weighLine(text: string, lineStart: number, to: number): void {
    const outgrown = this.outgrown!;
    if (outgrown.swallowed || outgrown.lineHead === null) return;
    outgrown.swallowed = !canTellRows(this.options) || looksLikeRow(outgrown.lineHead + text.slice(lineStart, to), this.options);
  }

  private endOutgrown(rest: string): string {
    const { line, breaks, limited, swallowed } = this.outgrown!;
    this.outgrown = null;
    if (swallowed) this.lost.limitHit = true;
    this.lose(line, limited || swallowed ? 'recovery-limit' : 'too-long', line + breaks);
    this.startAt(line + breaks + 1);
    return rest;
  }

  /** Ends the outgrown record on the line before the current one, whose own quote closed it; `rest` starts that line. */
  private endOutgrownBefore(rest: string): string {
    const { line, breaks, swallowed } = this.outgrown!;
    this.outgrown = null;
    if (swallowed) this.lost.limitHit = true;
    this.lose(line, swallowed ? 'recovery-limit' : 'unclosed-quote', line + breaks - 1);
    this.startAt(line + breaks);
    return rest;
  }

  /**
   * Whether reading may go back to the line after `line` to read what the broken record swallowed:
   * never in strict mode (which stops), not when it has only one line, not past the allowance.
   */
  private mayGoBack(line: number, reason: LostReason, raw: string): GoBack {
    if (this.options.strict) throw new MalformedRecordError(line, reason);
    const again = raw.length - firstLineEnd(raw);
    if (again === 0) return 'one-line';
    if (this.reparsed + again > (this.options.reparseAllowance ?? REPARSE_ALLOWANCE) + this.read) {
      this.lost.limitHit = true;
      return 'over-allowance';
    }
    return 'back';
  }

  /**
   * Counts the broken record on `line` (at `start` in `pending`, its text `raw`) as lost and returns
   * the text to read next, with a new parser: from the line after its start.
   */
  private goBack(line: number, reason: LostReason, start: number, raw: string): string {
    const afterFirstLine = firstLineEnd(raw);
    this.reparsed += raw.length - afterFirstLine;
    this.lost.restarts++;
    this.lose(line, reason, line);
    const again = this.pending.text.slice(start + afterFirstLine);
    this.dropParser(line + 1);
    this.piece = raw.length - afterFirstLine;
    return again;
  }

  private lose(line: number, reason: LostReason, toLine: number): void {
    if (this.options.strict) throw new MalformedRecordError(line, reason);
    this.lost.records++;
    if (this.lost.examples.length < LOST_EXAMPLES) this.lost.examples.push({ line, reason, toLine });
  }

  /** Leaves the current parser to the garbage collector (it holds nothing to release) and starts afresh at `nextLine`. */
  private dropParser(nextLine: number): void {
    this.parser = null;
    this.startAt(nextLine);
  }

  /** The next text read starts line `line`. */
  private startAt(line: number): void {
    this.line = line;
    this.pending.startAt(line);
  }
}
