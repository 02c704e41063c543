/**
 * Every action trigger is a check: table tests of when each finds something and what it finds
 * (message id and data, never words), the README's trigger table against the registered checks,
 * and the schema the team's own triggers are validated with.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../src/answers/types.js';
import type { Evidence } from '../../src/checks/evidence.js';
import { CHECKS } from '../../src/checks/index.js';
import { withQualityFindings } from '../../src/checks/quality/index.js';
import { answerAtLeast, answerAtMost } from '../../src/checks/triggers/answer-at-most.js';
import { dimensionBelow } from '../../src/checks/triggers/dimension-below.js';
import { dontKnow } from '../../src/checks/triggers/dont-know.js';
import { fewComments } from '../../src/checks/triggers/few-comments.js';
import { allTrigger, evaluateTrigger, TRIGGER_CHECKS, triggerSchema } from '../../src/checks/triggers/index.js';
import { noFeedback } from '../../src/checks/triggers/no-feedback.js';
import { npsBelow } from '../../src/checks/triggers/nps-below.js';
import { overallBelow } from '../../src/checks/triggers/overall-below.js';
import { scoreFalling } from '../../src/checks/triggers/score-falling.js';
import { segmentBelow } from '../../src/checks/triggers/segment-below.js';
import { themeDrags } from '../../src/checks/triggers/theme-drags.js';
import { unhappyCustomers } from '../../src/checks/triggers/unhappy-customers.js';
import { analyseFeedbackFile, type FeedbackSummary } from '../../src/feedback/index.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { describeFinding } from '../../src/report/words.js';
import { DEFAULT_SCORING } from '../../src/scoring/model.js';
import { scoreAudit } from '../../src/scoring/score.js';
import { answersWith } from '../helpers/answers.js';
import { testCheck } from '../helpers/check-tester.js';
import { temporaryDirectory } from '../helpers/cli.js';

/** The team's answers scored, with the given feedback. */
const score = (answers: Parameters<typeof answersWith>, ...feedback: FeedbackSummary[]): Evidence => ({
  score: scoreAudit(answersWith(...answers), DEFAULT_QUESTIONNAIRE, DEFAULT_SCORING),
  feedback,
});
const question = (id: string) => DEFAULT_QUESTIONNAIRE.questions.find((candidate) => candidate.id === id)!;

const DEMO_FILE = 'the bundled sample templates/demo/feedback.csv';
let demo: FeedbackSummary;
let small: FeedbackSummary;
/** A 1–5 star rating in which February, the monthly plan and comments on delivery all score low. */
let stars: FeedbackSummary;
const read = async (path: string) => withQualityFindings(await analyseFeedbackFile(path));
const folder = temporaryDirectory();
beforeAll(async () => {
  demo = await read(fileURLToPath(new URL('../../templates/demo/feedback.csv', import.meta.url)));
  // The label the CLI gives the bundled sample; read directly, the file is named by its path.
  demo = { ...demo, source: { ...demo.source, file: DEMO_FILE } };
  small = await read(fileURLToPath(new URL('../fixtures/surveymonkey.csv', import.meta.url)));
  const rows = ['Date,Rating,Comment,Plan'];
  for (let index = 0; index < 120; index++) {
    const day = String((index % 28) + 1).padStart(2, '0');
    rows.push(`2026-01-${day},${index % 3 === 0 ? 4 : 5},"Lovely coffee, great taste",annual`);
    const late = index % 2 === 0;
    const rating = late ? (index % 4 === 0 ? 1 : 2) : index % 3 === 0 ? 3 : 4;
    rows.push(`2026-02-${day},${rating},"${late ? 'The delivery was late and the parcel arrived damaged' : 'Nice beans'}",monthly`);
  }
  writeFileSync(`${folder.path}/stars.csv`, `${rows.join('\n')}\n`);
  stars = await read(`${folder.path}/stars.csv`);
});
afterAll(() => folder.remove());

