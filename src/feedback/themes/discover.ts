/**
 * Theme discovery: the salient phrases of a set of comments, grouped by the company they keep.
 *
 * 1. Each comment is cut into units: its words less stopwords and numbers, stemmed by its
 *    language's Snowball stemmer ("delayed", "delays" → delay), a word right after a negation
 *    (one stopword may sit between: "not very helpful") kept apart as "not helpful"; and the
 *    2- and 3-unit phrases of neighbouring units ("customer service", "missed connection").
 * 2. A unit is salient when it is much more frequent in these comments than in everyday speech
 *    (./language.ts): salience = comments using it × log(share here / everyday share). A phrase is
 *    kept when it is frequent and its words mostly come together; it is as telling as its most
 *    telling word. Words in more than a quarter of the comments (the product's or trade's own name,
 *    "flight" for an airline) say what the file is about, not what a comment is about: left out.
 * 3. Each salient phrase gets a profile: which of the file's frequent words share its comments
 *    (positive pointwise mutual information). Phrases with similar profiles are grouped (average
 *    linkage, cosine similarity): "delayed", "hours" and "connection" meet in the same comments
 *    even where they are not side by side. A group is named by its most salient phrases, each by
 *    its most frequent wording.
 * Deterministic: every order is fixed (counts, then the phrase's text), nothing is random.
 */
import { isNegation } from '../keywords.js';
import { backgroundShare, guessLanguage, type Language, languageData } from './language.js';

/** A salient word or phrase, with the comments (indices) that use it. */
export interface SalientPhrase {
  /** Its most frequent wording: "delayed", "customer service", "not helpful". */
  readonly name: string;
  /** The wordings seen often enough to be keywords. */
  readonly forms: readonly string[];
  readonly negated: boolean;
  /** 1 for a word, 2 or 3 for a phrase. */
  readonly length: number;
  readonly salience: number;
  readonly comments: readonly number[];
}

export interface DiscoveredTheme {
  /** Most salient first. */
  readonly phrases: readonly SalientPhrase[];
  /** Comments using at least one of its phrases (indices, ascending). */
  readonly comments: readonly number[];
}

export interface Discovery {
  /** The language most comments are in (English when none can be told). */
  readonly language: Language;
  readonly themes: readonly DiscoveredTheme[];
}

/** Salient phrases grouped; more would be noise, fewer would miss themes. */
const PHRASES_KEPT = 80;
/** Frequent words that make a phrase's profile. */
const PROFILE_WORDS = 400;
/** Two groups join while their phrases' profiles are at least this similar on average. */
const JOIN_SIMILARITY = 0.12;
const MAX_THEMES = 14;
/** Words in more comments than this share say what the file is about, not a comment. */
const MAX_COMMENT_SHARE = 0.25;
/** A phrase's words must come together in at least this share of the comments of its rarer word. */
const PHRASE_COHESION = 0.25;
/** A word left out of the salient phrases when a kept phrase holds most of its uses. */
const ABSORBED = 0.6;
/** Wordings shown as keywords per phrase. */
const FORMS_KEPT = 6;

/** Twitter handles and links: names and addresses, never a topic. */
const HANDLES_AND_LINKS = /@\w+|https?:\/\/\S+|www\.\S+/g;

/** Text to read for discovery: without handles and links. */
export function discoveryText(comment: string): string {
  return comment.includes('@') || comment.includes('http') || comment.includes('www.') ? comment.replace(HANDLES_AND_LINKS, ' ') : comment;
}

interface Unit {
  key: string;
  language: Language;
  negated: boolean;
  length: number;
  /** Ids of its words (for phrases). */
  words: number[];
  df: number;
  tf: number;
  lastComment: number;
  forms: Map<string, number>;
}

function minComments(count: number): number {
  return Math.max(2, Math.ceil(0.003 * count));
}

