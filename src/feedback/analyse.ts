import { Composition, type FinishContext, Section } from './accumulators/accumulator.js';
import { CallBackList } from './accumulators/call-back.js';
import { CommentTally } from './accumulators/comments.js';
import { JourneyTally } from './accumulators/journey.js';
import { QualityTally } from './accumulators/quality.js';
import { RowReader } from './accumulators/row.js';
import { ScoreTally } from './accumulators/scores.js';
import { SegmentTally } from './accumulators/segments.js';
import { TermTally } from './accumulators/terms.js';
import { ThemeTally } from './accumulators/themes.js';
import { TrendTally } from './accumulators/trend.js';
import { ValueTally } from './accumulators/value.js';
import { DateTally } from './date-tally.js';
import type { AnalysedFeedback, ThemeChoice, Withholding } from './model.js';
import { OtherQuestions } from './questions.js';
import type { ColumnChoice } from './read/columns.js';
import { encodingEvidence, type FeedbackRow, type ReadAccount, type SourceDescription } from './read/reader.js';
import { detectScale, type Scale, type ScaleId, scaleById, scaleEvidence } from './scale.js';
import { percentage } from './stats.js';
import { BUILT_IN_THEMES, type ThemeSet } from './themes.js';

export interface AnalyseOptions {
  /** Overrides the detected scale. */
  scale?: ScaleId;
  /** Groups with fewer answers are shown but flagged as too small to read. */
  minGroupSize?: number;
  /** Give the headline figures even when more than LOST_SHARE_LIMIT of the records could not be read. */
  allowPartial?: boolean;
  /**
   * The key of the pseudonyms shown for ids that hold personal data (see `shownId`); without it
   * such ids are shown with placeholders. The reader derives it from the file's bytes.
   */
  pseudonymKey?: string;
}

/** More than this share of records lost and the headline figures are withheld: they would no longer stand for the file. */
export const LOST_SHARE_LIMIT = 0.01;

const MIN_GROUP_SIZE = 30;

/**
 * Every figure of one export, each counted by its own accumulator, in the order the summary
 * holds them: a new figure is one new accumulator and one line here. The scores and the
 * comments are also what the others' figures are taken against (see `FinishContext`).
 */
function accumulatorsOf(
  source: SourceDescription,
  themeSet: ThemeSet,
  themeChoice: ThemeChoice | null,
  keepPersonalData: boolean,
  dates: DateTally,
) {
  const scores = new ScoreTally();
  const comments = new CommentTally();
  const all = new Composition([
    new QualityTally(dates),
    scores,
    new TrendTally(),
    new SegmentTally(),
    new ValueTally(source.columns.value),
    new Section('comments', source.columns.comment !== undefined, [
      comments,
      new ThemeTally(themeSet, themeChoice),
      new TermTally(themeSet, keepPersonalData),
      new JourneyTally(),
    ] as const),
    otherQuestions(source, themeSet),
    new CallBackList(themeSet),
  ] as const);
  return { all, scores, comments };
}

type Accumulators = ReturnType<typeof accumulatorsOf>;

/** The counts of an analysis: what a worker sends back after reading its part of a file. */
export type AnalysisState = ReturnType<Accumulators['all']['toState']>;

/**
 * Streaming analysis of one export: `add` each row, then `finish`. Each row is read once (its
 * score, comment, sentiment and themes) and handed to every accumulator; everything they keep
 * is a count, a histogram or a short bounded list, so memory does not grow with the file.
 */
export class FeedbackAnalysis {
  private readonly reader: RowReader;
  private readonly accumulators: Accumulators;
  /** How the lead score column's answers in words read as numbers, when it has any. */
  private readonly scoreLabels: ScoreLabels | undefined;

  /**
   * @param keepPersonalData show customers' text as typed (`--no-redact`); by default personal
   *   data is kept out of everything the summary holds of it, frequent words included.
   * @param themeChoice how the themes were chosen, for the summary (an analysis that is merged into another needs none).
   */
  constructor(
    private readonly source: SourceDescription,
    themeSet: ThemeSet = BUILT_IN_THEMES,
    private readonly keepPersonalData = false,
    themeChoice: ThemeChoice | null = null,
  ) {
    const { reader, dates, scoreLabels } = rowReaderOf(source, themeSet);
    this.scoreLabels = scoreLabels;
    this.reader = reader;
    this.accumulators = accumulatorsOf(source, themeSet, themeChoice, keepPersonalData, dates);
  }

