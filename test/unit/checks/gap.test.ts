import { expect } from 'vitest';
import { cadenceGap } from '../../../src/checks/gap/cadence.js';
import { trendGap } from '../../../src/checks/gap/trend.js';
import { unmeasuredGap } from '../../../src/checks/gap/unmeasured.js';
import type { FeedbackSummary } from '../../../src/feedback/model.js';
import { testCheck } from '../../helpers/check-tester.js';
import { csat, DEMO, teamScore } from './fixtures.js';

const listening = { dimension: 'listening', points: 20 };
const schedule = { dimension: 'measurement', points: 20, question: { id: 'measurement.core-metrics', aspect: 'on a regular schedule' } };
const measure = (check: string) => ({ check, messageId: 'measure', data: {}, severity: 0 });
const reason = (check: string, messageId: string) => ({ check, messageId, data: {}, severity: 0 });

// The demo's six months: NPS +41.9 from May to July (n = 179), +5.2 from August to October (n = 211).
const falling = {
  check: 'gap-trend',
  messageId: 'nps',
  data: {
    firstMonths: '2026-05 to 2026-07',
    lastMonths: '2026-08 to 2026-10',
    firstN: 179,
    lastN: 211,
    first: 41.9,
    last: 5.2,
    change: -36.7,
    significance: 'significant',
  },
  severity: 0,
};
/** The demo's months in the other order (names kept): the score rises. */
const rising: FeedbackSummary = {
  ...DEMO,
  trend: [...DEMO.trend].reverse().map((month, index) => ({ ...month, name: DEMO.trend[index]!.name })),
};
/** The demo with each month's answers cut to `n`. */
const thinMonths = (n: number): FeedbackSummary => ({ ...DEMO, trend: DEMO.trend.map((month) => ({ ...month, n })) });

testCheck(trendGap, {
  valid: [
    {
      name: 'a dimension the questionnaire does not have',
      params: { dimension: 'kindness', points: 20 },
      input: { score: teamScore(5), summary: DEMO },
    },
  ],
  invalid: [
    {
      name: 'a team that admits it rarely acts while the score falls: no contradiction',
      params: listening,
      input: { score: teamScore(2), summary: DEMO },
      findings: [
        {
          messageId: 'agree',
          data: {
            dimension: 'listening',
            title: 'Listening and acting',
            team: 25,
            customers: -36.7,
            moving: 'falling',
            measure: measure('gap-trend'),
            figure: falling,
          },
        },
      ],
      words: [
        'Listening and acting: the team says 25/100 and the score is falling (NPS +41.9 from 2026-05 to 2026-07 (n = 179), ' +
          '+5.2 from 2026-08 to 2026-10 (n = 211): −36.7 points, significant); the two do not contradict each other.',
      ],
    },
    {
      name: 'a team that claims to act while the score falls significantly',
      params: listening,
      input: { score: teamScore(5), summary: DEMO },
      findings: [{ messageId: 'teamHigher', data: expect.objectContaining({ team: 100, moving: 'falling', figure: falling }) }],
      words: [
        'Listening and acting: the team says 100/100, the score is falling (NPS +41.9 from 2026-05 to 2026-07 (n = 179), ' +
          '+5.2 from 2026-08 to 2026-10 (n = 211): −36.7 points, significant). The team says it acts on what customers tell it, ' +
          'yet the score is falling: check that call-backs and fixes happen.',
      ],
    },
    {
      name: 'a team that admits it rarely acts while the score rises significantly',
      params: listening,
      input: { score: teamScore(1), summary: rising },
      findings: [{ messageId: 'customersHigher', data: expect.objectContaining({ team: 0, customers: 36.7, moving: 'rising' }) }],
    },
    {
      name: 'a rise read as the share at the top of a CSAT scale',
      params: listening,
      input: { score: teamScore(3), summary: { ...csat(50), trend: rising.trend } },
      findings: [
        {
          messageId: 'agree',
          data: expect.objectContaining({
            moving: 'rising',
            figure: expect.objectContaining({ messageId: 'topBox', data: expect.objectContaining({ from: 4, max: 5 }) }),
          }),
        },
      ],
    },
    ...(
      [
        ['no scores', { ...DEMO, scores: null }, 'noScores'],
        ['no dates', { ...DEMO, trend: [] }, 'noDates'],
        ['fewer than six months', { ...DEMO, trend: DEMO.trend.slice(0, 5) }, 'fewMonths'],
        ['too few answers at an end', thinMonths(9), 'thinEnds'],
      ] as const
    ).map(([name, summary, why]) => ({
      name: `not compared: ${name}`,
      params: listening,
      input: { score: teamScore(3), summary },
      findings: [
        { messageId: 'notCompared', data: { dimension: 'listening', title: 'Listening and acting', reason: reason('gap-trend', why) } },
      ],
    })),
    {
      name: 'not compared: the team did not answer the dimension',
      params: listening,
      input: { score: teamScore(3, { id: 'listening', answer: 'dont-know' }), summary: DEMO },
      findings: [{ messageId: 'notCompared', data: expect.objectContaining({ reason: reason('gap-trend', 'teamThin') }) }],
      words: ['Listening and acting: the team answered fewer than half of its questions.'],
    },
  ],
});

