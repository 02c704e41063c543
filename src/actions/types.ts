import { z } from 'zod';
import { triggerSchema } from '../checks/triggers/index.js';

/** When an action is planned, soonest first; the report model's type reads it too. */
export const TIME_FRAMES = ['this week', 'this month', 'this quarter'] as const;
export type TimeFrame = (typeof TIME_FRAMES)[number];

/**
 * What an action is, as a schema: the built-in catalogue is typed by it and the team's own
 * actions (a config file or --actions) are validated by it, so both are the same shape.
 */
export const actionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and dashes'),
  title: z.string().min(1),
  /** Why it matters, in general; the report adds the findings that triggered it. */
  why: z.string().min(1),
  steps: z.array(z.string().min(1)).min(1),
  effort: z.enum(['minutes', 'hours', 'days']),
  timeFrame: z.enum(TIME_FRAMES),
  /** Suggested owner, as a role. */
  owner: z.string().min(1),
  /** The observable signal that will show it worked. */
  signal: z.string().min(1),
  /** Any one of these proposes the action; each kind is one check in src/checks/triggers/. */
  triggers: z.array(triggerSchema).min(1),
  /** What it names from the customers' feedback, when there is any, so that it can be started without further digging. */
  names: z.enum(['unhappiest-customers', 'worst-theme', 'worst-segment', 'falling-month']).optional(),
  /** Which seed essay or practice the idea comes from, for the curious reader. */
  source: z.string().default('your own catalogue'),
});

export type Action = z.infer<typeof actionSchema>;
export type Effort = Action['effort'];
export type Specifics = NonNullable<Action['names']>;
