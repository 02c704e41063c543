import { compareGroups, Histogram, headline, scoreFigures } from '../histogram.js';
import type { CommentFigures, Quote, ThemeChoice, ThemeFigures } from '../model.js';
import { quote } from '../redact.js';
import { round1, round2 } from '../stats.js';
import type { ThemeSet } from '../themes.js';
import type { Accumulator, FinishContext, HistogramState } from './accumulator.js';
import { keepBest } from './best.js';
import { QUOTE_LENGTH, type RowFacts, type ScoredComment } from './row.js';

const QUOTES_PER_SIDE = 2;
/** Kept per side: twice those shown, as repeated rows are quoted once. */
const QUOTES_KEPT = QUOTES_PER_SIDE * 2;

interface Tally {
  mentions: number;
  sentimentSum: number;
  scores: Histogram;
  happy: ScoredComment[];
  unhappy: ScoredComment[];
}

export type ThemeState = ReadonlyMap<string, Omit<Tally, 'scores'> & { scores: HistogramState }>;

/** Lower sorts first: the unhappiest answers, the most valuable customers, the most negative comments, file order. */
const byUnhappiness = (a: ScoredComment, b: ScoredComment) =>
  a.score - b.score || (b.value ?? 0) - (a.value ?? 0) || a.sentiment - b.sentiment || a.line - b.line;
const byHappiness = (a: ScoredComment, b: ScoredComment) => b.score - a.score || b.sentiment - a.sentiment || a.line - b.line;

/**
 * Each theme's mentions, tone and scores against the other commenters', with its happiest and
 * unhappiest quotes. Quotes are kept in a total order (ties broken by line), so order does not matter.
 */
export class ThemeTally implements Accumulator<ThemeState, Pick<CommentFigures, 'themes' | 'themeChoice'>> {
  private readonly themes = new Map<string, Tally>();

  /** @param choice how the themes were chosen, for the summary: null when they were given ready-made. */
  constructor(
    private readonly themeSet: ThemeSet,
    private readonly choice: ThemeChoice | null = null,
  ) {}

  add({ themes, sentiment, scored }: RowFacts): void {
    for (const id of themes) {
      const tally = this.tallyOf(id);
      tally.mentions++;
      tally.sentimentSum += sentiment;
      if (scored) {
        tally.scores.add(scored.score);
        keepBest(tally.unhappy, scored, byUnhappiness, QUOTES_KEPT);
        keepBest(tally.happy, scored, byHappiness, QUOTES_KEPT);
      }
    }
  }

  toState(): ThemeState {
    return this.themes;
  }

  merge(state: ThemeState): void {
    for (const [id, theirs] of state) {
      const ours = this.tallyOf(id);
      ours.mentions += theirs.mentions;
      ours.sentimentSum += theirs.sentimentSum;
      ours.scores.merge(theirs.scores);
      for (const candidate of theirs.unhappy) keepBest(ours.unhappy, candidate, byUnhappiness, QUOTES_KEPT);
      for (const candidate of theirs.happy) keepBest(ours.happy, candidate, byHappiness, QUOTES_KEPT);
    }
  }

  private tallyOf(id: string): Tally {
    let tally = this.themes.get(id);
    if (!tally) {
      tally = { mentions: 0, sentimentSum: 0, scores: new Histogram(), happy: [], unhappy: [] };
      this.themes.set(id, tally);
    }
    return tally;
  }

  finish({ scale, headline: given, minGroupSize, comments, keepPersonalData }: FinishContext): Pick<CommentFigures, 'themes' | 'themeChoice'> {
    const toQuote = (candidate: ScoredComment): Quote => ({
      line: candidate.line,
      score: candidate.score,
      text: quote(candidate.comment, QUOTE_LENGTH, keepPersonalData),
    });
    const themes: ThemeFigures[] = this.themeSet.themes
      .filter((theme) => this.themes.has(theme.id))
      .map((theme) => {
        const tally = this.themes.get(theme.id)!;
        // Scores with and without a theme are score figures: withheld with the headline. Quotes are picked by score all the same.
        const withTheme = given ? headline(scoreFigures(tally.scores, given)) : null;
        const rest = comments.scores.minus(tally.scores);
        const without = given ? headline(scoreFigures(rest, given)) : null;
        // Without a score there is nothing to compare: not "too small", just no comparison.
        const tooSmall =
          given !== null && (scoreFigures(tally.scores, given).n < minGroupSize || scoreFigures(rest, given).n < minGroupSize);
        // Exports repeat rows; the same words quoted twice would read as two customers.
        const quotes = (candidates: ScoredComment[], keep: (candidate: ScoredComment) => boolean) =>
          candidates
            .filter(keep)
            .filter((candidate, index, all) => all.findIndex((other) => other.comment === candidate.comment) === index)
            .slice(0, QUOTES_PER_SIDE)
            .map(toQuote);
        return {
          id: theme.id,
          title: theme.title,
          origin: 'origin' in theme ? theme.origin : 'pack',
          mentions: tally.mentions,
          share: round1((tally.mentions / comments.count) * 100),
          sentiment: round2(tally.sentimentSum / tally.mentions),
          with: withTheme,
          without,
          pull: withTheme !== null && without !== null ? round1(withTheme - without) : null,
          difference: given && !tooSmall ? compareGroups(tally.scores, rest, given) : null,
          tooSmall,
          quotes: {
            // A high score with a complaint in words is not a happy quote.
            happy: scale ? quotes(tally.happy, (candidate) => candidate.score >= scale.topFrom && candidate.sentiment >= 0) : [],
            unhappy: scale ? quotes(tally.unhappy, (candidate) => candidate.score <= scale.bottomTo) : [],
          },
        };
      })
      .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
    return { themes, themeChoice: this.choice };
  }
}
