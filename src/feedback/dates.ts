/**
 * Reading date cells of real exports: ISO dates and timestamps, day/month/year and
 * month/day/year, month names and relative dates ("3 days ago", "il y a 3 jours", "vor 2 Tagen")
 * in English, French, German, Spanish, Italian, Dutch and Portuguese, and Excel serial numbers.
 * Whether "12/6/2018" is in June or December is not for one cell to say: `DateEvidence` gathers
 * the evidence of every date in the file and decides the order once.
 */
import { daysInMonth } from '../calendar.js';
import { commentText } from './values.js';

export { DATE_ORDERS, type DateOrder } from './read/formats.js';

import type { DateOrder } from './read/formats.js';

export type DateCell =
  | { kind: 'date'; iso: string; placeholder: boolean }
  | { kind: 'blank' }
  /** "3 days ago" with no export date to count back from. */
  | { kind: 'relative-unplaced'; text: string }
  | { kind: 'invalid' };

/** Month names and their abbreviations, by month; accents are folded before the look-up. */
const MONTH_NAMES: readonly string[] = [
  'january jan janvier janv januar jan jänner jän enero ene gennaio gen januari janeiro',
  'february feb febr février févr fév februar febrero febbraio februari fevereiro fev',
  'march mar mars märz mär mrz marzo maart mrt março',
  'april apr avril avr abril abr aprile',
  'may mai mayo maggio mag mei maio',
  'june jun juin juni junio giugno giu junho',
  'july jul juillet juil juli julio luglio lug julho',
  'august aug août aout agosto ago augustus',
  'september sep sept septembre septiembre setiembre set settembre setembro',
  'october oct octobre oktober okt octubre ottobre ott oktober outubro out',
  'november nov novembre noviembre novembro',
  'december dec décembre déc dezember dez diciembre dic dicembre dezembro',
];

const WEEKDAY_NAMES =
  'monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun ' +
  'lundi lun mardi mar mercredi mer jeudi jeu vendredi ven samedi sam dimanche dim ' +
  'montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sonnabend sa sonntag so ' +
  'lunes martes miércoles mié jueves jue viernes vie sábado sáb domingo dom ' +
  'lunedì martedì mercoledì giovedì venerdì sabato domenica ' +
  'maandag ma dinsdag woensdag wo donderdag vr zaterdag za zondag zo ' +
  'segunda terça quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira sexta-feira seg ter qua qui sex sáb';

/** Relative dates: the words for now, and the units counted back from the export's date. */
const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0,
  'just now': 0,
  yesterday: 1,
  "aujourd'hui": 0,
  hier: 1,
  'avant-hier': 2,
  heute: 0,
  gestern: 1,
  vorgestern: 2,
  hoy: 0,
  ayer: 1,
  anteayer: 2,
  oggi: 0,
  ieri: 1,
  "l'altro ieri": 2,
  altroieri: 2,
  vandaag: 0,
  gisteren: 1,
  eergisteren: 2,
  hoje: 0,
  ontem: 1,
  anteontem: 2,
};

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const UNIT_WORDS: Readonly<Record<Unit, string>> = {
  minute: 'minute minutes min mins minuten minuto minutos minuti',
  hour: 'hour hours hr hrs heure heures stunde stunden heures hora horas ora ore uur uren',
  day: 'day days jour jours tag tage tagen dia dias giorno giorni dag dagen',
  week: 'week weeks semaine semaines woche wochen semana semanas settimana settimane weken',
  month: 'month months mois monat monate monaten mes meses mese mesi maand maanden',
  year: 'year years an ans annee annees jahr jahre jahren ano anos anno anni jaar jaren',
};

/** "a", "une", "einem", "un'", "een", "uma": one of the unit. */
const ONE = new Set(['a', 'an', 'one', 'un', 'une', 'ein', 'eine', 'einem', 'einer', 'einen', 'uno', 'una', 'een', 'um', 'uma']);

/**
 * Before the amount ("il y a 3 jours", "vor 2 Tagen", "hace 3 días", "há 3 dias") or after it ("3 days ago", "3 giorni fa", "3 dagen
 * geleden", "3 dias atrás").
 */
const RELATIVE_BEFORE = /^(?:il y a|vor|hace|ha|faz)\s+(\S+)\s+(\S+)$/;
const RELATIVE_AFTER = /^(\S+)\s+(\S+)\s+(?:ago|fa|geleden|atras)$/;

