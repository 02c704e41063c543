import { basename } from 'node:path';
import { InputError } from '../../errors.js';
import type { DateOrder } from '../dates.js';
import { chooseColumns, listHeaders } from './columns.js';
import { localeDateOrder } from './language.js';
import { type LabelPlacement, placeLabels } from './placement.js';
import { type ColumnProfile, FileProfiler } from './profile.js';
import {
  type ByteRange,
  encodingEvidence,
  type FeedbackRow,
  type ReadAccount,
  type ReadOptions,
  type ReadPlan,
  readRange,
  rowBuilder,
  type SourceDescription,
  WHOLE_FILE,
  withReadPlan,
} from './reader.js';

/**
 * Completes a layout plan from the evidence of the whole file: one pass profiles every column
 * (values, text, dates), then the columns, the other questions and the date order are chosen
 * from those profiles, never from the first rows alone.
 */
export async function planColumns(
  layout: ReadPlan,
  options: ReadOptions,
  profile: (layout: ReadPlan) => Promise<FileProfiler> = profileWholeFile,
): Promise<ReadPlan> {
  return planFromProfile(layout, options, await profile(layout));
}

/** Chooses the columns, the other questions, their labels and the date order from the profile of every column. */
export function planFromProfile(layout: ReadPlan, options: ReadOptions, profiler: FileProfiler): ReadPlan {
  const { path, source } = layout;
  if (profiler.records === 0) {
    throw new InputError(`${path} has a header row but no responses: export it again with the responses included.`);
  }
  const profiles = profiler.finish();
  const plan = chooseColumns(source.headers, profiles, options.columns ?? {}, path);
  if (plan.columns.score === undefined && plan.columns.comment === undefined) {
    throw new InputError(
      `${path} has neither a score nor a comment column that centricity recognises; ` +
        `the headers are: ${listHeaders(source.headers)}. Name them with --score-column and --comment-column.`,
    );
  }
  const headerOf = (index: number) => source.headers[index] || `column ${index + 1}`;
  const labels: LabelPlacement[] = [];
  const place = (index: number) =>
    profiles[index]!.labelCells > 0 ? placeLabels(index, headerOf(index), profiles[index]!, options.labels, path) : null;
  const lead = plan.columns.score === undefined ? null : place(plan.columns.score);
  // The headline's labels must be placed, or the run stops; another rating question whose labels cannot be is left out.
  if (lead && 'problem' in lead) throw new InputError(lead.problem);
  if (lead) labels.push(lead);
  const unplaced = new Set<number>();
  for (const index of plan.otherScores) {
    const placement = place(index);
    if (placement && 'problem' in placement) unplaced.add(index);
    else if (placement) labels.push(placement);
  }
  plan.otherScores = plan.otherScores.filter((index) => !unplaced.has(index));
  plan.choices = plan.choices.filter((choice) => choice.role !== 'other-score' || !unplaced.has(choice.index));
  const date = plan.columns.date === undefined ? undefined : profiles[plan.columns.date]!;
  return {
    ...layout,
    columns: plan.columns,
    otherScores: plan.otherScores,
    otherComments: plan.otherComments,
    source: {
      ...source,
      columns: Object.fromEntries(Object.entries(plan.columns).map(([role, index]) => [role, headerOf(index)])),
      choices: plan.choices,
      labels,
      exportDate: exportDateOf(path, options.exportDate),
      dateOrder: date ? decideDateOrder(date, source.headers, options.dateOrder) : source.dateOrder,
    },
  };
}

/**
 * Day or month first, from every date in the column: any date that can be read only one way
 * decides; a column that never settles it follows the language of the headers, and says so.
 */
