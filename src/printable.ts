/**
 * The one sanitiser for text that came from data (team names, notes, actions, comments, ids,
 * segments, headers, file names) on its way to a terminal or a file. Feedback is typed by
 * strangers and answers files come from repositories, so such text may carry escape sequences
 * that recolour or rewrite a terminal, bidi overrides that show text in another order than it
 * is read (“Trojan Source”), or zero-width characters that hide words from a reader and from
 * filters. The Markdown view, the terminal summary and every error message pass data through
 * here; the JSON view escapes the same characters (see report/json.ts).
 */

/** Line breaks and tabs: a field is shown on one line, its words apart. */
const BREAKS = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Invisible characters that only hide or join: removed, so that what is shown is what is there. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
/** C0 controls (ESC among them) and DEL: shown as their Control Pictures symbol, ␛ for ESC. */
const C0_CONTROLS = /[\u0000-\u001f\u007f]/g;
/** C1 controls (0x9B is an 8-bit CSI) and bidi embeddings, overrides and isolates: shown by their code point. */
const CODE_POINTS_SHOWN = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Every character `printable` leaves out of its result, for the JSON view and the tests. */
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/**
 * Text as it may be shown: line breaks and tabs become spaces, zero-width characters are
 * removed, ESC and the other C0 controls become their visible symbol (`\u001b[31m` → `␛[31m`),
 * C1 controls and bidi controls become `<U+202E>`. Printable text comes back unchanged.
 */
export function printable(text: string): string {
  if (!UNPRINTABLE.test(text)) return text;
  return text
    .replace(BREAKS, ' ')
    .replace(ZERO_WIDTH, '')
    .replace(C0_CONTROLS, (control) => String.fromCharCode(control === '\u007f' ? 0x2421 : 0x2400 + control.charCodeAt(0)))
    .replace(CODE_POINTS_SHOWN, (control) => `<U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** A message of several lines (a list of problems) made printable line by line, its own line breaks kept. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Text cut to at most `max` characters as a reader counts them (an emoji or a letter with its
 * accents is one), the cut marked with an ellipsis; for table cells that must not grow with
 * whatever an export put in an id or a segment.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const parts = Array.from(graphemes.segment(text), (part) => part.segment);
  return parts.length <= max
    ? text
    : `${parts
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A copy of a value in which every string, however deep, went through `transform`. */
export function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === 'string') return transform(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, transform)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, transform)])) as T;
  }
  return value;
}
