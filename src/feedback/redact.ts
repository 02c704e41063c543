/**
 * Personal data out of everything a report shows of what customers typed: quotes, ids, segments,
 * frequent words. Each kind is found by a detector below and replaced by its placeholder
 * (`[email]`, `[phone]`, `[card]`, `[iban]`, `[ip]`, `[postcode]`, `[address]`, `[name]`); an id
 * that holds personal data becomes a keyed pseudonym instead. The words and tables the detectors
 * use are data, in personal-data.ts. What each detector takes, and what it deliberately keeps:
 *
 * - E-mail: `a@b.c` and `a@b`, any characters; the same with spaces around `@` or `.` before a
 *   known top-level domain; `name (at) domain (dot) com`, `name[at]domain` and other bracketed
 *   forms; `name at domain dot com` when neither name nor domain is a common word, and
 *   `name at gmail.com` with a known mail provider (not `shop at amazon.com`). After all that,
 *   any word still shaped like `x@y.z` goes whole.
 * - Card: 13–19 digits in any grouping that pass the Luhn check; 4-4-4-4(-3) always.
 * - IBAN: country, check digits and the country's length, any spacing, any case, mod-97 checked.
 * - Phone: `+` or `00` and a country code, then 8–15 digits in any grouping (brackets, `(0)`,
 *   dots, dashes, one slash); national numbers with a trunk 0 (UK, FR, DE, NL, IT, BE, CH…) as
 *   they are written; North American 3-3-4 and 1-3-3-4; Spanish 9 digits from 6–9; Italian
 *   mobiles 3xx. Kept: dates, times, prices, years, versions, and digits after an order word.
 * - IP: IPv4 (not after "version", "build"…) and IPv6 with `::` or all eight groups.
 * - Postcode: UK, US ZIP+4 and ZIP after a state, Dutch `1234 AB`, and five digits before a
 *   capitalised town when that ends the sentence, follows a comma or has `D-`/`F-` (FR, DE, ES, IT).
 * - Street address: number and name before an English street type, French `12 rue de la Paix`,
 *   German and Dutch `Hauptstraße 5`, Spanish and Italian `Calle Mayor 12`.
 * - Name: after "my name is" and its translations (any case), after "ask for", "spoke to" and a
 *   title ("Mr", "Frau") when capitalised, and after a sign-off ("Thanks, John") that ends the text;
 *   a capitalised given name anywhere (given-names.ts) unless its context says it is a word, a
 *   thing or a place (see findGivenNames).
 *
 * An order number is digits (with letters or dashes) right after one of REFERENCE_WORDS
 * ("order 12345", "ticket #88123", "commande n° 0612345678"): it is kept, since a phone or
 * postcode pattern there is a coincidence, unless it passes a card or IBAN checksum.
 * Digits glued to letters (`AB0612345678`) are not read as a phone or card.
 * HTML entities are not decoded here (decoding is not idempotent); {@link quote} decodes first.
 * Markdown and HTML escaping is the report layer's job.
 */
import { createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { isEverydayWord } from './everyday-words.js';
import { GIVEN_NAMES, GIVEN_NAMES_ALSO_WORDS } from './given-names.js';
import {
  AT_WORDS,
  DOT_WORDS,
  IBAN_LENGTHS,
  KNOWN_TLDS,
  MAIL_PROVIDERS,
  NAME_INTRODUCTIONS,
  NAME_PARTICLES,
  NAME_REFERENCES,
  NOT_DUTCH_POSTCODE_LETTERS,
  NOT_NAMES,
  PLACE_PREPOSITIONS,
  PLACE_WORDS_BEFORE,
  POSTCODE_WORDS,
  REFERENCE_WORDS,
  SIGN_OFFS,
  STREET_SUFFIXES,
  STREET_TYPES_AFTER,
  STREET_TYPES_BEFORE_NAME,
  STREET_TYPES_NUMBER_LAST,
  THANKS_WORDS,
  THING_DETERMINERS,
  TITLES,
  UK_POSTCODE_AREAS,
  US_STATES,
  VERSION_WORDS,
} from './personal-data.js';
import { STOPWORDS } from './stopwords.js';
import { decodeEntities, tokenize } from './text.js';
import { idsOf, PerWord } from './vocabulary.js';

export type PersonalDataKind = 'email' | 'phone' | 'card' | 'iban' | 'ip' | 'postcode' | 'address' | 'name';

/** Where personal data of one kind sits in a text: `text.slice(start, end)`. */
export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export const DEFAULT_QUOTE_LENGTH = 160;

// ---------------------------------------------------------------------------------------------
// Patterns, built once from the data.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const anyOf = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
/** "rue" → "[Rr]ue": a word at the start of a sentence or not, without making the rest of the pattern case-blind. */
const eitherCase = (word: string) => {
  const first = word[0]!;
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  return (upper === lower ? escapeRegExp(first) : `[${upper}${lower}]`) + escapeRegExp(word.slice(1));
};

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
/** A capitalised word of a name or street: "Smith", "O'Brien", "Jean-Luc", "Müller". */
const CAPITALISED = "\\p{Lu}[\\p{L}'’-]*";
const PARTICLE = `(?:${anyOf(NAME_PARTICLES)})`;
const NAMED = `(?:${PARTICLE}\\s*)*${CAPITALISED}(?:\\s+(?:${PARTICLE}\\s*)*${CAPITALISED}){0,3}`;

/** Whitespace, including the line and paragraph separators, NEL and other control characters. */
const SPACES = /[\s\u0000-\u001f\u007f-\u009f]+/g;

const EMAIL = /[\p{L}\p{N}._%+'-]*[\p{L}\p{N}_]@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const EMAIL_SHAPE = /\S@\S+\.\S/;
/**
 * An address without its top-level domain ("jane@gmail", "j.doe4@company"): a mail provider, or a
 * local part written like an address's. Not "serv@ice", "Made@it" or "chk@preboard" in tweets.
 */
const SHORT_EMAIL = new RegExp(
  `${NOT_WORD_BEFORE}[\\p{L}\\p{N}][\\p{L}\\p{N}._%+'-]*@` +
    `(?:(${anyOf(MAIL_PROVIDERS)})|[\\p{L}\\p{N}-]+)${NOT_WORD_AFTER}(?!\\.[\\p{L}\\p{N}])`,
  'giu',
);
/** Longest word we run the e-mail pattern on; longer ones with an e-mail shape are dropped whole. */
const LONGEST_WORD = 320;

const LOCAL = "[\\p{L}\\p{N}._%+'-]*[\\p{L}\\p{N}_]";
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const TLD = `(?:${anyOf(KNOWN_TLDS)})${NOT_WORD_AFTER}`;
const OPEN = '[(\\[{<]';
const CLOSE = '[)\\]}>]';
const BRACKETED_AT = `\\s*${OPEN}\\s*(?:@|${anyOf(AT_WORDS)})\\s*${CLOSE}\\s*`;
const WORD_AT = `\\s+(?:${anyOf(AT_WORDS)})\\s+`;
const BRACKETED_DOT = `\\s*${OPEN}\\s*(?:\\.|${anyOf(DOT_WORDS)})\\s*${CLOSE}\\s*`;
const WORD_DOT = `\\s+(?:${anyOf(DOT_WORDS)})\\s+`;
/** " . " and " .": a dot with a space before it, unlike the end of a sentence ("night. Is"). */
const SPACED_DOT = '\\s+\\.\\s*';
/** A local part with its dots spelt out too: "john dot smith". */
const LOOSE_LOCAL = `${LOCAL}(?:(?:${BRACKETED_DOT}|${WORD_DOT})${LOCAL})*`;
/** Any way of writing a dot, and what follows it: a spaced " . " only before a known top-level domain. */
const DOT_LABEL = `(?:(?:${BRACKETED_DOT}|${WORD_DOT}|\\.)${LABEL}|${SPACED_DOT}${TLD})`;
/** Each loose form, and a cheap test that must pass before its pattern runs over the text. */
const LOOSE_EMAILS: readonly { pattern: RegExp; hint: RegExp; checkWords: boolean }[] = [
  // name (at) domain (dot) com, name[at]domain: brackets say it is an address.
  {
    pattern: new RegExp(`${NOT_WORD_BEFORE}${LOOSE_LOCAL}${BRACKETED_AT}${LABEL}${DOT_LABEL}*`, 'giu'),
    hint: new RegExp(`${OPEN}\\s*(?:@|${anyOf(AT_WORDS)})\\s*${CLOSE}`, 'iu'),
    checkWords: false,
  },
  // name @ domain . com: a space after the "@" (a handle, "thanks @united", has none), a known domain at the end.
  {
    pattern: new RegExp(`${NOT_WORD_BEFORE}${LOCAL}\\s*@\\s+${LABEL}(?:(?:\\.|${SPACED_DOT})${LABEL})*(?:\\.|${SPACED_DOT})${TLD}`, 'giu'),
    hint: /@/,
    checkWords: false,
  },
  // name at domain dot com: a spelt-out dot and a known domain, or a known mail provider.
  {
    pattern: new RegExp(
      `${NOT_WORD_BEFORE}${LOOSE_LOCAL}${WORD_AT}(?:${LABEL}(?:${BRACKETED_DOT}|${WORD_DOT}|\\.))*` +
        `(?:${LABEL}(?:${BRACKETED_DOT}|${WORD_DOT})${TLD}|(?:${anyOf(MAIL_PROVIDERS)})(?:${BRACKETED_DOT}|${WORD_DOT}|\\.)${TLD})`,
      'giu',
    ),
    hint: new RegExp(`\\s(?:${anyOf(DOT_WORDS)})\\s|\\s(?:${anyOf(AT_WORDS)})\\s+\\S+\\.[a-z]`, 'i'),
    checkWords: true,
  },
];

const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}(?=[ -]?\d[ -]?\d[ -]?[A-Za-z0-9])/gu;

const CARD_RUN = /\d+(?:[ .-]\d+)*/g;
const PHONE_RUN = /\+?\(?\d+(?:[ .()/-]{1,3}\d+)*/g;
/** No card or phone is written in more than this many digit groups ("+33 (0) 6 12 34 56 78" has 7). */
const MAX_GROUPS = 8;
const DIGITS = /\d+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const REFERENCE_BEFORE = new RegExp(
  `(?:${NOT_WORD_BEFORE}(?:${anyOf(REFERENCE_WORDS)})` +
    `\\s*(?:number|num[ée]ro|no\\.?|nr\\.?|n[°º]|nummer|número|numero|id)?\\s*[:.]?\\s*#?\\s*|#\\s*)$`,
  'iu',
);
const VERSION_BEFORE = new RegExp(`${NOT_WORD_BEFORE}(?:${anyOf(VERSION_WORDS)})\\.?\\s*$`, 'iu');

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${OCTET}\\.){3}${OCTET}(?!\\.?\\d|[\\p{L}])`, 'gu');
const IPV6_CANDIDATE = /(?<![\p{L}\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,8}[0-9A-Fa-f]{0,4}(?![\p{L}\p{N}:])/gu;

const UK_POSTCODE = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:${UK_POSTCODE_AREAS.join('|')})\\d[A-Z\\d]?|GIR) ?\\d[ABD-HJLNP-UW-Z]{2}${NOT_WORD_AFTER}`,
  'giu',
);
const ZIP_PLUS_4 = /(?<![\p{L}\p{N}-])\d{5}-\d{4}(?![\p{N}-])/gu;
const STATE_ZIP = new RegExp(`(?<![\\p{L}])(?:${US_STATES.join('|')})\\s+(\\d{5})(?![\\p{N}-])`, 'gu');
const DUTCH_POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3} ?([A-Z]{2})(?![\p{L}\p{N}])/gu;
const TOWN_POSTCODE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])([DFEIdfei]-\\s?)?(\\d{5})\\s+${CAPITALISED}` +
    `(?:[\\s-](?:(?:sur|sous|le|la|les|de|du|des|am|an|der|im|bei)\\s+)?${CAPITALISED})?`,
  'gu',
);

const NAMED_POSTCODE = new RegExp(
  `${NOT_WORD_BEFORE}(?:${anyOf(POSTCODE_WORDS)})\\s*[:.]?\\s*(\\d{4,5}(?:-\\d{4})?)${NOT_WORD_AFTER}`,
  'giu',
);
/** Before "10115 Berlin": "in", "à"…, or a house number and a comma ("Hauptstraße 5, 10115 Berlin"). */
const PLACE_BEFORE = new RegExp(`(?:\\d[A-Za-z]?,|${NOT_WORD_BEFORE}(?:${anyOf(PLACE_PREPOSITIONS)}))\\s*$`, 'iu');

const ENGLISH_ADDRESS = new RegExp(
  `${NOT_WORD_BEFORE}\\d{1,5}[A-Za-z]?,?\\s+(?:${CAPITALISED}\\s+){1,3}(?:${anyOf(STREET_TYPES_AFTER)})\\.?${NOT_WORD_AFTER}`,
  'gu',
);
const FRENCH_ADDRESS = new RegExp(
  `${NOT_WORD_BEFORE}\\d{1,4}(?:\\s?(?:bis|ter|[A-Za-z]))?,?\\s+(?:${STREET_TYPES_BEFORE_NAME.map(eitherCase).join('|')})\\s+${NAMED}`,
  'gu',
);
const NUMBER_LAST_ADDRESS = new RegExp(
  `${NOT_WORD_BEFORE}(?:${STREET_TYPES_NUMBER_LAST.map(eitherCase).join('|')})\\s*${NAMED},?` +
    `\\s+(?:n[º°o]\\.?\\s*)?\\d{1,4}(?:\\s?[A-Za-z])?${NOT_WORD_AFTER}`,
  'gu',
);
/** One or two capitalised words and a house number; the last word must end in a street word (checked in code). */
const SUFFIX_ADDRESS = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}-]*\s)?\p{Lu}[\p{L}-]*\.?)\s\d{1,4}(?:\s?[A-Za-z])?(?![\p{L}\p{N}])/gu;

// Without the "u" flag, which makes a case-blind search over many phrases several times slower.
const NOT_LATIN_BEFORE = '(?<![0-9A-Za-z\\u00C0-\\u024F])';
const NAME_INTRODUCTION = new RegExp(`${NOT_LATIN_BEFORE}(?:${anyOf(NAME_INTRODUCTIONS)})\\s*[:,-]?\\s*`, 'gi');
const NAME_REFERENCE = new RegExp(`${NOT_LATIN_BEFORE}(?:${anyOf(NAME_REFERENCES)})\\s*[:,-]?\\s*`, 'gi');
/** Not after a number: "10 M. Dommage" is ten metres. */
const TITLE = new RegExp(`(?<!\\d\\s?)${NOT_LATIN_BEFORE}(?:${anyOf(TITLES)})\\.?\\s+`, 'g');
const NAME_PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);
const SIGN_OFF_PHRASES: ReadonlySet<string> = new Set(SIGN_OFFS);
const SIGN_OFF_WORDS = Math.max(...SIGN_OFFS.map((phrase) => phrase.split(' ').length));
const NAME_WORD = /\p{L}[\p{L}'’-]*\.?/uy;
const PARTICLE_WORD = new RegExp(`${PARTICLE}(?:\\s+|(?=\\p{L}))`, 'uy');
const TRAILING_CHARACTER = /[\s\p{P}\p{S}]/u;
const NAME_CHARACTER = /[\p{L}'’-]/u;
/** What may follow a sign-off's name to the end of the text: punctuation, symbols and emoji. */
const ONLY_PUNCTUATION = /^[\s\p{P}\p{S}]*$/u;

// ---------------------------------------------------------------------------------------------
// The public functions.

/** Where the personal data in `text` is, sorted, overlapping finds merged (the longer one names the kind). */
export function findPersonalData(text: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  const hasDigit = /\d/.test(text);
  findEmails(text, spans);
  if (hasDigit) {
    findIbans(text, spans);
    findDigitGroups(text, CARD_RUN, cardSpan, 'card', spans);
    findDigitGroups(text, PHONE_RUN, phoneSpan, 'phone', spans);
    findIps(text, spans);
    findPostcodes(text, spans);
    findAddresses(text, spans);
  }
  findNames(text, spans);
  return merge(spans);
}

/**
 * False only when `findPersonalData(text)` surely finds nothing, from cheap evidence: `words` are
 * the text's words as `tokenize` gives them. Every find needs an "@" or a digit, or starts at
 * (or holds, bracketed) a phrase whose words the text must then hold in a row: a spelt-out "at" or "dot", a
 * name's introduction or reference ("my name is", "spoke to"), a title, a sign-off. The phrases
 * are found by the words; where the patterns and the tokenizer could see word edges differently
 * (a letter the patterns do not count as Latin just before a phrase, ª, µ, emoji), the text is
 * checked in full. For counting words fast: a test holds it to `findPersonalData`.
 */
export function mayHoldPersonalData(text: string, words: readonly string[]): boolean {
  if (CHECK_IN_FULL.test(text)) return true;
  const ids = idsOf(words);
  for (let index = 0; index < words.length; index++) {
    // A given name alone is one word, which the term count leaves out by id (isGivenName): the text is searched
    // in full only where the name runs on ("Tom Smith"), which a given name that is also a word needs to count.
    if (givenNameOf.of(ids[index]!) !== NOT_GIVEN && nameRunsOn(text, baseOfWord(words[index]!))) return true;
    if (!mayStartPhrase.of(ids[index]!)) continue;
    const word = words[index]!;
    if (phraseAt(words, index, word)) return true;
    // "qu'il", "x'my name is": a phrase's first word may follow an apostrophe inside a word.
    for (let apostrophe = word.indexOf("'"); apostrophe >= 0; apostrophe = word.indexOf("'", apostrophe + 1)) {
      if (phraseAt(words, index, word.slice(apostrophe + 1))) return true;
    }
  }
  return false;
}

/**
 * An "@" or a digit; a letter or digit among Latin-1's symbols (ª, µ, ²), the long s (which the
 * case-blind patterns read as an "s"), the dotted İ (two characters in lower case), anything past
 * Latin Extended-B, emoji included.
 */
const CHECK_IN_FULL = /[@0-9\u0080-\u00bf\u0130\u017f\u0250-\uffff]/;

/** A phrase of a pattern as words in a row; `runsOn`: its last word may run on into the name ("demanderBob"). */
interface Phrase {
  words: readonly string[];
  runsOn: boolean;
}

/** The phrases by their first word; and those whose only word may run on, found by a prefix. */
const PHRASES = new Map<string, Phrase[]>();
const ONE_WORD_RUNNING_ON: Phrase[] = [];
for (const [phrases, runsOn] of [
  [NAME_INTRODUCTIONS, true],
  [NAME_REFERENCES, true],
  [TITLES, false],
  [SIGN_OFFS, false],
  [AT_WORDS, false],
  [DOT_WORDS, false],
] as const) {
  for (const text of phrases) {
    const words = tokenize(text);
    // Each pattern's phrase starts with a letter, so its first word starts where the phrase does.
    if (words.length === 0 || !/^\p{L}/u.test(text)) throw new Error(`personal data: the phrase "${text}" must start with a letter`);
    const phrase = { words, runsOn };
    PHRASES.set(words[0]!, [...(PHRASES.get(words[0]!) ?? []), phrase]);
    if (runsOn && words.length === 1) ONE_WORD_RUNNING_ON.push(phrase);
  }
}

/**
 * Whether some phrase may start at a word or after an apostrophe inside it, by the word's id in
 * the shared vocabulary: most words start none, and are then passed over at the cost of an array read.
 */
const mayStartPhrase = new PerWord((word: string) => {
  const startsPhrase = (first: string) =>
    PHRASES.has(first) || ONE_WORD_RUNNING_ON.some(({ words: [start] }) => first.length > start!.length && first.startsWith(start!));
  if (startsPhrase(word)) return true;
  for (let apostrophe = word.indexOf("'"); apostrophe >= 0; apostrophe = word.indexOf("'", apostrophe + 1)) {
    if (startsPhrase(word.slice(apostrophe + 1))) return true;
  }
  return false;
});

/** Some phrase starts at `words[index]`, read as `first` (the word, or its part after an apostrophe). */
function phraseAt(words: readonly string[], index: number, first: string): boolean {
  for (const phrase of PHRASES.get(first) ?? NONE) if (followedBy(words, index, phrase)) return true;
  // Longer than the phrase, or the look-up above found it.
  for (const phrase of ONE_WORD_RUNNING_ON) if (first.length > phrase.words[0]!.length && first.startsWith(phrase.words[0]!)) return true;
  return false;
}

/** The rest of the phrase's words follow `words[index]`; the last may run on when the phrase's may. */
function followedBy(words: readonly string[], index: number, phrase: Phrase): boolean {
  const last = phrase.words.length - 1;
  for (let k = 1; k <= last; k++) {
    const word = words[index + k];
    if (word === undefined) return false;
    const expected = phrase.words[k]!;
    if (word !== expected && !(k === last && phrase.runsOn && word.startsWith(expected))) return false;
  }
  return true;
}

const NONE: readonly Phrase[] = [];

/** Replaces the personal data in `text` by placeholders ([email], [phone]…) and collapses whitespace and newlines to single spaces. */
export function redact(text: string): string {
  let out = text.replace(SPACES, ' ').trim();
  // A replacement can expose more: "a@b.co(555) 123-4567" is a phone once the e-mail is gone.
  // Placeholders are never found again, so this ends, usually after one round with no change.
  for (let round = 0; round < 8; round++) {
    const next = redactEmailShapes(replaceSpans(out, findPersonalData(out), (kind) => `[${kind}]`));
    if (next === out) return out;
    out = next;
  }
  return out;
}

/**
 * `text` with its personal data cut out (each find becomes a space); the same string when there is none. For counting
 * words; `words`: the text's words as `tokenize` gives them, when the caller has them.
 */
export function withoutPersonalData(text: string, words: readonly string[] = tokenize(text)): string {
  // Most comments hold nothing: the cheap guards tell, before every pattern is run over the text.
  if (!mayHoldPersonalData(text, words) && !holdsCapitalisedGivenName(text)) return text;
  const spans = findPersonalData(text);
  return spans.length === 0 ? text : replaceSpans(text, spans, () => ' ');
}

/**
 * A short quote: decoded entities, tags dropped, one line, redacted unless `keepPersonalData`,
 * cut at a word boundary to at most `max` characters with an ellipsis.
 */
export function quote(text: string, max: number = DEFAULT_QUOTE_LENGTH, keepPersonalData = false): string {
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : DEFAULT_QUOTE_LENGTH;
  // Entities are read (exports keep `&#39;`, and an e-mail hidden as `&#64;` must still be found);
  // markup is kept, never deleted: the views escape it, so "I would <never> recommend you" keeps its
  // "never" and a decoded `javascript&#58;` is shown as inert text, never a link.
  const plain = decodeEntities(text);
  const full = keepPersonalData ? plain.replace(SPACES, ' ').trim() : redact(plain);
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

