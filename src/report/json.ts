import { type Finding, isFinding } from '../checks/check.js';
import type { FeedbackSummary } from '../feedback/model.js';
import type { FeedbackIndex, FeedbackReport, IndexEntry } from './feedback.js';
import type { GapLeftOut, GapRow } from './gap.js';
import type { ActionReport, ExecutiveSummary, ReportModel } from './model.js';
import { describeFinding } from './words.js';

/**
 * Characters JSON.stringify leaves raw that a terminal or an editor would obey or hide: C1
 * controls, bidi controls, zero-width characters, line and paragraph separators (it escapes
 * the C0 controls itself). They can only stand inside strings, so writing them as `\uXXXX`
 * keeps every value exactly as read while no raw one reaches the file (`cat report.json`).
 */
const RAW_IN_JSON = /[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** The JSON view is the report model itself, pretty-printed so that it diffs well in git. */
export function renderJson(model: object): string {
  const json = JSON.stringify(model, null, 2).replace(
    RAW_IN_JSON,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}

/** A gap row as the JSON writes it: the words schema version 2 had, rendered from its finding. */
export interface GapRowJson extends GapRow {
  /** The feedback's figure in words, e.g. "6 of the 6 months from 2026-05 to 2026-10 have answers". */
  customerFigure: string;
  /** What the feedback's figure measures, e.g. "the share of months with answers". */
  measure: string;
  /** The row in one sentence, with what a gap means. */
  statement: string;
}

/** An action as the JSON shows it: the model's, with its findings also in words, as schema version 2 has always had them. */
export interface ActionJson extends Omit<ActionReport, 'specifics'> {
  /** The findings in words, most pressing first; the respondent's notes are in `notes`, not here. */
  because: string[];
  /** What the action names from the feedback, in words, one line each (the customers to call, the theme to fix first, with quotes). */
  specifics: string[];
  /** The same lines as findings, in the same order: figures, names, ids and quotes, worded by src/report/specifics.ts. */
  specificFindings: Finding[];
}

/** A feedback summary as the JSON writes it: with its data-quality notes in words too. */
export interface FeedbackSummaryJson extends FeedbackSummary {
  /** What the file could not say, in words, e.g. "no date column: no monthly trend" (the `missing-column` findings). */
  missing: string[];
}

/** The report model as `audit --format json` writes it: the model, with the words schema version 2 had beside its findings. */
export interface ReportJson extends Omit<ReportModel, 'summary' | 'actions' | 'perceptionGap' | 'feedback'> {
  /** The five summary lines in words, in order: standing, extremes, customers, gap, first action. */
  summary: string[];
  /** The same lines as findings, by line. */
  summaryFindings: ExecutiveSummary;
  actions: { thisWeek: ActionJson[]; thisMonth: ActionJson[]; thisQuarter: ActionJson[] };
  /** Where the team's view of itself and its customers' figures disagree. */
  perceptionGap: { source: string | null; rows: GapRowJson[]; notCompared: (GapLeftOut & { statement: string })[] };
  /** What customers said, one summary per feedback file given with --feedback. */
  feedback: FeedbackSummaryJson[];
}

/** The report of one feedback file as `score --format json` writes it. */
export interface FeedbackReportJson extends Omit<FeedbackReport, 'feedback'> {
  feedback: FeedbackSummaryJson;
}

/** A row of the index as the JSON writes it: the reason its figures are withheld in words, as schema version 2 had it, and as a finding. */
export interface IndexEntryJson extends Omit<IndexEntry, 'withheld'> {
  /** Why the file's headline figures are withheld, in one sentence; null when they are given. */
  withheld: string | null;
  /** The same reason as a `rows-withheld` finding; null when the figures are given. */
  withheldFinding: Finding | null;
}

/** The index of a batch as `score --format json` writes it. */
export interface FeedbackIndexJson extends Omit<FeedbackIndex, 'files'> {
  files: IndexEntryJson[];
}

export function reportJson(model: ReportModel): ReportJson {
  const { schemaVersion, generator, generatedOn, audit, summary, actions, perceptionGap, feedback, history, ...rest } = model;
  return {
    schemaVersion,
    generator,
    generatedOn,
    audit,
    summary: [summary.standing, summary.extremes, summary.customers, summary.gap, summary.firstAction].map(describeFinding),
    summaryFindings: summary,
    ...rest,
    actions: {
      thisWeek: actions.thisWeek.map(actionJson),
      thisMonth: actions.thisMonth.map(actionJson),
      thisQuarter: actions.thisQuarter.map(actionJson),
    },
    perceptionGap: {
      source: perceptionGap.source,
      rows: perceptionGap.rows.map(gapRowJson),
      notCompared: perceptionGap.notCompared.map((left) => ({ ...left, statement: describeFinding(left.finding) })),
    },
    feedback: feedback.map(feedbackSummaryJson),
    history,
  };
}

export function feedbackReportJson(report: FeedbackReport): FeedbackReportJson {
  return { ...report, feedback: feedbackSummaryJson(report.feedback) };
}

export function feedbackIndexJson(index: FeedbackIndex): FeedbackIndexJson {
  // Spread first, so that each field keeps its place in the file and the finding comes last.
  const files = index.files.map((entry) => ({
    ...entry,
    withheld: entry.withheld && describeFinding(entry.withheld),
    withheldFinding: entry.withheld,
  }));
  return { ...index, files };
}

function actionJson({ id, title, why, findings, notes, specifics, ...rest }: ActionReport): ActionJson {
  return {
    id,
    title,
    why,
    because: findings.map(describeFinding),
    findings,
    notes,
    specifics: specifics.map(describeFinding),
    specificFindings: specifics,
    ...rest,
  };
}

function gapRowJson(row: GapRow): GapRowJson {
  const { dimension, team, customers, direction, finding } = row;
  const clause = (key: 'figure' | 'measure') => {
    const value = finding.data[key];
    return isFinding(value) ? describeFinding(value) : '';
  };
  return {
    dimension,
    team,
    customers,
    customerFigure: clause('figure'),
    measure: clause('measure'),
    direction,
    statement: describeFinding(finding),
    finding,
  };
}

function feedbackSummaryJson(summary: FeedbackSummary): FeedbackSummaryJson {
  const { findings, ...rest } = summary;
  const missing = findings.filter((finding) => finding.check === 'missing-column').map(describeFinding);
  return { ...rest, missing, findings };
}
