/**
 * CSV records from decoded text, one at a time: the records csv-parse gives with the options the
 * reader used to give it (`relax_quotes`, `relax_column_count`, records ended by CRLF, LF or a
 * lone CR, `skip_empty_lines: false`, `max_record_size`, `bom`), and the same two errors, but
 * read from the string itself (csv-parse copies every character into a buffer and back) and
 * only as far as the reader asks: what follows a broken record is never parsed only to be
 * thrown away. A property test holds it to csv-parse on any text and any chunking.
 *
 * How quotes are read (csv-parse's `relax_quotes`): a quote opens a field only at its start; a
 * doubled quote inside is one quote; a quote followed by a delimiter, a line break or the end
 * of the text closes the field; a quote followed by anything else is kept as text, and the
 * field goes on unquoted with both its quotes (`"a"b` is `"a"b`).
 */

/** Why parsing stopped: a quote still open at the end of the text, or a record over the size limit. */
export type CsvProblem = 'quote-not-closed' | 'too-large';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

export class CsvParser {
  /** Set when parsing stopped; `next` then returns null. */
  problem: CsvProblem | null = null;
  /** Line breaks inside the last record returned (in its quoted cells). */
  breaks = 0;

  private readonly delimiter: number;
  /** The text written and not yet returned as records: the current record starts at `at`. */
  private text = '';
  private at = 0;
  private final = false;
  /** A byte-order mark may still stand at the start of the text. */
  private bom: boolean;
  /** The next LF and CR at or after the last place looked from: -1 when not looked for, `Infinity` when there is none. */
  private nextLf = -1;
  private nextCr = -1;
  /**
   * The cells of the record being read, kept from record to record and copied once at their number:
   * a record grown by pushes holds room for 17 cells. Never shortened (that frees its storage), but
   * let go after a record wider than {@link CELLS_KEPT}.
   */
  private cells: string[] = [];

  /**
   * `maxRecordSize` is csv-parse's: a record fails once the cells before the current one (in
   * characters) and the current one (in UTF-8 bytes) exceed it.
   */
  constructor(
    delimiter: string,
    private readonly maxRecordSize: number,
    bom: boolean,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.bom = bom;
  }

  write(text: string): void {
    if (this.bom && text !== '') {
      this.bom = false;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    this.text = this.at < this.text.length ? this.text.slice(this.at) + text : text;
    this.at = 0;
    this.nextLf = -1;
    this.nextCr = -1;
  }

  /** No more text: a last record without a line break after it is complete, a quote still open is a problem. */
  end(): void {
    this.final = true;
  }

  /** The text from the start of the record not yet returned. */
  rest(): string {
    return this.text.slice(this.at);
  }

  /** The next record, or null when the text written so far holds no complete one (or parsing stopped). */
  next(): string[] | null {
    if (this.problem !== null) return null;
    const text = this.text;
    const length = text.length;
    const final = this.final;
    const delimiter = this.delimiter;
    let pos = this.at;
    if (pos >= length) return null;
    const record = this.cells;
    let cellCount = 0;
    let recordChars = 0;
    let breaks = 0;
    for (;;) {
      let field: string;
      if (text.charCodeAt(pos) === QUOTE) {
        let value = '';
        let from = pos + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          // At the end of what was written, a quote may be the first of a doubled one.
          if (quote === -1 || (quote + 1 === length && !final)) {
            // csv-parse holds a last quote back until it knows the character after it.
            return this.stopInside(recordChars, value + text.slice(from, quote === -1 ? length : quote), true);
          }
          breaks += this.breaksBetween(from, quote);
          const after = text.charCodeAt(quote + 1);
          if (after === QUOTE) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += text.slice(from, quote);
          pos = quote + 1;
          if (pos === length || after === delimiter || after === LF || after === CR) {
            field = value;
            break;
          }
          // A quote followed by text: kept, with the opening one, and the field goes on unquoted.
          const end = fieldEnd(text, pos, delimiter);
          field = `"${value}"${text.slice(pos, end)}`;
          if (end === length && !final) return this.stopInside(recordChars, field, false);
          pos = end;
          break;
        }
      } else {
        const end = fieldEnd(text, pos, delimiter);
        if (end === length && !final) return this.stopInside(recordChars, text.slice(pos, end), false);
        field = text.slice(pos, end);
        pos = end;
      }
      if (this.tooLarge(recordChars, field)) return null;
      record[cellCount++] = own(field);
      recordChars += field.length;
      if (pos === length) break;
      const after = text.charCodeAt(pos);
      if (after === delimiter) {
        pos++;
        continue;
      }
      // A CR that ends what was written may be the first half of a CRLF.
      if (after === CR && pos + 1 === length && !final) return this.stopInside(recordChars, '', false);
      pos += after === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      break;
    }
    this.at = pos;
    this.breaks = breaks;
    if (cellCount > CELLS_KEPT) this.cells = [];
    return record.slice(0, cellCount);
  }

  /**
   * The text ends inside the current record (`partial` is its current cell so far): past the size
   * limit already, or with a quote open at the very end, parsing stops; otherwise it waits for more.
   */
  private stopInside(recordChars: number, partial: string, inQuotes: boolean): null {
    // The record is read again from its start: the line breaks are looked for again too.
    this.nextLf = -1;
    this.nextCr = -1;
    if (this.tooLarge(recordChars, partial)) return null;
    if (this.final && inQuotes) this.problem = 'quote-not-closed';
    return null;
  }

  /** csv-parse's check, made before each byte it adds to a cell: the last byte added is not counted. */
  private tooLarge(recordChars: number, cell: string): boolean {
    const limit = this.maxRecordSize;
    // A UTF-16 unit is at most three UTF-8 bytes: most cells are decided without counting.
    if (recordChars + 3 * cell.length - 1 <= limit || recordChars + Buffer.byteLength(cell) - 1 <= limit) return false;
    this.problem = 'too-large';
    return true;
  }

  /** Line breaks (CRLF, LF or a lone CR, each one) from `from` up to `to`, which holds no CR or LF itself. */
  private breaksBetween(from: number, to: number): number {
    const text = this.text;
    let breaks = 0;
    if (this.nextLf < from && this.nextLf !== Infinity) this.nextLf = found(text.indexOf('\n', from));
    while (this.nextLf < to) {
      breaks++;
      this.nextLf = found(text.indexOf('\n', this.nextLf + 1));
    }
    if (this.nextCr < from && this.nextCr !== Infinity) this.nextCr = found(text.indexOf('\r', from));
    while (this.nextCr < to) {
      if (text.charCodeAt(this.nextCr + 1) !== LF) breaks++;
      this.nextCr = found(text.indexOf('\r', this.nextCr + 1));
    }
    return breaks;
  }
}

/** The widest record whose cells' array is kept for the next one. */
const CELLS_KEPT = 1_024;

const found = (index: number): number => (index === -1 ? Infinity : index);

/** V8 shares the characters of a slice this long or longer with the string it was cut from. */
const SHARED_SLICE = 13;

/**
 * A cell that holds its own characters: a slice of the text would keep the whole chunk it was cut
 * from alive for as long as the cell is kept, and an analysis keeps a few hundred comments (quotes,
 * the call-back list), each from another chunk of 64 KB. Joined to a character
 * and cut again, the cell is copied once.
 */
function own(cell: string): string {
  return cell.length < SHARED_SLICE ? cell : ` ${cell}`.slice(1);
}

/** Where an unquoted cell starting at `from` ends: at the next delimiter, CR or LF, or the end of the text. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  const length = text.length;
  let at = from;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === delimiter || code === LF || code === CR) return at;
    at++;
  }
  return length;
}
