import type { AnswerValue } from '../answers/types.js';

/**
 * A snapshot: what one audit found, kept in the team's history folder so that the next audit can
 * be compared with it. It is built by naming every field it keeps (never by copying the report
 * model and deleting), so that no customer text (quotes, comments, ids, segments, file names)
 * and no note can reach a file the team commits, whatever fields the report model gains later.
 */
export const SNAPSHOT_KIND = 'centricity-snapshot';
/** Bump when a field changes meaning or disappears; snapshots of another version are skipped with a note. */
export const SNAPSHOT_VERSION = 1;

export interface SnapshotDimension {
  id: string;
  title: string;
  score: number | null;
  lowConfidence: boolean;
}

export interface SnapshotQuestion {
  /** The question's id: stable across rewordings, so that it is what two audits are matched on. */
  id: string;
  dimension: string;
  /** The question as asked then, to name it when a later questionnaire no longer has it. */
  text: string;
  answer: AnswerValue | null;
}

/** The customers' headline figure: NPS on the recommend scale, the mean rating on any other. */
export interface CustomerFigure {
  scale: string;
  /** What the figure is: `nps` (−100..100) or `mean` (on the scale's own points). */
  measure: 'nps' | 'mean';
  value: number;
  n: number;
  /** Fewer answers than the minimum group size: shown, never compared as a change. */
  tooSmall: boolean;
}

export interface SnapshotAction {
  id: string;
  title: string;
  /** What the action is meant to move: dimension ids, and `customers` for the customers' figure. */
  targets: string[];
  /** Ticked in the committed report, or listed under `done:` in a later answers file. */
  done: boolean;
}

export interface Snapshot {
  kind: typeof SNAPSHOT_KIND;
  schemaVersion: typeof SNAPSHOT_VERSION;
  /** The answers' date, YYYY-MM-DD: the snapshot's key in the history folder. */
  date: string;
  generatedOn: string;
  generator: { version: string };
  team: string | null;
  respondents: number;
  overall: { score: number | null; level: { id: string; title: string } | null; answered: number; questionCount: number };
  dimensions: SnapshotDimension[];
  questions: SnapshotQuestion[];
  customers: CustomerFigure | null;
  actions: SnapshotAction[];
}

/** The target an action names when its findings are about what customers said rather than about the team's answers. */
export const CUSTOMERS_TARGET = 'customers';