testCheck(answerAtLeast, {
  valid: [
    {
      name: 'answered below the point',
      params: { kind: 'answer-at-least', question: 'goals.short-term', atLeast: 4 },
      input: () => score([3]),
    },
    {
      name: "answered don't know",
      params: { kind: 'answer-at-least', question: 'goals.short-term', atLeast: 1 },
      input: () => score([DONT_KNOW]),
    },
  ],
  invalid: [
    {
      name: 'answered at or above the point: a practice claimed, a mild reason',
      params: { kind: 'answer-at-least', question: 'goals.short-term', atLeast: 4 },
      input: () => score([5]),
      findings: [
        {
          messageId: 'answered',
          data: {
            question: 'goals.short-term',
            text: question('goals.short-term').text,
            answer: 5,
            anchor: question('goals.short-term').scale[4]!,
          },
          severity: 20,
        },
      ],
    },
  ],
});

testCheck(answerAtMost, {
  valid: [
    {
      name: 'answered above the point',
      params: { kind: 'answer-at-most', question: 'goals.short-term', atMost: 2 },
      input: () => score([3]),
    },
    {
      name: "answered don't know",
      params: { kind: 'answer-at-most', question: 'goals.short-term', atMost: 2 },
      input: () => score([DONT_KNOW]),
    },
    { name: 'a question nobody has', params: { kind: 'answer-at-most', question: 'goals.nothing', atMost: 5 }, input: () => score([1]) },
  ],
  invalid: [
    {
      name: 'answered at the point, feedback or not',
      params: { kind: 'answer-at-most', question: 'goals.short-term', atMost: 2 },
      input: () => score([2], demo),
      findings: [
        {
          messageId: 'answered',
          data: {
            question: 'goals.short-term',
            text: question('goals.short-term').text,
            answer: 2,
            anchor: question('goals.short-term').scale[1]!,
          },
          severity: 75,
        },
      ],
    },
    {
      name: 'answered below it, the note left to the report',
      params: { kind: 'answer-at-most', question: 'goals.short-term', atMost: 2 },
      input: () => score([3, { 'goals.short-term': { answer: 1, note: 'no goals written down' } }]),
      findings: [
        {
          messageId: 'answered',
          data: {
            question: 'goals.short-term',
            text: question('goals.short-term').text,
            answer: 1,
            anchor: question('goals.short-term').scale[0]!,
          },
          severity: 100,
        },
      ],
    },
  ],
});

testCheck(dontKnow, {
  valid: [{ name: 'answered', params: { kind: 'dont-know', question: 'measurement.lifetime-value' }, input: () => score([1]) }],
  invalid: [
    {
      name: "answered don't know",
      params: { kind: 'dont-know', question: 'measurement.lifetime-value' },
      input: () => score([4, { 'measurement.lifetime-value': { answer: DONT_KNOW } }]),
      findings: [
        {
          messageId: 'unknown',
          data: { question: 'measurement.lifetime-value', text: question('measurement.lifetime-value').text },
          severity: 60,
        },
      ],
    },
  ],
});

testCheck(dimensionBelow, {
  valid: [
    { name: 'at the threshold', params: { kind: 'dimension-below', dimension: 'co-creation', below: 50 }, input: () => score([3]) },
    { name: 'no score', params: { kind: 'dimension-below', dimension: 'co-creation', below: 50 }, input: () => score([DONT_KNOW]) },
  ],
  invalid: [
    {
      name: 'below it',
      params: { kind: 'dimension-below', dimension: 'co-creation', below: 50 },
      input: () => score([2]),
      findings: [{ messageId: 'below', data: { dimension: 'co-creation', title: 'Co-creation', score: 25 }, severity: 75 }],
    },
  ],
});

testCheck(overallBelow, {
  valid: [
    { name: 'above the threshold', params: { kind: 'overall-below', below: 60 }, input: () => score([4]) },
    { name: 'no overall score', params: { kind: 'overall-below', below: 60 }, input: () => score([DONT_KNOW]) },
  ],
  invalid: [
    {
      name: 'below it, half as pressing as its gap',
      params: { kind: 'overall-below', below: 60 },
      input: () => score([3]),
      findings: [{ messageId: 'below', data: { score: 50 }, severity: 25 }],
    },
  ],
});

testCheck(noFeedback, {
  valid: [{ name: 'a feedback file', params: { kind: 'no-feedback' }, input: () => score([3], small) }],
  invalid: [
    { name: 'none', params: { kind: 'no-feedback' }, input: () => score([3]), findings: [{ messageId: 'none', data: {}, severity: 95 }] },
  ],
});

