/**
 * Reading the cells of real exports: ratings written as numbers, fractions, stars or labels,
 * "N/A", decimal commas, digits of other scripts, money amounts. Dates are in dates.ts.
 */
import { isKnownLabel, normaliseLabel } from './labels.js';

export type RatingCell =
  | { kind: 'value'; value: number }
  /** A word label, normalised: its value depends on the scale the whole column is on. */
  | { kind: 'label'; label: string }
  | { kind: 'blank' }
  | { kind: 'not-applicable' }
  | { kind: 'invalid' };

const NOT_APPLICABLE = new Set([
  'n/a',
  'na',
  'n.a.',
  'n.a',
  'nan',
  'null',
  'none',
  '-',
  '--',
  '—',
  '?',
  'not applicable',
  "don't know",
  'dont know',
  'unknown',
  'k.a.',
  'keine angabe',
  'sans objet',
  'ne sait pas',
  'nsp',
  'ns/nc',
  'no sabe',
  'no aplica',
  'non so',
  'weet niet',
]);

/** Placeholders that exports write in empty text cells (R's NA, pandas' nan, a lone dash). */
const EMPTY_TEXT = new Set(['na', 'n/a', 'nan', 'null', 'none', '-', '--', '—', '.', '#n/a']);

/** A comment cell's text, or '' when it holds nothing or only a placeholder for nothing. */
export function commentText(raw: string | undefined): string {
  const text = raw?.trim() ?? '';
  return text.length <= 4 && EMPTY_TEXT.has(text.toLowerCase()) ? '' : text;
}

/** Powers of ten that are exact doubles, by exponent. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, exponent) => 10 ** exponent);
/** Digits of a plain number read by hand: up to this many, its digits as one integer are exact in a double. */
const EXACT_DIGITS = 15;

/**
 * The value of a plain number ("7", "156.00": `^\d{1,9}(?:\.\d+)?$`), the cell most scores and amounts are;
 * null for anything else. Read by hand, a million rows' worth cheaper than a pattern and `Number`:
 * the digits as one exact integer over an exact power of ten is a correctly rounded division, the
 * same double as `Number(raw)`; longer numbers are left to `Number`.
 */
