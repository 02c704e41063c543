import type { Evidence } from './evidence.js';
import { specificsFor } from './specifics.js';
import { evaluateTrigger, type Finding } from './triggers.js';
import type { Action, Effort, TimeFrame } from './types.js';

export interface ChosenAction {
  action: Action;
  /** What triggered it, most pressing first. */
  findings: Finding[];
  /** The time frame it was planned in; an action can slip from its own when that one is full. */
  timeFrame: TimeFrame;
  /** What it names from the feedback: customers to call, the theme to fix first. */
  specifics: string[];
}

export interface PlanLimits {
  /** A team acts on a handful of things in a week; more is a wish list. */
  thisWeek: number;
  total: number;
}

export const DEFAULT_PLAN_LIMITS: PlanLimits = { thisWeek: 3, total: 10 };

const TIME_FRAMES: readonly TimeFrame[] = ['this week', 'this month', 'this quarter'];
const EFFORT_ORDER: Record<Effort, number> = { minutes: 0, hours: 1, days: 2 };

/**
 * Picks the actions whose triggers fire, most pressing first (cheaper first when equally
 * pressing), and fits them into time frames. Deterministic: ties break on the action id.
 */
export function chooseActions(catalogue: readonly Action[], evidence: Evidence, limits: PlanLimits = DEFAULT_PLAN_LIMITS): ChosenAction[] {
  const candidates = catalogue
    .map((action) => ({
      action,
      findings: action.triggers
        .map((trigger) => evaluateTrigger(trigger, evidence))
        .filter((finding): finding is Finding => finding !== null)
        .sort((a, b) => b.severity - a.severity)
        .filter(
          (finding, index, all) =>
            !all.some((other, otherIndex) => otherIndex !== index && other.text !== finding.text && other.text.includes(finding.text)),
        )
        .filter((finding, index, all) => all.findIndex((other) => other.text === finding.text) === index),
    }))
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
  const planned = TIME_FRAMES.flatMap((frame) => chosen.filter((candidate) => candidate.timeFrame === frame));
  // The same customers or theme named twice would read as two jobs: the later action points back.
  const namedBy = new Map<string, string>();
  return planned.map((candidate) => {
    const kind = candidate.action.names;
    if (!kind) return { ...candidate, specifics: [] };
    const earlier = namedBy.get(kind);
    const specifics = specificsFor(kind, evidence);
    if (specifics.length > 0 && !earlier) namedBy.set(kind, candidate.action.title);
    return {
      ...candidate,
      specifics: earlier && specifics.length > 0 ? [`The same ones as in "${earlier}" above: one conversation can serve both.`] : specifics,
    };
  });
}
