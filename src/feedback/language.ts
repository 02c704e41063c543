/**
 * The language of one comment, told from its function words and its writing system. Chosen by
 * measurement against franc-min, tinyld and eld (see test/eval/sentiment.eval.js and the README):
 * on hand-written sentences it is as right as the best of them, it says 'und' for what is too short
 * to tell instead of guessing, and it costs next to nothing, because it reads the word ids the
 * comment's other readers share (./vocabulary.ts) instead of the text again.
 *
 * - Non-Latin scripts name their language from the letters: kana → Japanese, Han alone → Chinese,
 *   Hangul → Korean, Cyrillic → Russian (Ukrainian, Bulgarian or Serbian by their own letters),
 *   Greek, Hebrew, Arabic (Persian by its own letters), Devanagari → Hindi, Thai.
 * - Latin text: each word found in the stop-word lists of the `stopwords-iso` package (MIT) counts
 *   for each language whose list holds it, 1/k when k lists hold it ("de" is in eight, "the" in
 *   one), once per comment. The language with most wins when at least {@link MIN_HITS} of the comment's words are in
 *   its list and it leads the next by {@link MIN_LEAD}; otherwise the comment is 'und'.
 */
import { createRequire } from 'node:module';
import { PerWord } from './vocabulary.js';

/** Too short or too mixed to tell (ISO 639-2's code for "undetermined"). */
export const UNDETERMINED = 'und';

/** Languages whose sentiment centricity reads (./sentiment.ts); English first, the tie-break for short comments. */
export const READABLE_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const;
export type ReadableLanguage = (typeof READABLE_LANGUAGES)[number];

export const isReadable = (language: string): language is ReadableLanguage => (READABLE_LANGUAGES as readonly string[]).includes(language);

/**
 * The languages written in Latin letters told apart by their function words: the readable ones and
 * those most often met in customer feedback, so that a Polish or Turkish comment is known as one.
 * At most 32 (a word's languages are a bit mask).
 */
const LATIN_LANGUAGES = [
  ...READABLE_LANGUAGES,
  ...['pl', 'tr', 'sv', 'da', 'no', 'cs', 'sk', 'ro', 'id', 'fi', 'hu', 'hr', 'sl', 'ca', 'lt', 'lv', 'et'],
] as const;

const MIN_HITS = 2;
/** The winner's weight over the runner-up's. 1.25 was best of 1.25, 1.5 and 2 on the hand-written sentences and the real files. */
const MIN_LEAD = 1.25;
/**
 * A language centricity cannot read must lead the best one it reads by this much: called
 * unreadable, a comment loses its tone, so a word or two that happen to be Swedish ("sju", "in",
 * "is") in an English tweet leave it undetermined, read by the lexicon that knows its words.
 */
const UNREADABLE_LEAD = 2;

let masks: Map<string, number> | undefined;

let stopwordLists: Record<string, string[]> | undefined;

/**
 * A language's function words ("the", "que", "und"), as the `stopwords-iso` package lists them:
 * the one source of them for telling languages apart, for the sentiment lexicons (which never rate
 * them by stem) and for theme discovery (which leaves them out). Read on first use.
 */
export function functionWordsOf(language: string): readonly string[] {
  stopwordLists ??= createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
  return stopwordLists[language] ?? [];
}

/** Each stop word's languages, as a bit mask over {@link LATIN_LANGUAGES}; read on first use. */
function loadMasks(): Map<string, number> {
  const table = new Map<string, number>();
  for (const [index, language] of LATIN_LANGUAGES.entries()) {
    // Numbers ("2", "10") are in some lists and say nothing about a language.
    for (const word of functionWordsOf(language)) if (!/\d/.test(word)) table.set(word, (table.get(word) ?? 0) | (1 << index));
  }
  return table;
}

const maskOfWord = new PerWord<number>((word) => {
  masks ??= loadMasks();
  return masks.get(word) ?? 0;
});

const LATIN_INDEX: ReadonlyMap<string, number> = new Map(LATIN_LANGUAGES.map((language, index) => [language, index]));

/** True when the word of an id (from the latest `idsOf`) is a function word of a language told apart here ("estaba" in Spanish). */
export function isFunctionWordIn(language: string, id: number): boolean {
  const index = LATIN_INDEX.get(language);
  return index !== undefined && (maskOfWord.of(id) & (1 << index)) !== 0;
}

/** Each language's weight and hits in the comment being counted; all 0 between comments (only the languages met are reset). */
const scores = new Float64Array(LATIN_LANGUAGES.length);
const hits = new Int32Array(LATIN_LANGUAGES.length);
/** The comment each word id was last counted in, so that a word counts once per comment ("nice… so nice" is not Turkish twice). */
let countedIn = new Int32Array(1024);
let comment = 0;

const bitCount = (mask: number) => {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
};

