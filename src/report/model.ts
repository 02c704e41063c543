import type { TimeFrame } from '../actions/types.js';
import type { AnswerStatistics } from '../answers/team.js';
import type { AnswerValue } from '../answers/types.js';
import type { Finding } from '../checks/check.js';
import type { FeedbackSummary } from '../feedback/model.js';
import type { HistoryReport } from '../history/compare.js';
import type { Counts, EvidenceStatus } from '../scoring/score.js';
import type { PerceptionGap } from './gap.js';

/**
 * The report model: one typed, versioned object that every view (Markdown, JSON, terminal
 * summary) only reads. Bump the version when a field changes meaning or disappears.
 */
export const REPORT_SCHEMA_VERSION = 2;

export interface LevelReport {
  id: string;
  title: string;
  from: number;
  /** Exclusive upper bound; 100 for the top level. */
  to: number;
  description: string;
}

export interface QuestionReport {
  id: string;
  dimension: string;
  text: string;
  why: string;
  answer: AnswerValue | null;
  /** The behavioural description of the chosen point, or "don't know" / "not answered". */
  answerLabel: string;
  note: string | null;
  /** Notes of team members who answered on the other side of the team's answer: shown beside it, never evidence. */
  otherNotes: string | null;
  points: number | null;
  evidence: EvidenceStatus;
  /** What would count as evidence for a high answer. */
  evidenceHint: string;
  /** Each respondent's answer by name, when several answered and the report is `--named`; empty in an anonymous report (see TeamReport). */
  responses: { respondent: string; answer: AnswerValue }[];
  /** Respondents two or more points apart: a conversation to have before acting on the score. */
  disagreement: boolean;
}

/** One question as several respondents answered it; `median` is the answer it is scored by, unless most did not know. */
export interface TeamQuestionReport extends AnswerStatistics {
  id: string;
  dimension: string;
  text: string;
  /** The question in plain words, for the agenda; null when the question has none (a team's own question quotes its text). */
  topic: string | null;
  /** The answers given: by respondent with `--named`; lowest first and with `respondent` null in an anonymous report. */
  answers: { respondent: string | null; answer: AnswerValue }[];
  /** Respondents who gave no answer at all to this question. */
  notAnswered: number;
}

/** Several respondents: how far apart their answers are, and what to talk through first. */
export interface TeamReport {
  respondents: number;
  /** Their names with `--named`; empty in an anonymous report. */
  names: string[];
  /** The spread (highest minus lowest answer on the 1–5 scale) from which a question is a disagreement. */
  disagreementFrom: number;
  /** Every question at least one respondent answered, in the questionnaire's order. */
  questions: TeamQuestionReport[];
  /** The largest disagreements, largest first, at most five: the discussion agenda. */
  agenda: TeamQuestionReport[];
}

export interface DimensionReport extends Counts {
  id: string;
  title: string;
  summary: string;
  why: string;
  weight: number;
  score: number | null;
  level: string | null;
  lowConfidence: boolean;
  questions: QuestionReport[];
}

/** How much of the questionnaire's weight the answers carry, each question weighing its weight times its dimension's. */
export interface CoverageReport {
  /** Share (0–1, three decimals, rounded down) of the weight carried by questions answered on the 1–5 scale. */
  answeredShare: number;
  /** The share needed for an overall score and level. */
  requiredShare: number;
  /** Titles of the dimensions with no question answered on the 1–5 scale. */
  emptyDimensions: string[];
}

export interface FocusArea {
  id: string;
  title: string;
  score: number | null;
  /** The questions that explain the score: the best answers for a strength, the worst for a weakness. */
  questions: QuestionReport[];
}

export interface ActionReport {
  id: string;
  title: string;
  why: string;
  /** The findings that triggered it, most pressing first, as data: the views word them. */
  findings: Finding[];
  /** The respondent's notes on the questions behind those findings, in their own words, shown apart from the findings. */
  notes: { question: string; note: string }[];
  /**
   * Named from the feedback, one finding per line: the customers to call, the theme to fix first
   * with quotes, the segment or month to look at. The views word them (src/report/specifics.ts).
   */
  specifics: Finding[];
  steps: readonly string[];
  effort: string;
  timeFrame: TimeFrame;
  dueBy: string;
  /** Ticked in the report this one replaces (the same audit run again): the box stays ticked. */
  done: boolean;
  /** The role the action is given to, e.g. "Customer support lead". */
  owner: string;
  /** The person who holds that role, from the config's `owners`; null when none is named. */
  assignee: string | null;
  signal: string;
}

/**
 * The five lines a CEO reads, by what each says: where the team stands, its best and worst,
 * what customers say, where the team's view and the customers' disagree, and what to do first.
 * Each restates a figure found further down the report; none is new. The views word them with
 * the summary's message templates (src/report/executive.ts), and find a line by its key, never by its words.
 */
export interface ExecutiveSummary {
  standing: Finding;
  extremes: Finding;
  customers: Finding;
  gap: Finding;
  firstAction: Finding;
}

export interface ReportModel {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generator: { name: 'centricity'; version: string };
  generatedOn: string;
  audit: { team: string | null; respondent: string | null; answeredOn: string | null };
  /** Five lines for the busy reader, each restating a figure found further down, as findings by line. */
  summary: ExecutiveSummary;
  overall: Counts & {
    /** Null when nothing was answered, or when the answers cover too little (then `withheld` says so). */
    score: number | null;
    level: LevelReport | null;
    nextLevel: (LevelReport & { pointsToGo: number }) | null;
    /** Why there is no overall score and level although some questions were answered; null when there is one or nothing was answered. */
    withheld: 'too-few-answers' | null;
    coverage: CoverageReport;
  };
  levels: LevelReport[];
  dimensions: DimensionReport[];
  strengths: FocusArea[];
  weakest: FocusArea[];
  gaps: {
    dontKnow: QuestionReport[];
    unanswered: QuestionReport[];
    claimedNotEvidenced: QuestionReport[];
    disagreements: QuestionReport[];
  };
  /** How several respondents answered, and where they disagree; null with one respondent. */
  team: TeamReport | null;
  actions: { thisWeek: ActionReport[]; thisMonth: ActionReport[]; thisQuarter: ActionReport[] };
  /** Where the team's view of itself and its customers' figures disagree. */
  perceptionGap: PerceptionGap;
  /** What customers said, one summary per feedback file given with --feedback. */
  feedback: FeedbackSummary[];
  /**
   * This audit against earlier ones from the history folder (src/history): changes since the
   * previous audit, the trend and the earlier actions done. Null when no history was read.
   */
  history: HistoryReport | null;
}
