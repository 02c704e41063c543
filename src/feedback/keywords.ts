/**
 * One small keyword matcher shared by the theme and journey lexicons.
 *
 * Keyword syntax (each entry of `keywords`):
 * - a single word: `price`, `prix`, `preis`;
 * - a phrase of consecutive words: `customer service`, `service client`, `too expensive`;
 * - any word ending in `*` matches every token that starts with it: `deliver*` matches
 *   "deliver", "delivered", "delivery"; `liefer*` catches German compounds ("Lieferzeit"). The
 *   stem must be at least {@link MIN_STEM} characters long. `*` may end any word of a phrase.
 *
 * Keywords are split with the same `tokenize` as comments (so `e-mail` is the phrase "e mail"
 * and matches both "e-mail" and "e mail"), then folded: lower case, accents removed, ligatures
 * split ("Qualität" and "qualitat", "délai" and "delai" are the same word). A token also matches
 * through its French/Italian elision ("l'accueil" → "accueil", "dell'ordine" → "ordine") and
 * its English possessive ("staff's" → "staff").
 *
 * Speed: everything is compiled once. Each distinct token is read once per lexicon (exact map,
 * then folding, elision and stems) and the verdict is kept by token id; a comment's tokens are
 * hashed to ids once for all lexicons and the other readers of its words (./vocabulary.ts).
 * Matching a comment is then one pass of array reads over its tokens; phrases are only tried
 * where their first two words occur.
 */
import { tokenize } from './text.js';
import { idsOf, PerWord } from './vocabulary.js';

export interface KeywordGroup<Id extends string = string> {
  readonly id: Id;
  /** Words or phrases, see the module comment for the syntax. */
  readonly keywords: readonly string[];
}

/** A keyword group a reader sees by name: a theme, a journey stage. */
export interface TitledGroup<Id extends string = string> extends KeywordGroup<Id> {
  readonly title: string;
}

export interface KeywordMatcher<Id extends string = string> {
  /** Ids of the groups the tokens mention, in group order, each at most once. */
  (tokens: readonly string[]): Id[];
  /** True when this token (alone) is, or can start or continue, a keyword of any group. */
  covers(token: string): boolean;
}

/** Comma-separated keywords, so a lexicon keeps each language on a few readable lines. */
export function keywordList(list: string): string[] {
  return list
    .split(',')
    .map((keyword) => keyword.trim().replace(/\s+/g, ' '))
    .filter((keyword) => keyword.length > 0);
}

/** Every "<lead> <tail>" phrase: `easy to` × `use, navigate` → "easy to use", "easy to navigate". */
export function keywordProduct(leads: string, tails: string): string[] {
  const ends = keywordList(tails);
  return keywordList(leads).flatMap((lead) => ends.map((tail) => `${lead} ${tail}`));
}

/** Shortest stem allowed before `*`: shorter stems would match half the dictionary. */
export const MIN_STEM = 3;

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower case, accents stripped, ß/œ/æ/ø spelled out: the form keywords and tokens are compared in. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/’/g, "'");
}

interface Phrase {
  readonly group: number;
  /** Word-pattern ids the tokens after the first two must satisfy, in order. */
  readonly rest: readonly number[];
}

/** Phrases by the word pattern of their second word. */
type Continuations = Map<number, Phrase[]>;

interface Entry {
  /** Groups mentioned by this token alone. */
  readonly groups: readonly number[];
  /** Phrases whose first word is this token, by their second word; null when none. */
  readonly next: Continuations | null;
  /** Word patterns this token satisfies (to continue a phrase). */
  readonly words: readonly number[];
}

const NONE: Entry = Object.freeze({ groups: [], next: null, words: [] });

/** Forms a token is looked up under: itself, folded, and without elision or possessive. */
function formsOf(token: string): string[] {
  const folded = foldWord(token);
  const forms = folded === token ? [token] : [token, folded];
  const apostrophe = folded.indexOf("'");
  if (apostrophe > 0) {
    const before = folded.slice(0, apostrophe);
    const after = folded.slice(apostrophe + 1);
    // l'accueil, d'attente, qu'il, dell'ordine, jusqu'à: short elided article or pronoun.
    if (after.length > 0 && before.length <= 6) forms.push(after);
    // staff's, customer's
    if (after === 's') forms.push(before);
  }
  return forms;
}

