import { round1 } from '../format.js';
import { CUSTOMERS_TARGET, type CustomerFigure, type Snapshot } from './snapshot.js';

/** A figure then and now; `change` is null when either is missing. */
export interface Change {
  from: number | null;
  to: number | null;
  /** `to − from` as the report shows both: whole points for scores, one decimal for NPS and ratings. */
  change: number | null;
}

export interface DimensionChange extends Change {
  id: string;
  title: string;
}

export interface CustomerChange {
  from: CustomerFigure | null;
  to: CustomerFigure | null;
  change: number | null;
  /**
   * Why there is no change although both audits have a figure: `different-measure` (NPS then,
   * a star rating now, or two rating scales), `too-few` (either rests on fewer answers than the
   * minimum group size). Null when there is a change, or a figure is missing.
   */
  incomparable: 'different-measure' | 'too-few' | null;
}

/** An action of the earlier audit, whether it was done, and what moved after it on what it targets. */
export interface ActionFollowUp {
  id: string;
  title: string;
  done: boolean;
  dimensions: DimensionChange[];
  /** The customers' figure, for an action about what customers said; null otherwise. */
  customers: CustomerChange | null;
}

export interface HistoryComparison {
  /** The date of the audit compared with. */
  since: string;
  /** `previous`: the latest audit before this one in the history folder; `chosen`: a snapshot given with --compare. */
  base: 'previous' | 'chosen';
  overall: Change & { levelFrom: string | null; levelTo: string | null };
  dimensions: DimensionChange[];
  customers: CustomerChange;
  /** Questions matched by id; those in one audit only are named, since the scores then cover different questions. */
  questions: { added: { id: string; text: string }[]; removed: { id: string; text: string }[] };
  actions: ActionFollowUp[];
  /** How many answered then and now: when they differ, part of every change is who answered. */
  respondents: { from: number; to: number };
}

/** One audit as the history lists it. */
export interface AuditRow {
  date: string;
  respondents: number;
  /** The overall score as the report shows it, a whole number. */
  overall: number | null;
  level: string | null;
  customers: CustomerFigure | null;
}

/** One audit in the trend, oldest first. */
export interface TrendPoint extends AuditRow {
  /** This audit, as opposed to one from the history folder. */
  current: boolean;
}

/** What the report says about earlier audits. */
export interface HistoryReport {
  /** Null when there is no earlier audit to compare with. */
  comparison: HistoryComparison | null;
  /** Every audit in the history, this one included, oldest first. */
  trend: TrendPoint[];
  /** Whether this audit is kept in the history folder, to be compared with by the next one. */
  kept: boolean;
}

/** The latest snapshot dated before `date`, or null. */
export function previousSnapshot(snapshots: readonly Snapshot[], date: string): Snapshot | null {
  return (
    snapshots
      .filter((snapshot) => snapshot.date < date)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1) ?? null
  );
}

/** The history section: `current` compared with `base`, and the trend over `snapshots` with `current` in place of its date's entry. */
export function historyReport(
  current: Snapshot,
  snapshots: readonly Snapshot[],
  base: { snapshot: Snapshot; chosen: boolean } | null,
  kept: boolean,
): HistoryReport {
  return {
    kept,
    comparison: base ? compareSnapshots(base.snapshot, current, base.chosen ? 'chosen' : 'previous') : null,
    trend: trendOf(current, snapshots),
  };
}

export function compareSnapshots(before: Snapshot, now: Snapshot, base: HistoryComparison['base'] = 'previous'): HistoryComparison {
  const dimensions = dimensionChanges(before, now);
  const customers = customerChange(before.customers, now.customers);
  const nowIds = new Set(now.questions.map((question) => question.id));
  const beforeIds = new Set(before.questions.map((question) => question.id));
  const named = ({ id, text }: { id: string; text: string }) => ({ id, text });
  return {
    since: before.date,
    base,
    overall: {
      ...scoreChange(before.overall.score, now.overall.score),
      levelFrom: before.overall.level?.title ?? null,
      levelTo: now.overall.level?.title ?? null,
    },
    dimensions,
    customers,
    questions: {
      added: now.questions.filter((question) => !beforeIds.has(question.id)).map(named),
      removed: before.questions.filter((question) => !nowIds.has(question.id)).map(named),
    },
    respondents: { from: before.respondents, to: now.respondents },
    actions: before.actions.map((action) => ({
      id: action.id,
      title: action.title,
      done: action.done,
      dimensions: dimensions.filter((dimension) => action.targets.includes(dimension.id)),
      customers: action.targets.includes(CUSTOMERS_TARGET) ? customers : null,
    })),
  };
}

function dimensionChanges(before: Snapshot, now: Snapshot): DimensionChange[] {
  const ids = [...new Set([...now.dimensions, ...before.dimensions].map((dimension) => dimension.id))];
  return ids.map((id) => {
    const then = before.dimensions.find((dimension) => dimension.id === id);
    const current = now.dimensions.find((dimension) => dimension.id === id);
    return { id, title: (current ?? then)!.title, ...scoreChange(then?.score ?? null, current?.score ?? null) };
  });
}

/** Scores are shown as whole numbers, so the change is taken between those: 19 → 44 is +25, whatever the decimals. */
function scoreChange(from: number | null, to: number | null): Change {
  const shown = (score: number | null) => (score === null ? null : Math.round(score));
  const [then, now] = [shown(from), shown(to)];
  return { from: then, to: now, change: then === null || now === null ? null : now - then };
}

export function customerChange(from: CustomerFigure | null, to: CustomerFigure | null): CustomerChange {
  const unchanged = { from, to, change: null };
  if (!from || !to) return { ...unchanged, incomparable: null };
  if (from.measure !== to.measure || from.scale !== to.scale) return { ...unchanged, incomparable: 'different-measure' };
  if (from.tooSmall || to.tooSmall) return { ...unchanged, incomparable: 'too-few' };
  return { from, to, change: round1(round1(to.value) - round1(from.value)), incomparable: null };
}

/** The audits of a history, oldest first. */
export function auditRows(snapshots: readonly Snapshot[]): AuditRow[] {
  return [...snapshots].sort((a, b) => a.date.localeCompare(b.date)).map(auditRow);
}

function auditRow(snapshot: Snapshot): AuditRow {
  return {
    date: snapshot.date,
    respondents: snapshot.respondents,
    overall: snapshot.overall.score === null ? null : Math.round(snapshot.overall.score),
    level: snapshot.overall.level?.title ?? null,
    customers: snapshot.customers,
  };
}

function trendOf(current: Snapshot, snapshots: readonly Snapshot[]): TrendPoint[] {
  const earlier = snapshots.filter((snapshot) => snapshot.date !== current.date);
  return [...earlier.map((snapshot) => ({ ...auditRow(snapshot), current: false })), { ...auditRow(current), current: true }].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}