export function plainNumber(raw: string): number | null {
  const length = raw.length;
  let value = 0;
  let at = 0;
  for (; at < length; at++) {
    const digit = raw.charCodeAt(at) - 0x30;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  if (at === 0 || at > 9) return null;
  if (at === length) return value;
  if (raw.charCodeAt(at) !== 0x2e || at + 1 === length) return null;
  const places = length - at - 1;
  for (at++; at < length; at++) {
    const digit = raw.charCodeAt(at) - 0x30;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return length - 1 <= EXACT_DIGITS ? value / POWERS_OF_TEN[places]! : Number(raw);
}

const NUMBER = String.raw`\d{1,9}(?:[.,]\d{1,9})?`;
const UNIT_WORDS = 'stars?|étoiles?|sterne?|estrellas?|stelle|sterren|estrelas?|pts?|points?|punkte?|puntos?|punti|punten|pontos?';
const UNIT = String.raw`(?:\s*(?:${UNIT_WORDS}))?`;

/** "9/10", "4,5/5", "3 out of 5", "4 sur 5", "4 von 5", "4 de 5", "4 su 5", "4 van 5", "4 em 5", "4 of 5 stars". */
const FRACTION = new RegExp(String.raw`^(${NUMBER})\s*(?:/|out of|of|sur|von|de|su|van|em|op)\s*(${NUMBER})${UNIT}$`, 'i');

/** "10 - Extremely likely", "0 = Not at all likely", "4: Good", "1. Poor", "0 (Not at all likely)", "5 stars", "-1". */
const NUMBERED = new RegExp(String.raw`^([+-]?${NUMBER})${UNIT}(?:\s*[-–—:=]\s*[^\d\s].*|\.\s+[^\d\s].*|\s*\(.*\))?$`, 'i');

/** "(4) Good", "[4] Good". */
const BRACKETED = new RegExp(String.raw`^[(\[](${NUMBER})[)\]]\s*\S.*$`);

/** "5 Very satisfied": a number before a label of a known scale (but "5 apples" is no rating). */
const NUMBER_THEN_WORDS = new RegExp(String.raw`^(${NUMBER})\s+(\D+)$`);

/** Longer text than this is a sentence, not a label of a scale. */
const MAX_LABEL_LENGTH = 60;

/**
 * Reads one rating cell. Blank and "N/A" are told apart from values that cannot be read.
 *
 * A word label ("Very satisfied", "OK") is only worth something within its scale, so without
 * `labels` (normalised label → value, see `normaliseLabel`) it comes back as `label` for the
 * caller to place the column's labels as a set (`matchLabelSet`); with `labels`, a label
 * outside them is invalid.
 */
export function parseRating(raw: string | undefined, labels?: ReadonlyMap<string, number>): RatingCell {
  // Most cells are a plain number: answer them without the general rules.
  const plain = raw === undefined ? null : plainNumber(raw);
  if (plain !== null) return plain <= 10 && Number.isInteger(plain) ? SCALE_POINTS[plain]! : { kind: 'value', value: plain };
  const text = asciiDigits(raw?.trim() ?? '');
  if (text === '') return { kind: 'blank' };
  if (labels !== undefined) {
    const value = labels.get(normaliseLabel(text));
    if (value !== undefined) return { kind: 'value', value };
  }
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (NOT_APPLICABLE.has(lower)) return { kind: 'not-applicable' };
  const stars = countStars(text);
  if (stars !== null) return { kind: 'value', value: stars };
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const [numerator, denominator] = [decimal(fraction[1]!), decimal(fraction[2]!)];
    // "10/5" is a typo or another scale, never 10.
    return denominator > 0 && numerator <= denominator ? { kind: 'value', value: numerator } : { kind: 'invalid' };
  }
  const number = NUMBERED.exec(text) ?? BRACKETED.exec(text);
  if (number) return { kind: 'value', value: decimal(number[1]!) };
  const numberThenWords = NUMBER_THEN_WORDS.exec(text);
  if (numberThenWords)
    return isKnownLabel(normaliseLabel(numberThenWords[2]!)) ? { kind: 'value', value: decimal(numberThenWords[1]!) } : { kind: 'invalid' };
  if (labels === undefined && text.length <= MAX_LABEL_LENGTH && !/\d/.test(text) && /\p{L}/u.test(text))
    return { kind: 'label', label: normaliseLabel(text) };
  return { kind: 'invalid' };
}

/** The cells of the points 0 to 10, which most ratings are: one shared object each (no reader changes a cell). */
const SCALE_POINTS: readonly RatingCell[] = Array.from({ length: 11 }, (_, value) => ({ kind: 'value', value }));

function decimal(text: string): number {
  return Number(text.replace(',', '.'));
}

/** Digits of other scripts, as exports from Arabic, Persian and East Asian locales write them. */
const DIGIT_BLOCKS: readonly { zero: number; nine: number }[] = [
  { zero: 0x0660, nine: 0x0669 }, // Arabic-Indic
  { zero: 0x06f0, nine: 0x06f9 }, // Extended Arabic-Indic (Persian, Urdu)
  { zero: 0xff10, nine: 0xff19 }, // full-width
];
const OTHER_DIGITS = /[\u0660-\u0669\u066b\u06f0-\u06f9\uff0e-\uff19]/;
const OTHER_SEPARATORS: Readonly<Record<string, string>> = { '\u066b': '.', '\uff0e': '.', '\uff0f': '/' };

/** "４／５", "٤٫٥" and "۴" read as "4/5", "4.5" and "4". */
export function asciiDigits(text: string): string {
  if (!OTHER_DIGITS.test(text)) return text;
  let result = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    const block = DIGIT_BLOCKS.find((candidate) => code >= candidate.zero && code <= candidate.nine);
    result += block ? String(code - block.zero) : (OTHER_SEPARATORS[character] ?? character);
  }
  return result;
}

/** "★★★★☆" and "****" are four stars; anything else around them means it is not a star rating. */
function countStars(text: string): number | null {
  if (!/^[★☆*✩✭⭐\s]+$/u.test(text)) return null;
  const filled = [...text].filter((character) => character === '★' || character === '*' || character === '⭐' || character === '✭').length;
  return filled > 0 && filled <= 10 ? filled : null;
}

/** A money amount: "1 234,50 €", "$1,234.50", "156.00", "-12,5". Null when it is not one. */
export function parseAmount(raw: string | undefined): number | null {
  const plain = raw === undefined ? null : plainNumber(raw);
  if (plain !== null) return plain;
  const text = (raw ?? '').replace(/[\s\u00a0\u202f']|[€$£¥]|eur|usd|gbp|chf/gi, '');
  if (!/^[+-]?\d[\d.,]*$/.test(text)) return null;
  return Number(normaliseDecimal(text));
}

/**
 * One decimal point, no grouping: with both separators the later one is the decimal mark;
 * a lone comma is a decimal comma unless it groups thousands ("1,234"); repeated dots group.
 */
function normaliseDecimal(text: string): string {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    return lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  }
  if (lastComma !== -1) return /^[+-]?\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
  return (text.match(/\./g)?.length ?? 0) > 1 ? text.replace(/\./g, '') : text;
}
