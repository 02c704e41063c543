/**
 * Token interning shared by everything that reads a comment's words: sentiment, the keyword
 * lexicons (themes, journey stages) and the frequent words. A comment's words are hashed once,
 * into small ids, and each reader then keeps its verdict on a word in an array by id
 * ({@link PerWord}), so a word costs one hash however many readers look at it.
 *
 * The table is a plain open-addressing hash (FNV-1a over UTF-16 code units): on freshly
 * tokenized strings it is 2–3× faster than `Map.get`, which was the hot spot of reading comments.
 */

/** Distinct tokens remembered before the vocabulary is reset (bounds memory on huge files). */
const VOCABULARY_LIMIT = 200_000;

let slots = 1 << 14;
let slotWords: (string | undefined)[] = new Array<string | undefined>(slots).fill(undefined);
let slotIds = new Int32Array(slots);
let vocabularyWords: string[] = [];
/** Bumped when the vocabulary is reset; readers then drop their verdicts by id. */
let generation = 0;

/** FNV-1a: the hash before any character, and the hash with one more character. */
export const HASH_START = 0x811c9dc5;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

function hashOf(word: string): number {
  let hash = HASH_START;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash >>> 0;
}

function resetVocabulary(size: number): void {
  slots = size;
  slotWords = new Array<string | undefined>(slots).fill(undefined);
  slotIds = new Int32Array(slots);
  vocabularyWords = [];
}

function internOne(token: string): number {
  const mask = slots - 1;
  let slot = hashOf(token) & mask;
  for (;;) {
    const word = slotWords[slot];
    if (word === undefined) break;
    if (word === token) return slotIds[slot]!;
    slot = (slot + 1) & mask;
  }
  const id = vocabularyWords.length;
  vocabularyWords.push(token);
  slotWords[slot] = token;
  slotIds[slot] = id;
  // Keep the table at most half full: rehash every word into a table twice the size.
  if (2 * vocabularyWords.length > slots) {
    const words = vocabularyWords;
    resetVocabulary(slots * 2);
    for (const word of words) internOne(word);
  }
  return id;
}

/**
 * The previous call's tokens (a copy: its first `lastCount`, -1 when there is none) and ids: reused,
 * so interning allocates nothing per comment (never shortened: setting an array's length frees its storage).
 */
const lastTokens: string[] = [];
let lastCount = -1;
let lastIds = new Int32Array(256);

/**
 * Ids of the tokens, valid until the next call; `ids[i]` for `i < tokens.length`. The readers of
 * one comment ask in turn with the same tokens: the ids are then those of the previous call.
 */
export function idsOf(tokens: readonly string[]): Int32Array {
  const count = tokens.length;
  // Same tokens as the previous call (compared one by one, so a reused array is safe): same ids.
  if (count === lastCount) {
    let same = true;
    for (let i = 0; i < count && same; i++) same = tokens[i] === lastTokens[i];
    if (same) return lastIds;
  }
  makeRoom();
  const ids = idsFor(count);
  for (let i = 0; i < count; i++) ids[i] = internOne(tokens[i]!);
  return remember(tokens, ids);
}

/** Resets the vocabulary when it is full: called before a comment's words are interned, so their ids stay valid together. */
export function makeRoom(): void {
  if (vocabularyWords.length > VOCABULARY_LIMIT) {
    resetVocabulary(1 << 14);
    generation++;
  }
}

/** The array {@link idsOf} gives its ids in, with room for `count`; the ids it held are forgotten, as the caller overwrites them. */
export function idsFor(count: number): Int32Array {
  lastCount = -1;
  if (lastIds.length < count) {
    const grown = new Int32Array(Math.max(count, 2 * lastIds.length));
    grown.set(lastIds);
    lastIds = grown;
  }
  return lastIds;
}

/** Makes `ids` (from {@link idsFor}) what {@link idsOf} gives for these tokens until it is asked about others. */
export function remember(tokens: readonly string[], ids: Int32Array): Int32Array {
  for (let i = 0; i < tokens.length; i++) lastTokens[i] = tokens[i]!;
  lastCount = tokens.length;
  return ids;
}

/** A character code lower-cased, for ASCII. */
export const lowerAscii = (code: number) => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

/**
 * The id of `text.slice(start, end).toLowerCase()`, for ASCII text, given the {@link hashStep hash}
 * of those lower-cased characters: compared where it stands, cut out of the text only the first
 * time the vocabulary meets it.
 */
export function idOfAscii(text: string, start: number, end: number, hash: number): number {
  const mask = slots - 1;
  const length = end - start;
  for (let slot = (hash >>> 0) & mask; ; slot = (slot + 1) & mask) {
    const word = slotWords[slot];
    if (word === undefined) break;
    if (word.length !== length) continue;
    let at = 0;
    while (at < length && word.charCodeAt(at) === lowerAscii(text.charCodeAt(start + at))) at++;
    if (at === length) return slotIds[slot]!;
  }
  return internOne(text.slice(start, end).toLowerCase());
}

/** The word of an id (the first string seen with its text): counting by it compares keys by reference. */
export function wordOf(id: number): string {
  return vocabularyWords[id]!;
}

/** One reader's verdict on each word, by id: worked out the first time the word is seen, kept until the vocabulary is reset. */
export class PerWord<T> {
  private verdicts: (T | undefined)[] = [];
  private seen = generation;

  constructor(private readonly verdictOf: (word: string) => T) {}

  /** Drops every verdict, for a reader whose verdicts went stale (they are worked out again as words come). */
  forget(): void {
    this.verdicts = [];
  }

  /** The verdict on the word of an id from the latest {@link idsOf}. */
  of(id: number): T {
    if (this.seen !== generation) {
      this.verdicts = [];
      this.seen = generation;
    }
    const verdicts = this.verdicts;
    let verdict = verdicts[id];
    if (verdict === undefined) {
      verdict = this.verdictOf(vocabularyWords[id]!);
      // Filled up to `id` first: an array written far past its end becomes a dictionary, many times slower to read.
      while (verdicts.length < id) verdicts.push(undefined);
      verdicts[id] = verdict;
    }
    return verdict;
  }
}
