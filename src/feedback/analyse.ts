import { type DateQuality, DateTally } from './date-tally.js';
import { compareGroups, groupScore, Histogram, headline, scoreFigures } from './histogram.js';
import { JOURNEY_STAGES, stagesOf } from './journey.js';
import type {
  AnalysedFeedback,
  CommentFigures,
  DataQuality,
  FeedbackSummary,
  GroupFigures,
  Quote,
  Respondent,
  ThemeFigures,
  Withholding,
} from './model.js';
import { OtherQuestions, type OtherQuestionsState } from './questions.js';
import type { ColumnChoice } from './read/columns.js';
import { describeLost, encodingEvidence, type FeedbackRow, type ReadAccount, type SourceDescription } from './read/reader.js';
import { quote, redact, shownId, withoutPersonalData } from './redact.js';
import { detectScale, type Scale, type ScaleId, scaleById, scaleEvidence } from './scale.js';
import { type SentimentLabel, sentimentLabel, sentimentScore } from './sentiment.js';
import { round1, round2 } from './stats.js';
import { STOPWORDS } from './stopwords.js';
import { decodeEntities, tokenize } from './text.js';
import { BUILT_IN_THEMES, type ThemeSet } from './themes.js';
import { commentText, parseAmount, parseRating } from './values.js';

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
/** Past this many distinct segments the rest are pooled: a column of free text is not a segmentation. */
const MAX_SEGMENTS = 200;
const OTHER_SEGMENTS = '(other)';
const QUOTES_PER_SIDE = 2;
const UNHAPPIEST = 20;
const QUALITY_EXAMPLES = 10;
const TERMS_KEPT = 20_000;
const TERMS_SHOWN = 15;
/** A word said once is not a topic. */
const MIN_TERM_COUNT = 2;
/** Pieces of links that the tokenizer leaves behind: never a topic. */
const NOT_WORDS = new Set(['http', 'https', 'www', 'com', 'html']);
const QUOTE_LENGTH = 220;
/** A theme's name short enough for a list: "Ease of use" and "Billing", not their full titles. */
const shortTitle = (title: string) => title.replace(/\s*[(,].*$/, '');

interface Candidate {
  line: number;
  score: number;
  sentiment: number;
  comment: string;
  id: string | undefined;
  segment: string | undefined;
  /** The customer's value (revenue, plan value), when the export has it. */
  value: number | undefined;
  /** YYYY-MM of the answer, when the export has dates. */
  month: string | null;
  themes: string[];
}

interface ThemeTally {
  mentions: number;
  sentimentSum: number;
  scores: Histogram;
  happy: Candidate[];
  unhappy: Candidate[];
}

/** Lower sorts first: the unhappiest answers, the most valuable customers, the most negative comments, file order. */
const byUnhappiness = (a: Candidate, b: Candidate) =>
  a.score - b.score || (b.value ?? 0) - (a.value ?? 0) || a.sentiment - b.sentiment || a.line - b.line;
/** Whom to call first: the most recent, then the most valuable, then the lowest score and the most negative comment. */
const byCallOrder = (a: Candidate, b: Candidate) =>
  (b.month ?? '').localeCompare(a.month ?? '') ||
  (b.value ?? 0) - (a.value ?? 0) ||
  a.score - b.score ||
  a.sentiment - b.sentiment ||
  a.line - b.line;
const byHappiness = (a: Candidate, b: Candidate) => b.score - a.score || b.sentiment - a.sentiment || a.line - b.line;

type PlainHistogram = Pick<Histogram, 'counts' | 'money'>;

/** The counts of an analysis: what a worker sends back after reading its part of a file. */
export interface AnalysisState {
  rows: number;
  commentCount: number;
  scores: PlainHistogram;
  scoredWithoutComment: PlainHistogram;
  commentScores: PlainHistogram;
  months: ReadonlyMap<string, PlainHistogram>;
  segments: ReadonlyMap<string, PlainHistogram>;
  themes: ReadonlyMap<string, Omit<ThemeTally, 'scores'> & { scores: PlainHistogram }>;
  stages: ReadonlyMap<string, number>;
  sentiments: Record<SentimentLabel, number>;
  sentimentSum: number;
  terms: ReadonlyMap<string, number>;
  /** For each score, the respondents to call first; which scores count as unhappy is known only at the end. */
  toCall: ReadonlyMap<number, readonly Candidate[]>;
  firstLineOfValue: ReadonlyMap<number, number>;
  quality: { blankScores: number; notApplicable: number; unreadable: number; examples: { line: number; reason: string }[] };
  others: OtherQuestionsState;
  dates: DateQuality;
}

/**
 * Streaming analysis of one export: `add` each row, then `finish`. Everything it keeps is a
 * count, a histogram or a short bounded list, so memory does not grow with the file.
 */
export class FeedbackAnalysis {
  private rows = 0;
  private commentCount = 0;
  private readonly scores = new Histogram();
  private readonly scoredWithoutComment = new Histogram();
  private readonly commentScores = new Histogram();
  private readonly months = new Map<string, Histogram>();
  private readonly segments = new Map<string, Histogram>();
  private readonly themes = new Map<string, ThemeTally>();
  private readonly stages = new Map<string, number>();
  private readonly sentiments: Record<SentimentLabel, number> = { positive: 0, neutral: 0, negative: 0 };
  private sentimentSum = 0;
  private readonly terms = new Map<string, number>();
  private readonly toCall = new Map<number, Candidate[]>();
  private readonly dates: DateTally;
  private readonly firstLineOfValue = new Map<number, number>();
  private readonly quality: AnalysisState['quality'] = { blankScores: 0, notApplicable: 0, unreadable: 0, examples: [] };
  private readonly others: OtherQuestions;
  /** How the lead score column's answers in words read as numbers, when it has any. */
  private readonly scoreLabels: { values: ReadonlyMap<string, number>; scale: ScaleId | null; set: string } | undefined;

  /**
   * @param keepPersonalData show customers' text as typed (`--no-redact`); by default personal
   *   data is kept out of everything the summary holds of it, frequent words included.
   */
  constructor(
    private readonly source: SourceDescription,
    private readonly themeSet: ThemeSet = BUILT_IN_THEMES,
    private readonly keepPersonalData = false,
  ) {
    const columnsOf = (role: ColumnChoice['role']) => source.choices.filter((choice) => choice.role === role);
    const labelsOf = (index: number | undefined) => {
      const placement = source.labels.find((candidate) => candidate.index === index);
      return placement && { values: new Map(placement.values), scale: placement.scale, set: placement.set };
    };
    this.dates = new DateTally(source.dateOrder.order, source.exportDate?.date);
    this.scoreLabels = labelsOf(columnsOf('score')[0]?.index);
    this.others = new OtherQuestions(
      columnsOf('other-score').map((choice) => ({ header: choice.header, labels: labelsOf(choice.index) })),
      columnsOf('other-comment').map((choice) => choice.header),
      themeSet,
    );
  }

  /** What this analysis has counted, as plain data that can cross to another thread. */
  toState(): AnalysisState {
    return {
      rows: this.rows,
      commentCount: this.commentCount,
      scores: this.scores,
      scoredWithoutComment: this.scoredWithoutComment,
      commentScores: this.commentScores,
      months: this.months,
      segments: this.segments,
      themes: this.themes,
      stages: this.stages,
      sentiments: this.sentiments,
      sentimentSum: this.sentimentSum,
      terms: this.terms,
      toCall: this.toCall,
      firstLineOfValue: this.firstLineOfValue,
      quality: this.quality,
      others: this.others.toState(),
      dates: this.dates.toState(),
    };
  }

  /**
   * Adds the counts of an analysis of another part of the same file. Every figure is a sum or a
   * bounded list ordered by a total order, so the result does not depend on how the file was cut
   * (but for the rarest uncounted terms, which lossy counting may drop in either case).
   */
  merge(state: AnalysisState): void {
    this.rows += state.rows;
    this.commentCount += state.commentCount;
    this.scores.merge(state.scores);
    this.scoredWithoutComment.merge(state.scoredWithoutComment);
    this.commentScores.merge(state.commentScores);
    for (const [month, histogram] of state.months) groupOf(this.months, month).merge(histogram);
    for (const [name, histogram] of state.segments) {
      groupOf(this.segments, this.segments.has(name) || this.segments.size < MAX_SEGMENTS ? name : OTHER_SEGMENTS).merge(histogram);
    }
    for (const [id, theirs] of state.themes) {
      const ours = this.themeTally(id);
      ours.mentions += theirs.mentions;
      ours.sentimentSum += theirs.sentimentSum;
      ours.scores.merge(theirs.scores);
      for (const candidate of theirs.unhappy) keepBest(ours.unhappy, candidate, byUnhappiness, QUOTES_PER_SIDE * 2);
      for (const candidate of theirs.happy) keepBest(ours.happy, candidate, byHappiness, QUOTES_PER_SIDE * 2);
    }
    for (const [stage, count] of state.stages) this.stages.set(stage, (this.stages.get(stage) ?? 0) + count);
    for (const label of Object.keys(this.sentiments) as SentimentLabel[]) this.sentiments[label] += state.sentiments[label];
    this.sentimentSum += state.sentimentSum;
    for (const [term, count] of state.terms) this.terms.set(term, (this.terms.get(term) ?? 0) + count);
    if (this.terms.size > TERMS_KEPT) this.pruneTerms();
    for (const [score, candidates] of state.toCall) {
      for (const candidate of candidates) keepBest(this.callListFor(score), candidate, byCallOrder, UNHAPPIEST);
    }
    for (const [value, line] of state.firstLineOfValue) {
      if (line < (this.firstLineOfValue.get(value) ?? Infinity)) this.firstLineOfValue.set(value, line);
    }
    this.others.merge(state.others);
    this.dates.merge(state.dates);
    this.quality.blankScores += state.quality.blankScores;
    this.quality.notApplicable += state.quality.notApplicable;
    this.quality.unreadable += state.quality.unreadable;
    this.quality.examples = [...this.quality.examples, ...state.quality.examples]
      .sort((a, b) => a.line - b.line)
      .slice(0, QUALITY_EXAMPLES);
  }

  private callListFor(score: number): Candidate[] {
    let list = this.toCall.get(score);
    if (!list) {
      list = [];
      this.toCall.set(score, list);
    }
    return list;
  }

  private themeTally(id: string): ThemeTally {
    let tally = this.themes.get(id);
    if (!tally) {
      tally = { mentions: 0, sentimentSum: 0, scores: new Histogram(), happy: [], unhappy: [] };
      this.themes.set(id, tally);
    }
    return tally;
  }

  add(row: FeedbackRow): void {
    this.rows++;
    this.others.add(row);
    const rating = this.source.columns.score === undefined ? null : parseRating(row.score, this.scoreLabels?.values);
    const score = rating?.kind === 'value' ? rating.value : null;
    const amount = row.value === undefined ? undefined : (parseAmount(row.value) ?? undefined);
    const comment = commentText(row.comment);
    const month = row.date === undefined ? null : this.dates.monthOf(row.date, row.line);

    if (rating && rating.kind !== 'value') {
      if (rating.kind === 'blank') this.quality.blankScores++;
      else if (rating.kind === 'not-applicable') this.quality.notApplicable++;
      else this.quality.unreadable++;
      if (comment === '')
        this.noteLine(
          row.line,
          rating.kind === 'blank'
            ? 'no score and no comment'
            : rating.kind === 'not-applicable'
              ? 'score is N/A and there is no comment'
              : unreadable(this.shown(row.score ?? '')),
        );
      // An unreadable score is worth a line even when the comment is kept: it may be a typo in the export.
      else if (rating.kind === 'invalid' || rating.kind === 'label')
        this.noteLine(row.line, `${unreadable(this.shown(row.score ?? ''))}; its comment is kept`);
    } else if (rating === null && comment === '') {
      this.noteLine(row.line, 'empty comment');
    }

    if (score !== null) {
      if (!this.firstLineOfValue.has(score) && this.firstLineOfValue.size < 100) this.firstLineOfValue.set(score, row.line);
      this.scores.add(score, amount !== undefined && amount >= 0 ? amount : undefined);
      if (comment === '') this.scoredWithoutComment.add(score);
      if (month) groupOf(this.months, month).add(score);
      if (row.segment !== undefined) {
        const name = row.segment.trim();
        const key = this.segments.has(name) || this.segments.size < MAX_SEGMENTS ? name : OTHER_SEGMENTS;
        groupOf(this.segments, key).add(score);
      }
    }
    if (comment !== '') this.addComment(row, comment, score, amount, month);
  }

  private addComment(row: FeedbackRow, comment: string, score: number | null, amount: number | undefined, month: string | null): void {
    this.commentCount++;
    const tokens = tokenize(comment);
    const sentiment = sentimentScore(comment);
    this.sentiments[sentimentLabel(sentiment)]++;
    this.sentimentSum += sentiment;
    const themes = this.themeSet.themesOf(tokens);
    for (const stage of stagesOf(tokens)) this.stages.set(stage, (this.stages.get(stage) ?? 0) + 1);
    // Words of an e-mail address, a name or a street are not topics, and must not be shown as ones.
    this.countTerms(this.keepPersonalData ? tokens : termTokens(comment, tokens));
    if (score !== null) this.commentScores.add(score);

    const candidate: Candidate | null =
      score === null ? null : { line: row.line, score, sentiment, comment, themes, id: row.id, segment: row.segment, value: amount, month };
    for (const id of themes) {
      const tally = this.themeTally(id);
      tally.mentions++;
      tally.sentimentSum += sentiment;
      if (candidate) {
        tally.scores.add(candidate.score);
        keepBest(tally.unhappy, candidate, byUnhappiness, QUOTES_PER_SIDE * 2);
        keepBest(tally.happy, candidate, byHappiness, QUOTES_PER_SIDE * 2);
      }
    }
    if (candidate) keepBest(this.callListFor(candidate.score), candidate, byCallOrder, UNHAPPIEST);
  }

  private countTerms(tokens: readonly string[]): void {
    const terms = this.terms;
    for (const token of tokens) {
      const first = token.charCodeAt(0);
      if (token.length < 3 || (first >= 48 && first <= 57) || STOPWORDS.has(token) || NOT_WORDS.has(token)) continue;
      terms.set(token, (terms.get(token) ?? 0) + 1);
    }
    if (terms.size > TERMS_KEPT) this.pruneTerms();
  }

  /**
   * Lossy counting: drops the rarest terms until half the room is free, so pruning runs once per
   * TERMS_KEPT / 2 new words whatever the vocabulary; frequent terms survive with their counts.
   */
  private pruneTerms(): void {
    for (let floor = 1; this.terms.size > TERMS_KEPT / 2; floor++) {
      for (const [term, count] of this.terms) if (count <= floor) this.terms.delete(term);
    }
  }

  /** Customer text as this analysis may show it. */
  private shown(text: string): string {
    return this.keepPersonalData ? text : redact(text);
  }

  /** Keeps the first few lines with a problem, and what was done with them, for the data-quality account. */
  private noteLine(line: number, reason: string): void {
    if (this.quality.examples.length < QUALITY_EXAMPLES) this.quality.examples.push({ line, reason });
  }

  finish(account: ReadAccount, options: AnalyseOptions = {}): AnalysedFeedback {
    const minGroupSize = options.minGroupSize ?? MIN_GROUP_SIZE;
    const labelScale = this.scoreLabels?.scale;
    const scale: Scale | null = options.scale
      ? scaleById(options.scale)
      : labelScale
        ? scaleById(labelScale)
        : detectScale(this.scores.counts, this.source.columns.score ?? '');
    const inScale = (value: number) => scale !== null && value >= scale.min && value <= scale.max;

    let outOfRange = 0;
    for (const [value, count] of this.scores.counts) if (!inScale(value)) outOfRange += count;
    let scoredOnly = 0;
    for (const [value, count] of this.scoredWithoutComment.counts) if (inScale(value)) scoredOnly += count;
    const used = this.commentCount + scoredOnly;
    const examples = [...this.quality.examples];
    for (const [value, line] of this.firstLineOfValue) {
      if (!inScale(value) && examples.length < QUALITY_EXAMPLES)
        examples.push({ line, reason: `score ${value} is outside the ${scale?.title ?? 'detected'} scale` });
    }
    examples.sort((a, b) => a.line - b.line);
    const dates = this.dates.toState();

    const quality: DataQuality = {
      rows: this.rows,
      used,
      skipped: this.rows - used,
      blankScores: this.quality.blankScores,
      notApplicable: this.quality.notApplicable,
      outOfRange,
      unreadable: this.quality.unreadable,
      ragged: account.ragged,
      examples,
      lost: {
        records: account.lost.records,
        share: percentage(account.lost.records, account.records + account.lost.records),
        examples: account.lost.examples.map(({ line, toLine, reason }) => ({ line, toLine, reason: describeLost(reason) })),
        limitHit: account.lost.limitHit,
      },
      dates: this.keepPersonalData
        ? dates
        : { ...dates, examples: dates.examples.map((example) => ({ ...example, reason: redact(example.reason) })) },
    };
    const withheld = options.allowPartial ? null : withholding(account);
    const headline = scale && !withheld ? scale : null;

    return {
      source: {
        ...this.source,
        ...encodingEvidence(this.source, account.decoding),
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
                : scaleEvidence(this.scores.counts, this.source.columns.score ?? '', scale, this.scoreLabels),
            }
          : null,
      },
      withheld,
      personalData: this.keepPersonalData ? 'kept' : 'redacted',
      quality,
      scores: headline ? { ...groupScore(this.scores, headline, minGroupSize), distribution: distribution(this.scores, headline) } : null,
      trend: headline ? this.trend(headline, minGroupSize) : [],
      segments: headline ? this.segmentFigures(headline, minGroupSize) : [],
      value: headline && this.source.columns.value !== undefined ? this.valueFigures(headline, this.source.columns.value) : null,
      comments: this.source.columns.comment === undefined ? null : this.commentFigures(scale, minGroupSize),
      otherScores: this.others.finishScores(minGroupSize),
      otherComments: this.others.finishComments(),
      unhappiest: scale
        ? [...this.toCall]
            .filter(([score]) => score <= scale.bottomTo && inScale(score))
            .flatMap(([, candidates]) => candidates)
            .sort(byCallOrder)
            .slice(0, UNHAPPIEST)
            .map((candidate) => this.toRespondent(candidate, options.pseudonymKey))
        : [],
    };
  }

  private toQuote(candidate: Candidate): Quote {
    return { line: candidate.line, score: candidate.score, text: quote(candidate.comment, QUOTE_LENGTH, this.keepPersonalData) };
  }

  private toRespondent(candidate: Candidate, pseudonymKey: string | undefined): Respondent {
    const id = candidate.id?.trim();
    return {
      line: candidate.line,
      id: id ? (this.keepPersonalData ? id : shownId(id, pseudonymKey)) : null,
      segment: candidate.segment === undefined ? null : this.shown(candidate.segment),
      value: candidate.value ?? null,
      month: candidate.month,
      score: candidate.score,
      themes: candidate.themes.map((id) => shortTitle(this.themeSet.themes.find((theme) => theme.id === id)?.title ?? id)),
      quote: quote(candidate.comment, QUOTE_LENGTH, this.keepPersonalData),
    };
  }

  private trend(scale: Scale, minGroupSize: number): GroupFigures[] {
    const months = [...this.months.keys()].sort();
    return months.map((month, index) => {
      const previous = index > 0 ? this.months.get(months[index - 1]!)! : null;
      return groupFigures(month, this.months.get(month)!, scale, minGroupSize, previous);
    });
  }

  private segmentFigures(scale: Scale, minGroupSize: number): GroupFigures[] {
    // Segments whose names differ only in personal data ("a@x.com", "b@y.org") are one group once redacted.
    const shown = new Map<string, Histogram>();
    for (const [name, histogram] of this.segments) groupOf(shown, this.shown(name)).merge(histogram);
    return [...shown]
      .map(([name, histogram]) => groupFigures(name, histogram, scale, minGroupSize, this.scores.minus(histogram)))
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  }

  private valueFigures(scale: Scale, column: string): FeedbackSummary['value'] {
    let total = 0;
    let top = 0;
    let bottom = 0;
    for (const [score, amount] of this.scores.money) {
      if (score < scale.min || score > scale.max) continue;
      total += amount;
      if (score >= scale.topFrom) top += amount;
      if (score <= scale.bottomTo) bottom += amount;
    }
    return {
      column,
      currency: currencyOf(column),
      total: Math.round(total),
      weightedNps: scale.id === 'nps' && total > 0 ? round1(((top - bottom) / total) * 100) : null,
      atRisk: Math.round(bottom),
      atRiskShare: total > 0 ? round1((bottom / total) * 100) : null,
    };
  }

  private commentFigures(scale: Scale | null, minGroupSize: number): CommentFigures {
    const count = this.commentCount;
    const themes: ThemeFigures[] = this.themeSet.themes
      .filter((theme) => this.themes.has(theme.id))
      .map((theme) => {
        const tally = this.themes.get(theme.id)!;
        const withTheme = scale ? headline(scoreFigures(tally.scores, scale)) : null;
        const rest = this.commentScores.minus(tally.scores);
        const without = scale ? headline(scoreFigures(rest, scale)) : null;
        // Without a score there is nothing to compare: not "too small", just no comparison.
        const tooSmall =
          scale !== null && (scoreFigures(tally.scores, scale).n < minGroupSize || scoreFigures(rest, scale).n < minGroupSize);
        // Exports repeat rows; the same words quoted twice would read as two customers.
        const quotes = (candidates: Candidate[], keep: (candidate: Candidate) => boolean) =>
          candidates
            .filter(keep)
            .filter((candidate, index, all) => all.findIndex((other) => other.comment === candidate.comment) === index)
            .slice(0, QUOTES_PER_SIDE)
            .map((candidate) => this.toQuote(candidate));
        return {
          id: theme.id,
          title: theme.title,
          mentions: tally.mentions,
          share: round1((tally.mentions / count) * 100),
          sentiment: round2(tally.sentimentSum / tally.mentions),
          with: withTheme,
          without,
          pull: withTheme !== null && without !== null ? round1(withTheme - without) : null,
          difference: scale && !tooSmall ? compareGroups(tally.scores, rest, scale) : null,
          tooSmall,
          quotes: {
            // A high score with a complaint in words is not a happy quote.
            happy: scale ? quotes(tally.happy, (candidate) => candidate.score >= scale.topFrom && candidate.sentiment >= 0) : [],
            unhappy: scale ? quotes(tally.unhappy, (candidate) => candidate.score <= scale.bottomTo) : [],
          },
        };
      })
      .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));

    const uncoveredTerms = [...this.terms]
      .filter(([term, termCount]) => termCount >= MIN_TERM_COUNT && !this.themeSet.isThemeWord(term))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TERMS_SHOWN)
      .map(([term, termCount]) => ({ term, count: termCount }));

    const journey = JOURNEY_STAGES.map((stage) => ({ stage: stage.id, title: stage.title, mentions: this.stages.get(stage.id) ?? 0 }));
    return {
      count,
      sentiment: { ...this.sentiments, mean: count === 0 ? null : round2(this.sentimentSum / count) },
      themes,
      uncoveredTerms,
      journey,
      blindSpots: count === 0 ? [] : journey.filter((stage) => stage.mentions === 0).map((stage) => stage.title),
    };
  }
}