const sixOfSix = {
  check: 'gap-cadence',
  messageId: 'months',
  data: { withAnswers: 6, span: 6, first: '2026-05', last: '2026-10' },
  severity: 0,
};

testCheck(cadenceGap, {
  valid: [],
  invalid: [
    {
      name: 'a team that measures on a schedule, and answers in every month',
      params: schedule,
      input: { score: teamScore(5), summary: DEMO },
      findings: [
        {
          messageId: 'agree',
          data: {
            dimension: 'measurement',
            title: 'Measurement (on a regular schedule)',
            team: 100,
            customers: 100,
            measure: measure('gap-cadence'),
            figure: sixOfSix,
          },
        },
      ],
      words: [
        "Measurement (on a regular schedule): the team says 100/100 and the feedback's figure 100/100 " +
          '(6 of the 6 months from 2026-05 to 2026-10 have answers); they roughly agree.',
      ],
    },
    {
      name: 'a team that says it measures on a schedule, and months without an answer',
      params: schedule,
      input: { score: teamScore(5), summary: { ...DEMO, trend: [DEMO.trend[0]!, DEMO.trend[5]!] } },
      findings: [
        {
          messageId: 'teamHigher',
          data: expect.objectContaining({ customers: 33, figure: { ...sixOfSix, data: { ...sixOfSix.data, withAnswers: 2 } } }),
        },
      ],
    },
    {
      name: 'an honest 4 against answers in every month: the months cannot tell a 4 from a 5, so no gap',
      params: schedule,
      input: { score: teamScore(4), summary: DEMO },
      findings: [{ messageId: 'agree', data: expect.objectContaining({ team: 75, customers: 100 }) }],
    },
    {
      name: 'answers in every month, and a team that rates its schedule low',
      params: schedule,
      input: { score: teamScore(1), summary: DEMO },
      findings: [{ messageId: 'customersHigher', data: expect.objectContaining({ team: 0, customers: 100 }) }],
    },
    ...(
      [
        ['no scores', { ...DEMO, scores: null }, 'noScores'],
        ['no dates', { ...DEMO, trend: [] }, 'noDates'],
        ['fewer than three months', { ...DEMO, trend: DEMO.trend.slice(0, 2) }, 'shortSpan'],
      ] as const
    ).map(([name, summary, why]) => ({
      name: `not compared: ${name}`,
      params: schedule,
      input: { score: teamScore(3), summary },
      findings: [{ messageId: 'notCompared', data: expect.objectContaining({ reason: reason('gap-cadence', why) }) }],
    })),
    {
      name: 'not compared: the team did not answer the question on the scale',
      params: schedule,
      input: { score: teamScore(3, { id: 'measurement', answer: 'dont-know' }), summary: DEMO },
      findings: [{ messageId: 'notCompared', data: expect.objectContaining({ reason: reason('gap-cadence', 'questionUnanswered') }) }],
      words: ['Measurement (on a regular schedule): the team did not answer that question on the scale.'],
    },
  ],
});

testCheck(unmeasuredGap, {
  valid: [
    {
      name: 'a dimension the questionnaire does not have',
      params: { dimension: 'kindness', points: 20 },
      input: { score: teamScore(3), summary: DEMO },
    },
  ],
  invalid: [
    ...['responsibilities', 'incentives', 'goals', 'customer-understanding', 'co-creation', 'culture'].map((dimension) => ({
      name: `${dimension}: no figure of the feedback measures it`,
      params: { dimension, points: 20 },
      input: { score: teamScore(3), summary: DEMO },
      findings: [{ messageId: 'notCompared', data: expect.objectContaining({ dimension, reason: reason('gap-unmeasured', dimension) }) }],
    })),
  ],
});
