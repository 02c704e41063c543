import { expect } from 'vitest';
import { satisfactionGap } from '../../../src/checks/gap/satisfaction.js';
import { toneGap } from '../../../src/checks/gap/tone.js';
import { testCheck } from '../../helpers/check-tester.js';
import { csat, DEMO, teamScore, thin } from './fixtures.js';

const listening = { dimension: 'listening', points: 20 };
const culture = { dimension: 'culture', points: 20 };
const measure = (check: string) => ({ check, messageId: 'measure', data: {}, severity: 0 });
const promoters = { check: 'gap-satisfaction', messageId: 'promoters', data: { share: 46.7, nps: 22.1, n: 390 }, severity: 0 };

testCheck(satisfactionGap, {
  valid: [
    {
      name: 'a dimension with no answer on the scale',
      params: listening,
      input: { score: teamScore(3, { id: 'listening', answer: 'dont-know' }), summary: DEMO },
    },
    { name: 'a headline on too few answers to read', params: listening, input: { score: teamScore(5), summary: thin(12) } },
    { name: 'a file with no scores', params: listening, input: { score: teamScore(5), summary: { ...DEMO, scores: null } } },
    {
      name: 'a dimension the questionnaire does not have',
      params: { dimension: 'kindness', points: 20 },
      input: { score: teamScore(5), summary: DEMO },
    },
  ],
  invalid: [
    {
      name: 'the team and its customers within 20 points',
      params: listening,
      input: { score: teamScore(3), summary: DEMO },
      findings: [
        {
          messageId: 'agree',
          data: {
            dimension: 'listening',
            title: 'Listening and acting',
            team: 50,
            customers: 47,
            measure: measure('gap-satisfaction'),
            figure: promoters,
          },
        },
      ],
      words: [
        "Listening and acting: the team says 50/100 and the customers' figure 47/100 (46.7% promoters; NPS +22.1; n = 390); " +
          'they roughly agree.',
      ],
    },
    {
      name: 'the team 53 points above its customers',
      params: listening,
      input: { score: teamScore(5), summary: DEMO },
      findings: [{ messageId: 'teamHigher', data: expect.objectContaining({ team: 100, customers: 47, figure: promoters }) }],
      words: [
        'Listening and acting: the team says 100/100, the share of customers who are clearly happy is 47/100 ' +
          '(46.7% promoters; NPS +22.1; n = 390). The team believes it listens and acts better than its customers feel it does.',
      ],
    },
    {
      name: 'customers happier than the team says, on a CSAT scale',
      params: listening,
      input: { score: teamScore(3), summary: csat(80) },
      findings: [
        {
          messageId: 'customersHigher',
          data: expect.objectContaining({
            team: 50,
            customers: 80,
            figure: {
              check: 'gap-satisfaction',
              messageId: 'topBox',
              data: { share: 80, from: 4, min: 1, max: 5, scale: 'CSAT', n: 390 },
              severity: 0,
            },
          }),
        },
      ],
      words: [
        'Listening and acting: the team says 50/100, the share of customers who are clearly happy is 80/100 ' +
          '(80% answered 4–5 on the 1–5 CSAT; n = 390). Customers are happier than the team gives itself credit for; ' +
          'find out what already works before changing it.',
      ],
    },
    {
      name: 'a wider gap than the rule asks for is still measured with the points given',
      params: { dimension: 'listening', points: 60 },
      input: { score: teamScore(5), summary: DEMO },
      findings: [{ messageId: 'agree', data: expect.objectContaining({ team: 100, customers: 47 }) }],
    },
  ],
});

const negative = { check: 'gap-tone', messageId: 'negative', data: { negative: 28, comments: 289 }, severity: 0 };
/** The demo's comments with another tone (its 289 comments, or fewer scored when some are in languages centricity cannot read). */
const withTone = (positive: number, neutral: number, negative: number) => ({
  ...DEMO,
  comments: { ...DEMO.comments!, sentiment: { positive, neutral, negative, mean: 0 } },
});

testCheck(toneGap, {
  valid: [
    {
      name: 'mostly neutral comments (they say little, or in words the lexicons do not know)',
      params: culture,
      input: { score: teamScore(1), summary: withTone(40, 200, 49) },
    },
    {
      name: 'every comment in a language centricity cannot read (no tone scored)',
      params: culture,
      input: { score: teamScore(1), summary: withTone(0, 0, 0) },
    },
    { name: 'no comment column', params: culture, input: { score: teamScore(1), summary: { ...DEMO, comments: null } } },
    {
      name: 'a dimension on too few answers',
      params: culture,
      input: { score: teamScore(1, { id: 'culture', answer: 'dont-know' }), summary: DEMO },
    },
  ],
  invalid: [
    {
      name: 'the team and its customers within 20 points',
      params: culture,
      input: { score: teamScore(4), summary: DEMO },
      findings: [
        {
          messageId: 'agree',
          data: { dimension: 'culture', title: 'Culture', team: 75, customers: 72, measure: measure('gap-tone'), figure: negative },
        },
      ],
      words: ["Culture: the team says 75/100 and the customers' figure 72/100 (28% of 289 comments negative); they roughly agree."],
    },
    {
      name: 'shares of the comments whose tone is scored, not of those in languages centricity cannot read',
      params: culture,
      input: { score: teamScore(4), summary: withTone(100, 50, 50) },
      findings: [
        {
          messageId: 'agree',
          data: expect.objectContaining({
            customers: 75,
            figure: { check: 'gap-tone', messageId: 'negative', data: { negative: 25, comments: 200 }, severity: 0 },
          }),
        },
      ],
    },
    {
      name: 'customers warmer than the team',
      params: culture,
      input: { score: teamScore(2), summary: DEMO },
      findings: [{ messageId: 'customersHigher', data: expect.objectContaining({ team: 25, customers: 72, figure: negative }) }],
      words: [
        'Culture: the team says 25/100, the share of comments that are not negative is 72/100 (28% of 289 comments negative). ' +
          'Customers sound warmer than the team rates its own culture.',
      ],
    },
    {
      name: 'a culture that does not show in how customers sound',
      params: culture,
      input: {
        score: teamScore(5),
        summary: withTone(74, 65, 150),
      },
      findings: [{ messageId: 'teamHigher', data: expect.objectContaining({ team: 100, customers: 48 }) }],
    },
  ],
});
