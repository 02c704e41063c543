import { InputError } from '../../errors.js';
import { parseMonth } from '../dates.js';
import { parseAmount, parseRating } from '../values.js';

export type ColumnRole = 'score' | 'comment' | 'date' | 'segment' | 'id' | 'value';
export type ColumnMap = Partial<Record<ColumnRole, number>>;
export type ColumnOverrides = Partial<Record<ColumnRole, string>>;

/**
 * Header words for each role, in English and the main European languages, strongest first.
 * A header is compared without case or accents; a pattern matches a whole word or phrase.
 */
export const HEADER_PATTERNS: Readonly<Record<ColumnRole, readonly RegExp[]>> = {
  score: [
    /\bnps\b|recommend|empfehl|recommand|recomend|raccomand|aanbevel|aanraden/,
    /\b(rating|score|stars?|note|notation|bewertung|puntuacion|valoracion|valutazione|voto|cijfer|beoordeling)\b/,
    /\b(csat|satisfaction|satisfied|zufriedenheit|satisfaccion|soddisfazione|tevredenheid)\b/,
    /\b(ces|effort|easy|aufwand|esfuerzo)\b/,
  ],
  comment: [
    /\b(comments?|feedback|verbatims?|reviews?|remarks?|kommentar|anmerkung|commentaires?|comentarios?|commenti|commento|opmerkingen?|toelichting|explication|explanation|reason|raison|grund|motivo|why|pourquoi|warum|por que|perche|waarom)\b/,
    /\b(text|texte|open ended|open-ended response|suggestions?|verified reviews?|message|body|tell us|what)\b/,
  ],
  date: [
    /\b(date|datum|fecha|data|submitted|submission|created|timestamp|time|recorded ?date|end ?date|start ?date|completed|responded|survey date)\b|_created\b/,
  ],
  segment: [
    /\b(segment|plan|tier|region|country|pays|land|pais|paese|channel|canal|kanal|market|customer type|product|category|department|division|store|magasin|filiale|tienda|brand|airline|team)\b/,
  ],
  id: [/\b(id|respondent|response ?id|responseid|customer ?id|user ?id|user_id|account|ticket|kundennummer|identifiant)\b|_id\b/],
  value: [
    /\b(revenue|value|amount|spend|arr|mrr|ltv|clv|lifetime value|plan value|annual value|contract value|umsatz|chiffre d affaires|montant|importe|ingresos|fatturato|omzet|cattcket|caticket)\b/,
  ],
};

/** Headers that mention a role but hold something else: Qualtrics' NPS group labels, text lengths, flags. */
const NOT_A_SCORE = /\b(group|gruppe|groupe|category|categorie|ind|flag|count|confidence|reason|text|comment|why)\b|_nps_group/;