export function discoverThemes(commentTokens: readonly (readonly string[])[]): Discovery {
  const count = commentTokens.length;
  const guesses = commentTokens.map(guessLanguage);
  const language = majorityLanguage(guesses);

  const units: Unit[] = [];
  const unitIds = new Map<string, number>();
  const stems = new Map<string, string>();
  const perComment: number[][] = [];
  let contentTokens = 0;

  const unitOf = (key: string, make: () => Omit<Unit, 'df' | 'tf' | 'lastComment' | 'forms' | 'key'>): Unit => {
    let id = unitIds.get(key);
    if (id === undefined) {
      id = units.length;
      unitIds.set(key, id);
      units.push({ key, df: 0, tf: 0, lastComment: -1, forms: new Map(), ...make() });
    }
    return units[id]!;
  };
  const see = (unit: Unit, comment: number, form: string, list: number[]) => {
    unit.tf++;
    unit.forms.set(form, (unit.forms.get(form) ?? 0) + 1);
    if (unit.lastComment !== comment) {
      unit.lastComment = comment;
      unit.df++;
      list.push(unitIds.get(unit.key)!);
    }
  };

  commentTokens.forEach((tokens, comment) => {
    const lang = guesses[comment] ?? language;
    const { stopwords, stem } = languageData(lang);
    const list: number[] = [];
    // The comment's units in order, with the token span of each (for wordings), and whether its left neighbour touches it.
    const run: { unit: Unit; start: number; end: number; joined: boolean }[] = [];
    let negation = -1;
    let previousEnd = -2;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (isNegation(token)) {
        negation = i;
        continue;
      }
      const first = token.charCodeAt(0);
      if (token.length < 2 || (first >= 48 && first <= 57) || stopwords.has(token)) continue;
      const negated = negation >= 0 && i - negation <= 2;
      const stemKey = `${lang}:${token}`;
      let stemmed = stems.get(stemKey);
      if (stemmed === undefined) {
        stemmed = stem(token);
        stems.set(stemKey, stemmed);
      }
      const key = `${negated ? '!' : ''}${lang}:${stemmed}`;
      const unit = unitOf(key, () => ({ language: lang, negated, length: 1, words: [] }));
      const start = negated ? negation : i;
      see(unit, comment, tokens.slice(start, i + 1).join(' '), list);
      contentTokens++;
      run.push({ unit, start, end: i, joined: start === previousEnd + 1 });
      previousEnd = i;
      negation = -1;
    }
    // Phrases of 2 and 3 neighbouring units.
    for (let j = 1; j < run.length; j++) {
      for (let length = 2; length <= 3 && j - length + 1 >= 0; length++) {
        const parts = run.slice(j - length + 1, j + 1);
        if (!parts.every((part, k) => k === 0 || part.joined)) break;
        const key = parts.map((part) => part.unit.key).join(' ');
        const phrase = unitOf(key, () => ({
          language: lang,
          negated: parts.some((part) => part.unit.negated),
          length,
          words: parts.map((part) => unitIds.get(part.unit.key)!),
        }));
        see(phrase, comment, tokens.slice(parts[0]!.start, parts[length - 1]!.end + 1).join(' '), list);
      }
    }
    perComment.push(list);
  });

  const minDf = minComments(count);
  const maxDf = count >= 100 ? MAX_COMMENT_SHARE * count : count;
  const lift = new Map<Unit, number>();
  const liftOf = (unit: Unit): number => {
    let value = lift.get(unit);
    if (value === undefined) {
      const share = unit.tf / Math.max(1, contentTokens);
      const word = mostFrequent(unit.forms).split(' ').pop()!;
      value = Math.log(share / backgroundShare(unit.language, word));
      lift.set(unit, value);
    }
    return value;
  };
  const salienceOf = (unit: Unit): number => {
    if (unit.df < minDf || unit.df > maxDf) return 0;
    if (unit.length === 1) return unit.df * Math.max(0, liftOf(unit));
    const words = unit.words.map((id) => units[id]!);
    const rarest = Math.min(...words.map((word) => word.df));
    if (unit.df < PHRASE_COHESION * rarest) return 0;
    return unit.df * Math.max(0, ...words.map(liftOf));
  };
  const scored = units
    .map((unit, id) => ({ unit, id, salience: salienceOf(unit) }))
    .filter((entry) => entry.salience > 0)
    .sort((a, b) => b.salience - a.salience || compareText(a.unit.key, b.unit.key));
  // A word whose uses are mostly inside a kept phrase is represented by the phrase.
  const kept: typeof scored = [];
  const keptIds = new Set<number>();
  for (const entry of scored) {
    if (kept.length >= PHRASES_KEPT) break;
    if (entry.unit.length === 1) {
      const absorbed = kept.some((other) => other.unit.words.includes(entry.id) && other.unit.df >= ABSORBED * entry.unit.df);
      if (absorbed) continue;
    } else if (entry.unit.words.every((id) => keptIds.has(id))) {
      // "customer service" adds nothing when "customer" and "service" are already kept apart… unless it holds them.
      if (entry.unit.words.some((id) => units[id]!.df > entry.unit.df / ABSORBED)) continue;
    }
    kept.push(entry);
    keptIds.add(entry.id);
  }
  if (kept.length === 0) return { language, themes: [] };

  // Postings of the kept phrases, and each comment's profile words.
  const keptIndex = new Map(kept.map((entry, index) => [entry.id, index]));
  const profileWords = units
    .map((unit, id) => ({ unit, id }))
    .filter(({ unit }) => unit.length === 1 && unit.df >= 2 && unit.df <= maxDf)
    .sort((a, b) => b.unit.df - a.unit.df || compareText(a.unit.key, b.unit.key))
    .slice(0, PROFILE_WORDS);
  const profileIndex = new Map(profileWords.map((entry, index) => [entry.id, index]));
  const postings: number[][] = kept.map(() => []);
  const together: Float64Array[] = kept.map(() => new Float64Array(profileWords.length));
  perComment.forEach((list, comment) => {
    const present: number[] = [];
    const profile: number[] = [];
    for (const id of list) {
      const k = keptIndex.get(id);
      if (k !== undefined) present.push(k);
      const p = profileIndex.get(id);
      if (p !== undefined) profile.push(p);
    }
    for (const k of present) {
      postings[k]!.push(comment);
      for (const p of profile) together[k]![p]! += 1;
    }
  });
  const profiles = together.map((row, k) => {
    const df = kept[k]!.unit.df;
    const vector = row.map((both, p) => (both === 0 ? 0 : Math.max(0, Math.log((both * count) / (df * profileWords[p]!.unit.df)))));
    const norm = Math.hypot(...vector) || 1;
    return vector.map((value) => value / norm);
  });
  const similarity = profiles.map((a) => profiles.map((b) => a.reduce((sum, value, p) => sum + value * b[p]!, 0)));

  const groups = joinBySimilarity(similarity);
  const phraseOf = (k: number): SalientPhrase => {
    const { unit } = kept[k]!;
    const total = [...unit.forms.values()].reduce((sum, n) => sum + n, 0);
    const forms = [...unit.forms]
      .filter(([, n]) => n >= 2 || n === total)
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
      .slice(0, FORMS_KEPT)
      .map(([form]) => form);
    return {
      name: mostFrequent(unit.forms),
      forms,
      negated: unit.negated,
      length: unit.length,
      salience: kept[k]!.salience,
      comments: postings[k]!,
    };
  };
  const themes = groups
    .map((members) => {
      const phrases = members.map(phraseOf).sort((a, b) => b.salience - a.salience || compareText(a.name, b.name));
      const comments = [...new Set(phrases.flatMap((phrase) => phrase.comments))].sort((a, b) => a - b);
      return { phrases, comments };
    })
    .filter((theme) => theme.comments.length >= minDf)
    .sort((a, b) => b.comments.length - a.comments.length || compareText(a.phrases[0]!.name, b.phrases[0]!.name))
    .slice(0, MAX_THEMES);
  return { language, themes };
}

