import { InputError } from '../../errors.js';
import type { DateOrder } from '../values.js';
import { chooseColumns, listHeaders } from './columns.js';
import { localeDateOrder } from './language.js';
import { type ColumnProfile, FileProfiler } from './profile.js';
import {
  type FeedbackRow,
  type ReadAccount,
  type ReadOptions,
  type ReadPlan,
  readRange,
  rowBuilder,
  type SourceDescription,
  WHOLE_FILE,
  withEncodingFallback,
} from './reader.js';

/**
 * Completes a layout plan from the evidence of the whole file: one pass profiles every column
 * (values, text, dates), then the columns, the other questions and the date order are chosen
 * from those profiles, never from the first rows alone.
 */
export async function planColumns(layout: ReadPlan, options: ReadOptions): Promise<ReadPlan> {
  const profiler = new FileProfiler(layout.width);
  await readRange(layout, WHOLE_FILE, (record) => profiler.add(record));
  const { path, source } = layout;
  if (profiler.records === 0) {
    throw new InputError(`${path} has a header row but no responses: export it again with the responses included.`);
  }
  const plan = chooseColumns(source.headers, profiler.columns, options.columns ?? {}, path);
  if (plan.columns.score === undefined && plan.columns.comment === undefined) {
    throw new InputError(
      `${path} has neither a score nor a comment column that centricity recognises; the headers are: ${listHeaders(source.headers)}. Name them with --score-column and --comment-column.`,
    );
  }
  const headerOf = (index: number) => source.headers[index] || `column ${index + 1}`;
  const date = plan.columns.date === undefined ? undefined : profiler.columns[plan.columns.date]!;
  return {
    ...layout,
    columns: plan.columns,
    otherScores: plan.otherScores,
    otherComments: plan.otherComments,
    source: {
      ...source,
      columns: Object.fromEntries(Object.entries(plan.columns).map(([role, index]) => [role, headerOf(index)])),
      choices: plan.choices,
      dateOrder: date ? decideDateOrder(date, source.headers, options.dateOrder) : source.dateOrder,
    },
  };
}

/**
 * Day or month first, from every date in the column: any date that can be read only one way
 * decides; a column that never settles it follows the language of the headers, and says so.
 */
function decideDateOrder(profile: ColumnProfile, headers: readonly string[], forced: DateOrder | undefined): SourceDescription['dateOrder'] {
  if (forced) return { order: forced, evidence: 'set with --date-order' };
  const { dayFirst, monthFirst } = profile;
  const count = (value: number) => value.toLocaleString('en');
  if (dayFirst === 0 && monthFirst === 0) {
    const fallback = localeDateOrder(headers);
    return { order: fallback.order, evidence: `no date in the file can only be read one way, and ${fallback.reason}` };
  }
  const order = monthFirst > dayFirst ? 'mdy' : 'dmy';
  const [winning, losing] = order === 'mdy' ? [monthFirst, dayFirst] : [dayFirst, monthFirst];
  const side = (first: DateOrder) => (first === 'mdy' ? 'month first' : 'day first');
  return {
    order,
    evidence:
      losing === 0
        ? `${count(winning)} dates can only be read ${side(order)}`
        : `${count(winning)} dates can only be read ${side(order)} and ${count(losing)} only ${side(order === 'mdy' ? 'dmy' : 'mdy')}: the majority wins, and the dates disagree`,
  };
}

/** Called once the columns are known; returns where the rows go. Called again if the file is read again. */
export type RowSinkFactory = (source: SourceDescription) => (row: FeedbackRow) => void;

/** Streams the responses of one export to a sink, never holding the file in memory. */
export async function readFeedback(path: string, options: ReadOptions, begin: RowSinkFactory): Promise<{ source: SourceDescription; account: ReadAccount }> {
  return withEncodingFallback(path, options, async (layout) => {
    const plan = await planColumns(layout, options);
    const onRow = begin(plan.source);
    const toRow = rowBuilder(plan);
    const account = await readRange(plan, WHOLE_FILE, (record, line) => onRow(toRow(record, line)));
    return { source: plan.source, account };
  });
}
