import type { Finding } from '../checks/check.js';
import { GAP_RULES } from '../checks/gap/index.js';
import type { FeedbackSummary } from '../feedback/model.js';
import type { AuditScore } from '../scoring/score.js';

export interface GapRow {
  /** The dimension's title. */
  dimension: string;
  team: number;
  /**
   * The feedback's figure: on 0–100 where the rule reads a share (Measurement: months with answers), or the change
   * in points where it reads how the score moved (Listening and acting).
   */
  customers: number;
  /** 'team-higher': the team thinks better of itself than the feedback shows; 'customers-higher': the reverse; null: they agree. */
  direction: 'team-higher' | 'customers-higher' | null;
  /**
   * The finding of the gap rule (src/checks/gap): both figures, the feedback's figure as a
   * finding of its own (`data.figure`), what it measures (`data.measure`), and which side is higher (`messageId`).
   */
  finding: Finding;
}

/** A dimension that no figure of the feedback measures, or whose figure the file cannot give: why, in one sentence. */
export interface GapLeftOut {
  dimension: string;
  finding: Finding;
}

export interface PerceptionGap {
  /** The feedback file the figures come from, or null when there was none. */
  source: string | null;
  rows: GapRow[];
  notCompared: GapLeftOut[];
}

const DIRECTIONS: Readonly<Record<string, GapRow['direction']>> = { teamHigher: 'team-higher', customersHigher: 'customers-higher' };

/**
 * The team's view of itself set against the feedback, dimension by dimension, only where a figure
 * of the feedback measures the same thing (src/checks/gap: the rules are data); the others say why not.
 */
export function perceptionGap(score: AuditScore, feedback: readonly FeedbackSummary[]): PerceptionGap {
  const summary = [...feedback]
    .filter((candidate) => candidate.scores || candidate.comments)
    .sort((a, b) => (b.scores?.n ?? 0) - (a.scores?.n ?? 0))[0];
  if (!summary) return { source: null, rows: [], notCompared: [] };
  const findings = GAP_RULES.flatMap(({ check, params }) => check.evaluate(params, { score, summary }));
  const rows = findings
    .filter((finding) => finding.messageId !== 'notCompared')
    .map(
      (finding): GapRow => ({
        dimension: String(finding.data.title),
        team: Number(finding.data.team),
        customers: Number(finding.data.customers),
        direction: DIRECTIONS[finding.messageId] ?? null,
        finding,
      }),
    );
  const notCompared = findings
    .filter((finding) => finding.messageId === 'notCompared')
    .map((finding): GapLeftOut => ({ dimension: String(finding.data.title), finding }));
  return { source: summary.source.file, rows, notCompared };
}