/** Average-linkage grouping of items by similarity, joining the closest groups first. */
function joinBySimilarity(similarity: readonly (readonly number[])[]): number[][] {
  let groups = similarity.map((_, index) => [index]);
  for (;;) {
    let best = JOIN_SIMILARITY;
    let pair: [number, number] | null = null;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        let sum = 0;
        for (const i of groups[a]!) for (const j of groups[b]!) sum += similarity[i]![j]!;
        const average = sum / (groups[a]!.length * groups[b]!.length);
        if (average > best) {
          best = average;
          pair = [a, b];
        }
      }
    }
    if (pair === null) return groups;
    const [a, b] = pair;
    groups = [...groups.slice(0, a), [...groups[a]!, ...groups[b]!], ...groups.slice(a + 1).filter((_, index) => index + a + 1 !== b)];
  }
}

function majorityLanguage(guesses: readonly (Language | null)[]): Language {
  const counts = new Map<Language, number>();
  for (const guess of guesses) if (guess !== null) counts.set(guess, (counts.get(guess) ?? 0) + 1);
  let best: Language = 'en';
  let bestCount = 0;
  for (const [language, n] of counts) {
    if (n > bestCount || (n === bestCount && language < best)) {
      best = language;
      bestCount = n;
    }
  }
  return best;
}

function mostFrequent(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, n] of forms) {
    if (n > bestCount || (n === bestCount && compareText(form, best) < 0)) {
      best = form;
      bestCount = n;
    }
  }
  return best;
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
