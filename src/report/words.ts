import type { Finding, FindingData, FindingValue } from '../checks/check.js';
import { messageOf } from '../checks/index.js';
import { formatCount, formatMoney, formatPercent, formatScore, formatSigned, NOT_AVAILABLE } from '../format.js';

/** Looks up the template of one message of one check. */
export type MessageBook = (check: string, messageId: string) => string | undefined;

/** The formats a message template may name after a `|`; each is one function of src/format.ts. */
const FORMATS: Record<string, (value: FindingValue, data: FindingData, book: MessageBook) => string> = {
  count: (value) => formatCount(numberOrNull(value)),
  signed: (value) => formatSigned(numberOrNull(value)),
  percent: (value) => formatPercent(numberOrNull(value)),
  score: (value) => formatScore(numberOrNull(value)),
  /** An amount in the currency the finding's `currency` names. */
  money: (value, data) => formatMoney(numberOrNull(value), typeof data.currency === 'string' ? data.currency : ''),
  /** A title inside a sentence: "Delivery and shipping" → "delivery and shipping". */
  lower: (value) => String(value ?? NOT_AVAILABLE).toLowerCase(),
  /** Findings within a finding (every one of several triggers), each worded, joined with ", and ". */
  findings: (value, _data, book) =>
    Array.isArray(value) ? value.map((part) => wordFinding(part as unknown as Finding, book)).join(', and ') : '',
};

const PLACEHOLDER = /\{(\w+)(?:\|(\w+))?\}/g;

/**
 * A finding in words: its check's message template with the data filled in. A template that
 * names data the finding lacks, or an unknown format, is a defect in the check, so it throws.
 */
export function wordFinding(finding: Finding, book: MessageBook): string {
  const template = book(finding.check, finding.messageId);
  if (template === undefined) throw new Error(`the check ${finding.check} has no message ${finding.messageId}`);
  return template.replace(PLACEHOLDER, (_placeholder, key: string, format: string | undefined) => {
    if (!(key in finding.data))
      throw new Error(`the message ${finding.check}/${finding.messageId} names {${key}}, which its finding lacks`);
    const value = finding.data[key]!;
    if (format === undefined) return value === null ? NOT_AVAILABLE : String(value);
    const formatter = FORMATS[format];
    if (!formatter) throw new Error(`the message ${finding.check}/${finding.messageId} names an unknown format ${format}`);
    return formatter(value, finding.data, book);
  });
}

function numberOrNull(value: FindingValue): number | null {
  return typeof value === 'number' ? value : null;
}

/** A finding of any registered check in words. */
export function describeFinding(finding: Finding): string {
  return wordFinding(finding, messageOf);
}
