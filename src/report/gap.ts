import type { Finding } from '../checks/check.js';
import { GAP_RULES } from '../checks/gap/index.js';
import type { FeedbackSummary } from '../feedback/model.js';
import type { AuditScore } from '../scoring/score.js';

export interface GapRow {
  /** The dimension's title. */
  dimension: string;
  team: number;
  customers: number;
  /** 'team-higher': the team thinks better of itself than customers do; 'customers-higher': the reverse; null: they agree. */
  direction: 'team-higher' | 'customers-higher' | null;
  /**
   * The finding of the gap rule (src/checks/gap): both figures, the customers' figure as a
   * finding of its own (`data.figure`), and which side is higher (`messageId`).
   */
  finding: Finding;
}

export interface PerceptionGap {
  /** The feedback file the customers' figures come from, or null when there was none. */
  source: string | null;
  rows: GapRow[];
}

const DIRECTIONS: Readonly<Record<string, GapRow['direction']>> = { teamHigher: 'team-higher', customersHigher: 'customers-higher' };

/** The team's view of itself, side by side with what customers' figures say. */
export function perceptionGap(score: AuditScore, feedback: readonly FeedbackSummary[]): PerceptionGap {
  const summary = [...feedback]
    .filter((candidate) => candidate.scores || candidate.comments)
    .sort((a, b) => (b.scores?.n ?? 0) - (a.scores?.n ?? 0))[0];
  if (!summary) return { source: null, rows: [] };
  const rows = GAP_RULES.flatMap(({ check, params }) => check.evaluate(params, { score, summary })).map(
    (finding): GapRow => ({
      dimension: String(finding.data.title),
      team: Number(finding.data.team),
      customers: Number(finding.data.customers),
      direction: DIRECTIONS[finding.messageId] ?? null,
      finding,
    }),
  );
  return { source: summary.source.file, rows };
}
