import type { Finding } from '../checks/check.js';
import type { DateQuality } from './date-tally.js';
import type { GroupScore } from './histogram.js';
import type { OtherCommentFigures, OtherScoreFigures } from './questions.js';
import type { SourceDescription } from './read/reader.js';
import type { Scale } from './scale.js';
import type { SentimentLabel } from './sentiment.js';
import type { Difference } from './stats.js';
import type { ThemePlan } from './themes.js';

/** What one feedback export says, as the report shows it. Part of the versioned report model. */
export interface FeedbackSummary {
  source: SourceDescription & {
    scale:
      | (Pick<Scale, 'id' | 'title' | 'min' | 'max' | 'topFrom' | 'bottomTo'> & { detectedFrom: 'values' | 'option'; evidence: string })
      | null;
    /**
     * In a UTF-8 file, the bytes that were not UTF-8, read one by one as Windows-1252; null when there were none (or the file is not
     * UTF-8).
     */
    windows1252: { bytes: number; lines: number[] } | null;
  };
  /**
   * Why the headline figures (scores, trend, segments, value) are not given, or null when they
   * are: too much of the file could not be read for them to stand for it.
   */
  withheld: Withholding | null;
  /**
   * `redacted`: e-mail addresses, phone numbers, cards, IBANs, IPs, postcodes, street addresses and
   * names are replaced by placeholders in quotes, segments, frequent words and data-quality
   * examples, and ids holding them by pseudonyms. `kept`: shown as typed (`--no-redact`).
   */
  personalData: 'redacted' | 'kept';
  quality: DataQuality;
  /** Null when the file has no score column or no readable score; `tooSmall` when too few answered to read the headline. */
  scores: (GroupScore & { distribution: { value: number; count: number; share: number }[] }) | null;
  trend: GroupFigures[];
  segments: GroupFigures[];
  value: ValueFigures | null;
  comments: CommentFigures | null;
  /** The survey's other rating questions (a satisfaction question beside the recommend one, sub-ratings), each on its own scale. */
  otherScores: OtherScoreFigures[];
  /** The survey's other free-text questions, each labelled by its question. */
  otherComments: OtherCommentFigures[];
  /** Lowest scores with a comment, most unhappy first: whom to call back (ids and rows only, no personal data). */
  unhappiest: Respondent[];
  /**
   * The data-quality notes (src/checks/quality): why the headline is withheld, and what the file
   * could not say (a missing column, scores that could not be read). Worded by the views.
   */
  findings: Finding[];
}

/**
 * A summary as the analysis finishes it, before the report adds its data-quality notes (see
 * withQualityFindings in src/checks/quality): the checks read the finished summary, never the rows.
 */
export type AnalysedFeedback = Omit<FeedbackSummary, 'findings'>;

export interface Withholding {
  /** `lost-records`: more than the allowed share of records could not be read; `recovery-limit`: broken quotes past counting. */
  reason: 'lost-records' | 'recovery-limit';
  /** Records lost, of all the records in the file (read and lost). */
  lost: number;
  of: number;
  /** Lost, as a percentage of `of`, one decimal. */
  share: number;
}

export interface DataQuality {
  /** Data rows read (header rows not counted). */
  rows: number;
  /** Rows with a readable score or a comment. */
  used: number;
  skipped: number;
  blankScores: number;
  notApplicable: number;
  outOfRange: number;
  unreadable: number;
  ragged: number;
  /** The first few skipped rows and why, with their line numbers. */
  examples: { line: number; reason: string }[];
  /** Records that could not be read (broken quotes, records over the size limit): skipped and counted, never guessed. */
  lost: {
    records: number;
    /** Lost, as a percentage of all records (read and lost), one decimal. */
    share: number;
    /** The first few, with the lines each spans and why. */
    examples: { line: number; toLine: number; reason: string }[];
    /** Broken quotes past counting: what they swallowed is not known. */
    limitHit: boolean;
  };
  /** Dates of the date column left out of the monthly trend, and why. */
  dates: DateQuality;
}

export interface GroupFigures extends GroupScore {
  name: string;
  /** The headline (NPS, or the mean) for sorting and charts. */
  headline: number | null;
  /** Months: against the month before. Segments: against everyone else. */
  change: Difference | null;
}

