import { z } from 'zod';
import type { Finding } from '../check.js';
import type { Evidence } from '../evidence.js';
import { allCheck } from './all.js';
import { answerAtLeast, answerAtMost } from './answer-at-most.js';
import { dimensionBelow } from './dimension-below.js';
import { dontKnow } from './dont-know.js';
import { fewComments } from './few-comments.js';
import { noFeedback } from './no-feedback.js';
import { npsBelow } from './nps-below.js';
import { overallBelow } from './overall-below.js';
import { scoreFalling } from './score-falling.js';
import { segmentBelow } from './segment-below.js';
import { themeDrags } from './theme-drags.js';
import { unhappyCustomers } from './unhappy-customers.js';

/** Every trigger kind but `all`, one module each: a new kind is its module and one entry here. */
const SIMPLE_TRIGGERS = [
  answerAtMost,
  answerAtLeast,
  dontKnow,
  dimensionBelow,
  overallBelow,
  noFeedback,
  npsBelow,
  scoreFalling,
  themeDrags,
  segmentBelow,
  fewComments,
  unhappyCustomers,
] as const;

// `all` nests any trigger, itself included, so its schema stands beside the union it names; the
// getter defers the reference, which is how zod declares a recursive type that z.infer can read.
const allParams = z.strictObject({
  kind: z.literal('all'),
  get of() {
    return z.array(triggerSchema).min(1);
  },
});

/** When an action is proposed: one trigger, by its kind, with that kind's fields. */
export const triggerSchema = z.discriminatedUnion('kind', [allParams, ...SIMPLE_TRIGGERS.map((check) => check.params)]);
export type Trigger = z.infer<typeof triggerSchema>;

/** The checks behind action triggers, in the order the README lists them; a check's id is its trigger's kind. */
/** Every one of several triggers at once. */
export const allTrigger = allCheck(allParams, evaluateTrigger);

export const TRIGGER_CHECKS = [...SIMPLE_TRIGGERS, allTrigger] as const;

const BY_KIND: ReadonlyMap<string, { evaluate(trigger: Trigger, evidence: Evidence): Finding[] }> = new Map(
  TRIGGER_CHECKS.map((check) => [check.id, check]),
);

/** What a trigger finds in the evidence: one finding when it fires, none when it does not. */
export function evaluateTrigger(trigger: Trigger, evidence: Evidence): Finding[] {
  const check = BY_KIND.get(trigger.kind);
  // The schema admits only the kinds of TRIGGER_CHECKS, and a test holds every check's kind to its id.
  if (!check) throw new Error(`no check evaluates the trigger kind ${trigger.kind}`);
  return check.evaluate(trigger, evidence);
}