/** Dates that tools write for "no date": the Unix and Excel epochs, and the ends of the range. */
const PLACEHOLDERS = new Set(['1970-01-01', '1900-01-01', '1899-12-30', '1899-12-31', '0001-01-01', '9999-12-31']);

/** Excel's day 0 is 1899-12-30 (after its 1900 leap-year bug); serials in this range are 1955–2119. */
const EXCEL_SERIALS = { min: 20_000, max: 80_000 };

/** What may follow a date: a time, an AM/PM mark, a zone ("Z", "+01:00", "GMT", "(CET)"). */
const TIME_TAIL =
  /^(?:(?:\s*,)?(?:\s+|T)(?:(?:at|à|um|a las|alle|om|às)\s+)?\d{1,2}(?:[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{3,4}))?(?:\s*\([^)]*\))?)?\s*$/i;

/** 2026-02-22, 2026/2/22, 2026.02.22, then maybe a time. */
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|[T\s,])/;
/** 22/02/2026, 2/22/26, 22.02.2026, 22-02-26, then maybe a time. */
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?=$|[T\s,])/;
/** "22 févr. 2026", "22. Februar 2026", "22 de febrero de 2026", "22-Feb-26", "3rd March 2026". */
const DAY_NAME_YEAR =
  /^(\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\.?[\s\-/]*(?:de\s+)?(\p{L}+)\.?[\s\-/,]*(?:de\s+|del\s+)?(\d{4}|\d{2})(?=$|[T\s,])/u;
/** "Feb 22, 2026", "March 3rd, 2026", "Jul 4 2021". */
const NAME_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?=$|[T\s,])/u;
const WEEKDAY_PREFIX = /^(\p{L}+(?:-feira)?)\.?,?\s+/u;

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[‘’ʼ]/g, "'");

const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.split(' ').map((name) => [fold(name), index + 1] as const)),
);
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.split(' ').map(fold));
const UNITS: ReadonlyMap<string, Unit> = new Map(
  (Object.entries(UNIT_WORDS) as [Unit, string][]).flatMap(([unit, words]) => words.split(' ').map((word) => [fold(word), unit] as const)),
);
const RELATIVE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(RELATIVE_DAYS).map(([word, days]) => [fold(word), days]));

const BLANK: DateCell = { kind: 'blank' };
const INVALID: DateCell = { kind: 'invalid' };

/**
 * Reads one date cell as a calendar date (YYYY-MM-DD, the date as written, whatever its time
 * zone). `order` says how to read two numbers before the year ("12/6/2018"); a 4-digit first
 * part is always year first. `reference` (YYYY-MM-DD, the export's date) places relative dates.
 */
export function parseDate(raw: string | undefined, order: DateOrder, reference?: string): DateCell {
  const text = raw?.trim() ?? '';
  if (commentText(text) === '') return BLANK;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return numericDate(text, order) ?? namedDate(text) ?? relativeDate(text, reference);
  return (
    namedDate(text) ??
    namedDate(text.replace(WEEKDAY_PREFIX, (prefix, word: string) => (WEEKDAYS.has(fold(word)) ? '' : prefix))) ??
    relativeDate(text, reference)
  );
}

/** The date's month as YYYY-MM, or null when it is not a date, is a placeholder, or cannot be placed. */
export function parseMonth(raw: string | undefined, order: DateOrder, reference?: string): string | null {
  const cell = parseDate(raw, order, reference);
  return cell.kind === 'date' && !cell.placeholder ? cell.iso.slice(0, 7) : null;
}

function numericDate(text: string, order: DateOrder): DateCell | null {
  let match = YEAR_FIRST.exec(text);
  if (match)
    return TIME_TAIL.test(text.slice(match[0].length)) ? calendarDate(Number(match[1]), Number(match[3]), Number(match[4])) : INVALID;
  match = NUMERIC.exec(text);
  if (match) {
    if (!TIME_TAIL.test(text.slice(match[0].length))) return INVALID;
    const [a, b, c] = [Number(match[1]), Number(match[3]), match[4]!];
    if (order === 'ymd') return c.length === 2 ? calendarDate(fullYear(match[1]!), b, Number(c)) : INVALID;
    return order === 'dmy' ? calendarDate(fullYear(c), b, a) : calendarDate(fullYear(c), a, b);
  }
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    const serial = Number(text);
    if (serial < EXCEL_SERIALS.min || serial > EXCEL_SERIALS.max) return INVALID;
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
    return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return null;
}