  add(row: FeedbackRow): void {
    this.accumulators.all.add(this.reader.read(row));
  }

  /** What this analysis has counted, as plain data that can cross to another thread. */
  toState(): AnalysisState {
    return this.accumulators.all.toState();
  }

  /**
   * Adds the counts of an analysis of the next part of the same file. Every figure is a sum or a
   * bounded list ordered by a total order, so the result does not depend on how the file was cut
   * (but for the rarest uncounted terms, which lossy counting may drop in either case, and the
   * pooled rest of segments past their limit).
   */
  merge(state: AnalysisState): void {
    this.accumulators.all.merge(state);
  }

  /**
   * @param source the description of the file to report: by default the one counted with; the
   *   whole file's, when the rows were counted with a plan of the same decisions (see `decisionsOf`).
   */
  finish(account: ReadAccount, options: AnalyseOptions = {}, source: SourceDescription = this.source): AnalysedFeedback {
    const labelScale = this.scoreLabels?.scale;
    const scores = this.accumulators.scores.histogram;
    const scale: Scale | null = options.scale
      ? scaleById(options.scale)
      : labelScale
        ? scaleById(labelScale)
        : detectScale(scores.counts, source.columns.score ?? '');
    const withheld = options.allowPartial ? null : withholding(account);
    const context: FinishContext = {
      scale,
      headline: scale && !withheld ? scale : null,
      withheld: withheld !== null,
      minGroupSize: options.minGroupSize ?? MIN_GROUP_SIZE,
      scores,
      comments: { count: this.accumulators.comments.count, scores: this.accumulators.comments.scores },
      account,
      keepPersonalData: this.keepPersonalData,
      pseudonymKey: options.pseudonymKey,
    };

    return {
      source: {
        ...source,
        ...encodingEvidence(source, account.decoding),
        scale: scale
          ? {
              id: scale.id,
              title: scale.title,
              min: scale.min,
              max: scale.max,
              topFrom: scale.topFrom,
              bottomTo: scale.bottomTo,
              detectedFrom: options.scale ? 'option' : 'values',
              evidence: options.scale
                ? 'set with --scale'
                : scaleEvidence(scores.counts, source.columns.score ?? '', scale, this.scoreLabels),
            }
          : null,
      },
      withheld,
      personalData: this.keepPersonalData ? 'kept' : 'redacted',
      ...this.accumulators.all.finish(context),
    };
  }
}

type ScoreLabels = { values: ReadonlyMap<string, number>; scale: ScaleId | null; set: string };

/**
 * What reads each row of a file described by `source` into its facts, as the analysis reads it
 * (another pass, such as the per-response export, reads the rows the same way), with the tally of
 * the dates it could not place and the lead score's labels.
 */
export function rowReaderOf(source: SourceDescription, themeSet: ThemeSet) {
  const dates = new DateTally(source.dateOrder.order, source.exportDate?.date);
  const scoreLabels = labelsOf(source, columnsOf(source, 'score')[0]?.index);
  return { reader: new RowReader(source, scoreLabels?.values, themeSet, dates), dates, scoreLabels };
}

function columnsOf(source: SourceDescription, role: ColumnChoice['role']): ColumnChoice[] {
  return source.choices.filter((choice) => choice.role === role);
}

/** How a column's answers in words read as numbers, when it has any. */
function labelsOf(source: SourceDescription, index: number | undefined): ScoreLabels | undefined {
  const placement = source.labels.find((candidate) => candidate.index === index);
  return placement && { values: new Map(placement.values), scale: placement.scale, set: placement.set };
}

function otherQuestions(source: SourceDescription, themeSet: ThemeSet): OtherQuestions {
  return new OtherQuestions(
    columnsOf(source, 'other-score').map((choice) => ({ header: choice.header, labels: labelsOf(source, choice.index) })),
    columnsOf(source, 'other-comment').map((choice) => choice.header),
    themeSet,
  );
}

/** Why the headline is withheld, if it is: too large a share of the records lost, or broken quotes past counting. */
function withholding(account: ReadAccount): Withholding | null {
  const of = account.records + account.lost.records;
  const lost = account.lost.records;
  if (!account.lost.limitHit && lost <= of * LOST_SHARE_LIMIT) return null;
  return { reason: account.lost.limitHit ? 'recovery-limit' : 'lost-records', lost, of, share: percentage(lost, of) };
}