/**
 * A respondent id as a report may show it: as it is, or `respondent-` and six hex digits of an
 * HMAC-SHA-256 under `key` when it holds personal data (an e-mail, a phone number, a full name…).
 * The same id (case and spacing aside) gives the same pseudonym under the same key. Without a
 * key the personal data is replaced by placeholders.
 */
export function shownId(id: string, key: string | undefined): string {
  const trimmed = id.trim();
  if (!isPersonalId(trimmed)) return redact(trimmed);
  if (key === undefined) return redact(trimmed);
  const normalised = trimmed.toLowerCase().replace(/\s+/g, ' ');
  return `respondent-${createHmac('sha256', key).update(normalised).digest('hex').slice(0, 6)}`;
}

/** A row's id as everything centricity writes shows it: as typed with `keepPersonalData`, else as `shownId` gives it; null when blank. */
export function reportedId(id: string | undefined, keepPersonalData: boolean, key: string | undefined): string | null {
  const trimmed = id?.trim();
  if (!trimmed) return null;
  return keepPersonalData ? trimmed : shownId(trimmed, key);
}

/**
 * An id that is, or holds, personal data: found by a detector, or written like a person's name,
 * in any case and with initials ("Jane Doe", "ABDUL MAJEED", "A Vinod Kumar", "jdoe"): letters
 * only, one to five words. Ids that are codes have digits; a word id shown as a pseudonym hides nothing worth reading.
 */
