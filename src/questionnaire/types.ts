/** The questionnaire is data: dimensions and questions are plain records, checked by test/unit/questionnaire.test.ts. */
import { z } from 'zod';

/** The dimensions' ids, in the order the report lists them; their titles and reasons are in dimensions.ts. */
export const DIMENSION_IDS = [
  'responsibilities',
  'incentives',
  'goals',
  'measurement',
  'customer-understanding',
  'listening',
  'co-creation',
  'culture',
] as const;

export type DimensionId = (typeof DIMENSION_IDS)[number];

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

/** A relative weight: above 0, 1 unless there is a reason, written next to it. */
export const weightSchema = z.number().positive('expected a weight above 0');

const anchor = z.string().min(1);

/**
 * A question, built in (questions.ts) or added by a config file; the type is read from this schema,
 * so the two cannot drift apart.
 */
export const questionSchema = z.strictObject({
  /** Stable id used in answers files: `<dimension>.<slug>`, never renamed once published. */
  id: z.string().regex(/^[a-z-]+\.[a-z0-9-]+$/, 'expected an id like culture.my-question: the dimension id, a dot, a slug'),
  dimension: z.enum(DIMENSION_IDS, {
    error: (issue) => `${String(issue.input)} is not a dimension; use one of ${DIMENSION_IDS.join(', ')}`,
  }),
  /** The question as asked, ending with a question mark. */
  text: z.string().min(1),
  /**
   * What the question asks, in plain words after "you do not agree on" ("whether bonuses include
   * customer outcomes"); without it, the report quotes the question.
   */
  topic: z.string().min(1).optional(),
  /** Why it matters: one or two sentences a consultant would say to the room. */
  why: z.string().min(1),
  /** What counts as evidence for a high answer (a link, a document, a number). */
  evidence: z.string().min(1),
  /** Behavioural description of each point of the 1–5 scale, from 1 (worst) to 5 (best). */
  scale: z.tuple([anchor, anchor, anchor, anchor, anchor], { error: 'expected five answers, from 1 (worst) to 5 (best)' }).readonly(),
  /** Relative weight inside its dimension. */
  weight: weightSchema.default(1),
});

export type Question = z.infer<typeof questionSchema>;
export type ScaleAnchors = Question['scale'];
