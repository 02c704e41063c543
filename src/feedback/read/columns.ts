import { InputError } from '../../errors.js';
import { formatPlural } from '../../format.js';
import { isKnownLabel } from '../labels.js';
import { redact } from '../redact.js';
import type { ColumnProfile } from './profile.js';

export type ColumnRole = 'score' | 'comment' | 'date' | 'segment' | 'id' | 'value';
export type ColumnMap = Partial<Record<ColumnRole, number>>;
export type ColumnOverrides = Partial<Record<ColumnRole, string>>;

/**
 * Header words for each role, in English and the main European languages, strongest first.
 * A header is compared without case or accents; a pattern matches a whole word or phrase.
 */
export const HEADER_PATTERNS: Readonly<Record<ColumnRole, readonly RegExp[]>> = {
  score: [
    // Stems, so that every inflection counts: recommanderiez, recomiendes, recomendarías, weiterempfehlen, consiglieresti.
    /\bnps\b|recommend|empfehl|recommand|recomend|recomiend|raccomand|consigl|aanbevel|aanraden|indicaria/,
    /\b(rating|score|stars?|sterne?|etoiles?|estrellas?|stelle|sterren|note|notation|bewertung|puntuacion|valoracion|valutazione|voto|cijfer|beoordeling)\b/,
    /\b(csat|satisf\w*|zufrieden\w*|soddisf\w*|tevreden\w*)\b/,
    /\b(ces|effort|ease|easy|aufwand|esfuerzo|facil\w*|einfach|gemakkelijk|makkelijk|facile)\b/,
    // Questions that ask for a judgement, answered on a scale: "How would you rate…", "Comment évaluez-vous…", "How was your stay?".
    /\b(rate|rated|evaluez|evaluer|evaluate|bewerten|beurteilen|califica\w*|valora\w*|valuta\w*|beoordeel\w*|avalia\w*|how (was|were|did you find|do you feel about)|how likely|likelihood|wahrscheinlich|probabilite|probabilidad|probabilita|waarschijnlijk|probabilidade|what do you think of|comment (etait|trouvez)|wie (war|fanden|finden) sie|que (tal|te parecio|le parecio)|com'?era|hoe (was|vond)|como foi)\b/,
  ],
  comment: [
    /\b(comments?|feedback|verbatims?|reviews?|remarks?|kommentar|anmerkung|commentaires?|comentarios?|commenti|commento|opmerkingen?|toelichting|explication|explanation|reason|raison|grund|motivo|why|pourquoi|warum|por que|perche|waarom)\b/,
    /\b(text|texte|open ended|open-ended response|suggestions?|verified reviews?|message|body|tell us|what)\b/,
  ],
  date: [
    /\b(date|datum|fecha|data|submitted|submission|created|timestamp|time|recorded ?date|end ?date|start ?date|completed|responded|survey date|horodateur|zeitstempel|marca temporal|tijdstempel|carimbo|informazioni cronologiche)\b|_created\b/,
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
// Not "comment": in French it asks "how" ("Comment évaluez-vous…").
const NOT_A_SCORE = /\b(group|gruppe|groupe|category|categorie|ind|flag|count|confidence|reason|text|why)\b|_nps_group/;

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

/** Free text that is not the customer's: the company's or the developer's replies. */
const NOT_THE_CUSTOMER =
  /\b(reply|replies|developer|merchant|owner response|company response|business response|antwort des|reponse (du|de la)|respuesta de|risposta d|antwoord van|resposta d)/;

/** Headers that name a person or a way to reach them: free text, but never feedback, and never quoted. */
const PERSONAL =
  /\b(name|first name|last name|surname|nom|prenom|vorname|nachname|nombre|apellidos?|nome|cognome|naam|e ?mail|email|courriel|correo|phone|telephone|telefon|telefono|mobile|address|adresse|direccion|indirizzo|adres|url|link|ip ?address)\b/;

/** A header that asks an open question ("What do you like most?", "Pourquoi ?", "Was können wir verbessern?"). */
const OPEN_QUESTION =
  /\?\s*$|^(what|why|how|which|anything|is there|tell|please|describe|quoi|que|qu|pourquoi|comment|was|warum|wie|welche|que|por que|como|cosa|perche|come|wat|waarom|hoe|o que|porque)\b/;

/** Question codes survey tools use as headers: Q1, Q5_2, QID12. */
const QUESTION_CODE = /^q(id)?\d+(\s|$)/;

/** Past this many distinct answers (or this share of the answers) a column is not a multiple-choice question. */
const CHOICES_MAX = 12;
const CHOICES_SHARE = 0.05;

export interface ColumnChoice {
  role: ColumnRole | 'other-score' | 'other-comment';
  index: number;
  header: string;
  /** What in the file decided it, e.g. "3,001 answers from 0 to 10"; or the flag that named it. */
  evidence: string;
  /** The option that names another column for the role; null for the other questions, which are all kept. */
  flag: string | null;
}

/** Which column plays which role, and the other rating and free-text questions scored beside the lead ones. */
export interface ColumnPlan {
  columns: ColumnMap;
  otherScores: number[];
  otherComments: number[];
  choices: ColumnChoice[];
}

const ratingCells = (profile: ColumnProfile) => sum(profile.ratings.values());
const distinctCount = (profile: ColumnProfile) => profile.distinct.size + profile.untracked;

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The share of a column's word answers that are labels of a known scale. */
function knownLabelShare(profile: ColumnProfile): number {
  let known = 0;
  let all = 0;
  for (const [label, cells] of profile.labels) {
    all += cells;
    if (isKnownLabel(label)) known += cells;
  }
  return all === 0 ? 0 : known / all;
}

/** The share of the tracked cells that repeat an earlier one: ids repeat early if they repeat at all. */
function repeatedAmongTracked(profile: ColumnProfile): number {
  const tracked = sum(profile.distinct.values());
  return tracked === 0 ? 1 : (tracked - profile.distinct.size) / tracked;
}

/**
 * A few answer options repeated over and over: a multiple-choice (or yes/no) question, whatever its header says,
 * and however long its options are (a checkbox column repeats one long label in every ticked row).
 */
function isMultipleChoice(profile: ColumnProfile): boolean {
  const distinct = distinctCount(profile);
  // Options repeat: on average each is chosen at least twice. Ten different comments in a ten-row file are not options.
  return distinct <= Math.max(CHOICES_MAX, profile.filled * CHOICES_SHARE) && profile.filled >= distinct * 2;
}

/** What the values of a column must look like for each role, over the whole file. */
const FITS: Readonly<Record<ColumnRole, (profile: ColumnProfile) => boolean>> = {
  // Mostly ratings from 0 to 10, and more than a 0/1 flag.
  // Mostly ratings from 0 to 10 (more than a 0/1 flag) or answer labels of a known scale ("Very satisfied").
  score: (p) => isRatings(p) && ([...p.ratings.keys()].some((value) => value > 1) || knownLabelShare(p) >= 0.5),
  // Free text: not a handful of repeated options, and not numbers or dates.
  comment: (p) =>
    p.filled > 0 && !isMultipleChoice(p) && p.textCells >= p.filled * 0.8 && ratingCells(p) + p.dates + p.amounts < p.filled * 0.5,
  date: (p) => p.filled > 0 && p.dates / p.filled >= 0.8,
  // A handful of labels that repeat.
  // A handful of labels that repeat: at least two, or there is nothing to compare.
  segment: (p) => p.filled > 0 && distinctCount(p) >= 2 && distinctCount(p) <= 50 && distinctCount(p) < p.filled * 0.6,
  // One per respondent (a respondent may answer twice); a product or store id repeats far more.
  id: (p) => p.filled > 0 && repeatedAmongTracked(p) <= 0.2,
  value: (p) => p.filled > 0 && p.amounts / p.filled >= 0.8,
};

/** The evidence behind each role, in words, for the report. */
const EVIDENCE: Readonly<Record<ColumnRole, (profile: ColumnProfile) => string>> = {
  score: (p) => {
    const values = [...p.ratings.keys()];
    const numbers =
      values.length > 0 ? `${formatPlural(ratingCells(p), 'answer')} from ${Math.min(...values)} to ${Math.max(...values)}` : '';
    const labels = p.labelCells > 0 ? `${formatPlural(p.labelCells, 'answer')} in words (${p.labels.size} different)` : '';
    return [numbers, labels].filter(Boolean).join(' and ');
  },
  comment: (p) => {
    const words = Math.round(p.words / p.filled);
    // Counted as the comments are: a placeholder for nothing ("N/A", ".") is no answer, "don't know" is one.
    return `${formatPlural(p.filled - p.placeholders, 'free-text answer')}, ${formatPlural(words, 'word')} on average`;
  },
  date: (p) => formatPlural(p.dates, 'date'),
  segment: (p) => {
    // Group names are customers' data too: shown redacted, like the segment table.
    const largest = [...p.distinct.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => `“${redact(name)}”`);
    return `${formatPlural(distinctCount(p), 'group')}, the largest ${largest.slice(0, 3).join(', ')}`;
  },
  id: (p) => {
    const repeated = Math.round(repeatedAmongTracked(p) * 100);
    return `${formatPlural(p.filled, 'value')}, ${repeated === 0 ? 'none' : `${repeated}%`} repeated`;
  },
  value: (p) => formatPlural(p.amounts, 'amount'),
};

const ROLES: readonly ColumnRole[] = ['score', 'comment', 'date', 'id', 'value', 'segment'];

/**
 * Assigns columns to roles from the evidence of the whole file: an override names its column by
 * header (any case) or by 1-based number; otherwise the header with the strongest matching name
 * whose values fit the role. Comments are the free text, never a multiple-choice column whatever
 * its header; other rating and open questions are kept, to be scored beside the lead ones.
 */
export function chooseColumns(
  headers: readonly string[],
  profiles: readonly ColumnProfile[],
  overrides: ColumnOverrides,
  file: string,
): ColumnPlan {
  const plan: ColumnPlan = { columns: {}, otherScores: [], otherComments: [], choices: [] };
  const taken = new Set<number>();
  const assign = (role: ColumnChoice['role'], index: number, evidence: string) => {
    if (role !== 'other-score' && role !== 'other-comment') plan.columns[role] = index;
    else (role === 'other-score' ? plan.otherScores : plan.otherComments).push(index);
    const flag = role === 'other-score' || role === 'other-comment' ? null : `--${role}-column`;
    plan.choices.push({ role, index, header: headers[index] || `column ${index + 1}`, evidence, flag });
    taken.add(index);
  };
  for (const role of ROLES) {
    const override = overrides[role];
    if (override === undefined) continue;
    const index = findColumn(headers, override);
    if (index === undefined) {
      throw new InputError(
        `${file}: --${role}-column ${JSON.stringify(override)} names no column; the headers are: ${listHeaders(headers)}.`,
      );
    }
    assign(role, index, `named by --${role}-column`);
  }
  for (const role of ROLES) {
    if (plan.columns[role] !== undefined) continue;
    const candidates = rankCandidates(role, headers, profiles, taken, FITS[role]);
    if (role === 'score') {
      // Answers in words that no known scale holds are a rating only when nothing else is: they will be named, not guessed.
      const unnamed = candidates.length === 0 ? unnamedRatings(headers, profiles, taken)[0] : undefined;
      const best = candidates[0] ?? unnamed ?? rankCandidates(role, headers, profiles, taken, isWordChoice)[0];
      if (best !== undefined) {
        const evidence = EVIDENCE.score(profiles[best]!);
        assign(role, best, best === unnamed ? `${evidence}, taken by its answers alone: its header names no rating` : evidence);
      }
      // The other questions in the order the survey asked them.
      for (const other of candidates.slice(1).sort((a, b) => a - b)) assign('other-score', other, EVIDENCE.score(profiles[other]!));
    } else if (role === 'comment') {
      const unnamed = unnamedText(headers, profiles, taken);
      // A column headed Comment holding short, repeated answers is the comments only when no column holds real free text.
      const best = candidates[0] ?? unnamed[0] ?? rankCandidates(role, headers, profiles, taken, isShortText)[0];
      if (best !== undefined) assign(role, best, EVIDENCE.comment(profiles[best]!));
      for (const other of [...candidates.slice(1), ...unnamed.filter(isOpenQuestion(headers, profiles))].sort((a, b) => a - b)) {
        if (!taken.has(other)) assign('other-comment', other, EVIDENCE.comment(profiles[other]!));
      }
    } else {
      const best = candidates[0];
      if (best !== undefined) assign(role, best, EVIDENCE[role](profiles[best]!));
    }
  }
  return plan;
}

/** Mostly numbers from 0 to 10, N/A, or words short enough to be answer labels. */
function isRatings(profile: ColumnProfile): boolean {
  return profile.filled > 0 && (ratingCells(profile) + profile.notApplicable + profile.labelCells) / profile.filled >= 0.8;
}

/** A question answered with a few words from a list ("Meh", "Loved it"), however few people answered it. */
function isWordChoice(profile: ColumnProfile): boolean {
  return profile.filled > 0 && profile.labels.size <= CHOICES_MAX && profile.labelCells >= profile.filled * 0.8;
}

/** Short answers in words, repeated: what a comment column holds when people write little. */
function isShortText(profile: ColumnProfile): boolean {
  return profile.filled > 0 && isMultipleChoice(profile) && profile.textCells >= profile.filled * 0.8;
}

/** A rating question whose header names nothing we know ("Q5", "How likely are you to buy again?"): known by its answers. */
function unnamedRatings(headers: readonly string[], profiles: readonly ColumnProfile[], taken: ReadonlySet<number>): number[] {
  return profiles
    .map((profile, index) => ({ profile, index, header: normalise(headers[index] ?? '') }))
    .filter(
      ({ profile, index, header }) =>
        !taken.has(index) &&
        (QUESTION_CODE.test(header) || /\?\s*$/.test(header)) &&
        isRatings(profile) &&
        (profile.ratings.size >= 3 || (knownLabelShare(profile) >= 0.8 && profile.labels.size >= 2)),
    )
    .sort((a, b) => b.profile.filled - a.profile.filled || a.index - b.index)
    .map(({ index }) => index);
}

/** Columns whose header names the role and whose values fit it, strongest name first, then the fullest. */
function rankCandidates(
  role: ColumnRole,
  headers: readonly string[],
  profiles: readonly ColumnProfile[],
  taken: ReadonlySet<number>,
  fits: (profile: ColumnProfile) => boolean,
): number[] {
  const ranked: { index: number; strength: number }[] = [];
  for (const [index, header] of headers.entries()) {
    if (taken.has(index)) continue;
    const text = normalise(header);
    if (role === 'score' && NOT_A_SCORE.test(text)) continue;
    if (role === 'comment' && (PERSONAL.test(text) || NOT_THE_CUSTOMER.test(text) || headerStrength(header, 'id') > 0)) continue;
    const strength = headerStrength(header, role);
    // A recommend question is a score whatever its answers: 40 customers who all answered 0 are an NPS of −100, not a flag.
    const valuesFit = role === 'score' && strength === HEADER_PATTERNS.score.length && fits === FITS.score ? isRatings : fits;
    if (strength > 0 && valuesFit(profiles[index]!)) ranked.push({ index, strength });
  }
  // Between comment columns of equal name, the longer answers are the comments ("Review Text" over "Review Title").
  const words = (index: number) => (role === 'comment' ? Math.round(profiles[index]!.words / profiles[index]!.filled) : 0);
  return ranked
    .sort(
      (a, b) =>
        b.strength - a.strength ||
        words(b.index) - words(a.index) ||
        profiles[b.index]!.filled - profiles[a.index]!.filled ||
        // Between equally strong names, the shorter header is the more direct one ("airline" over "airline_sentiment").
        headers[a.index]!.length - headers[b.index]!.length ||
        a.index - b.index,
    )
    .map(({ index }) => index);
}

/**
 * Free text under a header that names no role: sentences, most of them different, longest first; a column answered
 * in at least a fifth of the rows before a sparse one (an "Other, please specify" answered by a few).
 */
function unnamedText(headers: readonly string[], profiles: readonly ColumnProfile[], taken: ReadonlySet<number>): number[] {
  const rows = Math.max(...profiles.map((profile) => profile.filled));
  const dense = (profile: ColumnProfile) => (profile.filled >= rows * 0.2 ? 1 : 0);
  return profiles
    .map((profile, index) => ({ profile, index }))
    .filter(
      ({ profile, index }) =>
        !taken.has(index) &&
        !PERSONAL.test(normalise(headers[index] ?? '')) &&
        !NOT_THE_CUSTOMER.test(normalise(headers[index] ?? '')) &&
        profile.characters / profile.filled >= 20 &&
        // Sentences, not tokens or codes: a response id is long but one word.
        profile.words / profile.filled >= 3 &&
        // Varied: people write their own words, they do not tick the same label.
        distinctCount(profile) >= profile.filled * 0.5 &&
        FITS.comment(profile),
    )
    .sort(
      (a, b) =>
        dense(b.profile) - dense(a.profile) ||
        b.profile.characters / b.profile.filled - a.profile.characters / a.profile.filled ||
        a.index - b.index,
    )
    .map(({ index }) => index);
}

/** A second free-text column counts as a question of its own when its header asks one or its answers are sentences. */
function isOpenQuestion(headers: readonly string[], profiles: readonly ColumnProfile[]): (index: number) => boolean {
  return (index) => OPEN_QUESTION.test(normalise(headers[index] ?? '')) || profiles[index]!.words / profiles[index]!.filled >= 6;
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
