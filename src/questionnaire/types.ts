/** The questionnaire is data: dimensions and questions are plain records, checked by test/unit/questionnaire.test.ts. */

export type DimensionId =
  | 'responsibilities'
  | 'incentives'
  | 'goals'
  | 'measurement'
  | 'customer-understanding'
  | 'listening'
  | 'co-creation'
  | 'culture';

export interface Dimension {
  id: DimensionId;
  title: string;
  /** One sentence: what this dimension asks about. */
  summary: string;
  /** Why a team that scores low here is not customer-centric, in a sentence or two. */
  why: string;
  /** Relative weight in the overall score; the reason for an unusual weight sits next to it. */
  weight: number;
}

/** Behavioural description of each point of the 1–5 scale, from 1 (worst) to 5 (best). */
export type ScaleAnchors = readonly [string, string, string, string, string];

export interface Question {
  /** Stable id used in answers files: `<dimension>.<slug>`, never renamed once published. */
  id: string;
  dimension: DimensionId;
  /** The question as asked, ending with a question mark. */
  text: string;
  /** Why it matters: one or two sentences a consultant would say to the room. */
  why: string;
  /** What counts as evidence for a high answer (a link, a document, a number). */
  evidence: string;
  scale: ScaleAnchors;
  /** Relative weight inside its dimension; 1 unless there is a reason, written next to it. */
  weight: number;
}
