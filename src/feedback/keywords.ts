/**
 * One small keyword matcher shared by the theme and journey lexicons.
 *
 * Keyword syntax (each entry of `keywords`):
 * - a single word: `price`, `prix`, `preis`;
 * - a phrase of consecutive words: `customer service`, `service client`, `too expensive`;
 * - any word ending in `*` matches every token that starts with it: `deliver*` matches
 *   "deliver", "delivered", "delivery"; `liefer*` catches German compounds ("Lieferzeit"). The
 *   stem must be at least {@link MIN_STEM} characters long. `*` may end any word of a phrase.
 * - a keyword may end with its sense in brackets, checked against the whole comment:
 *   `package [-install* -librar* -cran]` does not count when one of the `-` words is in the comment (a
 *   software package is not a parcel), `late [+flight* +plane*]` counts only when one of the `+`
 *   words is, and `helpful [unnegated]` does not count right after a negation ("not helpful",
 *   "never helpful", "pas aimable": one of {@link NEGATIONS} one or two words before it).
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
 * where their first two words occur, and senses only where such a keyword matched.
 */
import { tokenize } from './text.js';
import { idsOf, PerWord } from './vocabulary.js';

export interface KeywordGroup<Id extends string = string> {
  readonly id: Id;
  /** Words or phrases, see the module comment for the syntax. */
  readonly keywords: readonly string[];
  /** What each keyword match adds to the group's fit (1 when not given): a team's own themes weigh more. */
  readonly weight?: number;
}

/** A keyword group a reader sees by name: a theme, a journey stage. */
export interface TitledGroup<Id extends string = string> extends KeywordGroup<Id> {
  readonly title: string;
}

export interface KeywordMatcher<Id extends string = string> {
  /** Ids of the groups the tokens mention, in group order, each at most once. */
  (tokens: readonly string[]): Id[];
  /** The same ids, best fit first: most weighted keyword matches, ties in group order. */
  ranked(tokens: readonly string[]): Id[];
  /**
   * The group's share of the weighted keyword matches of the latest call (0 when it was not
   * mentioned, 1 when it was the only group): one array read, no new match.
   */
  lastFit(id: Id): number;
  /** True when this token (alone) is, or can start or continue, a keyword of any group. */
  covers(token: string): boolean;
}

/**
 * Words that turn the next word or two around, in the languages of the lexicons: `[unnegated]`
 * keywords do not count after them. English contractions ("didn't", "can't") end in "n't".
 */
export const NEGATIONS: ReadonlySet<string> = new Set(
  `not no never nobody nothing none without cannot nor neither
  ne pas jamais aucun aucune sans rien personne
  nicht kein keine keinen keiner keines nie niemals ohne nichts
  nunca sin ningún ninguno ninguna nada nadie
  non mai senza nessun nessuno nessuna niente
  niet geen nooit zonder niets niemand
  não nao sem nenhum nenhuma`.split(/\s+/),
);

/** True for a negation word, or an English "n't" contraction. */
export function isNegation(token: string): boolean {
  return NEGATIONS.has(token) || token.endsWith("n't");
}

/** {@link isNegation} of each word, by its id in the shared vocabulary. */
const negation = new PerWord(isNegation);

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
  /** A group index, or (at or past the group count) a sense rule: see `Rule`. */
  readonly group: number;
  /** Word-pattern ids the tokens after the first two must satisfy, in order. */
  readonly rest: readonly number[];
}

/** Phrases by the word pattern of their second word. */
type Continuations = Map<number, Phrase[]>;

/** A keyword with its sense in brackets: counted for `group` only if the comment agrees. */
interface Rule {
  readonly group: number;
  /** Word patterns of which one must be in the comment (none: no requirement). */
  readonly requires: readonly number[];
  /** Word patterns none of which may be in the comment. */
  readonly forbids: readonly number[];
  readonly unnegated: boolean;
}

const SENSE = /^(.*?)\s*\[([^\]]*)\]$/;