testCheck(npsBelow, {
  valid: [
    { name: 'no feedback', params: { kind: 'nps-below', below: 30 }, input: () => score([3]) },
    { name: 'too few answers to read an NPS', params: { kind: 'nps-below', below: 30 }, input: () => score([3], small) },
    { name: 'an NPS at the threshold', params: { kind: 'nps-below', below: 22.1 }, input: () => score([3], demo) },
    { name: 'a rating, not an NPS', params: { kind: 'nps-below', below: 100 }, input: () => score([3], stars) },
  ],
  invalid: [
    {
      name: 'an NPS below it',
      params: { kind: 'nps-below', below: 30 },
      input: () => score([3], demo),
      findings: [{ messageId: 'below', data: { nps: 22.1, n: 390, file: DEMO_FILE }, severity: 53.95 }],
    },
  ],
});

testCheck(scoreFalling, {
  valid: [
    { name: 'no feedback', params: { kind: 'score-falling' }, input: () => score([3]) },
    { name: 'no month to compare', params: { kind: 'score-falling' }, input: () => score([3], small) },
  ],
  invalid: [
    {
      name: 'an NPS that fell',
      params: { kind: 'score-falling' },
      input: () => score([3], demo),
      findings: [
        { messageId: 'npsFell', data: { file: DEMO_FILE, previous: '2026-07', from: 42.6, month: '2026-08', to: -1.5, difference: -44.1 } },
      ],
    },
    {
      name: 'a mean rating that fell',
      params: { kind: 'score-falling' },
      input: () => score([3], stars),
      findings: [
        {
          messageId: 'meanFell',
          data: { file: `${folder.path}/stars.csv`, previous: '2026-01', from: 4.67, month: '2026-02', to: 2.58, difference: -2.08 },
        },
      ],
    },
  ],
});

testCheck(themeDrags, {
  valid: [
    { name: 'no comments', params: { kind: 'theme-drags', by: 20 }, input: () => score([3]) },
    { name: 'large but not significant', params: { kind: 'theme-drags', by: 70 }, input: () => score([3], demo) },
    { name: 'too few comments to tell', params: { kind: 'theme-drags', by: 0 }, input: () => score([3], small) },
  ],
  invalid: [
    {
      name: 'a theme that pulls an NPS down',
      params: { kind: 'theme-drags', by: 20 },
      input: () => score([3], demo),
      findings: [
        {
          messageId: 'npsDrags',
          data: { file: DEMO_FILE, theme: 'delivery', title: 'Delivery and shipping', mentions: 85, with: -34.5, without: 32, pull: -66.5 },
          severity: 88.25,
        },
      ],
    },
    {
      name: 'a theme that pulls a mean rating down',
      params: { kind: 'theme-drags', by: 1 },
      input: () => score([3], stars),
      findings: [
        {
          messageId: 'meanDrags',
          data: {
            file: `${folder.path}/stars.csv`,
            theme: 'delivery',
            title: 'Delivery and shipping',
            mentions: 60,
            with: 1.5,
            without: 4.33,
            pull: -2.8,
          },
        },
      ],
    },
  ],
});

testCheck(segmentBelow, {
  valid: [
    { name: 'no segments', params: { kind: 'segment-below', by: 10 }, input: () => score([3], small) },
    { name: 'less far below than the threshold', params: { kind: 'segment-below', by: 20 }, input: () => score([3], demo) },
  ],
  invalid: [
    {
      name: 'a segment below on NPS',
      params: { kind: 'segment-below', by: 10 },
      input: () => score([3], demo),
      findings: [{ messageId: 'npsBelow', data: { file: DEMO_FILE, segment: 'monthly', headline: 12.2, n: 196, gap: 19.7 } }],
    },
    {
      name: 'a segment below on a mean rating',
      params: { kind: 'segment-below', by: 1 },
      input: () => score([3], stars),
      findings: [
        { messageId: 'meanBelow', data: { file: `${folder.path}/stars.csv`, segment: 'monthly', headline: 2.58, n: 120, gap: 2.08 } },
      ],
    },
  ],
});

testCheck(fewComments, {
  valid: [
    { name: 'no feedback: no-feedback says so', params: { kind: 'few-comments', below: 30 }, input: () => score([3]) },
    { name: 'enough comments', params: { kind: 'few-comments', below: 30 }, input: () => score([3], demo) },
  ],
  invalid: [
    {
      name: 'fewer than the threshold',
      params: { kind: 'few-comments', below: 30 },
      input: () => score([3], small),
      findings: [{ messageId: 'few', data: { comments: 3 }, severity: 55 }],
    },
  ],
});

