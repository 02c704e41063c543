/**
 * Theme discovery: the salient phrases of a set of comments, grouped by the company they keep.
 *
 * 1. Each comment's language is told by the comment reader's detector (../language.ts), and the
 *    comment is cut into units: its words less stopwords and numbers, stemmed by its language's
 *    Snowball stemmer ("delayed", "delays" → delay; a word used too rarely to matter is left as it
 *    is, as stemming costs most), a word right after a negation
 *    (one stopword may sit between: "not very helpful") kept apart as "not helpful"; and the
 *    2- and 3-unit phrases of neighbouring units ("customer service", "missed connection").
 * 2. A unit is salient when it is much more frequent in these comments than in everyday speech
 *    (./language.ts): salience = comments using it × log(share here / everyday share); the most
 *    common words of everyday speech ("good", "great", "time") are not salient alone. A phrase is
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
import { foldWord, isNegation } from '../keywords.js';
import { isReadable, languageOfWords } from '../language.js';
import { isGivenNameWord } from '../redact.js';
import { isRatedWord } from '../sentiment.js';
import { idsOf, PerWord } from '../vocabulary.js';
import { backgroundShare, isEveryday, LANGUAGES, type Language, languageData } from './language.js';

/** A salient word or phrase, with the comments (indices) that use it. */
export interface SalientPhrase {
  /** Its most frequent wording: "delayed", "customer service", "not helpful". */
  readonly name: string;
  /** The wordings seen often enough to be keywords. */
  readonly forms: readonly string[];
  readonly negated: boolean;
  /** Holds a word the sentiment lexicon rates ("superb", "simply superb", "not helpful"): a verdict, which names no theme. */
  readonly rated: boolean;
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
/** Two groups join while their phrases' profiles are at least this similar on average. */
const JOIN_SIMILARITY = 0.2;
const MAX_THEMES = 20;
/** Words in more comments than this share say what the file is about, not a comment. */
const MAX_COMMENT_SHARE = 0.25;
/** A phrase's words must come together in at least this share of the comments of its rarer word. */
const PHRASE_COHESION = 0.25;
/** A word left out of the salient phrases when a kept phrase holds most of its uses. */
const ABSORBED = 0.6;
/** Wordings shown as keywords per phrase. */
const FORMS_KEPT = 6;
/** Uses of a unit whose wording is read: enough to name it, and the rest cost nothing. */
const FORMS_SAMPLED = 200;
/**
 * Pair keys are numbers built from their units' ids in this base, small enough to be hashed fast; words first seen
 * after this many others (rare by then) make no phrase.
 */
const PHRASE_KEY = 1 << 15;
/** Between two units of `chain` that are not neighbours. */
const BREAK = -1;

/** Twitter handles and links: names and addresses, never a topic. */
const HANDLES_AND_LINKS = /@\w+|https?:\/\/\S+|www\.\S+/g;

/** Text to read for discovery: without handles and links. */
export function discoveryText(comment: string): string {
  return comment.includes('@') || comment.includes('http') || comment.includes('www.') ? comment.replace(HANDLES_AND_LINKS, ' ') : comment;
}

/** How a language reads a word: a negation, no topic, or a topic word. */
type Reading = typeof NEGATION | typeof NO_TOPIC | TopicWord;
const NEGATION = 'negation';
const NO_TOPIC = 'no topic';

/** A topic word of one language: counted on the first pass, stemmed on the second if it is used often enough to matter. */
interface TopicWord {
  /** The word as read: elision and contraction taken off ("l'accueil" → accueil, "staff's" → staff). */
  readonly word: string;
  readonly language: Language;
  /** A verdict ("superb", "worst"), which sentiment reads: never a topic alone. */
  rated: boolean | undefined;
  uses: number;
  unit?: Unit;
  negatedUnit?: Unit;
}

interface Unit {
  key: string;
  id: number;
  language: Language;
  negated: boolean;
  rated: boolean;
  length: number;
  /** Ids of its words (for phrases). */
  words: number[];
  df: number;
  tf: number;
  lastComment: number;
  /** A word's wordings, by uses (phrases are worded by their words). */
  forms?: Map<string, number>;
}

function minComments(count: number): number {
  return Math.max(2, Math.ceil(0.003 * count));
}

/**
 * The word a token stands for: an English contraction or possessive is its first part ("staff's",
 * "i've" → i), a short elided article or pronoun is dropped ("l'accueil", "dell'ordine", "d'attente").
 */
function withoutElision(token: string): string {
  const apostrophe = token.indexOf("'");
  if (apostrophe < 0) return token;
  if (token.length - apostrophe - 1 <= 2) return token.slice(0, apostrophe);
  return apostrophe <= 6 ? token.slice(apostrophe + 1) : token;
}

export function discoverThemes(commentTokens: readonly (readonly string[])[]): Discovery {
  const count = commentTokens.length;
  const minDf = minComments(count);
  // A word used fewer times than this cannot give a theme much: it is read as it is, not stemmed (stemming costs most).
  const stemmedFrom = Math.max(2, Math.ceil(minDf / 4));

  /**
   * Each language's reading of each word, by its id in the shared vocabulary (one hash per token):
   * a negation, a word that is no topic, or its topic word (kept by text, so a vocabulary reset loses no count).
   */
  const readings = new Map(
    LANGUAGES.map((lang) => {
      const topics = new Map<string, TopicWord>();
      return [
        lang,
        new PerWord<Reading>((token) => {
          if (isNegation(token)) return NEGATION;
          // A person's name, in any case ("sandra was lovely"), must never name a theme.
          if (isGivenNameWord(token)) return NO_TOPIC;
          const { stopwords } = languageData(lang);
          const word = withoutElision(token);
          const first = word.charCodeAt(0);
          if (word.length < 3 || (first >= 48 && first <= 57) || stopwords.has(word) || stopwords.has(foldWord(word))) return NO_TOPIC;
          let topic = topics.get(word);
          if (topic === undefined) {
            topic = { word, language: lang, rated: undefined, uses: 0 };
            topics.set(word, topic);
          }
          return topic;
        }),
      ];
    }),
  );

  // First pass: each comment's language, by the comment reader's detector. A comment is read in its language when enough
  // comments are in it to make a theme; otherwise (too short to tell, or a language few use) in the language of most.
  const detected = commentTokens.map((tokens): Language | null => {
    const language = languageOfWords(idsOf(tokens), tokens.length);
    return isReadable(language) ? language : null;
  });
  const language = majorityLanguage(detected);
  const commentsIn = new Map<Language, number>();
  for (const lang of detected) if (lang !== null) commentsIn.set(lang, (commentsIn.get(lang) ?? 0) + 1);
  // Second pass: each comment's words as read in its language, counted.
  const read = commentTokens.map((tokens, comment): Reading[] => {
    const own = detected[comment];
    const lang = own != null && (commentsIn.get(own) ?? 0) >= minDf ? own : language;
    const ids = idsOf(tokens);
    const reading = readings.get(lang)!;
    const words: Reading[] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const word = reading.of(ids[i]!);
      if (typeof word === 'object') {
        word.uses++;
        word.rated ??= isRatedWord(lang, ids[i]!);
      }
      words[i] = word;
    }
    return words;
  });

