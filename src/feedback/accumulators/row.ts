import type { DateTally } from '../date-tally.js';
import { UNDETERMINED } from '../language.js';
import type { FeedbackRow, SourceDescription } from '../read/reader.js';
import { readComment } from '../sentiment.js';
import type { ThemeSet } from '../themes.js';
import { commentText, parseAmount, parseRating, type RatingCell } from '../values.js';

/** A comment with a readable score: a possible quote for its themes and a possible call back. */
export interface ScoredComment {
  line: number;
  score: number;
  /** Null when the comment is in a language centricity cannot read. */
  sentiment: number | null;
  comment: string;
  id: string | undefined;
  segment: string | undefined;
  /** The customer's value (revenue, plan value), when the export has it. */
  value: number | undefined;
  /** YYYY-MM of the answer, when the export has dates. */
  month: string | null;
  themes: readonly string[];
}

/** How much of a comment a quote shows. */
export const QUOTE_LENGTH = 220;

/**
 * One row as the accumulators read it: its cells parsed, and the work several of them share
 * (the comment's words, sentiment and themes) done once.
 */
export interface RowFacts {
  readonly row: FeedbackRow;
  /** The lead score cell; null when the file has no score column. */
  readonly rating: RatingCell | null;
  /** The lead score when it is a number. */
  readonly score: number | null;
  /** The customer's value when the export has a value column and the cell is an amount. */
  readonly amount: number | undefined;
  /** YYYY-MM of the answer; null without a date or when the date cannot be placed (counted by the date tally). */
  readonly month: string | null;
  /** The comment, or '' when the row has none; the next four are its words, language, tone and themes (empty without one). */
  readonly comment: string;
  readonly tokens: readonly string[];
  /** ISO 639-1 code, or 'und' when the comment is too short to tell (or there is none). */
  readonly language: string;
  /** Null when the comment is in a language centricity cannot read (and 0 without a comment). */
  readonly sentiment: number | null;
  readonly themes: readonly string[];
  /** The row as a possible quote and call back: set when it has both a comment and a readable score. */
  readonly scored: ScoredComment | null;
}

const NONE: readonly string[] = Object.freeze([]);

/** Reads each row into its facts, in one object refilled row after row (the accumulators keep its fields, never it). */
export class RowReader {
  private readonly hasScore: boolean;
  private readonly labels: ReadonlyMap<string, number> | undefined;
  private readonly facts: { -readonly [K in keyof RowFacts]: RowFacts[K] } = {
    row: { line: 0, otherScores: [], otherComments: [] },
    rating: null,
    score: null,
    amount: undefined,
    month: null,
    comment: '',
    tokens: NONE,
    language: UNDETERMINED,
    sentiment: 0,
    themes: NONE,
    scored: null,
  };

  /**
   * @param scoreLabels how the lead score column's answers in words read as numbers, when it has any.
   * @param dates reads the month of each date, and counts those it cannot place.
   */
  constructor(
    source: SourceDescription,
    scoreLabels: ReadonlyMap<string, number> | undefined,
    private readonly themeSet: ThemeSet,
    private readonly dates: DateTally,
  ) {
    this.hasScore = source.columns.score !== undefined;
    this.labels = scoreLabels;
  }

  read(row: FeedbackRow): RowFacts {
    const facts = this.facts;
    const rating = this.hasScore ? parseRating(row.score, this.labels) : null;
    const score = rating?.kind === 'value' ? rating.value : null;
    const amount = row.value === undefined ? undefined : (parseAmount(row.value) ?? undefined);
    const comment = commentText(row.comment);
    const month = row.date === undefined ? null : this.dates.monthOf(row.date, row.line);
    facts.row = row;
    facts.rating = rating;
    facts.score = score;
    facts.amount = amount;
    facts.month = month;
    facts.comment = comment;
    if (comment === '') {
      facts.tokens = NONE;
      facts.language = UNDETERMINED;
      facts.sentiment = 0;
      facts.themes = NONE;
      facts.scored = null;
      return facts;
    }
    const { words: tokens, sentiment, language } = readComment(comment);
    const themes = this.themeSet.themesOf(tokens);
    facts.tokens = tokens;
    facts.language = language;
    facts.sentiment = sentiment;
    facts.themes = themes;
    facts.scored =
      score === null ? null : { line: row.line, score, sentiment, comment, id: row.id, segment: row.segment, value: amount, month, themes };
    return facts;
  }
}