interface Entry {
  /** Groups (or rules, see `Phrase.group`) mentioned by this token alone. */
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

/** True when one of the word patterns is marked in `marks`. */
function anyMarked(words: readonly number[], marks: Uint8Array): boolean {
  for (let k = 0; k < words.length; k++) if (marks[words[k]!] === 1) return true;
  return false;
}

export function compileKeywords<Id extends string>(groups: readonly KeywordGroup<Id>[]): KeywordMatcher<Id> {
  const ids = groups.map((group) => group.id);
  if (new Set(ids).size !== ids.length) throw new Error(`compileKeywords: duplicate group id in ${ids.join(', ')}`);
  const total = groups.length;
  const weights = Float64Array.from(groups, (group) => group.weight ?? 1);

  // Word patterns: exact words and stems, each with an id.
  const exactIds = new Map<string, number>();
  const stemIds = new Map<string, number>();
  const singles: Set<number>[] = [];
  const starts: Continuations[] = [];
  /** Patterns that are words of a keyword (the others only check a sense). */
  const keywordWords = new Set<number>();
  const rules: Rule[] = [];
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

  const wordsOf = (text: string, keyword: string, groupId: string): number[] => {
    const words: number[] = [];
    for (const part of text.trim().split(/\s+/)) {
      const stem = part.endsWith('*');
      const parts = tokenize(stem ? part.slice(0, -1) : part).map(foldWord);
      if (parts.length === 0) throw new Error(`compileKeywords: "${keyword}" in "${groupId}" has an empty word`);
      parts.forEach((word, i) => {
        const isStem = stem && i === parts.length - 1;
        if (isStem && word.length < MIN_STEM) {
          throw new Error(`compileKeywords: stem "${word}*" in "${groupId}" is shorter than ${MIN_STEM} characters`);
        }
        words.push(patternId(word, isStem));
      });
    }
    return words;
  };

  /** The group, or a new rule for the keyword's sense in brackets. */
  const targetOf = (sense: string | undefined, groupIndex: number, keyword: string, groupId: string): number => {
    if (sense === undefined) return groupIndex;
    const rule = { group: groupIndex, requires: [] as number[], forbids: [] as number[], unnegated: false };
    for (const item of sense.trim().split(/\s+/)) {
      if (item === 'unnegated') rule.unnegated = true;
      else if (item[0] === '+' || item[0] === '-') {
        const words = wordsOf(item.slice(1), keyword, groupId);
        if (words.length !== 1) throw new Error(`compileKeywords: "${item}" in "${keyword}" (${groupId}) must be one word`);
        (item[0] === '+' ? rule.requires : rule.forbids).push(words[0]!);
      } else {
        throw new Error(`compileKeywords: "${item}" in "${keyword}" (${groupId}) is not +word, -word or unnegated`);
      }
    }
    rules.push(rule);
    return total + rules.length - 1;
  };

  groups.forEach((group, groupIndex) => {
    for (const keyword of group.keywords) {
      const sense = SENSE.exec(keyword);
      const words = wordsOf(sense ? sense[1]! : keyword, keyword, group.id);
      for (const word of words) keywordWords.add(word);
      const target = targetOf(sense?.[2], groupIndex, keyword, group.id);
      const [first, second, ...rest] = words;
      if (first === undefined) throw new Error(`compileKeywords: empty keyword in "${group.id}"`);
      if (second === undefined) {
        singles[first]!.add(target);
      } else {
        const byNext = starts[first]!;
        byNext.set(second, [...(byNext.get(second) ?? []), { group: target, rest }]);
      }
    }
  });
  const senses = rules.some((rule) => rule.requires.length > 0 || rule.forbids.length > 0);

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

  // Scratch state, reset at the start of the next call: matching is synchronous, so one of each is enough.
  // `fit` stays readable after a call (lastFit), its last slot the sum of the others (in a closure variable,
  // a fractional sum would be a new heap number on every match); `found` lists the groups mentioned, `foundCount` of them.
  // Lists are never shortened (setting an array's length frees its storage): each has its count.
  const fit = new Float64Array(total + 1);
  const found = new Int32Array(total);
  let foundCount = 0;
  /** Rules met during the pass and the token where each keyword started, checked once the comment is read. */
  const pendingRules: number[] = [];
  const pendingAt: number[] = [];
  let pendingCount = 0;
  const inComment = new Uint8Array(singles.length);

  const count = (group: number, at: number): void => {
    if (group >= total) {
      pendingRules[pendingCount] = group - total;
      pendingAt[pendingCount] = at;
      pendingCount++;
      return;
    }
    const weight = weights[group]!;
    if (fit[group] === 0) found[foundCount++] = group;
    fit[group] = fit[group]! + weight;
    fit[total] = fit[total]! + weight;
  };

  const negatedAt = (tokenIds: Int32Array, at: number): boolean =>
    (at > 0 && negation.of(tokenIds[at - 1]!)) || (at > 1 && negation.of(tokenIds[at - 2]!));

  /** Sets `inComment` for every word pattern the comment's tokens satisfy (1), or clears it again (0). */
  const mark = (tokenIds: Int32Array, length: number, value: number): void => {
    for (let i = 0; i < length; i++) {
      const words = entries.of(tokenIds[i]!).words;
      for (let k = 0; k < words.length; k++) inComment[words[k]!] = value;
    }
  };

  /** Counts the pending rules whose sense the comment agrees with. */
  const settleRules = (tokenIds: Int32Array, length: number): void => {
    // The comment's words are marked only for a rule that asks about them ("unnegated" looks at its neighbours alone).
    let marking = false;
    for (let k = 0; senses && k < pendingCount && !marking; k++) {
      const rule = rules[pendingRules[k]!]!;
      marking = rule.requires.length > 0 || rule.forbids.length > 0;
    }
    if (marking) mark(tokenIds, length, 1);
    for (let k = 0; k < pendingCount; k++) {
      const rule = rules[pendingRules[k]!]!;
      if (rule.unnegated && negatedAt(tokenIds, pendingAt[k]!)) continue;
      if (anyMarked(rule.forbids, inComment)) continue;
      if (rule.requires.length > 0 && !anyMarked(rule.requires, inComment)) continue;
      count(rule.group, pendingAt[k]!);
    }
    if (marking) mark(tokenIds, length, 0);
    pendingCount = 0;
  };

  // Indexed loops throughout: this runs for every comment, twice (themes and journey stages).
  const run = (tokens: readonly string[]): void => {
    for (let k = 0; k < foundCount; k++) fit[found[k]!] = 0;
    foundCount = 0;
    fit[total] = 0;
    const tokenIds = idsOf(tokens);
    const length = tokens.length;
    // Each token is read once: `next` becomes `entry` on the following step.
    let next = length > 0 ? entries.of(tokenIds[0]!) : NONE;
    for (let i = 0; i < length; i++) {
      const entry = next;
      next = i + 1 < length ? entries.of(tokenIds[i + 1]!) : NONE;
      if (entry === NONE) continue;
      const groups = entry.groups;
      for (let k = 0; k < groups.length; k++) count(groups[k]!, i);
      if (entry.next === null || next === NONE) continue;
      const words = next.words;
      for (let w = 0; w < words.length; w++) {
        const phrases = entry.next.get(words[w]!);
        if (phrases === undefined) continue;
        for (let p = 0; p < phrases.length; p++) {
          const rest = phrases[p]!.rest;
          if (i + 1 + rest.length >= length) continue;
          let j = 0;
          while (j < rest.length && entries.of(tokenIds[i + 2 + j]!).words.includes(rest[j]!)) j++;
          if (j === rest.length) count(phrases[p]!.group, i);
        }
      }
    }
    if (pendingCount > 0) settleRules(tokenIds, length);
  };

  /** Whether group `a` comes before group `b`: by weighted matches (most first) when `byFit`, then in group order. */
  const before = (a: number, b: number, byFit: boolean): boolean => (byFit && fit[a] !== fit[b] ? fit[a]! > fit[b]! : a < b);

  /** The ids of the groups found, in order: `found` sorted in place (a comment mentions a few groups: insertion sort). */
  const idsFound = (byFit: boolean): Id[] => {
    for (let k = 1; k < foundCount; k++) {
      const group = found[k]!;
      let at = k;
      for (; at > 0 && before(group, found[at - 1]!, byFit); at--) found[at] = found[at - 1]!;
      found[at] = group;
    }
    // Cut to size: an array grown by a push holds room for 17.
    const result = ids.slice(0, foundCount);
    for (let k = 0; k < foundCount; k++) result[k] = ids[found[k]!]!;
    return result;
  };

  const matcher = (tokens: readonly string[]): Id[] => {
    run(tokens);
    return idsFound(false);
  };
  const ranked = (tokens: readonly string[]): Id[] => {
    run(tokens);
    return idsFound(true);
  };
  const indexOf = new Map(ids.map((id, index) => [id as string, index]));
  const lastFit = (id: Id): number => {
    const group = indexOf.get(id);
    return group === undefined || fit[total] === 0 ? 0 : fit[group]! / fit[total]!;
  };
  const covers = (token: string) => resolveUncached(token).words.some((word) => keywordWords.has(word));

  return Object.assign(matcher, { ranked, lastFit, covers });
}