/** The language of Latin-script words, by their ids from the latest `idsOf` (./vocabulary.ts). */
export function languageOfWords(ids: Int32Array, count: number): string {
  comment++;
  // The languages of the words counted, and how many words were counted: fewer than MIN_HITS cannot name a language.
  let met = 0;
  let counted = 0;
  for (let i = 0; i < count; i++) {
    const id = ids[i]!;
    const mask = maskOfWord.of(id);
    if (mask === 0) continue;
    if (id >= countedIn.length) {
      const grown = new Int32Array(Math.max(id + 1, 2 * countedIn.length));
      grown.set(countedIn);
      countedIn = grown;
    }
    if (countedIn[id] === comment) continue;
    countedIn[id] = comment;
    counted++;
    met |= mask;
    const weight = 1 / bitCount(mask);
    for (let rest = mask; rest !== 0; rest &= rest - 1) {
      const language = 31 - Math.clz32(rest & -rest);
      scores[language]! += weight;
      hits[language]!++;
    }
  }
  if (counted < MIN_HITS) {
    clear(met);
    return UNDETERMINED;
  }
  // The first language of most weight, and the weight of the best other; languages not met weigh 0.
  let best = 31 - Math.clz32(met & -met);
  let runnerUp = 0;
  for (let rest = met & (met - 1); rest !== 0; rest &= rest - 1) {
    const language = 31 - Math.clz32(rest & -rest);
    if (scores[language]! > scores[best]!) {
      runnerUp = scores[best]!;
      best = language;
    } else if (scores[language]! > runnerUp) {
      runnerUp = scores[language]!;
    }
  }
  const language = LATIN_LANGUAGES[best]!;
  const told =
    hits[best]! < MIN_HITS ||
    scores[best]! < MIN_LEAD * runnerUp ||
    (!isReadable(language) && scores[best]! < UNREADABLE_LEAD * bestReadable())
      ? UNDETERMINED
      : language;
  clear(met);
  return told;
}

/** Resets the weights and hits of the languages of a mask. */
function clear(met: number): void {
  for (let rest = met; rest !== 0; rest &= rest - 1) {
    const language = 31 - Math.clz32(rest & -rest);
    scores[language] = 0;
    hits[language] = 0;
  }
}

/** The weight of the best-scoring language centricity reads, in the comment just counted. */
function bestReadable(): number {
  let best = 0;
  for (let language = 0; language < READABLE_LANGUAGES.length; language++) best = Math.max(best, scores[language]!);
  return best;
}

/** Writing systems other than Latin, by their Unicode block, and the language each names (refined in {@link scriptLanguage}). */
const SCRIPTS: readonly { from: number; to: number; language: string }[] = [
  { from: 0x0370, to: 0x03ff, language: 'el' },
  { from: 0x0400, to: 0x04ff, language: 'ru' },
  { from: 0x0590, to: 0x05ff, language: 'he' },
  { from: 0x0600, to: 0x06ff, language: 'ar' },
  { from: 0x0900, to: 0x097f, language: 'hi' },
  { from: 0x0e00, to: 0x0e7f, language: 'th' },
  { from: 0x3040, to: 0x30ff, language: 'ja' },
  { from: 0x4e00, to: 0x9fff, language: 'zh' },
  { from: 0xac00, to: 0xd7af, language: 'ko' },
];

/** Letters of one language of a script that its others lack: they name it over the script's default. */
const OWN_LETTERS: readonly { script: string; letters: RegExp; language: string }[] = [
  { script: 'ru', letters: /[іїєґІЇЄҐ]/, language: 'uk' },
  { script: 'ru', letters: /[ђјљњћџЂЈЉЊЋЏ]/, language: 'sr' },
  { script: 'ar', letters: /[پچژگ]/, language: 'fa' },
];
const KANA = SCRIPTS.findIndex((script) => script.language === 'ja');
const HAN = SCRIPTS.findIndex((script) => script.language === 'zh');

const isLatinLetter = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

/**
 * The language the writing system of the text names, when most of its letters are in one script
 * other than Latin; null when most are Latin (or there are no letters).
 */
export function scriptLanguage(text: string): string | null {
  let latin = 0;
  const counts = new Int32Array(SCRIPTS.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x370) {
      if (isLatinLetter(code)) latin++;
      continue;
    }
    for (let script = 0; script < SCRIPTS.length; script++) {
      if (code >= SCRIPTS[script]!.from && code <= SCRIPTS[script]!.to) {
        counts[script]!++;
        break;
      }
    }
  }
  let best = -1;
  for (let script = 0; script < SCRIPTS.length; script++)
    if (counts[script]! > 0 && (best < 0 || counts[script]! > counts[best]!)) best = script;
  if (best < 0) return null;
  // Japanese mixes kana and Han (with kana it is Japanese): they count together against the Latin letters.
  const cjk = best === KANA || best === HAN;
  if ((cjk ? counts[KANA]! + counts[HAN]! : counts[best]!) < latin) return null;
  if (cjk) return counts[KANA]! > 0 ? 'ja' : 'zh';
  const script = SCRIPTS[best]!.language;
  return OWN_LETTERS.find((own) => own.script === script && own.letters.test(text))?.language ?? script;
}

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** A language's English name ("Polish"); "too short to tell" for 'und'. */
export function languageName(code: string): string {
  if (code === UNDETERMINED) return 'too short to tell';
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
