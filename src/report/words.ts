import { type Finding, type FindingData, type FindingValue, isFinding } from '../checks/check.js';
import { messageOf } from '../checks/index.js';
import {
  formatCount,
  formatList,
  formatMoney,
  formatPercent,
  formatPlural,
  formatScore,
  formatShare,
  formatSigned,
  NOT_AVAILABLE,
} from '../format.js';
import { summaryMessage } from './executive.js';
import { specificsMessage } from './specifics.js';

/** Looks up the template of one message of one check. */
export type MessageBook = (check: string, messageId: string) => string | undefined;

/** The formats a message template may name after a `|`; each is one function of src/format.ts. */
const FORMATS: Record<string, (value: FindingValue, data: FindingData, book: MessageBook, argument: string | undefined) => string> = {
  /**
   * A count with separators; with a noun after a colon, the noun agreeing with it: `{n|count:answer}`
   * is "1 answer" or "3 answers", and `{n|count:reply/replies}` names a plural that is not the noun and an s.
   */
  count: (value, _data, _book, noun) => {
    if (noun === undefined || typeof value !== 'number') return formatCount(numberOrNull(value));
    const [singular, plural] = noun.split('/');
    return formatPlural(value, singular!, plural);
  },
  signed: (value) => formatSigned(numberOrNull(value)),
  percent: (value) => formatPercent(numberOrNull(value)),
  score: (value) => formatScore(numberOrNull(value)),
  /** An amount in the currency the finding's `currency` names. */
  money: (value, data) => formatMoney(numberOrNull(value), typeof data.currency === 'string' ? data.currency : ''),
  /** A title inside a sentence: "Delivery and shipping" → "delivery and shipping". */
  lower: (value) => String(value ?? NOT_AVAILABLE).toLowerCase(),
  /** A share on 0–1 as a percentage: 0.6 → "60%". */
  share: (value) => formatShare(numberOrNull(value)),
  /** Names, joined with commas: "Goals, Incentives". */
  list: (value) => (Array.isArray(value) ? value.map(String).join(', ') : ''),
  /** Line numbers: "line 5", "lines 5, 9", and ", …" after them when the finding's `moreLines` says there are more. */
  lines: (value, data) => {
    const lines = Array.isArray(value) ? value.map(String) : [];
    return `line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${data.moreLines === true ? ', …' : ''}`;
  },
  /** A finding within a finding (a clause, a figure), worded; nothing when it is null, so that a clause can be left out. */
  finding: (value, _data, book) => (isFinding(value) ? wordFinding(value, book) : ''),
  /** Findings within a finding (several triggers, the weakest dimensions), each worded, listed: "a", "a and b", "a, b and c". */
  findings: (value, _data, book) => formatList(Array.isArray(value) ? value.filter(isFinding).map((part) => wordFinding(part, book)) : []),
  /** Findings within a finding, each worded, joined with "; ": the details given of one customer. */
  parts: (value, _data, book) =>
    Array.isArray(value)
      ? value
          .filter(isFinding)
          .map((part) => wordFinding(part, book))
          .join('; ')
      : '',
};

/**
 * `{key}`, or `{key|format}`, or formats in a row, each applied to what the one before made: `{themes|list|lower}`;
 * a format may take a word after a colon: `{n|count:answer}`.
 */
const PLACEHOLDER = /\{(\w+)((?:\|\w+(?::[\w/ "'’-]+)?)*)\}/g;

/**
 * A finding in words: its check's message template with the data filled in. A template that
 * names data the finding lacks, or an unknown format, is a defect in the check, so it throws.
 */
export function wordFinding(finding: Finding, book: MessageBook): string {
  const template = book(finding.check, finding.messageId);
  if (template === undefined) throw new Error(`the check ${finding.check} has no message ${finding.messageId}`);
  return template.replace(PLACEHOLDER, (_placeholder, key: string, formats: string) => {
    if (!(key in finding.data))
      throw new Error(`the message ${finding.check}/${finding.messageId} names {${key}}, which its finding lacks`);
    const value = finding.data[key]!;
    if (formats === '') return value === null ? NOT_AVAILABLE : String(value);
    const formatted = formats
      .slice(1)
      .split('|')
      .reduce<FindingValue>((made, named) => {
        const [format, argument] = named.split(':') as [string, string | undefined];
        const formatter = FORMATS[format];
        if (!formatter) throw new Error(`the message ${finding.check}/${finding.messageId} names an unknown format ${format}`);
        return formatter(made, finding.data, book, argument);
      }, value);
    return String(formatted);
  });
}

function numberOrNull(value: FindingValue): number | null {
  return typeof value === 'number' ? value : null;
}

/** The templates of every registered check, and of the report's own findings (the summary lines, the specifics of actions). */
const REPORT_BOOK: MessageBook = (check, messageId) =>
  messageOf(check, messageId) ?? summaryMessage(check, messageId) ?? specificsMessage(check, messageId);

/** A finding of any registered check, or of the report itself, in words. */
export function describeFinding(finding: Finding): string {
  return wordFinding(finding, REPORT_BOOK);
}

/**
 * Whether a finding and every finding within it (at any depth of its data) have a template to
 * be worded with. A model from elsewhere (another version, edited by hand) may hold one that
 * none words; a view shows it as nothing rather than stop.
 */
export function canDescribe(finding: Finding): boolean {
  const wordable = (value: FindingValue): boolean =>
    isFinding(value)
      ? REPORT_BOOK(value.check, value.messageId) !== undefined && Object.values(value.data).every(wordable)
      : Array.isArray(value)
        ? value.every(wordable)
        : typeof value === 'object' && value !== null
          ? Object.values(value).every(wordable)
          : true;
  return wordable(finding);
}
