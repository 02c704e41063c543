/**
 * How answers become numbers. All of it is data so that a config file can override it
 * (weights live with the dimensions and questions themselves).
 */

export type LevelId = 'product-centric' | 'customer-aware' | 'customer-centric' | 'customer-inspired' | 'customer-obsessed';

export interface Level {
  id: LevelId;
  title: string;
  /** Lowest overall score (0–100) that reaches this level. */
  from: number;
  description: string;
}

/** Ascending by `from`; the first level must start at 0. */
export const LEVELS: readonly Level[] = [
  {
    id: 'product-centric',
    title: 'Product-centric',
    from: 0,
    description:
      'The organisation is built around what it makes and sells. Customers are met at the till and in complaints, and nobody is ' +
      'answerable for how they fare.',
  },
  {
    id: 'customer-aware',
    title: 'Customer-aware',
    from: 25,
    description:
      'The customer is talked about and some feedback is gathered, but ownership, goals and pay still point at volume, and findings ' +
      'rarely change a decision.',
  },
  {
    id: 'customer-centric',
    title: 'Customer-centric',
    from: 50,
    description:
      'Someone owns customer outcomes, goals are written down and measured on a rhythm, and feedback regularly changes what the team does.',
  },
  {
    id: 'customer-inspired',
    title: 'Customer-inspired',
    from: 70,
    description:
      'Customers are brought inside: they shape products, media and strategy alongside the team, and customer measures are tied to ' +
      'business results.',
  },
  {
    id: 'customer-obsessed',
    title: 'Customer-obsessed',
    from: 85,
    description:
      'Every level meets customers, decisions cite their evidence by habit, and the culture keeps adjusting as customers change.',
  },
];

/** Points for each answer on the 1–5 scale: an even spread over 0–100. */
export const ANSWER_POINTS: Readonly<Record<1 | 2 | 3 | 4 | 5, number>> = { 1: 0, 2: 25, 3: 50, 4: 75, 5: 100 };

/** Answers at or above this need a note with evidence, or the report marks them "claimed, not evidenced". */
export const EVIDENCE_REQUIRED_FROM = 4;

/**
 * A dimension with fewer than this share of its questions answered on the scale is flagged as
 * low confidence: its score rests on too few answers to be compared with the others.
 */
export const MIN_ANSWERED_SHARE = 0.5;

/**
 * The overall score and level need answers (1–5) to questions carrying at least this share of
 * the questionnaire's weight, each question weighing its own weight times its dimension's.
 * Below it, a few high answers would make a confident headline out of almost nothing.
 */
export const MIN_ANSWERED_WEIGHT = 0.6;

export interface ScoringModel {
  levels: readonly Level[];
  answerPoints: Readonly<Record<1 | 2 | 3 | 4 | 5, number>>;
  evidenceRequiredFrom: number;
  minAnsweredShare: number;
  /** Share (0–1) of the questionnaire's weight that must be answered for an overall score. */
  minAnsweredWeight: number;
}

export const DEFAULT_SCORING: ScoringModel = {
  levels: LEVELS,
  answerPoints: ANSWER_POINTS,
  evidenceRequiredFrom: EVIDENCE_REQUIRED_FROM,
  minAnsweredShare: MIN_ANSWERED_SHARE,
  minAnsweredWeight: MIN_ANSWERED_WEIGHT,
};