function namedDate(text: string): DateCell | null {
  let match = DAY_NAME_YEAR.exec(text);
  let day: string;
  let name: string;
  let yearText: string;
  if (match) [, day, name, yearText] = match as unknown as [string, string, string, string];
  else {
    match = NAME_DAY_YEAR.exec(text);
    if (!match) return null;
    [, name, day, yearText] = match as unknown as [string, string, string, string];
  }
  const month = MONTHS.get(fold(name));
  if (month === undefined || !TIME_TAIL.test(text.slice(match[0].length))) return null;
  return calendarDate(fullYear(yearText), month, Number(day));
}

function relativeDate(text: string, reference: string | undefined): DateCell {
  const words = fold(text)
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '')
    .replace(/\bun'/, 'un ');
  const days = RELATIVE_WORDS.get(words);
  let back: { amount: number; unit: Unit };
  if (days !== undefined) back = { amount: days, unit: 'day' };
  else {
    const match = RELATIVE_BEFORE.exec(words) ?? RELATIVE_AFTER.exec(words);
    const unit = match ? UNITS.get(match[2]!) : undefined;
    const amount = match ? (ONE.has(match[1]!) ? 1 : /^\d{1,4}$/.test(match[1]!) ? Number(match[1]) : undefined) : undefined;
    if (unit === undefined || amount === undefined) return INVALID;
    back = { amount, unit };
  }
  const from = reference === undefined ? null : YEAR_FIRST.exec(reference);
  const start = from === null ? INVALID : calendarDate(Number(from[1]), Number(from[3]), Number(from[4]));
  return start.kind === 'date' ? countBack(start.iso, back) : { kind: 'relative-unplaced', text };
}