/** Headers such as "Annual value (GBP)" or "revenue_eur" say the currency; amounts never do in exports. */
const CURRENCIES: readonly [RegExp, string][] = [
  [/\bgbp\b|£/i, '£'],
  [/\beur\b|€|euro/i, '€'],
  [/\busd\b|\$/i, '$'],
];

function currencyOf(header: string): string {
  const words = header.replace(/_/g, ' ');
  return CURRENCIES.find(([pattern]) => pattern.test(words))?.[1] ?? '';
}

function unreadable(score: string): string {
  return `score ${JSON.stringify(score)} is not a rating`;
}

function groupOf(groups: Map<string, Histogram>, key: string): Histogram {
  let histogram = groups.get(key);
  if (!histogram) {
    histogram = new Histogram();
    groups.set(key, histogram);
  }
  return histogram;
}

function groupFigures(
  name: string,
  histogram: Histogram,
  scale: Scale,
  minGroupSize: number,
  comparedWith: Histogram | null,
): GroupFigures {
  const figures = groupScore(histogram, scale, minGroupSize);
  const change =
    comparedWith && !figures.tooSmall && scoreFigures(comparedWith, scale).n >= minGroupSize
      ? compareGroups(histogram, comparedWith, scale)
      : null;
  return { name, ...figures, headline: headline(figures), change };
}