  const units: Unit[] = [];
  const newUnit = (key: string, language: Language, negated: boolean, rated: boolean, words: number[]): Unit => {
    const unit: Unit = {
      key,
      id: units.length,
      language,
      negated,
      rated,
      length: Math.max(1, words.length),
      words,
      df: 0,
      tf: 0,
      lastComment: -1,
    };
    units.push(unit);
    return unit;
  };
  const wordUnits = new Map<string, Unit>();
  const unitOfWord = (lang: Language, stemmed: string, negated: boolean, rated: boolean): Unit => {
    const key = `${negated ? '!' : ''}${lang}:${stemmed}`;
    let unit = wordUnits.get(key);
    if (unit === undefined) {
      unit = newUnit(key, lang, negated, rated, []);
      wordUnits.set(key, unit);
    }
    return unit;
  };
  const unitOf = (topic: TopicWord, negated: boolean): Unit => {
    const known = negated ? topic.negatedUnit : topic.unit;
    if (known) return known;
    const stemmed = topic.uses >= stemmedFrom ? languageData(topic.language).stem(topic.word) : topic.word;
    const unit = unitOfWord(topic.language, stemmed, negated, topic.rated === true);
    if (negated) topic.negatedUnit = unit;
    else topic.unit = unit;
    return unit;
  };