function normalise(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-./()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How strongly a header names a role: 0 for not at all, higher for earlier patterns. */
function headerStrength(header: string, role: ColumnRole): number {
  const text = normalise(header);
  const raw = header.toLowerCase();
  const patterns = HEADER_PATTERNS[role];
  for (const [index, pattern] of patterns.entries()) {
    if (pattern.test(text) || pattern.test(raw)) return patterns.length - index;
  }
  return 0;
}

interface ColumnProfile {
  filled: number;
  ratings: number;
  distinctRatings: Set<number>;
  months: number;
  amounts: number;
  distinct: Set<string>;
  averageLength: number;
}

function profile(sample: readonly string[][], column: number): ColumnProfile {
  const result: ColumnProfile = { filled: 0, ratings: 0, distinctRatings: new Set(), months: 0, amounts: 0, distinct: new Set(), averageLength: 0 };
  let totalLength = 0;
  for (const row of sample) {
    const cell = row[column]?.trim() ?? '';
    if (cell === '') continue;
    result.filled++;
    totalLength += cell.length;
    if (result.distinct.size <= 200) result.distinct.add(cell);
    const rating = parseRating(cell);
    if (rating.kind === 'value' && rating.value >= 0 && rating.value <= 10) {
      result.ratings++;
      result.distinctRatings.add(rating.value);
    } else if (rating.kind === 'not-applicable') {
      result.ratings++;
    }
    if (parseMonth(cell, 'dmy') !== null || parseMonth(cell, 'mdy') !== null) result.months++;
    if (parseAmount(cell) !== null) result.amounts++;
  }
  result.averageLength = result.filled === 0 ? 0 : totalLength / result.filled;
  return result;
}

/** What the values of a column must look like for each role. */
const FITS: Readonly<Record<ColumnRole, (profile: ColumnProfile) => boolean>> = {
  // Mostly ratings on a 0–10 range, and more than a 0/1 flag.
  score: (p) => p.filled > 0 && p.ratings / p.filled >= 0.8 && [...p.distinctRatings].some((value) => value > 1),
  // Free text: varied and longer than a label.
  comment: (p) => p.filled > 0 && p.averageLength >= 12 && p.distinct.size >= Math.min(p.filled, 200) * 0.5,
  date: (p) => p.filled > 0 && p.months / p.filled >= 0.8,
  // A handful of labels that repeat.
  segment: (p) => p.filled > 0 && p.distinct.size <= 50 && p.distinct.size < p.filled * 0.6,
  // One per response: a product or store id repeats.
  id: (p) => p.filled > 0 && p.distinct.size >= Math.min(p.filled, 200) * 0.95,
  value: (p) => p.filled > 0 && p.amounts / p.filled >= 0.8,
};

const ROLES: readonly ColumnRole[] = ['score', 'comment', 'date', 'id', 'value', 'segment'];

/**
 * Assigns columns to roles: an override names its column by header (any case) or by 1-based
 * number; otherwise the header with the strongest matching name whose values fit the role,
 * and for comments, failing a name, the column of longest free text.
 */
export function detectColumns(headers: readonly string[], sample: readonly string[][], overrides: ColumnOverrides, file: string): ColumnMap {
  const columns: ColumnMap = {};
  const taken = new Set<number>();
  for (const role of ROLES) {
    const override = overrides[role];
    if (override === undefined) continue;
    const index = findColumn(headers, override);
    if (index === undefined) {
      throw new InputError(`${file}: --${role}-column ${JSON.stringify(override)} names no column; the headers are: ${listHeaders(headers)}.`);
    }
    columns[role] = index;
    taken.add(index);
  }
  const profiles = headers.map((_, column) => profile(sample, column));
  for (const role of ROLES) {
    if (columns[role] !== undefined) continue;
    let best: { index: number; strength: number } | undefined;
    for (const [index, header] of headers.entries()) {
      if (taken.has(index)) continue;
      if (role === 'score' && NOT_A_SCORE.test(normalise(header))) continue;
      const strength = headerStrength(header, role);
      if (strength === 0 || !FITS[role](profiles[index]!)) continue;
      // Between equally strong names, the shorter header is the more direct one ("airline" over "airline_sentiment").
      if (!best || strength > best.strength || (strength === best.strength && header.length < headers[best.index]!.length)) {
        best = { index, strength };
      }
    }
    if (!best && role === 'comment') best = longestText(profiles, taken, sample.length);
    if (best) {
      columns[role] = best.index;
      taken.add(best.index);
    }
  }
  return columns;
}

/** Failing a named comment column, the column of longest free text, if at least a fifth of the rows fill it. */
function longestText(profiles: readonly ColumnProfile[], taken: ReadonlySet<number>, rows: number): { index: number; strength: number } | undefined {
  let best: { index: number; strength: number } | undefined;
  for (const [index, candidate] of profiles.entries()) {
    const mostlyFilled = candidate.filled >= rows * 0.2;
    if (taken.has(index) || !mostlyFilled || candidate.averageLength < 20 || !FITS.comment(candidate) || candidate.months > candidate.filled / 2) continue;
    if (!best || candidate.averageLength > best.strength) best = { index, strength: candidate.averageLength };
  }
  return best;
}

function findColumn(headers: readonly string[], wanted: string): number | undefined {
  const exact = headers.findIndex((header) => header.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (exact !== -1) return exact;
  const number = Number(wanted);
  return Number.isInteger(number) && number >= 1 && number <= headers.length ? number - 1 : undefined;
}

export function listHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, 30).map((header, index) => (header ? JSON.stringify(header) : `(column ${index + 1}, no name)`));
  return shown.join(', ') + (headers.length > 30 ? `, and ${headers.length - 30} more` : '');
}
