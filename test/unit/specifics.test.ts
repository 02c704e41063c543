/**
 * The specifics of actions as findings, in tables as the checks are tested: what each kind names
 * from a summary (messageId and data), the words it is given, and every message of the book reached.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/catalogue.js';
import type { ChosenAction } from '../../src/actions/choose.js';
import type { Specifics } from '../../src/actions/types.js';
import { type Finding, isFinding } from '../../src/checks/check.js';
import type { Evidence } from '../../src/checks/evidence.js';
import type { FeedbackSummary, GroupFigures, Respondent, ThemeFigures } from '../../src/feedback/model.js';
import { namedSpecifics, SPECIFICS_MESSAGES, specificsFor } from '../../src/report/specifics.js';
import { describeFinding } from '../../src/report/words.js';
import { csat, DEMO, teamScore, withheld } from './checks/fixtures.js';

const evidence = (...feedback: FeedbackSummary[]): Evidence => ({ score: teamScore(3), feedback });

/** A month or segment of the demo with the figures a case needs. */
const group = (name: string, n: number, headline: number, difference: number): GroupFigures => ({
  ...DEMO.trend[0]!,
  name,
  n,
  headline,
  tooSmall: false,
  change: { difference, z: -3, significant: true },
});

const FULL: Respondent = {
  line: 12,
  id: 'R-7',
  segment: 'Enterprise',
  value: 1250,
  month: '2026-09',
  score: 1,
  themes: ['Billing', 'Delivery and shipping'],
  quote: 'Charged twice',
};
const BARE: Respondent = { line: 40, id: null, segment: null, value: null, month: null, score: 0, themes: [], quote: 'No.' };

const DELIVERY = DEMO.comments!.themes.find((theme) => theme.id === 'delivery')!;
const quotes = [
  { line: 110, score: 0, text: 'Took 5 days to arrive even though I paid for faster shipping' },
  { line: 216, score: null, text: 'Every parcel late since the new courier' },
  { line: 300, score: 1, text: 'A third quote, never shown' },
];
/** A summary whose one theme is the demo's delivery theme, with these figures changed. */
const withTheme = (summary: FeedbackSummary, figures: Partial<ThemeFigures> = {}): FeedbackSummary => ({
  ...summary,
  comments: { ...summary.comments!, themes: [{ ...DELIVERY, quotes: { happy: [], unhappy: quotes }, ...figures }] },
});

interface Case {
  name: string;
  kind: Specifics;
  evidence: Evidence;
  findings: { check: string; messageId: string; data: unknown }[];
  words: string[];
}