/**
 * The sums of the value column over the answers with a score. What an amount is (an order, a
 * ticket, a customer's yearly revenue) only the export knows, so the figures are sums of the
 * column, never a customer's worth.
 */
export interface ValueFigures {
  column: string;
  /** The currency symbol the column's header names (GBP → £), or '' when it names none. */
  currency: string;
  /** The sum of the amounts that are not negative. */
  total: number;
  /** NPS with each answer weighted by its amount. */
  weightedNps: number | null;
  /** The amounts on unhappy customers' answers (detractors, bottom-box). */
  atRisk: number;
  atRiskShare: number | null;
  /** Negative amounts, read as refunds: how many, and their sum (negative), left out of the figures above. */
  refunds: { count: number; total: number };
}

export interface CommentFigures {
  count: number;
  /** The tone of the comments in languages centricity reads (see `languages`); the others are left out. */
  sentiment: Record<SentimentLabel, number> & { mean: number | null };
  languages: LanguageFigures;
  themes: ThemeFigures[];
  /** How the themes were chosen: null when the analysis was given its themes ready-made. */
  themeChoice: ThemeChoice | null;
  /** Frequent words that no theme covers: candidates for a new theme. */
  uncoveredTerms: { term: string; count: number }[];
  journey: { stage: string; title: string; mentions: number }[];
  /** Journey stages no comment mentions. */
  blindSpots: string[];
}

/** The languages the comments are written in, each comment's told on its own. */
export interface LanguageFigures {
  /** Comments per language, most first (ties by code). */
  mix: LanguageCount[];
  /** How many languages were told apart ('und' not counted): the report shows the mix when there are several. */
  detected: number;
  /** Comments in languages centricity cannot read: counted here, left out of every sentiment figure. */
  unreadable: { count: number; share: number; languages: LanguageCount[] };
}

export interface LanguageCount {
  /** ISO 639-1 code; 'und' for comments too short to tell ("ok", "Great!", an emoji), scored by the lexicon that knows their words. */
  code: string;
  /** English name: "French", "Polish"; "too short to tell" for 'und'. */
  name: string;
  count: number;
  /** Share (%) of the comments, one decimal. */
  share: number;
  /** Whether centricity scores the tone of comments in this language. */
  readable: boolean;
}

/** The trade whose pack of themes a file was read with and why, and the comments its themes were planned from. */
export interface ThemeChoice {
  domain: ThemePlan['domain'];
  /** How many themes were discovered in the comments that no theme of the pack covers. */
  emerging: number;
  from: {
    /** The comments the themes were planned from: those read, or every `every`-th of them when they were more than the planner takes. */
    comments: number;
    every: number;
    read: number;
    /** Where those read came from: null for the whole file; otherwise so many stretches of it, `bytes` of its `of`. */
    stretches: { count: number; bytes: number; of: number } | null;
  };
}

export interface ThemeFigures {
  id: string;
  title: string;
  /** The team's theme (config), the trade pack's, or one discovered in the comments that no pack theme covers. */
  origin: 'config' | 'pack' | 'discovered';
  mentions: number;
  /** Share (%) of comments that mention it. */
  share: number;
  sentiment: number | null;
  /** Headline (NPS or mean) of commenters who mention it, and of those who don't. */
  with: number | null;
  without: number | null;
  /** with − without: negative when the theme drags the score down. */
  pull: number | null;
  /** Against the other commenters; null when either side is too small to read. */
  difference: Difference | null;
  /** Too few scored mentions (or too few without) to compare: shown, never ranked by pull. */
  tooSmall: boolean;
  quotes: { happy: Quote[]; unhappy: Quote[] };
}

export interface Quote {
  line: number;
  score: number | null;
  text: string;
}

export interface Respondent {
  line: number;
  /** The id as in the file, or a pseudonym such as `respondent-3f9a0c` when it holds personal data (and it is redacted). */
  id: string | null;
  segment: string | null;
  value: number | null;
  /** YYYY-MM of the answer, when the export has dates. */
  month: string | null;
  score: number;
  /** Theme titles. */
  themes: string[];
  quote: string;
}
