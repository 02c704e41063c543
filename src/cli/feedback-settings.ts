import { availableParallelism } from 'node:os';
import type { Settings } from '../config/config.js';
import type { FeedbackOptions } from '../feedback/index.js';
import { parseLabelsOption } from '../feedback/labels.js';
import { COLUMN_FLAGS, type FeedbackFlags, MAX_THREADS } from './feedback-options.js';

/** The reading options of one run: the flags, over the config file's feedback section, over the defaults. */
export function toFeedbackOptions(flags: FeedbackFlags, fromConfig: Settings['feedback'] = { columns: {} }): FeedbackOptions {
  const columns: FeedbackOptions['columns'] = { ...fromConfig.columns };
  for (const [role, key] of COLUMN_FLAGS) {
    const value = flags[key];
    if (typeof value === 'string') columns[role] = value;
  }
  const scale = flags.scale ?? fromConfig.scale;
  const delimiter = flags.delimiter ?? fromConfig.delimiter;
  const dateOrder = flags.dateOrder ?? fromConfig.dateOrder;
  const labels = flags.labels === undefined ? fromConfig.labels : parseLabelsOption(flags.labels);
  const encoding = flags.encoding ?? fromConfig.encoding;
  const minGroupSize = flags.minGroupSize ?? fromConfig.minGroupSize;
  const domain = flags.domain ?? fromConfig.domain;
  return {
    columns,
    ...(scale && { scale }),
    ...(delimiter && { delimiter }),
    ...(dateOrder && { dateOrder }),
    ...(labels && { labels }),
    ...(flags.exportDate && { exportDate: flags.exportDate }),
    ...(encoding && { encoding }),
    ...(flags.strict && { strict: true }),
    ...((flags.allowPartial ?? fromConfig.allowPartial) && { allowPartial: true }),
    ...(minGroupSize !== undefined && { minGroupSize }),
    threads: flags.threads ?? Math.min(availableParallelism(), MAX_THREADS),
    ...(fromConfig.themes && { themes: fromConfig.themes }),
    ...(domain && { domain, domainFrom: flags.domain ? ('option' as const) : ('config' as const) }),
    ...((flags.redact ?? fromConfig.redact) === false && { keepPersonalData: true }),
  };
}
