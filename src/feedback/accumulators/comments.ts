import { Histogram } from '../histogram.js';
import { isReadable, languageName, UNDETERMINED } from '../language.js';
import type { CommentFigures, LanguageCount } from '../model.js';
import { type SentimentLabel, sentimentLabel } from '../sentiment.js';
import { round1, round2 } from '../stats.js';
import type { Accumulator, HistogramState } from './accumulator.js';
import type { RowFacts } from './row.js';

export interface CommentState {
  count: number;
  sentiments: Record<SentimentLabel, number>;
  sentimentSum: number;
  languages: ReadonlyMap<string, number>;
  scores: HistogramState;
}

/** How many rows have a comment, their languages and tone, and the scores of those that do; order does not matter. */
export class CommentTally implements Accumulator<CommentState, Pick<CommentFigures, 'count' | 'sentiment' | 'languages'>> {
  private counted = 0;
  private readonly sentiments: Record<SentimentLabel, number> = { positive: 0, neutral: 0, negative: 0 };
  private sentimentSum = 0;
  private readonly languages = new Map<string, number>();
  /** The scores of the rows with a comment, read before the summary is made (see `FinishContext.comments`). */
  readonly scores = new Histogram();

  get count(): number {
    return this.counted;
  }

  add({ comment, language, sentiment, score }: RowFacts): void {
    if (comment === '') return;
    this.counted++;
    this.languages.set(language, (this.languages.get(language) ?? 0) + 1);
    if (sentiment !== null) {
      this.sentiments[sentimentLabel(sentiment)]++;
      this.sentimentSum += sentiment;
    }
    if (score !== null) this.scores.add(score);
  }

  toState(): CommentState {
    return {
      count: this.counted,
      sentiments: this.sentiments,
      sentimentSum: this.sentimentSum,
      languages: this.languages,
      scores: this.scores,
    };
  }

  merge(state: CommentState): void {
    this.counted += state.count;
    for (const label of Object.keys(this.sentiments) as SentimentLabel[]) this.sentiments[label] += state.sentiments[label];
    this.sentimentSum += state.sentimentSum;
    for (const [language, count] of state.languages) this.languages.set(language, (this.languages.get(language) ?? 0) + count);
    this.scores.merge(state.scores);
  }

  finish(): Pick<CommentFigures, 'count' | 'sentiment' | 'languages'> {
    const count = this.counted;
    const scored = this.sentiments.positive + this.sentiments.neutral + this.sentiments.negative;
    const mix: LanguageCount[] = [...this.languages]
      .map(([code, n]) => ({
        code,
        name: languageName(code),
        count: n,
        share: round1((n / count) * 100),
        readable: code === UNDETERMINED || isReadable(code),
      }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    const unreadable = mix.filter((language) => !language.readable);
    const unreadableCount = unreadable.reduce((sum, language) => sum + language.count, 0);
    return {
      count,
      sentiment: { ...this.sentiments, mean: scored === 0 ? null : round2(this.sentimentSum / scored) },
      languages: {
        mix,
        detected: mix.filter((language) => language.code !== UNDETERMINED).length,
        unreadable: { count: unreadableCount, share: count === 0 ? 0 : round1((unreadableCount / count) * 100), languages: unreadable },
      },
    };
  }
}
