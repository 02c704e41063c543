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
  | { kind: 'overall-below'; below: number };

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
  /** Which seed essay or practice the idea comes from, for the curious reader. */
  source: string;
}
