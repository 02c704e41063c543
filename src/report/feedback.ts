import type { Finding } from '../checks/check.js';
import { withQualityFindings } from '../checks/quality/index.js';
import { rowsWithheld } from '../checks/quality/rows-withheld.js';
import type { AnalysedFeedback, FeedbackSummary } from '../feedback/model.js';
import { REPORT_SCHEMA_VERSION } from './model.js';
import { describeFinding } from './words.js';

/** The report of one feedback file, as `centricity score` writes it (Markdown or JSON). */
export interface FeedbackReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generator: { name: 'centricity'; version: string };
  generatedOn: string;
  feedback: FeedbackSummary;
}

/** One row of the index that compares the files of a batch. */
export interface IndexEntry {
  file: string;
  /** The file's own report, relative to the index. */
  report: string;
  rows: number;
  scale: string | null;
  n: number;
  nps: number | null;
  mean: number | null;
  topShare: number | null;
  bottomShare: number | null;
  /** Fewer answers than the minimum group size: the headline is too thin to read or compare. */
  tooSmall: boolean;
  comments: number;
  /** Mean sentiment of the comments whose tone is read; the comments in languages centricity cannot read are left out, and counted here. */
  sentiment: number | null;
  unreadable: number;
  topTheme: string | null;
  /**
   * Why the file's headline figures are withheld (see FeedbackSummary.withheld), as its
   * `rows-withheld` finding; null when they are given.
   */
  withheld: Finding | null;
}

export interface FeedbackIndex {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generator: { name: 'centricity'; version: string };
  generatedOn: string;
  files: IndexEntry[];
  failures: { file: string; message: string }[];
}

export function buildFeedbackReport(feedback: AnalysedFeedback, generatedOn: string, version: string): FeedbackReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: { name: 'centricity', version },
    generatedOn,
    feedback: withQualityFindings(feedback),
  };
}

export function indexEntry(feedback: AnalysedFeedback, report: string): IndexEntry {
  const { scores, comments } = feedback;
  const biggest = comments?.themes[0];
  return {
    file: feedback.source.file,
    report,
    rows: feedback.quality.rows,
    scale: feedback.source.scale?.title ?? null,
    n: scores?.n ?? 0,
    nps: scores?.nps?.nps ?? null,
    mean: scores?.mean ?? null,
    topShare: scores?.topShare ?? null,
    bottomShare: scores?.bottomShare ?? null,
    tooSmall: scores?.tooSmall ?? false,
    comments: comments?.count ?? 0,
    sentiment: comments?.sentiment.mean ?? null,
    unreadable: comments?.languages.unreadable.count ?? 0,
    topTheme: biggest ? `${biggest.title} (${biggest.share}%)` : null,
    withheld: withheldFinding(feedback),
  };
}

/** Why a file's headline figures are withheld: its `rows-withheld` finding, or null when they are given. */
export function withheldFinding(feedback: AnalysedFeedback): Finding | null {
  return rowsWithheld.evaluate({}, feedback)[0] ?? null;
}

/**
 * Why a file's headline figures are withheld, in one sentence for the terminal and CI logs, e.g.
 * "withheld: 3.2% of the rows could not be read (lines 5, 9); fix the file or add --allow-partial".
 * Empty when they are not.
 */
export function describeWithheld(feedback: AnalysedFeedback): string {
  const finding = withheldFinding(feedback);
  return finding ? describeFinding(finding) : '';
}

export function buildIndex(files: IndexEntry[], failures: FeedbackIndex['failures'], generatedOn: string, version: string): FeedbackIndex {
  return { schemaVersion: REPORT_SCHEMA_VERSION, generator: { name: 'centricity', version }, generatedOn, files, failures };
}