const CASES: Case[] = [
  {
    name: 'the customers to call: a heading, then one line each, with what the export lacks left out',
    kind: 'unhappiest-customers',
    evidence: evidence({ ...DEMO, source: { ...DEMO.source, file: 'survey.csv' }, unhappiest: [FULL, BARE] }),
    findings: [
      { check: 'specifics-unhappiest-customers', messageId: 'heading', data: { count: 2, file: 'survey.csv' } },
      {
        check: 'specifics-unhappiest-customers',
        messageId: 'respondent',
        data: {
          line: 12,
          month: expect.objectContaining({ messageId: 'month', data: { month: '2026-09' } }),
          details: expect.objectContaining({
            messageId: 'details',
            data: {
              parts: [
                expect.objectContaining({ messageId: 'id', data: { id: 'R-7' } }),
                expect.objectContaining({ messageId: 'segment', data: { segment: 'Enterprise' } }),
                expect.objectContaining({ messageId: 'value', data: { value: 1250, currency: '£' } }),
                expect.objectContaining({ messageId: 'themes', data: { themes: ['Billing', 'Delivery and shipping'] } }),
              ],
            },
          }),
          score: 1,
          quote: 'Charged twice',
        },
      },
      {
        check: 'specifics-unhappiest-customers',
        messageId: 'respondent',
        data: { line: 40, month: null, details: null, score: 0, quote: 'No.' },
      },
    ],
    words: [
      'Start with these 2, from survey.csv; look up their contact details by id or line, none are copied here:',
      'line 12, 2026-09 (id R-7; Enterprise; value £1,250; billing, delivery and shipping), score 1: “Charged twice”',
      'line 40, score 0: “No.”',
    ],
  },
  {
    name: 'one customer to call, whose negative amount is said to be a refund',
    kind: 'unhappiest-customers',
    evidence: evidence({ ...DEMO, source: { ...DEMO.source, file: 'survey.csv' }, unhappiest: [{ ...BARE, value: -35.5 }] }),
    findings: [
      { check: 'specifics-unhappiest-customers', messageId: 'headingOne', data: { count: 1, file: 'survey.csv' } },
      {
        check: 'specifics-unhappiest-customers',
        messageId: 'respondent',
        data: {
          line: 40,
          month: null,
          details: expect.objectContaining({
            data: { parts: [expect.objectContaining({ messageId: 'refund', data: { value: 35.5, currency: '£' } })] },
          }),
          score: 0,
          quote: 'No.',
        },
      },
    ],
    words: [
      'Start with this one, from survey.csv; look up their contact details by id or line, none are copied here:',
      'line 40 (a refund of £35.50), score 0: “No.”',
    ],
  },
  {
    name: 'the theme to fix first on an NPS, with two of its unhappy quotes',
    kind: 'worst-theme',
    evidence: evidence(withTheme(DEMO)),
    findings: [
      {
        check: 'specifics-worst-theme',
        messageId: 'themeNps',
        data: { theme: 'Delivery and shipping', mentions: 85, share: 29.4, with: -34.5, without: 32, pull: -66.5, nps: 22.1 },
      },
      { check: 'specifics-worst-theme', messageId: 'quote', data: quotes[0] },
      { check: 'specifics-worst-theme', messageId: 'quote', data: quotes[1] },
    ],
    words: [
      'Fix first: delivery and shipping, mentioned in 85 comments (29.4%); those customers score −34.5 against +32 for the other ' +
        'commenters, a significant difference of −66.5 NPS points (NPS +22.1 across all answers).',
      '“Took 5 days to arrive even though I paid for faster shipping” (line 110, score 0)',
      '“Every parcel late since the new courier” (line 216, score n/a)',
    ],
  },
  {
    name: 'the theme to fix first on a mean',
    kind: 'worst-theme',
    evidence: evidence(withTheme(csat(70), { with: 2.1, without: 4.3, pull: -2.2, quotes: { happy: [], unhappy: [] } })),
    findings: [
      {
        check: 'specifics-worst-theme',
        messageId: 'themeMean',
        data: {
          theme: 'Delivery and shipping',
          mentions: 85,
          share: 29.4,
          with: 2.1,
          without: 4.3,
          pull: -2.2,
          mean: 4.1,
          scale: 'CSAT (1–5)',
        },
      },
    ],
    words: [
      'Fix first: delivery and shipping, mentioned in 85 comments (29.4%); those customers score 2.1 against 4.3 for the other ' +
        'commenters, a significant difference of −2.2 (a mean of 4.1 on the CSAT (1–5) across all answers).',
    ],
  },
  {
    name: 'the segment to look at on an NPS',
    kind: 'worst-segment',
    evidence: evidence({ ...DEMO, segments: [group('Trial', 1200, -8.5, -30.2), group('Paid', 900, 20, 10)] }),
    findings: [
      { check: 'specifics-worst-segment', messageId: 'segmentNps', data: { segment: 'Trial', headline: -8.5, n: 1200, below: 30.2 } },
    ],
    words: ['Look first at Trial: −8.5 from 1,200 answers, 30.2 points below the rest.'],
  },
  {
    name: 'the segment to look at on a mean',
    kind: 'worst-segment',
    evidence: evidence({ ...csat(70), segments: [group('Trial', 80, 3.2, -0.9)] }),
    findings: [
      { check: 'specifics-worst-segment', messageId: 'segmentMean', data: { segment: 'Trial', headline: 3.2, n: 80, below: 0.9 } },
    ],
    words: ['Look first at Trial: 3.2 from 80 answers, 0.9 points below the rest.'],
  },
  {
    name: 'the month to read on an NPS, against the month before',
    kind: 'falling-month',
    evidence: evidence({
      ...DEMO,
      trend: [group('2026-07', 60, 42.6, 0), group('2026-08', 67, -1.5, -44.1), group('2026-09', 69, 0, 1.5)],
    }),
    findings: [
      {
        check: 'specifics-falling-month',
        messageId: 'monthNps',
        data: { month: '2026-08', n: 67, headline: -1.5, previous: '2026-07', previousHeadline: 42.6 },
      },
    ],
    words: ['Read the comments of 2026-08 (67 answers, −1.5) against those of 2026-07 (+42.6).'],
  },
  {
    name: 'the month to read on a mean',
    kind: 'falling-month',
    evidence: evidence({ ...csat(70), trend: [group('2026-07', 60, 4.4, 0), group('2026-08', 1500, 3.6, -0.8)] }),
    findings: [
      {
        check: 'specifics-falling-month',
        messageId: 'monthMean',
        data: { month: '2026-08', n: 1500, headline: 3.6, previous: '2026-07', previousHeadline: 4.4 },
      },
    ],
    words: ['Read the comments of 2026-08 (1,500 answers, 3.6) against those of 2026-07 (4.4).'],
  },
];

