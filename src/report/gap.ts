import type { FeedbackSummary } from '../feedback/model.js';
import { formatCount as count, formatSigned as signed } from '../format.js';
import type { DimensionId } from '../questionnaire/types.js';
import type { AuditScore } from '../scoring/score.js';
import { describeTop } from './phrases.js';

/** A customer figure put on the team's 0–100 scale, so that both can stand side by side. */
interface CustomerMeasure {
  title: string;
  /** What it means when the team scores itself well above this figure, and well below it. */
  teamHigher: string;
  customersHigher: string;
  /** The figure in its own words ("NPS +22.1") and on 0–100; null when the feedback cannot say. */
  read(summary: FeedbackSummary): { label: string; value: number } | null;
}

const MEASURES = {
  satisfaction: {
    title: 'the share of customers who are clearly happy',
    teamHigher: 'The team believes it listens and acts better than its customers feel it does',
    customersHigher: 'Customers are happier than the team gives itself credit for; find out what already works before changing it',
    read: (summary) => {
      const { scores } = summary;
      if (!scores || scores.tooSmall || scores.topShare === null) return null;
      // The share at the top of the scale (promoters, top-2-box) reads the same on every scale.
      const what = scores.nps ? `promoters; NPS ${signed(scores.nps.nps)}` : describeTop(summary);
      return { label: `${scores.topShare}% ${what}; n = ${count(scores.n)}`, value: scores.topShare };
    },
  },
  tone: {
    title: 'the share of comments that are not negative',
    teamHigher: 'The culture the team describes does not show in how customers sound',
    customersHigher: 'Customers sound warmer than the team rates its own culture',
    read: (summary) => {
      const comments = summary.comments;
      if (!comments || comments.count === 0) return null;
      // Mostly neutral means the lexicon cannot read the language (or the comments say little): no figure.
      if (comments.sentiment.neutral / comments.count > MOSTLY_NEUTRAL) return null;
      const negative = Math.round((comments.sentiment.negative / comments.count) * 1000) / 10;
      return { label: `${negative}% of ${count(comments.count)} comments negative`, value: 100 - negative };
    },
  },
} satisfies Record<string, CustomerMeasure>;

/**
 * Which answers of the team are checked against which customer figure: data, like the
 * questionnaire. A gap is a difference of at least GAP_POINTS on the same 0–100 scale.
 */
export const GAP_RULES: readonly { dimension: DimensionId; measure: keyof typeof MEASURES }[] = [
  { dimension: 'listening', measure: 'satisfaction' },
  { dimension: 'culture', measure: 'tone' },
];

export const GAP_POINTS = 20;
const MOSTLY_NEUTRAL = 0.6;

export interface GapRow {
  dimension: string;
  team: number;
  customers: number;
  /** What the customers' figure is, in its own words. */
  customerFigure: string;
  measure: string;
  /** 'team-higher': the team thinks better of itself than customers do; 'customers-higher': the reverse; null: they agree. */
  direction: 'team-higher' | 'customers-higher' | null;
  statement: string;
}

export interface PerceptionGap {
  /** The feedback file the customers' figures come from, or null when there was none. */
  source: string | null;
  rows: GapRow[];
}

/** The team's view of itself, side by side with what customers' figures say. */
export function perceptionGap(score: AuditScore, feedback: readonly FeedbackSummary[]): PerceptionGap {
  const summary = [...feedback]
    .filter((candidate) => candidate.scores || candidate.comments)
    .sort((a, b) => (b.scores?.n ?? 0) - (a.scores?.n ?? 0))[0];
  if (!summary) return { source: null, rows: [] };
  const rows: GapRow[] = [];
  for (const rule of GAP_RULES) {
    const dimension = score.dimensions.find((candidate) => candidate.dimension.id === rule.dimension);
    const measure: CustomerMeasure = MEASURES[rule.measure];
    const customer = measure.read(summary);
    // Either side on too few answers would make a gap out of noise.
    if (!dimension || dimension.score === null || dimension.lowConfidence || !customer) continue;
    const team = Math.round(dimension.score);
    const customers = Math.round(customer.value);
    const direction = team - customers >= GAP_POINTS ? 'team-higher' : customers - team >= GAP_POINTS ? 'customers-higher' : null;
    const title = dimension.dimension.title;
    rows.push({
      dimension: title,
      team,
      customers,
      customerFigure: customer.label,
      measure: measure.title,
      direction,
      statement:
        direction === null
          ? `${title}: the team says ${team}/100 and the customers' figure ${customers}/100 (${customer.label}); they roughly agree.`
          : `${title}: the team says ${team}/100, ${measure.title} is ${customers}/100 (${customer.label}). ${direction === 'team-higher' ? measure.teamHigher : measure.customersHigher}.`,
    });
  }
  return { source: summary.source.file, rows };
}