  const perComment: number[][] = [];
  let contentTokens = 0;
  // Phrases are many and mostly said once: pairs are counted by number first, in arrays by pair index (no object per
  // pair); only frequent pairs, and triples of frequent pairs, become units. The units of each comment, with BREAK
  // where two are not neighbours, are kept in `chain` to find the phrases again.
  const pairIndex = new Map<number, number>();
  const pairComments: number[] = [];
  const pairLast: number[] = [];
  const chain: number[] = [];
  const chainEnds: number[] = [];
  const countPair = (a: number, b: number, comment: number) => {
    if (a >= PHRASE_KEY || b >= PHRASE_KEY) return;
    const key = a * PHRASE_KEY + b;
    let index = pairIndex.get(key);
    if (index === undefined) {
      index = pairComments.length;
      pairIndex.set(key, index);
      pairComments.push(0);
      pairLast.push(-1);
    }
    if (pairLast[index] === comment) return;
    pairLast[index] = comment;
    pairComments[index]!++;
  };
  /** Counts a use of a unit in a comment; a word's wording is only read for its first uses (enough to name it). */
  const see = (unit: Unit, comment: number, list: number[], form: string | null) => {
    unit.tf++;
    if (form !== null && unit.tf <= FORMS_SAMPLED) {
      unit.forms ??= new Map();
      const forms = unit.forms;
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
    if (unit.lastComment !== comment) {
      unit.lastComment = comment;
      unit.df++;
      list.push(unit.id);
    }
  };

  // Third pass. The comment's units in order, with the token span of each and whether it touches its left neighbour (reused).
  const runUnits: Unit[] = [];
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  commentTokens.forEach((tokens, comment) => {
    const words = read[comment]!;
    const list: number[] = [];
    runUnits.length = 0;
    runStarts.length = 0;
    runEnds.length = 0;
    let negation = -1;
    for (let i = 0; i < tokens.length; i++) {
      const word = words[i]!;
      if (word === NEGATION) {
        negation = i;
        continue;
      }
      if (word === NO_TOPIC) continue;
      const negated = negation >= 0 && i - negation <= 2;
      const unit = unitOf(word, negated);
      const start = negated ? negation : i;
      see(unit, comment, list, start === i ? word.word : `${tokens.slice(start, i).join(' ')} ${word.word}`);
      contentTokens++;
      runUnits.push(unit);
      runStarts.push(start);
      runEnds.push(i);
      negation = -1;
    }
    for (let j = 0; j < runUnits.length; j++) {
      if (j > 0 && runStarts[j] !== runEnds[j - 1]! + 1) chain.push(BREAK);
      chain.push(runUnits[j]!.id);
      if (j > 0 && chain[chain.length - 2] !== BREAK) countPair(runUnits[j - 1]!.id, runUnits[j]!.id, comment);
    }
    chain.push(BREAK);
    chainEnds.push(chain.length);
    perComment.push(list);
    read[comment] = [];
  });

  // Frequent pairs become units; then triples of two frequent pairs are counted, and the frequent ones become units too.
  const pairUnits = new Map<number, Unit>();
  const phraseUnit = (words: number[], df: number): Unit => {
    const parts = words.map((id) => units[id]!);
    const unit = newUnit(
      '',
      parts[0]!.language,
      parts.some((part) => part.negated),
      parts.some((part) => part.rated),
      words,
    );
    unit.df = df;
    unit.tf = df;
    return unit;
  };
  for (const [key, index] of pairIndex) {
    if (pairComments[index]! >= minDf)
      pairUnits.set(key, phraseUnit([Math.floor(key / PHRASE_KEY), key % PHRASE_KEY], pairComments[index]!));
  }
  const pairUnitAt = (k: number): Unit | undefined =>
    chain[k]! === BREAK || chain[k + 1]! === BREAK ? undefined : pairUnits.get(chain[k]! * PHRASE_KEY + chain[k + 1]!);
  const triples = new Map<Unit, Map<Unit, { comments: number; last: number; unit?: Unit }>>();
  const walkTriples = (visit: (triple: { comments: number; last: number; unit?: Unit }, comment: number) => void) => {
    let from = 0;
    chainEnds.forEach((end, comment) => {
      for (let k = from; k + 2 < end; k++) {
        const first = pairUnitAt(k);
        const second = first && pairUnitAt(k + 1);
        if (!first || !second) continue;
        const byNext = triples.get(first) ?? new Map();
        triples.set(first, byNext);
        const triple = byNext.get(second) ?? { comments: 0, last: -1 };
        byNext.set(second, triple);
        visit(triple, comment);
      }
      from = end;
    });
  };
  walkTriples((triple, comment) => {
    if (triple.last === comment) return;
    triple.last = comment;
    triple.comments++;
  });
  for (const [first, byNext] of triples) {
    for (const [second, triple] of byNext) {
      if (triple.comments >= minDf) triple.unit = phraseUnit([...first.words, second.words[1]!], triple.comments);
    }
  }
  // The frequent phrases join the lists of the comments that use them.
  let from = 0;
  chainEnds.forEach((end, comment) => {
    for (let k = from; k + 1 < end; k++) {
      const pair = pairUnitAt(k);
      if (pair && pair.lastComment !== comment) {
        pair.lastComment = comment;
        perComment[comment]!.push(pair.id);
      }
      const triple = pair && pairUnitAt(k + 1) ? triples.get(pair)?.get(pairUnitAt(k + 1)!)?.unit : undefined;
      if (triple && triple.lastComment !== comment) {
        triple.lastComment = comment;
        perComment[comment]!.push(triple.id);
      }
    }
    from = end;
  });
  const keyOf = (unit: Unit): string => {
    if (unit.key === '') unit.key = unit.words.map((id) => keyOf(units[id]!)).join(' ');
    return unit.key;
  };

  const maxDf = count >= 100 ? MAX_COMMENT_SHARE * count : count;
  /** A word's wordings, most used first (those used twice, and always the first); a phrase's are its words' two most used, combined. */
  const wordingsOf = (unit: Unit): string[] => {
    if (unit.length > 1) {
      return unit.words
        .reduce<string[]>(
          (heads, id) =>
            heads.flatMap((head) =>
              wordingsOf(units[id]!)
                .slice(0, 2)
                .map((tail) => (head ? `${head} ${tail}` : tail)),
            ),
          [''],
        )
        .slice(0, FORMS_KEPT);
    }
    const forms = [...(unit.forms ?? [])];
    return forms
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
      .filter(([, n], index) => n >= 2 || index === 0)
      .slice(0, FORMS_KEPT)
      .map(([form]) => form);
  };
  const lift = new Map<Unit, number>();
  const liftOf = (unit: Unit): number => {
    let value = lift.get(unit);
    if (value === undefined) {
      const share = unit.tf / Math.max(1, contentTokens);
      const word = wordingsOf(unit)[0]!.split(' ').pop()!;
      value = Math.log(share / backgroundShare(unit.language, word));
      lift.set(unit, value);
    }
    return value;
  };
  const salienceOf = (unit: Unit): number => {
    if (unit.df < minDf || unit.df > maxDf) return 0;
    if (unit.length === 1)
      return !unit.negated && isEveryday(unit.language, wordingsOf(unit)[0]!) ? 0 : unit.df * Math.max(0, liftOf(unit));
    const words = unit.words.map((id) => units[id]!);
    const rarest = Math.min(...words.map((word) => word.df));
    if (unit.df < PHRASE_COHESION * rarest) return 0;
    return unit.df * Math.max(0, ...words.map(liftOf));
  };
  const scored = units
    .map((unit, id) => ({ unit, id, salience: salienceOf(unit) }))
    .filter((entry) => entry.salience > 0)
    .sort((a, b) => b.salience - a.salience || compareText(keyOf(a.unit), keyOf(b.unit)));
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

  // Postings of the kept phrases, and how often two of them share a comment.
  const keptIndex = new Map(kept.map((entry, index) => [entry.id, index]));
  const postings: number[][] = kept.map(() => []);
  const together: Float64Array[] = kept.map(() => new Float64Array(kept.length));
  const present: number[] = [];
  perComment.forEach((list, comment) => {
    present.length = 0;
    for (const id of list) {
      const k = keptIndex.get(id);
      if (k !== undefined) present.push(k);
    }
    for (const k of present) {
      postings[k]!.push(comment);
      for (const other of present) together[k]![other]! += 1;
    }
  });
  // Cosine of the phrases' comment sets; a phrase and the phrase inside it ("late flight", "late") are not evidence of each other.
  const similarity = kept.map((a, i) =>
    kept.map((b, j) =>
      i === j || contains(a.unit, b.id) || contains(b.unit, a.id) ? 0 : together[i]![j]! / Math.sqrt(a.unit.df * b.unit.df),
    ),
  );
  const groups = joinBySimilarity(similarity);
  const phraseOf = (k: number): SalientPhrase => {
    const { unit } = kept[k]!;
    const forms = wordingsOf(unit);
    return {
      name: forms[0]!,
      forms,
      negated: unit.negated,
      rated: unit.rated,
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

/** True when a phrase holds a word (by id). */
function contains(phrase: { words: readonly number[] }, id: number): boolean {
  return phrase.words.includes(id);
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

/** Plain code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
