import type { DimensionId } from '../questionnaire/types.js';

export type Effort = 'minutes' | 'hours' | 'days';
export type TimeFrame = 'this week' | 'this month' | 'this quarter';

/**
 * When an action is proposed. Triggers are declarative so that users can add actions in a
 * config file; each kind has one evaluator in src/actions/triggers.ts.
 */
export type Trigger =
  /** A question answered at or below `atMost` (1–5). */
  | { kind: 'answer-at-most'; question: string; atMost: number }
  /** A question answered "don't know". */
  | { kind: 'dont-know'; question: string }
  /** A dimension whose score (0–100) is below `below`. */
  | { kind: 'dimension-below'; dimension: DimensionId; below: number }
  /** The overall score (0–100) is below `below`. */
  | { kind: 'overall-below'; below: number }
  /** No customer feedback was given to the audit. */
  | { kind: 'no-feedback' }
  /** The customers' NPS is below `below` (−100..100). */
  | { kind: 'nps-below'; below: number }
  /** The score fell significantly from one month to the next. */
  | { kind: 'score-falling' }
  /** A theme whose mentions pull the score down significantly, by more than `by` points. */
  | { kind: 'theme-drags'; by: number }
  /** A segment significantly below everyone else, by more than `by` points. */
  | { kind: 'segment-below'; by: number }
  /** Fewer than `below` comments: too few to know why customers score as they do. */
  | { kind: 'few-comments'; below: number }
  /** Unhappy customers (detractors, bottom-box) who left a comment. */
  | { kind: 'unhappy-customers' }
  /** Every one of these at once, e.g. unhappy customers and nobody who calls them back. */
  | { kind: 'all'; of: readonly Trigger[] };

/** Data an action names when it is proposed, so that it can be started without further digging. */
export type Specifics = 'unhappiest-customers' | 'worst-theme' | 'worst-segment' | 'falling-month';

export interface Action {
  id: string;
  title: string;
  /** Why it matters, in general; the report adds the finding that triggered it. */
  why: string;
  steps: readonly string[];
  effort: Effort;
  timeFrame: TimeFrame;
  /** Suggested owner, as a role. */
  owner: string;
  /** The observable signal that will show it worked. */
  signal: string;
  /** Any one of these proposes the action. */
  triggers: readonly Trigger[];
  /** What it names from the customers' feedback, when there is any. */
  names?: Specifics;
  /** Which seed essay or practice the idea comes from, for the curious reader. */
  source: string;
}
