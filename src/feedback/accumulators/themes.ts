import { compareGroups, Histogram, headline, scoreFigures } from '../histogram.js';
import type { CommentFigures, Quote, ThemeChoice, ThemeFigures } from '../model.js';
import { quote } from '../redact.js';
import { sentimentLabel } from '../sentiment.js';
import { round1, round2 } from '../stats.js';
import type { ThemeSet } from '../themes.js';
import type { Accumulator, FinishContext, HistogramState } from './accumulator.js';
import { keepBest } from './best.js';
import { QUOTE_LENGTH, type RowFacts } from './row.js';

const QUOTES_PER_SIDE = 2;
/**
 * Candidates kept per side, from which the quotes of typical length are chosen once the theme's
 * typical length is known: enough to choose from, few enough to stay a short list.
 */
const QUOTE_POOL = 16;
/** Comments longer than this many words count as this long in a theme's lengths: a bounded histogram. */
const LENGTH_CAP = 200;

/** A comment that may be quoted under its main theme, with what decides whether it represents the theme. */
export interface QuoteCandidate {
  line: number;
  score: number | null;
  comment: string;
  /** How many themes the comment mentions: 1 is a comment about this theme alone. */
  themes: number;
  /** Its words, to compare with the theme's typical length. */
  words: number;
  /** A hash of its text: a tie-break that spreads the quotes over the file, where the line would pick its first rows. */
  hash: number;
}

interface Tally {
  mentions: number;
  /** Mentions whose tone is scored (in a language centricity reads), and the sum of their sentiment. */
  scoredMentions: number;
  sentimentSum: number;
  scores: Histogram;
  /** The word counts of the comments whose main theme it is. */
  lengths: Histogram;
  happy: QuoteCandidate[];
  unhappy: QuoteCandidate[];
}

export type ThemeState = ReadonlyMap<string, Omit<Tally, 'scores' | 'lengths'> & { scores: HistogramState; lengths: HistogramState }>;

/**
 * The pool of quotes, in a total order that does not look at the score: comments about this theme
 * alone first, then by the hash of their text, then by line.
 */
const byFocus = (a: QuoteCandidate, b: QuoteCandidate) => focusAgainst(a.themes, a.hash, a.line, b);
/** {@link byFocus} of a comment not made a candidate yet (most never are), against a candidate. */
const focusAgainst = (themes: number, hash: number, line: number, b: QuoteCandidate) => themes - b.themes || hash - b.hash || line - b.line;

/**
 * Each theme's mentions, tone and scores against the other commenters', with quotes that say what
 * it is. A comment is a candidate quote under its main theme only (the first of its themes, the
 * best fit), on the side its own sentiment gives it: positive 👍, negative 👎, neutral or unreadable
 * neither. Each side keeps a pool of QUOTE_POOL distinct texts in `byFocus` order, a total order,
 * so the pool does not depend on how the rows were split. The quotes shown are the pool's comments
 * about the theme alone, closest to the typical (median) length of the theme's comments: neither
 * a one-word answer nor an essay, and never chosen for having the most extreme score.
 */
export class ThemeTally implements Accumulator<ThemeState, Pick<CommentFigures, 'themes' | 'themeChoice'>> {
  private readonly themes = new Map<string, Tally>();

  /** @param choice how the themes were chosen, for the summary: null when they were given ready-made. */
  constructor(
    private readonly themeSet: ThemeSet,
    private readonly choice: ThemeChoice | null = null,
  ) {}

  add({ themes, sentiment, score, comment, tokens, row }: RowFacts): void {
    for (let k = 0; k < themes.length; k++) {
      const tally = this.tallyOf(themes[k]!);
      tally.mentions++;
      if (sentiment !== null) {
        tally.scoredMentions++;
        tally.sentimentSum += sentiment;
      }
      if (score !== null) tally.scores.add(score);
    }
    const main = themes[0];
    if (main === undefined) return;
    const tally = this.tallyOf(main);
    tally.lengths.add(Math.min(tokens.length, LENGTH_CAP));
    const side = quoteSide(sentiment);
    if (side === null) return;
    const pool = tally[side];
    const worst = pool[QUOTE_POOL - 1];
    // Most rows cannot enter a full pool: known from their themes alone, before their text is hashed, or from its hash.
    if (worst && worst.themes < themes.length) return;
    const hash = hashOf(comment);
    if (worst && focusAgainst(themes.length, hash, row.line, worst) >= 0) return;
    keepDistinct(pool, { line: row.line, score, comment, themes: themes.length, words: tokens.length, hash });
  }

  toState(): ThemeState {
    return this.themes;
  }

