/**
 * Quotes safe to print: personal data out, one line, short.
 *
 * What is redacted, and what is deliberately kept:
 * - E-mail addresses → `[email]`. Anything still shaped like `x@y.z` after that (odd
 *   characters, entity leftovers) loses its whole word, so no e-mail-shaped text survives.
 * - Payment cards → `[card]`:
 *   - 13–19 digits written together, when they pass the Luhn check. Luhn-failing runs are kept:
 *     they are order, account or user ids (a real card number always passes), and ~90% of
 *     random ids fail.
 *   - digits grouped 4-4-4-4 or 4-4-4-4-3 with spaces or dashes, always: that is how people
 *     write a card, and a gift-card or order code written that way is no loss.
 *   - other card groupings (4-6-5 Amex, 4-6-4 Diners, 4-4-4-1) when they pass Luhn.
 * - Phone numbers → `[phone]`:
 *   - international: `+` (or `00`) then 8–15 digits, any grouping: `+44 7700 900123`,
 *     `+1 (555) 010-9999`, `+33 6 12 34 56 78`, `0044 20 7123 4567`;
 *   - national with a trunk 0: `07700 900123`, `020 7123 4567`, `030 1234567`, `06 12 34 56 78`,
 *     `0612345678` (10–11 digits together);
 *   - North American: `(555) 123-4567`, `555-123-4567`, `555.123.4567`, `1-800-555-0199`.
 *   Kept: prices (`£12.50`, `1 299,00 €`), dates (`2026-05-03`, `03/05/2026`, `03.05.2026`),
 *   times, percentages, years, sizes, and plain numbers of any length without a phone shape
 *   (`order 123456789`, `5551234567`).
 *
 * Digit groups touching a letter (`ab0612345678`, `0612345678x`) are not read as phone or card.
 * HTML entities are not decoded here (decoding is not idempotent); {@link quote} decodes first.
 * Markdown/HTML escaping is the report layer's job.
 */
import { decodeEntities } from './text.js';

/** Whitespace, including the line and paragraph separators, NEL and other control characters. */
const SPACES = /[\s\u0000-\u001f\u007f-\u009f]+/g;
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const EMAIL_SHAPE = /\S@\S+\.\S/;
/** Longest word we run the e-mail pattern on; longer ones with an e-mail shape are dropped whole. */
const LONGEST_WORD = 320;

