import { z } from 'zod';
import type { FeedbackSummary } from '../../feedback/model.js';
import type { AuditScore } from '../../scoring/score.js';
import type { Finding } from '../check.js';

/** A gap rule's parameters: which dimension of the team's answers, and how many points apart make a gap. */
export const gapParams = z.object({ dimension: z.string(), points: z.number().positive() });

/** What a gap rule reads: the team's scores and the feedback file the customers' figures come from. */
export interface GapInput {
  score: AuditScore;
  summary: FeedbackSummary;
}

export type GapMessageId = 'teamHigher' | 'customersHigher' | 'agree';

/**
 * The three statements of a gap rule: the team above its customers' figure, below it, or in
 * agreement. `measure` names the customers' figure; the two others say what each gap means.
 */
export function gapMessages(texts: { teamHigher: string; customersHigher: string }): Record<GapMessageId, string> {
  const sides = '{title}: the team says {team}/100, {measure|finding} is {customers}/100 ({figure|finding}).';
  return {
    teamHigher: `${sides} ${texts.teamHigher}.`,
    customersHigher: `${sides} ${texts.customersHigher}.`,
    agree: "{title}: the team says {team}/100 and the customers' figure {customers}/100 ({figure|finding}); they roughly agree.",
  };
}

/**
 * The team's score for a dimension set against a customers' figure on the same 0–100 scale: no
 * finding when either side is missing or rests on too few answers (a gap made of noise), else
 * one, whose message says which side is higher, if either is by `points` or more.
 */
export function compare(
  check: string,
  { dimension: id, points }: z.infer<typeof gapParams>,
  score: AuditScore,
  customer: { value: number; figure: Finding } | null,
): Finding<GapMessageId>[] {
  const dimension = score.dimensions.find((candidate) => candidate.dimension.id === id);
  if (!dimension || dimension.score === null || dimension.lowConfidence || !customer) return [];
  const team = Math.round(dimension.score);
  const customers = Math.round(customer.value);
  const messageId = team - customers >= points ? 'teamHigher' : customers - team >= points ? 'customersHigher' : 'agree';
  const measure: Finding = { check, messageId: 'measure', data: {}, severity: 0 };
  return [
    {
      check,
      messageId,
      data: { dimension: id, title: dimension.dimension.title, team, customers, measure, figure: customer.figure },
      severity: Math.min(100, Math.abs(team - customers)),
    },
  ];
}
