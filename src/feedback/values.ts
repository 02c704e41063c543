/**
 * Reading the cells of real exports: ratings written as numbers, words or labels, "N/A",
 * decimal commas, dates in local formats or as Excel serial numbers, money amounts.
 */

export type RatingCell = { kind: 'value'; value: number } | { kind: 'blank' } | { kind: 'not-applicable' } | { kind: 'invalid' };

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

/**
 * Word labels of common survey scales, in English and the main European languages. Five-point
 * satisfaction, agreement and quality scales map to 1–5; the CES 2.0 effort labels to 1–7.
 */
const LABELS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    'very dissatisfied': 1,
    dissatisfied: 2,
    'somewhat dissatisfied': 2,
    neutral: 3,
    'neither satisfied nor dissatisfied': 3,
    'somewhat satisfied': 4,
    satisfied: 4,
    'very satisfied': 5,
    'extremely satisfied': 5,
    'extremely dissatisfied': 1,
    'strongly disagree': 1,
    disagree: 2,
    'neither agree nor disagree': 3,
    agree: 4,
    'strongly agree': 5,
    'very poor': 1,
    poor: 2,
    fair: 3,
    average: 3,
    good: 4,
    'very good': 5,
    excellent: 5,
    terrible: 1,
    bad: 2,
    great: 5,
    'very unlikely': 1,
    unlikely: 2,
    likely: 4,
    'very likely': 5,
    'très insatisfait': 1,
    'pas du tout satisfait': 1,
    insatisfait: 2,
    'plutôt insatisfait': 2,
    'plutôt satisfait': 4,
    satisfait: 4,
    'très satisfait': 5,
    'sehr unzufrieden': 1,
    unzufrieden: 2,
    teils: 3,
    'teils/teils': 3,
    zufrieden: 4,
    'sehr zufrieden': 5,
    'muy insatisfecho': 1,
    insatisfecho: 2,
    satisfecho: 4,
    'muy satisfecho': 5,
    'molto insoddisfatto': 1,
    insoddisfatto: 2,
    soddisfatto: 4,
    'molto soddisfatto': 5,
    'zeer ontevreden': 1,
    ontevreden: 2,
    tevreden: 4,
    'zeer tevreden': 5,
    'very difficult': 1,
    difficult: 2,
    'somewhat difficult': 3,
    'neither easy nor difficult': 4,
    'somewhat easy': 5,
    easy: 6,
    'very easy': 7,
  }),
);

const PLAIN_NUMBER = /^\d{1,9}(?:\.\d+)?$/;

const LEADING_NUMBER =
  /^([+-]?\d+(?:[.,]\d+)?)(?:\s*(?:\/|out of|of|sur|von|de|su|van)\s*\d+)?(?:\s*(?:stars?|étoiles?|sterne?|estrellas?|stelle|sterren|pts?|points?))?(?:\s*[-–—:(].*)?$/i;

/** Reads one rating cell. Blank and "N/A" are told apart from values that cannot be read. */
export function parseRating(raw: string | undefined): RatingCell {
  // Most cells are a plain number: answer them without the general rules.
  if (raw !== undefined && PLAIN_NUMBER.test(raw)) return { kind: 'value', value: Number(raw) };
  const text = raw?.trim() ?? '';
  if (text === '') return { kind: 'blank' };
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (NOT_APPLICABLE.has(lower)) return { kind: 'not-applicable' };
  const stars = countStars(text);
  if (stars !== null) return { kind: 'value', value: stars };
  const number = LEADING_NUMBER.exec(lower);
  if (number) return { kind: 'value', value: Number(number[1]!.replace(',', '.')) };
  const label = LABELS.get(lower.replace(/\s+/g, ' '));
  return label === undefined ? { kind: 'invalid' } : { kind: 'value', value: label };
}

/** "★★★★☆" and "****" are four stars; anything else around them means it is not a star rating. */
function countStars(text: string): number | null {
  if (!/^[★☆*✩✭⭐\s]+$/u.test(text)) return null;
  const filled = [...text].filter((character) => character === '★' || character === '*' || character === '⭐' || character === '✭').length;
  return filled > 0 && filled <= 10 ? filled : null;
}

/** A money amount: "1 234,50 €", "$1,234.50", "156.00", "-12,5". Null when it is not one. */
export function parseAmount(raw: string | undefined): number | null {
  if (raw !== undefined && PLAIN_NUMBER.test(raw)) return Number(raw);
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

export type DateOrder = 'dmy' | 'mdy';

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
  ['janv', 1],
  ['févr', 2],
  ['fevr', 2],
  ['mars', 3],
  ['avr', 4],
  ['mai', 5],
  ['juin', 6],
  ['juil', 7],
  ['août', 8],
  ['aout', 8],
  ['sept', 9],
  ['déc', 12],
  ['mär', 3],
  ['okt', 10],
  ['dez', 12],
  ['ene', 1],
  ['abr', 4],
  ['ago', 8],
  ['dic', 12],
  ['gen', 1],
  ['mag', 5],
  ['giu', 6],
  ['lug', 7],
  ['set', 9],
  ['ott', 10],
  ['mei', 5],
  ['mrt', 3],
]);

/** Excel's day 0 is 1899-12-30 (after its 1900 leap-year bug); serials in this range are 1955–2119. */
const EXCEL_SERIALS = { min: 20_000, max: 80_000 };

/**
 * The calendar month of a date cell as YYYY-MM, or null. Handles ISO dates and timestamps,
 * day/month/year and month/day/year with `/ . -` separators (the order comes from the column,
 * see `dateOrderOf`), month names ("31-Jul-18", "3 mars 2026"), and Excel serial numbers.
 */
export function parseMonth(raw: string | undefined, order: DateOrder = 'dmy'): string | null {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(text);
  if (match) return month(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:$|[T\s,])/.exec(text);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [day, monthNumber] = order === 'dmy' ? [first, second] : [second, first];
    return day >= 1 && day <= 31 ? month(year(match[3]!), monthNumber) : null;
  }
  match = /^(\d{1,2})[-\s.]*([\p{L}]{3,})\.?[-\s,]*(\d{2}|\d{4})\b/u.exec(text) ?? /^([\p{L}]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})\b/u.exec(text);
  if (match) {
    const named = /^\d/.test(match[1]!) ? match[2]! : match[1]!;
    const monthNumber = MONTHS.get(named.toLowerCase().slice(0, 4)) ?? MONTHS.get(named.toLowerCase().slice(0, 3));
    return monthNumber ? month(year(match[3]!), monthNumber) : null;
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    if (serial >= EXCEL_SERIALS.min && serial <= EXCEL_SERIALS.max) {
      const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
      return month(date.getUTCFullYear(), date.getUTCMonth() + 1);
    }
  }
  return null;
}

/**
 * Whether a column writes day/month or month/day: a first part above 12 settles it one way, a
 * second part above 12 the other. Undecided columns are read day-first, as most of the world writes.
 */
export function dateOrderOf(samples: readonly string[]): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const sample of samples) {
    const match = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}/.exec(sample.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirst++;
    if (Number(match[2]) > 12) monthFirst++;
  }
  return monthFirst > dayFirst ? 'mdy' : 'dmy';
}

function year(text: string): number {
  const value = Number(text);
  return text.length === 2 ? (value < 70 ? 2000 + value : 1900 + value) : value;
}

function month(yearNumber: number, monthNumber: number): string | null {
  if (monthNumber < 1 || monthNumber > 12 || yearNumber < 1900 || yearNumber > 2200) return null;
  return `${yearNumber}-${String(monthNumber).padStart(2, '0')}`;
}