function isPersonalId(id: string): boolean {
  return findPersonalData(id).length > 0 || NAME_LIKE.test(id);
}

const NAME_LIKE = /^\p{L}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){0,4}$/u;

// ---------------------------------------------------------------------------------------------
// Spans.

/** The matches of a global pattern; unlike `matchAll`, without cloning the pattern, which costs more than the search on short texts. */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(match);
  return found;
}

function merge(spans: PersonalDataSpan[]): PersonalDataSpan[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDataSpan[] = [{ ...spans[0]! }];
  for (const span of spans.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (span.start >= last.end) {
      merged.push({ ...span });
      continue;
    }
    if (span.end - span.start > last.end - last.start) last.kind = span.kind;
    last.end = Math.max(last.end, span.end);
  }
  return merged;
}

function replaceSpans(text: string, spans: readonly PersonalDataSpan[], by: (kind: PersonalDataKind) => string): string {
  let out = '';
  let copied = 0;
  for (const span of spans) {
    out += text.slice(copied, span.start) + by(span.kind);
    copied = span.end;
  }
  return out + text.slice(copied);
}

/** Last resort: any word still shaped like an e-mail address (odd characters, leftovers) goes whole. */
function redactEmailShapes(text: string): string {
  if (!text.includes('@')) return text;
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

// ---------------------------------------------------------------------------------------------
// E-mail addresses.

function findEmails(text: string, spans: PersonalDataSpan[]): void {
  if (text.includes('@')) {
    for (const match of matchesOf(EMAIL, text)) spans.push({ kind: 'email', start: match.index, end: match.index + match[0].length });
    for (const match of matchesOf(SHORT_EMAIL, text)) {
      const addressLike = match[1] !== undefined || /[._%+\d]/.test(match[0].slice(0, match[0].indexOf('@')));
      if (addressLike) spans.push({ kind: 'email', start: match.index, end: match.index + match[0].length });
    }
  }
  for (const { pattern, hint, checkWords } of LOOSE_EMAILS) {
    if (!hint.test(text)) continue;
    for (const match of matchesOf(pattern, text)) {
      // "look at this dot com": a common word on either side of "at" is prose, not an address.
      if (checkWords) {
        const words = match[0].toLowerCase().split(/\s+/);
        const local = words[0]!;
        const domain = words[2] ?? '';
        if (STOPWORDS.has(local) || STOPWORDS.has(domain.split('.')[0]!)) continue;
      }
      spans.push({ kind: 'email', start: match.index, end: match.index + match[0].length });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// IBANs.

function findIbans(text: string, spans: PersonalDataSpan[]): void {
  for (const match of matchesOf(IBAN_START, text)) {
    const country = match[0].toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (length === undefined) continue;
    // Collect the rest, one space or dash allowed between characters, until the country's length.
    let chars = country;
    let index = match.index + 2;
    while (chars.length < length && index < text.length) {
      const char = text[index]!;
      if (/[A-Za-z0-9]/.test(char)) {
        chars += char.toUpperCase();
        index++;
      } else if ((char === ' ' || char === '-') && /[A-Za-z0-9]/.test(text[index + 1] ?? '')) index++;
      else break;
    }
    if (chars.length !== length || LETTER_OR_DIGIT.test(text[index] ?? '') || !ibanChecksumHolds(chars)) continue;
    spans.push({ kind: 'iban', start: match.index, end: index });
  }
}

function ibanChecksumHolds(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

// ---------------------------------------------------------------------------------------------
// Cards and phone numbers: runs of digit groups, and the longest valid span of consecutive groups.

interface Group {
  /** Offset of the first digit in the text. */
  start: number;
  /** Offset just after the last digit. */
  end: number;
  digits: string;
}

type SpanOf = (groups: readonly Group[], text: string) => { start: number; end: number } | undefined;

function findDigitGroups(text: string, run: RegExp, span: SpanOf, kind: 'card' | 'phone', spans: PersonalDataSpan[]): void {
  for (const match of matchesOf(run, text)) {
    const groups = groupsOf(match[0], match.index);
    // A group glued to a letter or digit outside the run belongs to a word: "ab0612345678", "0612345678x".
    let first = 0;
    let last = groups.length;
    if (match.index > 0 && LETTER_OR_DIGIT.test(text[match.index - 1]!)) first = 1;
    const after = text[match.index + match[0].length];
    if (after !== undefined && (LETTER_OR_DIGIT.test(after) || after === '%')) last -= 1;
    let s = first;
    while (s < last) {
      let found: { start: number; end: number } | undefined;
      let e = Math.min(last, s + MAX_GROUPS);
      // Never the decimals of a number: "0.6629999999999999" holds no card.
      if (!isDecimalPart(text, groups[s]!.start)) {
        for (; e > s; e--) {
          found = span(groups.slice(s, e), text);
          if (found) break;
        }
      }
      // A phone pattern right after "order", "ticket #"… is a reference number.
      if (!found || (kind === 'phone' && isReference(text, found.start))) {
        s++;
        continue;
      }
      spans.push({ kind, ...found });
      s = e;
    }
  }
}

function isDecimalPart(text: string, start: number): boolean {
  return (text[start - 1] === '.' || text[start - 1] === ',') && /\d/.test(text[start - 2] ?? '');
}

function isReference(text: string, start: number): boolean {
  return REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

function groupsOf(runText: string, offset: number): Group[] {
  const groups: Group[] = [];
  for (const digits of matchesOf(DIGITS, runText)) {
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

const shapeOf = (groups: readonly Group[]) => groups.map((group) => group.digits.length).join('-');

function cardSpan(groups: readonly Group[], text: string): { start: number; end: number } | undefined {
  const digits = groups.map((group) => group.digits).join('');
  if (digits.length < 13 || digits.length > 19) return undefined;
  // One kind of separator throughout: "4111 1111 1111 1111", not "2024.01.02 1234 5678".
  const separators = new Set(groups.slice(1).map((group, index) => text.slice(groups[index]!.end, group.start)));
  if (separators.size > 1) return undefined;
  // Two groups around a dot are a decimal number: 0.6629999999999999.
  if (groups.length === 2 && separators.has('.')) return undefined;
  const shape = shapeOf(groups);
  // Tweet, user and order ids run to 18–19 digits too; cards that long start with 4 (Visa), 35 (JCB) or 6 (Maestro, UnionPay).
  if (groups.length === 1 && digits.length > 16 && !/^(?:4|35|6)/.test(digits)) return undefined;
  const card = shape === '4-4-4-4' || shape === '4-4-4-4-3' || luhn(digits);
  return card ? { start: groups[0]!.start, end: groups[groups.length - 1]!.end } : undefined;
}

/** National shapes (group lengths) of numbers written without a trunk 0 or a country code. */
const SPANISH_SHAPES = new Set(['9', '3-3-3', '3-2-2-2', '2-3-2-2', '3-6']);
const ITALIAN_MOBILE_SHAPES = new Set(['10', '3-7', '3-3-4', '3-3-2-2', '3-4-3']);
/** Trunk-0 numbers with a two-digit area or mobile prefix: FR 06 12 34 56 78, NL 06-12345678, IT 02 1234 5678. */
const TWO_DIGIT_PREFIX_SHAPES = new Set(['2-2-2-2-2', '2-8', '2-4-4', '2-3-4', '2-7', '2-3-2-2', '2-2-3-3']);

function phoneSpan(groups: readonly Group[], text: string): { start: number; end: number } | undefined {
  const head = groups[0]!;
  const tail = groups[groups.length - 1]!;
  const digits = groups.map((group) => group.digits).join('');
  const count = digits.length;
  if (count < 9 || count > 17) return undefined;
  // Each separator: at most one of "." "-" "/", one space, brackets; a slash at most once.
  let slashes = 0;
  for (let i = 1; i < groups.length; i++) {
    const sep = text.slice(groups[i - 1]!.end, groups[i]!.start);
    if ((sep.match(/[./-]/g)?.length ?? 0) > 1 || (sep.match(/ /g)?.length ?? 0) > 1) return undefined;
    if (sep.includes('/')) slashes++;
  }
  if (slashes > 1) return undefined;
  let start = head.start;
  const plus = text[start - 1] === '+' || (text[start - 1] === '(' && text[start - 2] === '+');
  const opened = text[start - 1] === '(' && text[head.end] === ')';
  if (plus) start = text.lastIndexOf('+', start - 1);
  else if (opened) start -= 1;
  const span = { start, end: tail.end };
  const shape = shapeOf(groups);

  if (plus) return count >= 8 && count <= 15 && head.digits[0] !== '0' ? span : undefined;
  if (head.digits.startsWith('00') && (groups.length >= 2 || count >= 12)) {
    const international = count - 2;
    // Nine digits at least: "0016 964012" is a baggage tag, no number abroad is that short.
    return international >= 9 && international <= 15 && digits[2] !== '0' ? span : undefined;
  }
  // 944.479.519 is a count written with thousands separators, not a phone number.
  if (
    groups.length > 1 &&
    groups.slice(1).every((group, index) => group.digits.length === 3 && text.slice(groups[index]!.end, group.start) === '.')
  )
    return undefined;
  // Dates and fractions have slashes; phones only after a trunk-0 area code: 030/1234567.
  if (slashes > 0 && !(head.digits[0] === '0' && head.digits.length >= 3 && text.slice(head.end, groups[1]!.start).includes('/')))
    return undefined;
  if (head.digits[0] === '0') {
    if (digits[1] === '0') return undefined;
    if (groups.length === 1) return count >= 10 && count <= 11 ? span : undefined;
    if (head.digits.length === 2) return TWO_DIGIT_PREFIX_SHAPES.has(shape) ? span : undefined;
    // 07700 900123, 020 7123 4567, 030 1234567, 0171 123 45 67
    const restOk = groups.slice(1).every((group) => group.digits.length >= 2 && group.digits.length <= 8);
    return head.digits.length <= 5 && restOk && groups.length <= 5 && count <= 12 ? span : undefined;
  }
  // North American: 555-234-5678 as written; ten digits together only with a valid exchange (not 5551234567).
  if (count === 10 && /^[2-9]/.test(digits) && (shape === '3-3-4' || (shape === '10' && /^\d{3}[2-9]/.test(digits)))) return span;
  if (count === 11 && digits[0] === '1' && (shape === '1-3-3-4' || shape === '11' || shape === '1-3-7')) return span;
  if (count === 9 && /^[6-9]/.test(digits) && SPANISH_SHAPES.has(shape)) return span;
  if (count === 10 && digits[0] === '3' && ITALIAN_MOBILE_SHAPES.has(shape)) return span;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// IP addresses, postcodes, street addresses.

function findIps(text: string, spans: PersonalDataSpan[]): void {
  if (text.includes('.')) {
    for (const match of matchesOf(IPV4, text)) {
      if (VERSION_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
      spans.push({ kind: 'ip', start: match.index, end: match.index + match[0].length });
    }
  }
  if (text.includes(':')) {
    for (const match of matchesOf(IPV6_CANDIDATE, text)) {
      // "from fe80::1:2: access denied": the last colon is the sentence's.
      const candidate = match[0].endsWith(':') && !match[0].endsWith('::') ? match[0].slice(0, -1) : match[0];
      const full = (candidate.match(/:/g)?.length ?? 0) === 7;
      const hexDigits = candidate.replace(/:/g, '').length;
      if ((full || candidate.includes('::')) && hexDigits >= 5 && isIPv6(candidate)) {
        spans.push({ kind: 'ip', start: match.index, end: match.index + candidate.length });
      }
    }
  }
}

function findPostcodes(text: string, spans: PersonalDataSpan[]): void {
  const push = (start: number, end: number) => {
    if (!isReference(text, start)) spans.push({ kind: 'postcode', start, end });
  };
  for (const match of matchesOf(UK_POSTCODE, text)) push(match.index, match.index + match[0].length);
  for (const match of matchesOf(NAMED_POSTCODE, text)) {
    const start = match.index + match[0].length - match[1]!.length;
    push(start, start + match[1]!.length);
  }
  for (const match of matchesOf(ZIP_PLUS_4, text)) push(match.index, match.index + match[0].length);
  for (const match of matchesOf(STATE_ZIP, text)) {
    const start = match.index + match[0].length - match[1]!.length;
    push(start, start + match[1]!.length);
  }
  for (const match of matchesOf(DUTCH_POSTCODE, text)) {
    // "1012AB", "1012 AB Amsterdam", "in 1012 AB"; not "only been 6600 UA" (miles, an airline).
    const end = match.index + match[0].length;
    const placed = !match[0].includes(' ') || /^\s+\p{Lu}/u.test(text.slice(end, end + 2)) || isAfterPlace(text, match.index);
    if (placed && !NOT_DUTCH_POSTCODE_LETTERS.has(match[1]!)) push(match.index, end);
  }
  for (const match of matchesOf(TOWN_POSTCODE, text)) {
    // "50000 Kunden verloren" and "13410 Followers" are counts; "5, 75002 Paris", "in 10115 Berlin" and "D-10115 Berlin" are places.
    if (match[1] || isAfterPlace(text, match.index)) {
      const digitsStart = match.index + (match[1]?.length ?? 0);
      push(digitsStart, digitsStart + 5);
    }
  }
}

function isAfterPlace(text: string, start: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

function findAddresses(text: string, spans: PersonalDataSpan[]): void {
  for (const pattern of [ENGLISH_ADDRESS, FRENCH_ADDRESS, NUMBER_LAST_ADDRESS]) {
    for (const match of matchesOf(pattern, text)) spans.push({ kind: 'address', start: match.index, end: match.index + match[0].length });
  }
  for (const match of matchesOf(SUFFIX_ADDRESS, text)) {
    const words = match[1]!.split(/\s/);
    const street = words[words.length - 1]!.toLowerCase();
    const suffix = STREET_SUFFIXES.find((candidate) => street.endsWith(candidate));
    if (suffix && (street.length > suffix.length || words.length === 2)) {
      spans.push({ kind: 'address', start: match.index, end: match.index + match[0].length });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Names.

function findNames(text: string, spans: PersonalDataSpan[]): void {
  for (const match of matchesOf(NAME_INTRODUCTION, text)) pushName(text, match.index + match[0].length, true, spans);
  for (const match of matchesOf(NAME_REFERENCE, text)) pushName(text, match.index + match[0].length, false, spans);
  for (const match of matchesOf(TITLE, text)) pushName(text, match.index + match[0].length, false, spans);
  findSignedName(text, spans);
  findGivenNames(text, spans);
}

// ---------------------------------------------------------------------------------------------
// Given names without a cue ("Tom in support was great", "Merci à Julie").

/** A word as `tokenize` cuts it, with its case: the given-name rule reads the text's words one to one with its tokens. */
const TEXT_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** What a word is to the given-name rule: none, a given name, or a given name that is also a word ("will", "hope", "pierre"). */
const NOT_GIVEN = 0;
const GIVEN = 1;
const GIVEN_AND_WORD = 2;
let givenNames: ReadonlySet<string> | undefined;
let namesAlsoWords: ReadonlySet<string> | undefined;

/** The name in a word: "sandra" of "sandra's", "amélie" of "d'amélie" (a part after a one-letter elision). */
function baseOfWord(word: string): string {
  const apostrophe = word.search(/['’]/);
  if (apostrophe < 0) return word;
  return apostrophe <= 1 ? baseOfWord(word.slice(apostrophe + 1)) : word.slice(0, apostrophe);
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A function of a word, remembered: the text-side rule meets the same few capitalised words again and again. */
function remembered<T>(of: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let verdict = known.get(word);
    if (verdict === undefined) {
      // Bounded, like the vocabulary: a file of a million comments has many odd words.
      if (known.size >= 50_000) known.clear();
      verdict = of(word);
      known.set(word, verdict);
    }
    return verdict;
  };
}

const givenNameKind = remembered((word: string): number => {
  givenNames ??= new Set(GIVEN_NAMES.split(' '));
  namesAlsoWords ??= new Set(GIVEN_NAMES_ALSO_WORDS.split(' '));
  const base = baseOfWord(word);
  if (NOT_NAMES.has(base)) return NOT_GIVEN;
  if (namesAlsoWords.has(base)) return GIVEN_AND_WORD;
  if (!givenNames.has(base)) return NOT_GIVEN;
  return STOPWORDS.has(base) ? GIVEN_AND_WORD : GIVEN;
});

/**
 * Whether a word after a name that is also a word is no surname: a function word, a name that is also a word,
 * or an everyday word ("God" of "May God bless", not "Smith"). The last test loads seven languages' word lists
 * (./everyday-words.ts), so it comes last: most such names are followed by a function word ("Fine I guess").
 */
const isNoSurname = remembered(
  (word: string) => STOPWORDS.has(word) || NOT_NAMES.has(word) || givenNameKind(word) === GIVEN_AND_WORD || isEverydayWord(word),
);

/** By word id, for the guard: what each (lower-case) word is to the given-name rule. */
const givenNameOf = new PerWord(givenNameKind);

/** Whether a lower-case word is a given name that is no everyday word ("tom", "sandra's"; not "will"): never a topic. */
export const isGivenNameWord = (word: string): boolean => givenNameKind(word) === GIVEN;

/** {@link isGivenNameWord} by word id. */
export const isGivenName = new PerWord(isGivenNameWord);

/**
 * Whether a name surely ends at `end`, from the next few characters: the end of the text, or a
 * lower-case word that is no particle ("Tom in support", "Priya replied"). Anything else (a
 * capital, a particle, a letter, dot, hyphen or apostrophe right after) is for the patterns to read.
 */
function endsNameHere(text: string, end: number): boolean {
  let at = end;
  const first = text.charCodeAt(at);
  if (Number.isNaN(first)) return true;
  if (first !== 0x20 && first !== 0x09) return false;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  let wordEnd = at;
  while (isAsciiLower(text.charCodeAt(wordEnd))) wordEnd++;
  return wordEnd > at && !/[\p{L}\p{N}'’]/u.test(text[wordEnd] ?? ' ') && !NAME_PARTICLE_SET.has(text.slice(at, wordEnd));
}

const isAsciiLower = (code: number) => code >= 0x61 && code <= 0x7a;

/** Whether a capitalised use of a given name in the text runs on into more of a name: a surname, a particle, a possessive. */
function nameRunsOn(text: string, base: string): boolean {
  const name = capitalised(base);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (endsNameHere(text, at + name.length)) continue;
    // "Will Smith": a name that is also a word is read from its surname.
    if (surnameAfter(text, at + name.length) >= 0) return true;
    const found = nameAt(text, at, false);
    if (found && found.end > at + name.length) return true;
  }
  return false;
}

/** A run of letters that starts with a capital: every capitalised given name is one, or ends one ("d'Amélie"). */
const CAPITALISED_RUN = /\p{Lu}\p{L}*/gu;

/** Whether a capitalised run of the text is a given name: most texts hold none, and are not cut into words for the rule. */
function holdsCapitalisedGivenName(text: string): boolean {
  CAPITALISED_RUN.lastIndex = 0;
  for (let run = CAPITALISED_RUN.exec(text); run; run = CAPITALISED_RUN.exec(text)) {
    const kind = givenNameKind(run[0].toLowerCase());
    // A name that is also a word ("Fine", "Will") counts only before a surname.
    if (
      kind === GIVEN ||
      (kind === GIVEN_AND_WORD && /^[ \t]+\p{Lu}/u.test(text.slice(CAPITALISED_RUN.lastIndex, CAPITALISED_RUN.lastIndex + 3)))
    )
      return true;
  }
  return false;
}

/**
 * Capitalised given names ("Tom", "Priya", "Jürgen", "Sandra's"), with the surname after them:
 * - a name that is also an everyday word ("Will", "Hope", "Pierre") only before a surname-like
 *   word ("Will Smith"), never alone ("Will buy again");
 * - not where the words before say it is a thing or a place ({@link isThingOrPlace}: "my Alexa",
 *   "a flight to Dallas", "Virgin America"), after an "@", "#" or "_" (handles), nor when the
 *   comment writes the same word in lower case too ("alexa … Alexa");
 * - not in capitals ("TOM") nor in lower case: neither is evidence of a name.
 */
function findGivenNames(text: string, spans: PersonalDataSpan[]): void {
  if (!holdsCapitalisedGivenName(text)) return;
  const words = matchesOf(TEXT_WORD, text);
  for (const [index, match] of words.entries()) {
    const lower = match[0].toLowerCase();
    const base = baseOfWord(lower);
    const start = match.index + lower.indexOf(base);
    if (text.slice(start, start + base.length) !== capitalised(base)) continue;
    const kind = givenNameKind(lower);
    if (kind === NOT_GIVEN || /[@#_]$/.test(text.slice(0, start)) || isThingOrPlace(text, words, index)) continue;
    if (writtenInLowerCase(text, base)) continue;
    // nameAt stops at an everyday word: "Will Smith" is read from its surname.
    const surname = kind === GIVEN_AND_WORD ? surnameAfter(text, start + base.length) : start;
    const name = surname < 0 ? undefined : nameAt(text, surname, false);
    if (name) spans.push({ kind: 'name', start, end: name.end });
  }
}

/**
 * What the words before a capitalised given name say it is not a person: an article or possessive
 * ("my Alexa"), a number ("47275 Roma"), a place word without thanks before it ("flights to
 * Dallas", not "Thanks to Sandra"), or a capitalised word of the same run that is no greeting
 * ("Virgin America", "San Diego", "St. Louis"; not "Thanks Sandra").
 */
function isThingOrPlace(text: string, words: readonly RegExpExecArray[], index: number): boolean {
  const before = words[index - 1];
  if (!before) return false;
  const previous = before[0].toLowerCase();
  // After a number: a postcode's town ("75002 Paris", "47275 Roma"), a flight's city.
  if (THING_DETERMINERS.has(previous) || /^\d+$/.test(previous)) return true;
  if (PLACE_WORDS_BEFORE.has(previous)) {
    const thanked = words.slice(Math.max(0, index - 3), index - 1).some((word) => THANKS_WORDS.has(word[0].toLowerCase()));
    return !thanked;
  }
  const between = text.slice(before.index + before[0].length, words[index]!.index);
  // "St. Louis", "Ft. Worth": an abbreviation of two letters at most, with its dot.
  const abbreviated = before[0].length <= 2 && /^\.[ \t]+$/.test(between);
  if (!(abbreviated || /^[ \t]+$/.test(between)) || !/^\p{Lu}/u.test(before[0])) return false;
  const greeting = NOT_NAMES.has(previous) || THANKS_WORDS.has(previous) || SIGN_OFF_PHRASES.has(previous);
  return !greeting && givenNameKind(previous) === NOT_GIVEN;
}

/** The word also stands in lower case in the text, as a word of its own. */
function writtenInLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** Where a capitalised word right after `from` (spaces or tabs) that is no everyday word starts ("Smith" of "Will Smith"); -1 if none. */
function surnameAfter(text: string, from: number): number {
  const next = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’])/u.exec(text.slice(from, from + 40));
  if (!next) return -1;
  const word = next[1]!.toLowerCase();
  return isNoSurname(word) ? -1 : from + next[0].length - next[1]!.length;
}

/**
 * A name that ends the text after a sign-off ("…Thanks, John Smith :)"), found from the end: the
 * last one to three capitalised words, and a sign-off just before them.
 */
function findSignedName(text: string, spans: PersonalDataSpan[]): void {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    // Emoji and other characters past the first plane are symbols here.
    if (code >= 0xdc00 && code <= 0xdfff) end -= 2;
    else if (TRAILING_CHARACTER.test(text[end - 1]!)) end--;
    else break;
  }
  let start = end;
  for (let words = 0; words < 3; words++) {
    let wordStart = start;
    while (wordStart > 0 && NAME_CHARACTER.test(text[wordStart - 1]!)) wordStart--;
    if (wordStart === start) return;
    const word = text.slice(wordStart, start);
    start = wordStart;
    // "Giulia van Dijk": a particle inside the name, never its first word.
    if (words > 0 && NAME_PARTICLE_SET.has(word) && text[start - 1] === ' ') {
      start--;
      words--;
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) return;
    const before = text.slice(Math.max(0, start - 60), start);
    const separated = before.replace(/[\s,!.:;–—-]+$/u, '');
    // "Merci Botanic" thanks a brand; "Thanks, John" and "Cordialement Bruno Godet" are signed.
    const signed = /[^ \t]/.test(before.slice(separated.length)) || words > 0;
    if (separated.length < before.length && signed && endsWithSignOff(separated)) {
      const name = nameAt(text, start, false);
      if (name && ONLY_PUNCTUATION.test(text.slice(name.end))) spans.push({ kind: 'name', ...name });
      return;
    }
    if (!/^[ \t]$/.test(text[start - 1] ?? '')) return;
    start--;
  }
}

function endsWithSignOff(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  for (let count = 1; count <= Math.min(SIGN_OFF_WORDS, words.length); count++) {
    const phrase = words.slice(-count).join(' ');
    // "…the best" is not "Best": the phrase must start the text or follow punctuation.
    if (SIGN_OFF_PHRASES.has(phrase.replace(/^[^\p{L}]+/u, ''))) return true;
  }
  return false;
}

function pushName(text: string, from: number, anyCase: boolean, spans: PersonalDataSpan[]): void {
  const name = nameAt(text, from, anyCase);
  if (name) spans.push({ kind: 'name', ...name });
}

/**
 * Up to three name words from `from` ("Jean-Luc Picard", "Ludwig van Beethoven"): capitalised,
 * or in any case when `anyCase` and not a common word; none of NOT_NAMES.
 */
function nameAt(text: string, from: number, anyCase: boolean): { start: number; end: number } | undefined {
  let index = from;
  let end = -1;
  for (let words = 0; words < 3; words++) {
    let at = index;
    PARTICLE_WORD.lastIndex = at;
    const particle = end >= 0 ? PARTICLE_WORD.exec(text) : null;
    if (particle) at += particle[0].length;
    NAME_WORD.lastIndex = at;
    const word = NAME_WORD.exec(text)?.[0];
    if (!word) break;
    const lower = word.replace(/\.$/, '').toLowerCase();
    const capitalised = /^\p{Lu}/u.test(word);
    // Lower case only where the writer said a name follows, and then two words at most.
    if (NOT_NAMES.has(lower) || STOPWORDS.has(lower) || (!capitalised && (!anyCase || words >= 2))) break;
    const sentenceEnd = word.endsWith('.') && word.length > 2;
    end = at + word.length - (sentenceEnd ? 1 : 0);
    // "J. Smith" goes on after its initial; "Tamara. We'll try" ends with its sentence.
    if (sentenceEnd) break;
    index = at + word.length;
    const gap = /^[ \t]+/.exec(text.slice(index, index + 4));
    if (!gap) break;
    index += gap[0].length;
  }
  return end < 0 ? undefined : { start: from, end };
}
