import type { DateQuality, DateTally } from '../date-tally.js';
import { Histogram } from '../histogram.js';
import type { FeedbackSummary } from '../model.js';
import { describeLost } from '../read/reader.js';
import { redact } from '../redact.js';
import type { Scale } from '../scale.js';
import { percentage } from '../stats.js';
import type { Accumulator, FinishContext, HistogramState } from './accumulator.js';
import type { RowFacts } from './row.js';

const EXAMPLES = 10;
/** Distinct score values whose first line is kept, for examples of scores outside the scale (known only at the end). */
const VALUES_REMEMBERED = 100;

/** A row skipped, or kept with a problem, as data; worded by `reasonOf` when the summary is made. */
export type RowProblem =
  | { line: number; reason: 'no-score-no-comment' | 'not-applicable-no-comment' | 'empty-comment' }
  | { line: number; reason: 'not-a-rating' | 'not-a-rating-comment-kept'; cell: string }
  | { line: number; reason: 'out-of-range'; value: number };

export interface QualityState {
  rows: number;
  blankScores: number;
  notApplicable: number;
  unreadable: number;
  /** The first few problems, in line order. */
  examples: RowProblem[];
  /** The first line of each of the first VALUES_REMEMBERED score values. */
  firstLineOfValue: ReadonlyMap<number, number>;
  scoredWithoutComment: HistogramState;
  dates: DateQuality;
}

/**
 * The data-quality account: rows read and used, scores blank, N/A, unreadable or out of range,
 * with the first few problems by line, and the dates that could not be placed. Examples are the
 * first by line, so order does not matter.
 */
export class QualityTally implements Accumulator<QualityState, Pick<FeedbackSummary, 'quality'>> {
  private rows = 0;
  private blankScores = 0;
  private notApplicable = 0;
  private unreadable = 0;
  private examples: RowProblem[] = [];
  private readonly firstLineOfValue = new Map<number, number>();
  private readonly scoredWithoutComment = new Histogram();

  /** @param dates the tally the rows' months are read with: its account of the dates is part of this one. */
  constructor(private readonly dates: DateTally) {}

  add({ row, rating, score, comment }: RowFacts): void {
    this.rows++;
    const room = this.examples.length < EXAMPLES;
    if (rating && rating.kind !== 'value') {
      if (rating.kind === 'blank') this.blankScores++;
      else if (rating.kind === 'not-applicable') this.notApplicable++;
      else this.unreadable++;
      if (!room) {
        // Counted; the examples are full.
      } else if (comment === '') {
        this.examples.push(
          rating.kind === 'blank'
            ? { line: row.line, reason: 'no-score-no-comment' }
            : rating.kind === 'not-applicable'
              ? { line: row.line, reason: 'not-applicable-no-comment' }
              : { line: row.line, reason: 'not-a-rating', cell: row.score ?? '' },
        );
      }
      // An unreadable score is worth a line even when the comment is kept: it may be a typo in the export.
      else if (rating.kind === 'invalid' || rating.kind === 'label') {
        this.examples.push({ line: row.line, reason: 'not-a-rating-comment-kept', cell: row.score ?? '' });
      }
    } else if (rating === null && comment === '' && room) {
      this.examples.push({ line: row.line, reason: 'empty-comment' });
    }
    if (score !== null) {
      if (!this.firstLineOfValue.has(score) && this.firstLineOfValue.size < VALUES_REMEMBERED) this.firstLineOfValue.set(score, row.line);
      if (comment === '') this.scoredWithoutComment.add(score);
    }
  }

  toState(): QualityState {
    return {
      rows: this.rows,
      blankScores: this.blankScores,
      notApplicable: this.notApplicable,
      unreadable: this.unreadable,
      examples: this.examples,
      firstLineOfValue: this.firstLineOfValue,
      scoredWithoutComment: this.scoredWithoutComment,
      dates: this.dates.toState(),
    };
  }

  merge(state: QualityState): void {
    this.rows += state.rows;
    this.blankScores += state.blankScores;
    this.notApplicable += state.notApplicable;
    this.unreadable += state.unreadable;
    this.examples = [...this.examples, ...state.examples].sort((a, b) => a.line - b.line).slice(0, EXAMPLES);
    for (const [value, line] of state.firstLineOfValue) {
      if (line < (this.firstLineOfValue.get(value) ?? Infinity)) this.firstLineOfValue.set(value, line);
    }
    // The values first seen earliest, as one tally over the whole file would have kept.
    if (this.firstLineOfValue.size > VALUES_REMEMBERED) {
      const earliest = [...this.firstLineOfValue].sort((a, b) => a[1] - b[1]).slice(0, VALUES_REMEMBERED);
      this.firstLineOfValue.clear();
      for (const [value, line] of earliest) this.firstLineOfValue.set(value, line);
    }
    this.scoredWithoutComment.merge(state.scoredWithoutComment);
    this.dates.merge(state.dates);
  }

  finish({ scale, scores, comments, account, keepPersonalData }: FinishContext): Pick<FeedbackSummary, 'quality'> {
    const inScale = (value: number) => scale !== null && value >= scale.min && value <= scale.max;
    const shown = (text: string) => (keepPersonalData ? text : redact(text));
    let outOfRange = 0;
    for (const [value, count] of scores.counts) if (!inScale(value)) outOfRange += count;
    let scoredOnly = 0;
    for (const [value, count] of this.scoredWithoutComment.counts) if (inScale(value)) scoredOnly += count;
    const used = comments.count + scoredOnly;
    const problems = [...this.examples];
    for (const [value, line] of [...this.firstLineOfValue].sort((a, b) => a[1] - b[1])) {
      if (!inScale(value) && problems.length < EXAMPLES) problems.push({ line, reason: 'out-of-range', value });
    }
    problems.sort((a, b) => a.line - b.line);
    const dates = this.dates.toState();
    return {
      quality: {
        rows: this.rows,
        used,
        skipped: this.rows - used,
        blankScores: this.blankScores,
        notApplicable: this.notApplicable,
        outOfRange,
        unreadable: this.unreadable,
        ragged: account.ragged,
        examples: problems.map((problem) => ({ line: problem.line, reason: reasonOf(problem, scale, shown) })),
        lost: {
          records: account.lost.records,
          share: percentage(account.lost.records, account.records + account.lost.records),
          examples: account.lost.examples.map(({ line, toLine, reason }) => ({ line, toLine, reason: describeLost(reason) })),
          limitHit: account.lost.limitHit,
        },
        dates: keepPersonalData
          ? dates
          : { ...dates, examples: dates.examples.map((example) => ({ ...example, reason: redact(example.reason) })) },
      },
    };
  }
}

/** A problem in words, as the data-quality account states it. */
function reasonOf(problem: RowProblem, scale: Scale | null, shown: (text: string) => string): string {
  switch (problem.reason) {
    case 'no-score-no-comment':
      return 'no score and no comment';
    case 'not-applicable-no-comment':
      return 'score is N/A and there is no comment';
    case 'empty-comment':
      return 'empty comment';
    case 'not-a-rating':
      return `score ${JSON.stringify(shown(problem.cell))} is not a rating`;
    case 'not-a-rating-comment-kept':
      return `score ${JSON.stringify(shown(problem.cell))} is not a rating; its comment is kept`;
    case 'out-of-range':
      return scale
        ? `score ${problem.value} is outside the ${scale.title} scale`
        : `score ${problem.value} is on no known scale, as the column's answers fit none (give --scale to read them on one)`;
  }
}
