/**
 * Whether a word is one of everyday speech in one of the languages centricity reads. Given names
 * that are also such words ("Will", "Hope", "Pierre") are redacted only before a surname. Used when
 * the list of given names is generated (scripts/given-names.mjs), never while a file is read: the
 * frequency lists of seven languages would cost every thread about 7 MB.
 */
import { foldWord } from './keywords.js';
import { functionWordsOf, READABLE_LANGUAGES } from './language.js';
import { languageData, UNLISTED_RANK } from './themes/language.js';

/** A word is its language's own when it ranks this many times higher in that language's everyday words than in any other's… */
const OWN_WORD_LEAD = 2.5;
/** …and is among this many of its most frequent: further down, a language's own names ("joão", "giovanni") outnumber its words. */
const OWN_WORD_RANK = 3500;

let functionWords: ReadonlySet<string> | undefined;

/**
 * A function word ("will", "may"), or a frequent word that is one language's own ("hope", "pierre"
 * in French, "ernst" in German). The frequency lists come from film subtitles, where names are
 * frequent too, but alike in every language, since films are translated with their names kept
 * ("tom", "sandra"): a name is seldom much more frequent in one, and never in English alone ("sunny",
 * "autumn" are words).
 */
export function isEverydayWord(word: string): boolean {
  functionWords ??= new Set(READABLE_LANGUAGES.flatMap((language) => functionWordsOf(language)));
  if (functionWords.has(word)) return true;
  const folded = foldWord(word);
  const ranks = READABLE_LANGUAGES.map((language) => languageData(language).ranks.get(folded) ?? UNLISTED_RANK);
  // READABLE_LANGUAGES starts with English.
  if (ranks[0]! < UNLISTED_RANK && ranks.every((rank, index) => index === 0 || rank === UNLISTED_RANK)) return true;
  const [best, next] = ranks.sort((a, b) => a - b);
  return best! <= OWN_WORD_RANK && best! * OWN_WORD_LEAD <= next!;
}
