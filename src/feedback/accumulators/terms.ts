import { isFunctionWordIn } from '../language.js';
import type { CommentFigures } from '../model.js';
import { isGivenName, mayHoldPersonalData, withoutPersonalData } from '../redact.js';
import { STOPWORDS } from '../stopwords.js';
import { decodeEntities, tokenize } from '../text.js';
import type { ThemeSet } from '../themes.js';
import { idsOf, PerWord } from '../vocabulary.js';
import type { Accumulator } from './accumulator.js';
import type { RowFacts } from './row.js';

export const TERMS_KEPT = 20_000;
const TERMS_SHOWN = 15;
/** A word said once is not a topic. */
const MIN_TERM_COUNT = 2;
/** Pieces of links that the tokenizer leaves behind: never a topic. */
const NOT_WORDS = ['http', 'https', 'www', 'com', 'html'];
/** The stopwords and NOT_WORDS in one set. */
const NOT_TERMS: ReadonlySet<string> = new Set([...STOPWORDS, ...NOT_WORDS]);
/** Whether a word can be a topic, by its id in the shared vocabulary: short words, numbers and stopwords are not. */
const isTerm = new PerWord((word: string) => {
  const first = word.charCodeAt(0);
  return !(word.length < 3 || (first >= 48 && first <= 57) || NOT_TERMS.has(word));
});

/**
 * The frequent words of the comments that no theme covers: candidates for a new theme. Counted
 * lossily (see `prune`), so memory stays flat whatever the vocabulary: while fewer than
 * TERMS_KEPT distinct words are seen, order does not matter; past it, the rarest counts depend
 * on when pruning ran, and so on how the file was cut, but frequent words keep their counts.
 */
export class TermTally implements Accumulator<ReadonlyMap<string, number>, Pick<CommentFigures, 'uncoveredTerms'>> {
  /** Each term's count, in a box the term's id leads to (see {@link counterOf}). */
  private readonly terms = new Map<string, Counter>();
  /**
   * The box of each word counted, by its id: a word of a comment is counted with an array read, not
   * two look-ups of its string (a million comments hold tens of millions of words). Forgotten when
   * pruning drops boxes.
   */
  private readonly counterOf = new PerWord((term: string) => this.counterFor(term));

  /**
   * @param keepPersonalData count the words of personal data too (`--no-redact`); by default
   *   the words of an e-mail address, a name or a street are not topics, and must not be shown as ones.
   */
  constructor(
    private readonly themeSet: ThemeSet,
    private readonly keepPersonalData: boolean,
  ) {}

  add({ comment, tokens, language }: RowFacts): void {
    if (comment === '') return;
    const words = this.keepPersonalData ? tokens : termTokens(comment, tokens);
    // Usually the ids readComment already found.
    const ids = idsOf(words);
    // A comment in another language leaves out its own function words ("estaba" in Spanish). English keeps the
    // project's list: stopwords-iso's English one holds topics ("problem", "order", "system").
    const ownStopwords = language !== 'en';
    for (let i = 0; i < words.length; i++) {
      const id = ids[i]!;
      // A given name is a person's (or a product's): never a topic, and left out here without searching the text.
      if (!isTerm.of(id) || (ownStopwords && isFunctionWordIn(language, id)) || (!this.keepPersonalData && isGivenName.of(id))) continue;
      this.counterOf.of(id).count++;
    }
    if (this.terms.size > TERMS_KEPT) this.prune();
  }

  /** The box of a term, a new one (at 0) the first time it is counted. */
  private counterFor(term: string): Counter {
    let counter = this.terms.get(term);
    if (counter === undefined) {
      counter = { count: 0 };
      this.terms.set(term, counter);
    }
    return counter;
  }

  toState(): ReadonlyMap<string, number> {
    return new Map([...this.terms].map(([term, { count }]) => [term, count]));
  }

  merge(state: ReadonlyMap<string, number>): void {
    for (const [term, count] of state) this.counterFor(term).count += count;
    if (this.terms.size > TERMS_KEPT) this.prune();
  }

  /**
   * Lossy counting: drops the rarest terms until half the room is free, so pruning runs once per
   * TERMS_KEPT / 2 new words whatever the vocabulary; frequent terms survive with their counts.
   */
  private prune(): void {
    for (let floor = 1; this.terms.size > TERMS_KEPT / 2; floor++) {
      for (const [term, { count }] of this.terms) if (count <= floor) this.terms.delete(term);
    }
    this.counterOf.forget();
  }

  finish(): Pick<CommentFigures, 'uncoveredTerms'> {
    return {
      uncoveredTerms: [...this.toState()]
        .filter(([term, count]) => count >= MIN_TERM_COUNT && !this.themeSet.isThemeWord(term))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, TERMS_SHOWN)
        .map(([term, count]) => ({ term, count })),
    };
  }
}

interface Counter {
  count: number;
}

/** The comment's tokens without those of its personal data; the same tokens when it has none. */
function termTokens(comment: string, tokens: readonly string[]): readonly string[] {
  const decoded = decodeEntities(comment);
  if (!mayHoldPersonalData(decoded, tokens)) return tokens;
  const cleaned = withoutPersonalData(decoded, tokens);
  return cleaned === decoded ? tokens : tokenize(cleaned);
}
