import type { FeedbackSummary } from '../../feedback/model.js';
import type { AnswersCoverageInput } from '../quality/answers-coverage.js';

/** What the gate reads of a report: the overall score, each dimension's score and the feedback. */
export interface GateInput {
  overall: AnswersCoverageInput;
  dimensions: readonly { id: string; title: string; score: number | null }[];
  feedback: readonly FeedbackSummary[];
}

/**
 * How a threshold came out: `failed`, the figure is under it (exit 1); `unchecked`, the data are
 * too thin to tell (exit 2: a missing figure neither passes nor fails); `unusable`, it names
 * something the report does not have (a usage error).
 */
export type GateOutcome = 'failed' | 'unchecked' | 'unusable';

/** How pressing each outcome is: a threshold that cannot be used or missed stops the build alike. */
export const SEVERITY: Record<GateOutcome, number> = { failed: 100, unusable: 100, unchecked: 50 };