function decideDateOrder(
  profile: ColumnProfile,
  headers: readonly string[],
  forced: DateOrder | undefined,
): SourceDescription['dateOrder'] {
  if (forced) return { order: forced, decidedBy: 'option', evidence: 'set with --date-order' };
  const dotted = profile.dateEvidence.toState().examples.ambiguous.some((example) => /^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(example));
  const decision = profile.dateEvidence.finish(
    dotted
      ? { order: 'dmy', reason: 'the dates are written with dots (08.03.2024), which is how day-first countries write them' }
      : localeDateOrder(headers),
  );
  const { counts, examples } = decision;
  const count = (value: number) => value.toLocaleString('en');
  const example = (kind: keyof typeof examples) => (examples[kind][0] ? ` (e.g. ${examples[kind][0]})` : '');
  if (decision.decidedBy === 'fallback') {
    const open =
      counts.ambiguous > 0
        ? `no date in the file can only be read one way${example('ambiguous')}`
        : 'no date in the file is written with numbers alone';
    return { order: decision.order, decidedBy: 'headers', evidence: `${open}, and ${decision.reason}` };
  }
  if (decision.order === 'ymd')
    return {
      order: 'ymd',
      decidedBy: 'dates',
      evidence: `every date is written year first${example('yearFirst')}, which cannot be misread`,
    };
  const [winning, losing] = decision.order === 'mdy' ? (['monthFirst', 'dayFirst'] as const) : (['dayFirst', 'monthFirst'] as const);
  const side = (kind: 'dayFirst' | 'monthFirst') => (kind === 'monthFirst' ? 'month first' : 'day first');
  const settled = `${count(counts[winning])} dates can only be read ${side(winning)}${example(winning)}`;
  return {
    order: decision.order,
    decidedBy: 'dates',
    evidence: decision.conflicting
      ? `${settled}, but ${count(counts[losing])} only ${side(losing)}${example(losing)}: the dates disagree, and the majority was followed`
      : settled,
  };
}

/** The export's date: given, or written in the file name as exporters do ("reviews-2026-02-22.csv", "export_20260222.csv"). */
function exportDateOf(path: string, given: string | undefined): SourceDescription['exportDate'] {
  if (given) return { date: given, from: 'option' };
  const match = /(?:^|[^\d])(20\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(basename(path));
  return match ? { date: `${match[1]}-${match[2]}-${match[3]}`, from: 'file name' } : null;
}

/** Profiles every column of one range of the file (the whole file by default), in this thread. */
export async function profileRange(
  layout: ReadPlan,
  range: ByteRange = WHOLE_FILE,
): Promise<{ profiler: FileProfiler; account: ReadAccount }> {
  const profiler = new FileProfiler(layout.width);
  const account = await readRange(layout, range, (record) => profiler.add(record));
  return { profiler, account };
}

async function profileWholeFile(layout: ReadPlan): Promise<FileProfiler> {
  return (await profileRange(layout)).profiler;
}

/** How much of the file the speculative plan is made from (see `planFromHead`). */
export const HEAD_PLAN_BYTES = 1024 * 1024;

/**
 * A guess at the plan, from the profile of the file's first megabyte (its last record may be
 * cut short: the guess is checked against the whole file's plan, see `decisionsOf`); null when
 * the head alone cannot be planned.
 */
export async function planFromHead(layout: ReadPlan, options: ReadOptions): Promise<ReadPlan | null> {
  try {
    const { profiler } = await profileRange(layout, { ...WHOLE_FILE, end: HEAD_PLAN_BYTES });
    return planFromProfile(layout, options, profiler);
  } catch (error) {
    // A record cut short at the end of the head may be what --strict stops at: the whole file decides.
    if (error instanceof InputError) return null;
    throw error;
  }
}

/**
 * Every decision of a plan that reading and counting the rows depend on (columns, other
 * questions, labels, date order, export date), without the evidence that explains them: an
 * analysis made with one plan is the analysis of any plan with the same decisions.
 */
export function decisionsOf(plan: ReadPlan): string {
  const { source } = plan;
  return JSON.stringify({
    ...plan,
    source: {
      ...source,
      choices: source.choices.map(({ evidence: _evidence, ...choice }) => choice),
      dateOrder: source.dateOrder.order,
    },
  });
}

/** Called once the columns are known; returns where the rows go. Called again if the file is read again. */
export type RowSinkFactory = (source: SourceDescription) => (row: FeedbackRow) => void;

/** Streams the responses of one export to a sink, never holding the file in memory. */
export async function readFeedback(
  path: string,
  options: ReadOptions,
  begin: RowSinkFactory,
): Promise<{ source: SourceDescription; account: ReadAccount }> {
  return withReadPlan(path, options, async (layout) => {
    const plan = await planColumns(layout, options);
    const onRow = begin(plan.source);
    const toRow = rowBuilder(plan);
    const account = await readRange(plan, WHOLE_FILE, (record, line) => onRow(toRow(record, line)));
    return { source: { ...plan.source, ...encodingEvidence(plan.source, account.decoding) }, account };
  });
}
