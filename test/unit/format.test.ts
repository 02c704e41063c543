import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/checks/check.js';
import {
  formatCount,
  formatDuration,
  formatList,
  formatMoney,
  formatPercent,
  formatPlural,
  formatScore,
  formatShare,
  formatSigned,
  round1,
} from '../../src/format.js';
import { describeFinding, wordFinding } from '../../src/report/words.js';

describe('the formatting module', () => {
  it.each([
    [formatSigned(12.5), '+12.5'],
    [formatSigned(-3), '−3'],
    [formatSigned(0), '0'],
    [formatSigned(null), 'n/a'],
    [formatCount(23486), '23,486'],
    [formatScore(49.6), '50'],
    [formatScore(null), 'n/a'],
    [formatPercent(12.345), '12.3%'],
    [formatShare(0.6), '60%'],
    [formatMoney(1200, '£'), '£1,200'],
    [formatMoney(-35, '£'), '−£35'],
    [formatMoney(229.5, '£'), '£229.50'],
    [formatMoney(-35.5, '£'), '−£35.50'],
    [formatMoney(1234.567, '$'), '$1,234.57'],
    [formatMoney(1200.001, '£'), '£1,200'],
    [formatPlural(1, 'reply', 'replies'), '1 reply'],
    [formatPlural(1, 'answer'), '1 answer'],
    [formatPlural(1200, 'answer'), '1,200 answers'],
    [formatList(['a']), 'a'],
    [formatList(['a', 'b', 'c']), 'a, b and c'],
    [String(round1(-0.04)), '0'],
    [formatDuration(0.2), '1 s'],
    [formatDuration(44.1), '45 s'],
    [formatDuration(150), '3 min'],
    [formatDuration(3900), '1 h 5 min'],
  ])('%s is %s', (actual, expected) => expect(actual).toBe(expected));
});

describe('wordFinding', () => {
  const messages: Record<string, string> = {
    'nps-below/low': 'customers give an NPS of {nps|signed} (n = {n|count}, {file})',
    'all/every': '{parts|findings}',
    'all/details': '({parts|parts})',
    'themes/chained': '{themes|list|lower}',
    'themes/unknown': '{themes|list|shout}',
    'count/nouns': '{n|count:answer}, {n|count:"don\'t know" answer}, {n|count:reply/replies}',
  };
  const book = (check: string, messageId: string) => messages[`${check}/${messageId}`];
  const nps: Finding = { check: 'nps-below', messageId: 'low', data: { nps: -12, n: 1234, file: 'a.csv' }, severity: 60 };

  it('fills a template with formatted data', () => {
    expect(wordFinding(nps, book)).toBe('customers give an NPS of −12 (n = 1,234, a.csv)');
  });

  it('words findings within a finding', () => {
    const both: Finding = { check: 'all', messageId: 'every', data: { parts: [nps, nps] as never }, severity: 70 };
    expect(wordFinding(both, book)).toBe(`${wordFinding(nps, book)} and ${wordFinding(nps, book)}`);
  });

  it('makes a noun agree with its count: {n|count:noun}, or {n|count:singular/plural}', () => {
    const nouns = (n: number) => wordFinding({ check: 'count', messageId: 'nouns', data: { n }, severity: 0 }, book);
    expect(nouns(1)).toBe('1 answer, 1 "don\'t know" answer, 1 reply');
    expect(nouns(1200)).toBe('1,200 answers, 1,200 "don\'t know" answers, 1,200 replies');
  });

  it('lists three findings within a finding as "a, b and c", with one "and"', () => {
    const three: Finding = { check: 'all', messageId: 'every', data: { parts: [nps, nps, nps] }, severity: 70 };
    const one = wordFinding(nps, book);
    expect(wordFinding(three, book)).toBe(`${one}, ${one} and ${one}`);
  });

  it('joins the details of one finding with semicolons', () => {
    const details: Finding = { check: 'all', messageId: 'details', data: { parts: [nps, nps] }, severity: 0 };
    expect(wordFinding(details, book)).toBe(`(${wordFinding(nps, book)}; ${wordFinding(nps, book)})`);
  });

  it('applies formats in a row, each to what the one before made, and throws on an unknown one', () => {
    const themes: Finding = { check: 'themes', messageId: 'chained', data: { themes: ['Billing', 'Delivery and shipping'] }, severity: 0 };
    expect(wordFinding(themes, book)).toBe('billing, delivery and shipping');
    expect(() => wordFinding({ ...themes, messageId: 'unknown' }, book)).toThrow(/unknown format shout/);
  });

  it('throws on a template that names data the finding lacks, or on an unknown message', () => {
    expect(() => wordFinding({ ...nps, data: { nps: 1 } }, book)).toThrow(/names \{n\}/);
    expect(() => wordFinding({ ...nps, messageId: 'gone' }, book)).toThrow(/no message gone/);
  });
});

describe('the summary line on too few answers', () => {
  it('agrees with one answer and with many', () => {
    const line = (n: number) => describeFinding({ check: 'summary-customers', messageId: 'tooFewNps', data: { nps: 10, n }, severity: 0 });
    expect(line(1)).toBe('NPS +10 on 1 answer, too few answers to read');
    expect(line(1200)).toBe('NPS +10 on 1,200 answers, too few answers to read');
  });
});