const CARD_RUN = /\d+(?:[ -]\d+)*/g;
const PHONE_RUN = /\+?\(?\d+(?:[ .()-]{1,3}\d+)*/g;
/** No card or phone is written in more than this many digit groups ("+33 6 12 34 56 78" has 6). */
const MAX_GROUPS = 8;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const DEFAULT_QUOTE_LENGTH = 160;

/** Removes e-mail addresses, phone numbers and payment-card numbers (replaced by [email], [phone], [card]) and collapses whitespace/newlines to single spaces. */
export function redact(text: string): string {
  let out = text.replace(SPACES, ' ').trim();
  // A replacement can expose more: "a@b.co(555) 123-4567" is a phone once the e-mail is gone. Each
  // round removes an "@" or digits, so this ends, usually after one round with no change.
  for (;;) {
    const next = redactOnce(out);
    if (next === out) return out;
    out = next;
  }
}

function redactOnce(text: string): string {
  let out = text;
  if (/\d/.test(out)) {
    out = redactDigits(out, CARD_RUN, cardSpan, '[card]');
    out = redactDigits(out, PHONE_RUN, phoneSpan, '[phone]');
  }
  // Last, because a card or phone span can join the words around it ("x@4111 1111 1111 1111.y").
  if (out.includes('@')) out = redactEmails(out);
  return out;
}

/** A short quote: redacted, decoded entities, cut at a word boundary to at most `max` characters with an ellipsis. */
export function quote(text: string, max: number = DEFAULT_QUOTE_LENGTH): string {
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : DEFAULT_QUOTE_LENGTH;
  // Markup typed into a comment is noise in a quote: "<b>best</b>" reads as "best".
  const full = redact(decodeEntities(text).replace(/<\/?[a-z][a-z0-9]*\b[^<>]*>/gi, ''));
  if (full.length <= limit) return full;
  let cut = limit;
  const space = full.lastIndexOf(' ', limit);
  if (space >= limit / 2) cut = space;
  let head = full.slice(0, cut);
  // Never end on half a surrogate pair or half a placeholder.
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  head = head.replace(/\[[a-z]*$/, '');
  head = head.replace(/[\s,;:.\-–—(]+$/u, '');
  return `${head}…`;
}

function redactEmails(text: string): string {
  // `text` has single spaces only, so words are what `\S+` would see.
  return text
    .split(' ')
    .map((word) => {
      if (!word.includes('@')) return word;
      const replaced = word.length > LONGEST_WORD ? word : word.replace(EMAIL, '[email]');
      return EMAIL_SHAPE.test(replaced) ? '[email]' : replaced;
    })
    .join(' ');
}

interface Group {
  /** Offset of the first digit in the text. */
  start: number;
  /** Offset just after the last digit. */
  end: number;
  digits: string;
}

/** Finds runs of digit groups and replaces the longest valid spans of consecutive groups. */
function redactDigits(
  text: string,
  run: RegExp,
  span: (groups: readonly Group[], text: string) => { start: number; end: number } | undefined,
  placeholder: string,
): string {
  let out = '';
  let copied = 0;
  for (const match of text.matchAll(run)) {
    const groups = groupsOf(match[0], match.index);
    // A group glued to a letter or digit outside the run belongs to a word: "ab0612345678", "0612345678x".
    let first = 0;
    let last = groups.length;
    // (A character already replaced by a placeholder counts as the placeholder's "]".)
    if (match.index > copied && LETTER_OR_DIGIT.test(text[match.index - 1]!)) first = 1;
    const after = text[match.index + match[0].length];
    if (after !== undefined && (LETTER_OR_DIGIT.test(after) || after === '%')) last -= 1;
    let s = first;
    while (s < last) {
      let found: { start: number; end: number } | undefined;
      let e = Math.min(last, s + MAX_GROUPS);
      for (; e > s; e--) {
        found = span(groups.slice(s, e), text);
        if (found) break;
      }
      if (!found) {
        s++;
        continue;
      }
      out += text.slice(copied, found.start) + placeholder;
      copied = found.end;
      s = e;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function groupsOf(runText: string, offset: number): Group[] {
  const groups: Group[] = [];
  for (const digits of runText.matchAll(/\d+/g)) {
    groups.push({ start: offset + digits.index, end: offset + digits.index + digits[0].length, digits: digits[0] });
  }
  return groups;
}

function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const lengthsOf = (groups: readonly Group[]) => groups.map((group) => group.digits.length).join('-');

function cardSpan(groups: readonly Group[]): { start: number; end: number } | undefined {
  const digits = groups.map((group) => group.digits).join('');
  if (digits.length < 13 || digits.length > 19) return undefined;
  const shape = lengthsOf(groups);
  const card =
    shape === '4-4-4-4' || shape === '4-4-4-4-3' || ((groups.length === 1 || shape === '4-6-5' || shape === '4-6-4' || shape === '4-4-4-1') && luhn(digits));
  return card ? { start: groups[0]!.start, end: groups[groups.length - 1]!.end } : undefined;
}

function phoneSpan(groups: readonly Group[], text: string): { start: number; end: number } | undefined {
  const head = groups[0]!;
  const tail = groups[groups.length - 1]!;
  const digits = groups.map((group) => group.digits).join('');
  const count = digits.length;
  if (count < 7 || count > 17) return undefined;
  // Each separator: at most one of "." or "-", optional spaces and brackets, never "/" or ":".
  for (let i = 1; i < groups.length; i++) {
    const sep = text.slice(groups[i - 1]!.end, groups[i]!.start);
    if ((sep.match(/[.-]/g)?.length ?? 0) > 1 || (sep.match(/ /g)?.length ?? 0) > 1) return undefined;
  }
  let start = head.start;
  const plus = text[start - 1] === '+' || (text[start - 1] === '(' && text[start - 2] === '+');
  const opened = text[start - 1] === '(' && text[head.end] === ')';
  if (plus) start = text.lastIndexOf('+', start - 1);
  else if (opened) start -= 1;
  const span = { start, end: tail.end };
  const lengths = groups.map((group) => group.digits.length);

  if (plus) return count >= 8 && count <= 15 && head.digits[0] !== '0' ? span : undefined;
  if (head.digits.startsWith('00') && groups.length >= 2) {
    const international = count - 2;
    return international >= 8 && international <= 15 && digits[2] !== '0' ? span : undefined;
  }
  if (head.digits[0] === '0') {
    if (groups.length === 1) return count >= 10 && count <= 11 && digits[1] !== '0' ? span : undefined;
    // 06 12 34 56 78
    if (groups.length === 5 && lengths.every((length) => length === 2)) return digits[1] !== '0' ? span : undefined;
    // 07700 900123, 020 7123 4567, 030 1234567, 0151 12345678
    const trunkOk = head.digits.length >= 3 && head.digits.length <= 5 && digits[1] !== '0';
    const restOk = lengths.slice(1).every((length) => length >= 3 && length <= 8);
    return trunkOk && restOk && groups.length <= 4 && count >= 9 && count <= 12 ? span : undefined;
  }
  const shape = lengths.join('-');
  if (shape === '3-3-4' && /[2-9]/.test(head.digits[0]!)) return span;
  if (shape === '1-3-3-4' && head.digits === '1') return span;
  return undefined;
}