describe('the specifics of an action, as findings', () => {
  it.each(CASES.map((item) => [item.name, item] as const))('%s', (_name, { kind, evidence: input, findings, words }) => {
    const named = specificsFor(kind, input);
    expect(named.map(({ check, messageId, data }) => ({ check, messageId, data }))).toEqual(findings);
    expect(named.map(describeFinding)).toEqual(words);
  });

  it.each<[string, Evidence]>([
    ['no feedback', evidence()],
    ['a withheld file', evidence(withheld([5]))],
  ])('names nothing from %s', (_name, input) => {
    for (const kind of ['unhappiest-customers', 'worst-theme', 'worst-segment', 'falling-month'] as const)
      expect(specificsFor(kind, input)).toEqual([]);
  });

  it('points back to the first action that named the same ones, by its title', () => {
    const naming = ACTIONS.filter((action) => action.names === 'unhappiest-customers').slice(0, 2);
    expect(naming).toHaveLength(2);
    const plan = naming.map((action): ChosenAction => ({ action, findings: [], timeFrame: 'this week' }));
    const [first, second] = namedSpecifics(plan, evidence({ ...DEMO, unhappiest: [BARE] }));
    expect(first!.map((finding) => finding.messageId)).toEqual(['headingOne', 'respondent']);
    expect(second!.map(({ check, messageId, data }) => ({ check, messageId, data }))).toEqual([
      { check: 'specifics-named-above', messageId: 'same', data: { action: naming[0]!.title, names: 'unhappiest-customers' } },
    ]);
    expect(second!.map(describeFinding)).toEqual([`The same ones as in "${naming[0]!.title}" above: one conversation can serve both.`]);
  });

  it('reaches every message of its book, and words each with no placeholder left', () => {
    const plan = ACTIONS.filter((action) => action.names === 'unhappiest-customers')
      .slice(0, 2)
      .map((action): ChosenAction => ({ action, findings: [], timeFrame: 'this week' }));
    const all = [
      ...CASES.flatMap((item) => specificsFor(item.kind, item.evidence)),
      ...namedSpecifics(plan, evidence({ ...DEMO, unhappiest: [BARE] })).flat(),
    ];
    const walk = (value: unknown): Finding[] =>
      isFinding(value) ? [value, ...Object.values(value.data).flatMap(walk)] : Array.isArray(value) ? value.flatMap(walk) : [];
    const reached = new Set(all.flatMap(walk).map((finding) => `${finding.check}/${finding.messageId}`));
    const declared = Object.entries(SPECIFICS_MESSAGES).flatMap(([kind, messages]) => Object.keys(messages).map((id) => `${kind}/${id}`));
    expect([...reached].sort()).toEqual(declared.sort());
    for (const finding of all) expect(describeFinding(finding)).not.toMatch(/\{\w+(\|\w+)*\}/);
  });
});