function distribution(histogram: Histogram, scale: Scale): { value: number; count: number; share: number }[] {
  const n = scoreFigures(histogram, scale).n;
  return [...histogram.counts]
    .filter(([value]) => value >= scale.min && value <= scale.max)
    .sort((a, b) => a[0] - b[0])
    .map(([value, count]) => ({ value, count, share: round1((count / n) * 100) }));
}

/** Inserts into a short list kept sorted by `order`, dropping whatever falls past `limit`. */
function keepBest<T>(list: T[], item: T, order: (a: T, b: T) => number, limit: number): void {
  if (list.length >= limit && order(item, list[list.length - 1]!) >= 0) return;
  let index = list.length;
  while (index > 0 && order(item, list[index - 1]!) < 0) index--;
  list.splice(index, 0, item);
  if (list.length > limit) list.pop();
}

/** The comment's tokens without those of its personal data; the same tokens when it has none. */
function termTokens(comment: string, tokens: string[]): string[] {
  const decoded = decodeEntities(comment);
  const cleaned = withoutPersonalData(decoded);
  return cleaned === decoded ? tokens : tokenize(cleaned);
}

/** Why the headline is withheld, if it is: too large a share of the records lost, or broken quotes past counting. */
function withholding(account: ReadAccount): Withholding | null {
  const of = account.records + account.lost.records;
  const lost = account.lost.records;
  if (!account.lost.limitHit && lost <= of * LOST_SHARE_LIMIT) return null;
  return { reason: account.lost.limitHit ? 'recovery-limit' : 'lost-records', lost, of, share: percentage(lost, of) };
}

function percentage(part: number, whole: number): number {
  return whole === 0 ? 0 : round1((100 * part) / whole);
}
