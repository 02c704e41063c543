/** Line breaks as exporters write them: CRLF, LF or a lone CR, each one line, in any mix. */

const LF = 0x0a;
const CR = 0x0d;

export const isLineBreak = (character: string | undefined): boolean => character === '\n' || character === '\r';

/** Line breaks in `text` from `from` to `to`. */
export function countBreaks(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  let breaks = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) breaks++;
  for (let at = text.indexOf('\r', from); at !== -1 && at < end; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== LF || at + 1 >= end) breaks++;
  }
  return breaks;
}

/** The line breaks of a record's text, not counting one that ends it. */
export function innerBreaks(raw: string): number {
  return countBreaks(raw, 0, raw.length) - (isLineBreak(raw[raw.length - 1]) ? 1 : 0);
}

/** Where the line after the one at `from` starts, or -1 when there is no line break. */
export function nextLineStart(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === LF) return at + 1;
    if (c === CR) return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  }
  return -1;
}

/** Where the second line of `text` starts (its length when it has one line). */
export function firstLineEnd(text: string): number {
  const next = nextLineStart(text, 0);
  return next === -1 ? text.length : next;
}

/**
 * Text that grows at its end and starts at the start of line `firstLine`, with the starts of its
 * lines found in order at the speed of `indexOf`.
 */
export class LineText {
  text = '';
  private firstLine: number;
  /** The start of line `line`, the last one found. */
  private at = 0;
  private line: number;
  /** The first LF and CR at or after `at`: -1 when not looked for since the text changed, Infinity when there is none. */
  private nextLf = -1;
  private nextCr = -1;

  constructor(line: number) {
    this.firstLine = line;
    this.line = line;
  }

  append(text: string): void {
    this.text += text;
    if (this.nextLf === Infinity) this.nextLf = -1;
    if (this.nextCr === Infinity) this.nextCr = -1;
  }

  /** Empties the text, which now starts at the start of line `line`. */
  startAt(line: number): void {
    this.text = '';
    this.firstLine = line;
    this.rewind();
  }

  /** Where line `line` starts (the text's length when the text has not reached it); quickest when asked for in order. */
  start(line: number): number {
    if (line < this.line) this.rewind();
    const text = this.text;
    while (this.line < line) {
      if (this.nextLf < this.at) this.nextLf = found(text.indexOf('\n', this.at));
      if (this.nextCr < this.at) this.nextCr = found(text.indexOf('\r', this.at));
      const at = Math.min(this.nextLf, this.nextCr);
      if (at === Infinity) return text.length;
      let next = at + 1;
      if (at === this.nextCr) {
        // A CR that ends the text may be the first half of a CRLF: the line after it has not begun.
        if (at === text.length - 1) return text.length;
        if (text.charCodeAt(next) === LF) next++;
      }
      this.at = next;
      this.line++;
    }
    return this.at;
  }

  /** The line its last character is on. */
  lastLine(): number {
    return this.firstLine + countBreaks(this.text, 0, this.text.length);
  }

  private rewind(): void {
    this.at = 0;
    this.line = this.firstLine;
    this.nextLf = -1;
    this.nextCr = -1;
  }
}

const found = (index: number): number => (index === -1 ? Infinity : index);