export function compileKeywords<Id extends string>(groups: readonly KeywordGroup<Id>[]): KeywordMatcher<Id> {
  const ids = groups.map((group) => group.id);
  if (new Set(ids).size !== ids.length) throw new Error(`compileKeywords: duplicate group id in ${ids.join(', ')}`);

  // Word patterns: exact words and stems, each with an id.
  const exactIds = new Map<string, number>();
  const stemIds = new Map<string, number>();
  const singles: Set<number>[] = [];
  const starts: Continuations[] = [];
  let maxStem = 0;

  const patternId = (word: string, stem: boolean): number => {
    const index = stem ? stemIds : exactIds;
    let id = index.get(word);
    if (id === undefined) {
      id = singles.length;
      index.set(word, id);
      singles.push(new Set());
      starts.push(new Map());
      if (stem) maxStem = Math.max(maxStem, word.length);
    }
    return id;
  };

  groups.forEach((group, groupIndex) => {
    for (const keyword of group.keywords) {
      const words: number[] = [];
      for (const part of keyword.trim().split(/\s+/)) {
        const stem = part.endsWith('*');
        const parts = tokenize(stem ? part.slice(0, -1) : part).map(foldWord);
        if (parts.length === 0) throw new Error(`compileKeywords: "${keyword}" in "${group.id}" has an empty word`);
        parts.forEach((word, i) => {
          const isStem = stem && i === parts.length - 1;
          if (isStem && word.length < MIN_STEM) {
            throw new Error(`compileKeywords: stem "${word}*" in "${group.id}" is shorter than ${MIN_STEM} characters`);
          }
          words.push(patternId(word, isStem));
        });
      }
      const [first, second, ...rest] = words;
      if (first === undefined) throw new Error(`compileKeywords: empty keyword in "${group.id}"`);
      if (second === undefined) {
        singles[first]!.add(groupIndex);
      } else {
        const byNext = starts[first]!;
        byNext.set(second, [...(byNext.get(second) ?? []), { group: groupIndex, rest }]);
      }
    }
  });

  const resolveUncached = (token: string): Entry => {
    const matched = new Set<number>();
    for (const form of formsOf(token)) {
      const exact = exactIds.get(form);
      if (exact !== undefined) matched.add(exact);
      const longest = Math.min(form.length, maxStem);
      for (let length = MIN_STEM; length <= longest; length++) {
        const stem = stemIds.get(form.slice(0, length));
        if (stem !== undefined) matched.add(stem);
      }
    }
    if (matched.size === 0) return NONE;
    const words = [...matched].sort((a, b) => a - b);
    const groupSet = new Set<number>();
    let next: Continuations | null = null;
    for (const word of words) {
      for (const group of singles[word]!) groupSet.add(group);
      for (const [second, phrases] of starts[word]!) {
        next ??= new Map();
        next.set(second, [...(next.get(second) ?? []), ...phrases]);
      }
    }
    return { groups: [...groupSet].sort((a, b) => a - b), next, words };
  };

  // This lexicon's reading of each interned token, by token id; filled as tokens first appear.
  const entries = new PerWord(resolveUncached);

  const total = groups.length;
  // Scratch marks, reset before returning: matching is synchronous, so one array is enough.
  const hit = new Uint8Array(total);

  const matcher = (tokens: readonly string[]): Id[] => {
    const tokenIds = idsOf(tokens);
    const count = tokens.length;
    let found = 0;
    // Each token is read once: `next` becomes `entry` on the following step.
    let next = count > 0 ? entries.of(tokenIds[0]!) : NONE;
    for (let i = 0; i < count && found < total; i++) {
      const entry = next;
      next = i + 1 < count ? entries.of(tokenIds[i + 1]!) : NONE;
      if (entry === NONE) continue;
      for (const group of entry.groups) {
        if (hit[group] === 0) {
          hit[group] = 1;
          found++;
        }
      }
      if (entry.next === null || next === NONE) continue;
      for (const word of next.words) {
        const phrases = entry.next.get(word);
        if (phrases === undefined) continue;
        for (const phrase of phrases) {
          const rest = phrase.rest;
          if (hit[phrase.group] !== 0 || i + 1 + rest.length >= count) continue;
          let j = 0;
          while (j < rest.length && entries.of(tokenIds[i + 2 + j]!).words.includes(rest[j]!)) j++;
          if (j === rest.length) {
            hit[phrase.group] = 1;
            found++;
          }
        }
      }
    }
    const result: Id[] = [];
    if (found === 0) return result;
    for (let group = 0; group < total; group++) {
      if (hit[group] !== 0) {
        hit[group] = 0;
        result.push(ids[group]!);
      }
    }
    return result;
  };

  return Object.assign(matcher, { covers: (token: string) => resolveUncached(token) !== NONE });
}