/** The calendar date `amount` units before `iso`; minutes and hours ago are the same day. */
function countBack(iso: string, { amount, unit }: { amount: number; unit: Unit }): DateCell {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (unit === 'month' || unit === 'year') {
    // A month back from 31 March is the last day of February, not 3 March.
    const months = year * 12 + month - 1 - (unit === 'month' ? amount : amount * 12);
    const [targetYear, targetMonth] = [Math.floor(months / 12), (months % 12) + 1];
    return calendarDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
  }
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not take years below 100 for 1900 + year.
  date.setUTCFullYear(year, month - 1, day - (unit === 'day' ? amount : unit === 'week' ? amount * 7 : 0));
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Two-digit years: 00–69 are this century, 70–99 the last one (as spreadsheets read them). */
function fullYear(text: string): number {
  const value = Number(text);
  return text.length === 2 ? (value < 70 ? 2000 + value : 1900 + value) : value;
}

function calendarDate(year: number, month: number, day: number): DateCell {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return INVALID;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { kind: 'date', iso, placeholder: PLACEHOLDERS.has(iso) };
}

/** What one date cell says about the file's day/month order. */
export type DateEvidenceKind =
  /** Readable only day first ("13/6/2018"). */
  | 'dayFirst'
  /** Readable only month first ("6/13/2018"). */
  | 'monthFirst'
  /** Year first (ISO). */
  | 'yearFirst'
  /** Day and month both 12 or less ("12/6/2018"): says nothing about the order. */
  | 'ambiguous'
  /** Readable whatever the order: month names, Excel serials. */
  | 'unordered'
  | 'unreadable'
  | 'placeholder'
  | 'relative';

const KINDS: readonly DateEvidenceKind[] = [
  'dayFirst',
  'monthFirst',
  'yearFirst',
  'ambiguous',
  'unordered',
  'unreadable',
  'placeholder',
  'relative',
];

export type DateEvidenceCounts = Record<DateEvidenceKind, number>;

/** Plain data, to send a worker's evidence to the thread that decides. */
export interface DateEvidenceState {
  counts: DateEvidenceCounts;
  /** Up to MAX_EXAMPLES distinct cells of each kind, as written. */
  examples: Record<DateEvidenceKind, string[]>;
}

export interface DateOrderDecision {
  order: DateOrder;
  /** 'dates' when some date could only be read one way; otherwise the caller's fallback. */
  decidedBy: 'dates' | 'fallback';
  /** The fallback's reason, when it decided. */
  reason: string | null;
  /** Some dates read only day first and others only month first: the majority decided. */
  conflicting: boolean;
  counts: DateEvidenceCounts;
  examples: Record<DateEvidenceKind, string[]>;
}

const MAX_EXAMPLES = 3;
/** Dates repeat (a survey runs for days, not years): remember what each text said. */
const CACHE_SIZE = 10_000;
const NUMERIC_START = /^\d{1,4}[-/.]/;
const TIME_START = /[\sT,]/;

/**
 * Gathers the day/month evidence of every date cell of a file, then decides the order once:
 * any date that reads only one way decides ("13/6/2018" is day first, "6/13/2018" month first;
 * the majority wins when both occur), a file of ISO dates is year first, and a file whose dates
 * never tell uses the caller's fallback (the locale of its headers).
 */
export class DateEvidence {
  private readonly counts: DateEvidenceCounts = zeroCounts();
  private readonly examples: Record<DateEvidenceKind, string[]> = noExamples();
  private readonly cache = new Map<string, DateEvidenceKind | null>();

  /** Counts one cell, and says what kind of evidence it was (null for a blank). */
  add(cell: string): DateEvidenceKind | null {
    const text = cell.trim();
    if (text === '') return null;
    return this.addKind(text, this.kindOf(text));
  }

  /** {@link add} for a trimmed, non-empty cell whose {@link kindOf kind} the caller already knows (it remembers it by cell). */
  addKind(text: string, kind: DateEvidenceKind | null): DateEvidenceKind | null {
    if (kind === null) return null;
    this.counts[kind]++;
    const examples = this.examples[kind];
    if (examples.length < MAX_EXAMPLES && !examples.includes(text)) examples.push(text);
    return kind;
  }

  merge(state: DateEvidenceState): void {
    for (const kind of KINDS) {
      this.counts[kind] += state.counts[kind];
      for (const example of state.examples[kind]) {
        const examples = this.examples[kind];
        if (examples.length < MAX_EXAMPLES && !examples.includes(example)) examples.push(example);
      }
    }
  }

  toState(): DateEvidenceState {
    return {
      counts: { ...this.counts },
      examples: Object.fromEntries(KINDS.map((kind) => [kind, [...this.examples[kind]]])) as DateEvidenceState['examples'],
    };
  }

  finish(fallback: { order: 'dmy' | 'mdy'; reason: string }): DateOrderDecision {
    const { dayFirst, monthFirst, yearFirst, ambiguous } = this.counts;
    const state = this.toState();
    const byDates = (order: DateOrder): DateOrderDecision => ({
      order,
      decidedBy: 'dates',
      reason: null,
      conflicting: dayFirst > 0 && monthFirst > 0,
      ...state,
    });
    if (dayFirst !== monthFirst) return byDates(dayFirst > monthFirst ? 'dmy' : 'mdy');
    if (dayFirst === 0 && ambiguous === 0 && yearFirst > 0) return byDates('ymd');
    return { order: fallback.order, decidedBy: 'fallback', reason: fallback.reason, conflicting: dayFirst > 0, ...state };
  }

  /** What a trimmed, non-empty cell is evidence of (null for a blank): always the same for the same text. */
  kindOf(text: string): DateEvidenceKind | null {
    // A timestamp's time changes every row, its date seldom: look the date part up.
    const cut = NUMERIC_START.test(text) ? text.search(TIME_START) : -1;
    const key = cut > 0 && TIME_TAIL.test(text.slice(cut)) ? text.slice(0, cut) : text;
    let kind = this.cache.get(key);
    if (kind === undefined) {
      kind = evidenceOf(key);
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      this.cache.set(key, kind);
    }
    return kind;
  }
}

function evidenceOf(text: string): DateEvidenceKind | null {
  const dayFirst = parseDate(text, 'dmy');
  if (dayFirst.kind === 'blank') return null;
  if (dayFirst.kind === 'relative-unplaced') return 'relative';
  const monthFirst = parseDate(text, 'mdy');
  if (dayFirst.kind !== 'date') return monthFirst.kind !== 'date' ? 'unreadable' : monthFirst.placeholder ? 'placeholder' : 'monthFirst';
  if (dayFirst.placeholder) return 'placeholder';
  if (monthFirst.kind !== 'date') return 'dayFirst';
  if (dayFirst.iso !== monthFirst.iso || NUMERIC.test(text)) return 'ambiguous';
  return YEAR_FIRST.test(text) ? 'yearFirst' : 'unordered';
}

function zeroCounts(): DateEvidenceCounts {
  return Object.fromEntries(KINDS.map((kind) => [kind, 0])) as DateEvidenceCounts;
}

function noExamples(): Record<DateEvidenceKind, string[]> {
  return Object.fromEntries(KINDS.map((kind) => [kind, []])) as unknown as Record<DateEvidenceKind, string[]>;
}
