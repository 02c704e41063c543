import { isDeepStrictEqual } from 'node:util';
import { type Finding, partsOf } from '../checks/check.js';
import type { Evidence } from '../checks/evidence.js';
import { evaluateTrigger } from '../checks/triggers/index.js';
import { type Action, type Effort, TIME_FRAMES, type TimeFrame } from './types.js';

export interface ChosenAction {
  action: Action;
  /** What triggered it, most pressing first, each once. */
  findings: Finding[];
  /** The time frame it was planned in; an action can slip from its own when that one is full. */
  timeFrame: TimeFrame;
}

export interface PlanLimits {
  /** A team acts on a handful of things in a week; more is a wish list. */
  thisWeek: number;
  total: number;
}

export const DEFAULT_PLAN_LIMITS: PlanLimits = { thisWeek: 3, total: 10 };

const EFFORT_ORDER: Record<Effort, number> = { minutes: 0, hours: 1, days: 2 };

/**
 * Picks the actions whose triggers fire, most pressing first (cheaper first when equally
 * pressing), and fits them into time frames. Deterministic: ties break on the action id.
 */
export function chooseActions(catalogue: readonly Action[], evidence: Evidence, limits: PlanLimits = DEFAULT_PLAN_LIMITS): ChosenAction[] {
  const candidates = catalogue
    .map((action) => ({ action, findings: distinct(action.triggers.flatMap((trigger) => evaluateTrigger(trigger, evidence))) }))
    .filter((candidate) => candidate.findings.length > 0)
    .sort(
      (a, b) =>
        b.findings[0]!.severity - a.findings[0]!.severity ||
        EFFORT_ORDER[a.action.effort] - EFFORT_ORDER[b.action.effort] ||
        a.action.id.localeCompare(b.action.id),
    )
    .slice(0, limits.total);

  let weekSlots = limits.thisWeek;
  const chosen = candidates.map((candidate) => {
    let timeFrame = candidate.action.timeFrame;
    if (timeFrame === 'this week') {
      if (weekSlots > 0) weekSlots--;
      else timeFrame = 'this month';
    }
    return { ...candidate, timeFrame };
  });
  return TIME_FRAMES.flatMap((frame) => chosen.filter((candidate) => candidate.timeFrame === frame));
}

/**
 * The findings behind one action, most pressing first, each said once: a finding equal to an
 * earlier one, or already part of a composite finding (an `all`), is left out.
 */
function distinct(findings: readonly Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) => b.severity - a.severity);
  return ranked.filter(
    (finding, index) =>
      ranked.findIndex((other) => sameFinding(other, finding)) === index &&
      !ranked.some((other) => partsOf(other).some((part) => sameFinding(part, finding))),
  );
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.check === b.check && a.messageId === b.messageId && isDeepStrictEqual(a.data, b.data);
}