testCheck(unhappyCustomers, {
  valid: [{ name: 'no feedback', params: { kind: 'unhappy-customers' }, input: () => score([3]) }],
  invalid: [
    {
      name: 'detractors who commented',
      params: { kind: 'unhappy-customers' },
      input: () => score([3], demo),
      findings: [{ messageId: 'detractors', data: { detractors: 96, file: DEMO_FILE }, severity: 50 }],
    },
    {
      name: 'bottom-box answers that commented',
      params: { kind: 'unhappy-customers' },
      input: () => score([3], stars),
      findings: [{ messageId: 'bottomBox', data: { share: 25, min: 1, bottomTo: 2, file: `${folder.path}/stars.csv` } }],
    },
    {
      name: 'unhappy customers in a file whose figures cannot be read: no share is given',
      params: { kind: 'unhappy-customers' },
      input: () => score([3], { ...stars, scores: null }),
      findings: [{ messageId: 'unhappy', data: {} }],
    },
  ],
});

const closeTheLoop = 'listening.close-the-loop';
testCheck(allTrigger, {
  valid: [
    {
      name: 'one part silent',
      params: { kind: 'all', of: [{ kind: 'unhappy-customers' }, { kind: 'answer-at-most', question: closeTheLoop, atMost: 2 }] },
      input: () => score([4], demo),
    },
  ],
  invalid: [
    {
      name: 'every part found, nested composites too, and more pressing than the most pressing part',
      params: {
        kind: 'all',
        of: [{ kind: 'unhappy-customers' }, { kind: 'all', of: [{ kind: 'answer-at-most', question: closeTheLoop, atMost: 2 }] }],
      },
      input: () => score([1], demo),
      findings: [
        {
          messageId: 'all',
          data: {
            findings: [
              { check: 'unhappy-customers', messageId: 'detractors', data: { detractors: 96, file: DEMO_FILE }, severity: 50 },
              {
                check: 'all',
                messageId: 'all',
                data: {
                  findings: [
                    {
                      check: 'answer-at-most',
                      messageId: 'answered',
                      data: {
                        question: closeTheLoop,
                        text: question(closeTheLoop).text,
                        answer: 1,
                        anchor: question(closeTheLoop).scale[0]!,
                      },
                      severity: 100,
                    },
                  ],
                },
                severity: 100,
              },
            ],
          },
          severity: 100,
        },
      ],
    },
  ],
});

describe('the trigger checks', () => {
  it('are each registered once, with the id of the trigger kind they evaluate', () => {
    for (const check of TRIGGER_CHECKS) {
      expect(CHECKS.filter((registered) => registered.id === check.id)).toEqual([check]);
      // Its parameters' kind is its id: a trigger of that kind parses on every field but kind.
      const issues = check.params.safeParse({ kind: check.id }).error?.issues ?? [];
      expect(issues.filter((issue) => issue.path[0] === 'kind')).toEqual([]);
    }
  });

  it('are the only kinds a trigger may have, nested in `all` at any depth', () => {
    expect(triggerSchema.safeParse({ kind: 'all', of: [{ kind: 'all', of: [{ kind: 'nps-below', below: 10 }] }] }).success).toBe(true);
    expect(triggerSchema.safeParse({ kind: 'all', of: [{ kind: 'all', of: [{ kind: 'nps-sinks' }] }] }).success).toBe(false);
    expect(triggerSchema.safeParse({ kind: 'all', of: [] }).success).toBe(false);
    expect(triggerSchema.safeParse({ kind: 'nps-below', below: 10, extra: true }).success).toBe(false);
  });

  it('are listed in the README with their descriptions, in the order they are registered', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('| trigger | fires when |')).split('\n\n')[0]!.split('\n').slice(2);
    expect(table).toEqual(TRIGGER_CHECKS.map((check) => `| \`${check.id}\` | ${check.description} |`));
  });

  it('word a composite finding as its parts joined with "and"', () => {
    const [finding] = evaluateTrigger(
      { kind: 'all', of: [{ kind: 'unhappy-customers' }, { kind: 'overall-below', below: 60 }] },
      score([3], demo),
    );
    expect(describeFinding(finding!)).toBe('96 customers are detractors who say why in their comments and the overall score is 50/100');
  });
});
