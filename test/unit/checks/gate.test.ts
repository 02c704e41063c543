import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../src/audit.js';
import { gateDimension } from '../../../src/checks/gate/dimension.js';
import { checkThresholds } from '../../../src/checks/gate/index.js';
import type { GateInput } from '../../../src/checks/gate/input.js';
import { gateNps } from '../../../src/checks/gate/nps.js';
import { gateOverall } from '../../../src/checks/gate/overall.js';
import { testCheck } from '../../helpers/check-tester.js';
import { csat, DEMO, thin, withheld } from './fixtures.js';

const coverage = { answeredShare: 0.5, requiredShare: 0.6, emptyDimensions: ['Goals'] };
const scored = (score: number | null): GateInput => ({ overall: { score, coverage }, dimensions: [], feedback: [] });

testCheck(gateOverall, {
  valid: [
    { name: 'a score above the threshold', params: { minimum: 40 }, input: scored(41.1) },
    { name: 'a score at the threshold', params: { minimum: 41.1 }, input: scored(41.1) },
  ],
  invalid: [
    {
      name: 'a score below the threshold',
      params: { minimum: 90 },
      input: scored(41.1),
      findings: [{ messageId: 'below', data: { outcome: 'failed', score: 41.1, minimum: 90 } }],
      words: ['the overall score 41.1 is below 90'],
    },
    {
      name: 'no overall score: the answers carry too little of the weight',
      params: { minimum: 10 },
      input: scored(null),
      findings: [
        {
          messageId: 'unscored',
          data: {
            outcome: 'unchecked',
            minimum: 10,
            coverage: {
              check: 'answers-coverage',
              messageId: 'tooLittleIn',
              data: { answered: 0.5, required: 0.6, empty: ['Goals'] },
              severity: 100,
            },
          },
        },
      ],
      words: [
        "the questions answered on the 1–5 scale carry 50% of the questionnaire's weight, short of the 60% an overall score needs " +
          '(no answers in Goals)',
      ],
    },
  ],
});

const dimensions: GateInput['dimensions'] = [
  { id: 'incentives', title: 'Incentives', score: 18.8 },
  { id: 'goals', title: 'Goals', score: null },
];
const withDimensions: GateInput = { ...scored(41.1), dimensions };

testCheck(gateDimension, {
  valid: [{ name: 'a dimension at its threshold', params: { dimension: 'incentives', minimum: 18.8 }, input: withDimensions }],
  invalid: [
    {
      name: 'a dimension below its threshold',
      params: { dimension: 'incentives', minimum: 20 },
      input: withDimensions,
      findings: [
        { messageId: 'below', data: { outcome: 'failed', dimension: 'incentives', title: 'Incentives', minimum: 20, score: 18.8 } },
      ],
      words: ['Incentives scores 18.8, below 20'],
    },
    {
      name: 'a dimension with no answers',
      params: { dimension: 'goals', minimum: 20 },
      input: withDimensions,
      findings: [{ messageId: 'unanswered', data: { outcome: 'unchecked', dimension: 'goals', title: 'Goals', minimum: 20 } }],
      words: ['no question of Goals was answered on the 1–5 scale'],
    },
    {
      name: 'a dimension the questionnaire does not have',
      params: { dimension: 'kindness', minimum: 20 },
      input: withDimensions,
      findings: [
        { messageId: 'unknown', data: { outcome: 'unusable', dimension: 'kindness', minimum: 20, dimensions: ['incentives', 'goals'] } },
      ],
      words: ['names kindness, which is not a dimension; use one of incentives, goals'],
    },
  ],
});

const feedback = (...summaries: GateInput['feedback']): GateInput => ({ ...scored(41.1), feedback: summaries });

testCheck(gateNps, {
  valid: [
    { name: 'an NPS above the threshold', params: { minimum: 0 }, input: feedback(DEMO) },
    { name: 'an NPS at the threshold', params: { minimum: 22.1 }, input: feedback(DEMO) },
  ],
  invalid: [
    {
      name: 'an NPS below the threshold',
      params: { minimum: 30 },
      input: feedback(DEMO),
      findings: [{ messageId: 'below', data: { outcome: 'failed', minimum: 30, nps: 22.1, n: 390 } }],
      words: ["the customers' NPS +22.1 is below 30"],
    },
    {
      name: 'the largest file with an NPS is the one gated',
      params: { minimum: 30 },
      input: feedback(thin(12), DEMO),
      findings: [{ messageId: 'below', data: expect.objectContaining({ n: 390 }) }],
    },
    {
      name: 'an NPS on fewer answers than the minimum group size',
      params: { minimum: 30 },
      input: feedback(thin(12)),
      findings: [{ messageId: 'tooFew', data: { outcome: 'unchecked', minimum: 30, nps: 22.1, n: 12 } }],
      words: ["the customers' NPS of +22.1 rests on 12 answers, fewer than the minimum group size"],
    },
    {
      name: 'a withheld file',
      params: { minimum: 30 },
      input: feedback({ ...withheld([5, 9], 12), source: { ...DEMO.source, file: 'survey.csv' } }),
      findings: [
        {
          messageId: 'withheld',
          data: {
            outcome: 'unchecked',
            minimum: 30,
            file: 'survey.csv',
          },
        },
      ],
      words: ['the figures of survey.csv are withheld'],
    },
    {
      name: 'no feedback at all',
      params: { minimum: 30 },
      input: feedback(),
      findings: [{ messageId: 'noFeedback', data: { outcome: 'unusable', minimum: 30 } }],
    },
    {
      name: 'feedback without a recommend score',
      params: { minimum: 30 },
      input: feedback(
        { ...csat(80), source: { ...csat(80).source, file: 'csat.csv' } },
        { ...DEMO, source: { ...DEMO.source, file: 'notes.csv', scale: null }, scores: null },
      ),
      findings: [{ messageId: 'noNps', data: expect.objectContaining({ outcome: 'unusable', minimum: 30 }) }],
      words: [
        'needs a 0–10 recommend score, and the feedback has none (csat.csv: read as CSAT (1–5) and notes.csv: no score column); ' +
          'name the recommend column with --score-column, or set --scale nps',
      ],
    },
  ],
});

describe('checkThresholds', () => {
  const demo = auditReport({ schemaVersion: 1, status: 'complete', answers: {} }, { generatedOn: '2026-11-23', feedback: [DEMO] });

  it('sorts the findings of every threshold set by outcome, and gives none for a threshold met or not set', () => {
    const result = checkThresholds(demo, { overall: 50, dimensions: { incentives: 20, kindness: 10 }, nps: 0 });
    expect(result.failed).toEqual([]);
    expect(result.unchecked.map((finding) => `${finding.check}/${finding.messageId}`)).toEqual([
      'gate-overall/unscored',
      'gate-dimension/unanswered',
    ]);
    expect(result.unusable.map((finding) => `${finding.check}/${finding.messageId}`)).toEqual(['gate-dimension/unknown']);
    expect(checkThresholds(demo, {})).toEqual({ failed: [], unchecked: [], unusable: [] });
  });
});
