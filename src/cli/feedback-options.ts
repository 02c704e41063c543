import { type Command, InvalidArgumentError, Option } from 'commander';
import { whyNotADay } from '../calendar.js';
import { CONFIG_FILES } from '../config/files.js';
import type { ColumnRole } from '../feedback/read/columns.js';
import { DATE_ORDERS, type DateOrder, DELIMITERS, type Delimiter, ENCODINGS, type Encoding } from '../feedback/read/formats.js';
import { SCALES, type ScaleId } from '../feedback/scale.js';
import { DOMAIN_IDS, type DomainId } from '../feedback/themes/domains.js';

/** The flags that say how to read a feedback export, shared by `score` and `audit --feedback`. */
export interface FeedbackFlags {
  scoreColumn?: string;
  commentColumn?: string;
  dateColumn?: string;
  segmentColumn?: string;
  idColumn?: string;
  valueColumn?: string;
  scale?: ScaleId;
  dateOrder?: DateOrder;
  exportDate?: string;
  /** As typed; read by toFeedbackOptions, so that --help does not load the label sets. */
  labels?: string;
  delimiter?: Delimiter;
  encoding?: Encoding;
  domain?: DomainId;
  strict?: boolean;
  allowPartial?: boolean;
  minGroupSize?: number;
  threads?: number;
  /** False with --no-redact: personal data shown as typed. */
  redact?: boolean;
  /** A config file; without it one is looked for in the working folder. */
  config?: string;
}

export const COLUMN_FLAGS: readonly [ColumnRole, keyof FeedbackFlags, string][] = [
  ['score', 'scoreColumn', 'the score column (NPS, rating, CSAT…), by header or 1-based number'],
  ['comment', 'commentColumn', 'the free-text comment column'],
  ['date', 'dateColumn', 'the date column, for the monthly trend'],
  ['segment', 'segmentColumn', 'the segment column (plan, region, channel…)'],
  ['id', 'idColumn', 'the respondent id column, to name whom to call back'],
  ['value', 'valueColumn', 'the revenue or plan-value column, for revenue at risk'],
];

/** Past four, reading the file and merging the counts cost more than the extra threads save. */
export const MAX_THREADS = 4;

const DELIMITER_NAMES: Record<string, Delimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
  '\t': '\t',
  '|': '|',
  pipe: '|',
};

export function addFeedbackOptions(command: Command): Command {
  for (const [role, , description] of COLUMN_FLAGS) command.option(`--${role}-column <name>`, description);
  return command
    .option(
      '--config <file>',
      'settings (columns, scale, weights, levels, extra questions and actions, thresholds); ' +
        `default: ${CONFIG_FILES[0]} or the like, or a "centricity" key in package.json`,
    )
    .addOption(new Option('--scale <scale>', 'the score scale, when detection gets it wrong').choices(SCALES.map((scale) => scale.id)))
    .addOption(
      new Option(
        '--date-order <order>',
        'how numeric dates are written, when detection gets it wrong: dmy (31/12/2026), mdy (12/31/2026) or ymd',
      ).choices(DATE_ORDERS),
    )
    .option(
      '--export-date <yyyy-mm-dd>',
      'the day the export was made, to place relative dates ("3 days ago"); default: a date in the file name',
      parseDate,
    )
    .option(
      '--labels <label=value,...>',
      'numbers for answers in words that fit no known scale, e.g. "Horrible=1,Bad=2,OK=3,Good=4,Excellent=5"',
    )
    .option(
      '--delimiter <char>',
      `the delimiter: ${DELIMITERS.map((delimiter) => (delimiter === '\t' ? 'tab' : delimiter)).join(' ')} (default: detected)`,
      parseDelimiter,
    )
    .addOption(new Option('--encoding <encoding>', 'the text encoding (default: detected)').choices([...ENCODINGS]))
    .option(
      '--domain <trade>',
      `the trade whose pack of themes to read the comments with: ${DOMAIN_IDS.join(', ')} (default: told from the comments' words)`,
      parseDomain,
    )
    .option('--strict', 'stop at the first malformed row instead of skipping and counting it')
    .option(
      '--allow-partial',
      'give the headline figures even when more than 1% of the rows could not be read (the loss is stated beside them)',
    )
    .option('--min-group-size <n>', 'months and segments with fewer answers are flagged, not ranked (default: 30)', parseCount)
    .option('--threads <n>', 'worker threads: one per core, at most 4 (default)', parseCount)
    .option(
      '--redact',
      'replace personal data in quotes, ids, segments and frequent words (the default; overrides redact: false in a config)',
    )
    .option('--no-redact', 'show customer text as typed, personal data included; the report says so in its first lines');
}

function parseDelimiter(value: string): Delimiter {
  const delimiter = DELIMITER_NAMES[value.toLowerCase()];
  if (!delimiter) throw new InvalidArgumentError('expected one of , ; tab |.');
  return delimiter;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return count;
}

/** A day as YYYY-MM-DD that exists on the calendar, for --date and --export-date. */
export function parseDate(value: string): string {
  const problem = whyNotADay(value);
  if (problem) throw new InvalidArgumentError(`${problem}.`);
  return value;
}

/** A trade as typed, in any case ("Travel"). */
function parseDomain(value: string): DomainId {
  const domain = DOMAIN_IDS.find((id) => id === value.trim().toLowerCase());
  if (!domain) throw new InvalidArgumentError(`expected one of ${DOMAIN_IDS.join(', ')}.`);
  return domain;
}