  merge(state: ThemeState): void {
    for (const [id, theirs] of state) {
      const ours = this.tallyOf(id);
      ours.mentions += theirs.mentions;
      ours.scoredMentions += theirs.scoredMentions;
      ours.sentimentSum += theirs.sentimentSum;
      ours.scores.merge(theirs.scores);
      ours.lengths.merge(theirs.lengths);
      for (const candidate of theirs.unhappy) keepDistinct(ours.unhappy, candidate);
      for (const candidate of theirs.happy) keepDistinct(ours.happy, candidate);
    }
  }

  private tallyOf(id: string): Tally {
    let tally = this.themes.get(id);
    if (!tally) {
      tally = {
        mentions: 0,
        scoredMentions: 0,
        sentimentSum: 0,
        scores: new Histogram(),
        lengths: new Histogram(),
        happy: [],
        unhappy: [],
      };
      this.themes.set(id, tally);
    }
    return tally;
  }

  finish({ headline: given, minGroupSize, comments, keepPersonalData }: FinishContext): Pick<CommentFigures, 'themes' | 'themeChoice'> {
    const themes: ThemeFigures[] = this.themeSet.themes
      .filter((theme) => this.themes.has(theme.id))
      .map((theme) => {
        const tally = this.themes.get(theme.id)!;
        // Scores with and without a theme are score figures: withheld with the headline. Quotes do not depend on them.
        const withTheme = given ? headline(scoreFigures(tally.scores, given)) : null;
        const rest = comments.scores.minus(tally.scores);
        const without = given ? headline(scoreFigures(rest, given)) : null;
        // Without a score there is nothing to compare: not "too small", just no comparison.
        const tooSmall =
          given !== null && (scoreFigures(tally.scores, given).n < minGroupSize || scoreFigures(rest, given).n < minGroupSize);
        const typical = medianOf(tally.lengths);
        return {
          id: theme.id,
          title: theme.title,
          origin: 'origin' in theme ? theme.origin : 'pack',
          mentions: tally.mentions,
          share: round1((tally.mentions / comments.count) * 100),
          sentiment: tally.scoredMentions === 0 ? null : round2(tally.sentimentSum / tally.scoredMentions),
          with: withTheme,
          without,
          pull: withTheme !== null && without !== null ? round1(withTheme - without) : null,
          difference: given && !tooSmall ? compareGroups(tally.scores, rest, given) : null,
          tooSmall,
          quotes: { happy: quotesOf(tally.happy, typical, keepPersonalData), unhappy: quotesOf(tally.unhappy, typical, keepPersonalData) },
        };
      })
      .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
    return { themes, themeChoice: this.choice };
  }
}

/** The side a comment is quoted on, by its own sentiment: none for a neutral one (or one in a language that cannot be read). */
function quoteSide(sentiment: number | null): 'happy' | 'unhappy' | null {
  if (sentiment === null) return null;
  const label = sentimentLabel(sentiment);
  return label === 'positive' ? 'happy' : label === 'negative' ? 'unhappy' : null;
}

/**
 * Keeps `candidate` in a pool of distinct texts in `byFocus` order: exports repeat rows, and the
 * same words quoted twice would read as two customers. A text is kept once, as its first in that
 * order, so the pool holds the first QUOTE_POOL texts whatever order the rows come in.
 */
function keepDistinct(pool: QuoteCandidate[], candidate: QuoteCandidate): void {
  // Behind a full pool's last: not kept, and any copy of its text in the pool comes before it.
  if (pool.length >= QUOTE_POOL && byFocus(candidate, pool[pool.length - 1]!) >= 0) return;
  let same = 0;
  while (same < pool.length && pool[same]!.comment !== candidate.comment) same++;
  if (same < pool.length) {
    if (byFocus(candidate, pool[same]!) >= 0) return;
    pool.splice(same, 1);
  }
  keepBest(pool, candidate, byFocus, QUOTE_POOL);
}

/** The quotes shown: the pool's texts about this theme alone first, then those closest to its typical length, then in pool order. */
function quotesOf(pool: readonly QuoteCandidate[], typical: number, keepPersonalData: boolean): Quote[] {
  const distance = (candidate: QuoteCandidate) => Math.abs(candidate.words - typical);
  return [...pool]
    .sort((a, b) => a.themes - b.themes || distance(a) - distance(b) || byFocus(a, b))
    .slice(0, QUOTES_PER_SIDE)
    .map((candidate) => ({ line: candidate.line, score: candidate.score, text: quote(candidate.comment, QUOTE_LENGTH, keepPersonalData) }));
}

/** The median of a histogram's values (the lower middle one), 0 when it is empty. */
function medianOf(histogram: Histogram): number {
  const values = [...histogram.counts].sort(([a], [b]) => a - b);
  let remaining = Math.ceil(histogram.n / 2);
  for (const [value, count] of values) {
    remaining -= count;
    if (remaining <= 0) return value;
  }
  return 0;
}

/** FNV-1a over the text's UTF-16 code units: cheap, and the same on every run and machine. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
