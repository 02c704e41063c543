import type { Accumulator, FinishContext } from './accumulators/accumulator.js';
import type { RowFacts } from './accumulators/row.js';
import { type GroupScore, groupScore, Histogram } from './histogram.js';
import { detectScale, type ScaleId, scaleById } from './scale.js';
import { readComment, type SentimentLabel, sentimentLabel } from './sentiment.js';
import { round1, round2 } from './stats.js';
import type { ThemeSet } from './themes.js';
import { commentText, parseRating } from './values.js';

/** A rating column beside the lead one, and how its answers in words read as numbers. */
export interface OtherScoreColumn {
  header: string;
  labels: { values: ReadonlyMap<string, number>; scale: ScaleId | null } | undefined;
}

/** A rating question asked beside the lead one (a satisfaction question, a sub-rating), scored on its own scale. */
export interface OtherScoreFigures extends GroupScore {
  column: string;
  scale: { id: ScaleId; title: string; min: number; max: number } | null;
  distribution: { value: number; count: number }[];
  /** Cells that were neither blank, N/A nor a rating on the scale. */
  unreadable: number;
}

/** A free-text question asked beside the lead one ("what do you like least?"): its volume, tone and themes. */
export interface OtherCommentFigures {
  column: string;
  count: number;
  /** The tone of the answers in languages centricity reads; the others are left out. */
  sentiment: Record<SentimentLabel, number> & { mean: number | null };
  themes: { id: string; title: string; mentions: number; share: number; sentiment: number | null }[];
}

interface CommentTally {
  count: number;
  sentiments: Record<SentimentLabel, number>;
  sentimentSum: number;
  /** Per theme, its mentions, those whose tone is scored, and the sum of their sentiment. */
  themes: Map<string, { mentions: number; scored: number; sentimentSum: number }>;
}

export interface OtherQuestionsState {
  scores: { counts: ReadonlyMap<number, number> }[];
  unreadable: number[];
  comments: CommentTally[];
}

const THEMES_SHOWN = 5;

/** The figures of the other questions, as the summary holds them. */
export interface OtherQuestionsFigures {
  otherScores: OtherScoreFigures[];
  otherComments: OtherCommentFigures[];
}

/** The other rating and free-text questions of a survey, counted row by row; order does not matter. */
export class OtherQuestions implements Accumulator<OtherQuestionsState, OtherQuestionsFigures> {
  private readonly scores: Histogram[];
  private readonly unreadable: number[];
  private readonly comments: CommentTally[];

  constructor(
    private readonly scoreColumns: readonly OtherScoreColumn[],
    private readonly commentColumns: readonly string[],
    private readonly themeSet: ThemeSet,
  ) {
    this.scores = scoreColumns.map(() => new Histogram());
    this.unreadable = scoreColumns.map(() => 0);
    this.comments = commentColumns.map(() => ({
      count: 0,
      sentiments: { positive: 0, neutral: 0, negative: 0 },
      sentimentSum: 0,
      themes: new Map(),
    }));
  }

  add({ row }: RowFacts): void {
    for (const [index, cell] of row.otherScores.entries()) {
      const rating = parseRating(cell, this.scoreColumns[index]!.labels?.values);
      if (rating.kind === 'value') this.scores[index]!.add(rating.value);
      else if (rating.kind === 'invalid') this.unreadable[index]!++;
    }
    for (const [index, cell] of row.otherComments.entries()) {
      const text = commentText(cell);
      if (text !== '') this.addComment(this.comments[index]!, text);
    }
  }

  private addComment(tally: CommentTally, text: string): void {
    const { words, sentiment } = readComment(text);
    tally.count++;
    if (sentiment !== null) {
      tally.sentiments[sentimentLabel(sentiment)]++;
      tally.sentimentSum += sentiment;
    }
    for (const id of this.themeSet.themesOf(words)) {
      const theme = tally.themes.get(id) ?? { mentions: 0, scored: 0, sentimentSum: 0 };
      theme.mentions++;
      if (sentiment !== null) {
        theme.scored++;
        theme.sentimentSum += sentiment;
      }
      tally.themes.set(id, theme);
    }
  }

  toState(): OtherQuestionsState {
    return { scores: this.scores, unreadable: this.unreadable, comments: this.comments };
  }

  merge(state: OtherQuestionsState): void {
    for (const [index, histogram] of state.scores.entries()) this.scores[index]!.merge(histogram);
    for (const [index, count] of state.unreadable.entries()) this.unreadable[index]! += count;
    for (const [index, theirs] of state.comments.entries()) {
      const ours = this.comments[index]!;
      ours.count += theirs.count;
      ours.sentimentSum += theirs.sentimentSum;
      for (const label of Object.keys(ours.sentiments) as SentimentLabel[]) ours.sentiments[label] += theirs.sentiments[label];
      for (const [id, theme] of theirs.themes) {
        const mine = ours.themes.get(id) ?? { mentions: 0, scored: 0, sentimentSum: 0 };
        mine.mentions += theme.mentions;
        mine.scored += theme.scored;
        mine.sentimentSum += theme.sentimentSum;
        ours.themes.set(id, mine);
      }
    }
  }

  finish({ minGroupSize, withheld }: FinishContext): OtherQuestionsFigures {
    return { otherScores: this.finishScores(minGroupSize, withheld), otherComments: this.finishComments() };
  }

  /** Each question's figures; when the file is withheld, only how many answered, as for the lead question's figures. */
  private finishScores(minGroupSize: number, withheld: boolean): OtherScoreFigures[] {
    return this.scoreColumns.map(({ header: column, labels }, index) => {
      const histogram = this.scores[index]!;
      const scale = labels?.scale ? scaleById(labels.scale) : detectScale(histogram.counts, column);
      const scored: GroupScore = scale
        ? groupScore(histogram, scale, minGroupSize)
        : { n: 0, mean: null, topShare: null, bottomShare: null, nps: null, tooSmall: true };
      const figures = withheld ? { ...scored, mean: null, topShare: null, bottomShare: null, nps: null, tooSmall: false } : scored;
      const outside = scale ? histogram.n - figures.n : histogram.n;
      return {
        column,
        scale: scale && { id: scale.id, title: scale.title, min: scale.min, max: scale.max },
        ...figures,
        distribution: [...histogram.counts]
          .filter(([value]) => !withheld && scale !== null && value >= scale.min && value <= scale.max)
          .sort((a, b) => a[0] - b[0])
          .map(([value, count]) => ({ value, count })),
        unreadable: this.unreadable[index]! + outside,
      };
    });
  }

  private finishComments(): OtherCommentFigures[] {
    return this.commentColumns.map((column, index) => {
      const tally = this.comments[index]!;
      const scored = tally.sentiments.positive + tally.sentiments.neutral + tally.sentiments.negative;
      return {
        column,
        count: tally.count,
        sentiment: { ...tally.sentiments, mean: scored === 0 ? null : round2(tally.sentimentSum / scored) },
        themes: [...tally.themes]
          .sort((a, b) => b[1].mentions - a[1].mentions || a[0].localeCompare(b[0]))
          .slice(0, THEMES_SHOWN)
          .map(([id, theme]) => ({
            id,
            title: this.themeSet.themes.find((candidate) => candidate.id === id)?.title ?? id,
            mentions: theme.mentions,
            share: round1((theme.mentions / tally.count) * 100),
            sentiment: theme.scored === 0 ? null : round2(theme.sentimentSum / theme.scored),
          })),
      };
    });
  }
}
