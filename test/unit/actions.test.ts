import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/catalogue.js';
import { chooseActions, DEFAULT_PLAN_LIMITS } from '../../src/actions/choose.js';
import type { Evidence } from '../../src/actions/evidence.js';
import { evaluateTrigger } from '../../src/actions/triggers.js';
import type { Action, Trigger } from '../../src/actions/types.js';
import { DONT_KNOW } from '../../src/answers/types.js';
import { withQualityFindings } from '../../src/checks/quality/index.js';
import { type AnalysedFeedback, analyseFeedbackFile } from '../../src/feedback/index.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { DEFAULT_SCORING } from '../../src/scoring/model.js';
import { scoreAudit } from '../../src/scoring/score.js';
import { answersWith } from '../helpers/answers.js';

/** The team's answers scored, with no feedback unless given. */
const score = (...args: Parameters<typeof answersWith>): Evidence => ({
  score: scoreAudit(answersWith(...args), DEFAULT_QUESTIONNAIRE, DEFAULT_SCORING),
  feedback: [],
});
const withFeedback = (evidence: Evidence, ...feedback: AnalysedFeedback[]): Evidence => ({
  ...evidence,
  feedback: feedback.map(withQualityFindings),
});

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
let demo: AnalysedFeedback;
let small: AnalysedFeedback;
beforeAll(async () => {
  demo = await analyseFeedbackFile(fileURLToPath(new URL('../../templates/demo/feedback.csv', import.meta.url)));
  small = await analyseFeedbackFile(fixture('surveymonkey.csv'));
});

describe('triggers', () => {
  const cases: { name: string; trigger: Trigger; fires: Evidence[]; silent: Evidence[]; text: RegExp }[] = [
    {
      name: 'answer-at-most',
      trigger: { kind: 'answer-at-most', question: 'incentives.customer-outcomes-in-plans', atMost: 2 },
      fires: [score(3, { 'incentives.customer-outcomes-in-plans': { answer: 2, note: 'volume only' } }), score(1)],
      silent: [score(3), score(DONT_KNOW)],
      text: /answered (2|1)\/5 \(.+\)/,
    },
    {
      name: 'dont-know',
      trigger: { kind: 'dont-know', question: 'measurement.lifetime-value' },
      fires: [score(4, { 'measurement.lifetime-value': { answer: DONT_KNOW } })],
      silent: [score(1), score(5)],
      text: /^nobody could answer "/,
    },
    {
      name: 'dimension-below',
      trigger: { kind: 'dimension-below', dimension: 'co-creation', below: 50 },
      fires: [score(2), score(1)],
      silent: [score(3), score(DONT_KNOW)],
      text: /^Co-creation scored (25|0)\/100$/,
    },
    {
      name: 'overall-below',
      trigger: { kind: 'overall-below', below: 60 },
      fires: [score(3)],
      silent: [score(4), score(DONT_KNOW)],
      text: /^the overall score is 50\/100$/,
    },
  ];

  it.each(cases)('$name fires when it should and stays silent otherwise', ({ trigger, fires, silent, text }) => {
    // Answer triggers ignore the feedback: the same with the demo feedback attached.
    for (const result of fires) expect(evaluateTrigger(trigger, withFeedback(result, demo))?.text).toMatch(text);
    for (const result of fires) expect(evaluateTrigger(trigger, result)?.text).toMatch(text);
    for (const result of silent) expect(evaluateTrigger(trigger, result)).toBeNull();
  });

  const feedbackCases: { name: string; trigger: Trigger; fires: () => Evidence; silent: () => Evidence[]; text: RegExp }[] = [
    {
      name: 'no-feedback',
      trigger: { kind: 'no-feedback' },
      fires: () => score(3),
      silent: () => [withFeedback(score(3), small)],
      text: /^no customer feedback was given to this audit/,
    },
    {
      name: 'nps-below',
      trigger: { kind: 'nps-below', below: 30 },
      fires: () => withFeedback(score(3), demo),
      silent: () => [score(3), withFeedback(score(3), small)],
      text: /^customers give an NPS of \+22\.1 \(n = 390, .*feedback\.csv\)$/,
    },
    {
      name: 'score-falling',
      trigger: { kind: 'score-falling' },
      fires: () => withFeedback(score(3), demo),
      silent: () => [score(3), withFeedback(score(3), small)],
      text: /^the score fell from \+42\.6 in 2026-07 to −1\.5 in 2026-08 \(a significant drop/,
    },
    {
      name: 'theme-drags',
      trigger: { kind: 'theme-drags', by: 20 },
      fires: () => withFeedback(score(3), demo),
      silent: () => [score(3), withFeedback(score(3), small)],
      text: /^70 comments mention delivery and shipping, and those customers score −30\.4 against \+26/,
    },
    {
      name: 'segment-below',
      trigger: { kind: 'segment-below', by: 10 },
      fires: () => withFeedback(score(3), demo),
      silent: () => [score(3), withFeedback(score(3), small)],
      text: /^the monthly segment scores \+12\.2 \(n = 196\), 19\.7 points below everyone else$/,
    },
    {
      name: 'few-comments',
      trigger: { kind: 'few-comments', below: 30 },
      fires: () => withFeedback(score(3), small),
      silent: () => [score(3), withFeedback(score(3), demo)],
      text: /^only 3 customer comments were supplied/,
    },
    {
      name: 'unhappy-customers',
      trigger: { kind: 'unhappy-customers' },
      fires: () => withFeedback(score(3), demo),
      silent: () => [score(3)],
      text: /^96 customers are detractors, and their comments say why$/,
    },
    {
      name: 'all',
      trigger: {
        kind: 'all',
        of: [{ kind: 'unhappy-customers' }, { kind: 'answer-at-most', question: 'listening.close-the-loop', atMost: 2 }],
      },
      fires: () => withFeedback(score(1), demo),
      silent: () => [withFeedback(score(4), demo), score(1)],
      text: /^96 customers are detractors, and their comments say why, and "/,
    },
  ];

  it.each(feedbackCases)('$name fires on the feedback when it should and stays silent otherwise', ({ trigger, fires, silent, text }) => {
    expect(evaluateTrigger(trigger, fires())?.text).toMatch(text);
    for (const evidence of silent()) expect(evaluateTrigger(trigger, evidence)).toBeNull();
  });

  it('reads an NPS only from the minimum group size up, the same minimum the report uses', async () => {
    const demoFile = fileURLToPath(new URL('../../templates/demo/feedback.csv', import.meta.url));
    const strict = await analyseFeedbackFile(demoFile, { minGroupSize: demo.scores!.n + 1 });
    expect(strict.scores!.tooSmall).toBe(true);
    expect(evaluateTrigger({ kind: 'nps-below', below: 30 }, withFeedback(score(3), strict))).toBeNull();
    const loose = await analyseFeedbackFile(demoFile, { minGroupSize: demo.scores!.n });
    expect(evaluateTrigger({ kind: 'nps-below', below: 30 }, withFeedback(score(3), loose))).not.toBeNull();
  });

  it('makes a theme drag only when it is significant, not when it is merely large', () => {
    expect(evaluateTrigger({ kind: 'theme-drags', by: 60 }, withFeedback(score(3), demo))).toBeNull();
  });

  it('quotes the note behind a low answer', () => {
    const finding = evaluateTrigger(
      { kind: 'answer-at-most', question: 'incentives.customer-outcomes-in-plans', atMost: 2 },
      score(3, { 'incentives.customer-outcomes-in-plans': { answer: 1, note: 'bonus on bags sold only' } }),
    );
    expect(finding?.text).toMatch(/note: bonus on bags sold only$/);
    expect(finding?.severity).toBe(100);
  });
});

describe('chooseActions', () => {
  it('proposes only collecting feedback to a team at the top of every scale that brought none', () => {
    expect(chooseActions(ACTIONS, score(5)).map((item) => item.action.id)).toEqual(['start-collecting-feedback']);
  });

  it('names the customers to call and the theme to fix from the feedback', () => {
    const plan = chooseActions(ACTIONS, withFeedback(score(2), demo));
    const call = plan.find((item) => item.action.id === 'close-the-loop-with-detractors')!;
    expect(call.specifics[0]).toMatch(
      /^Start with these 5, from .*feedback\.csv; look up their contact details by id or line, none are copied here:$/,
    );
    expect(call.specifics.slice(1)).toHaveLength(5);
    for (const line of call.specifics.slice(1))
      expect(line).toMatch(/^line \d+, 2026-\d\d \(id R-\d+; [a-z-]+; value £\d+(\.\d+)?(; [a-z, -]+)?\), score [0-6]: “/);
    // The most recent first, then the most valuable.
    expect(call.specifics[1]).toMatch(/^line 341, 2026-10 \(id R-10336; annual; value £320; /);
    const theme = plan.find((item) => item.action.id === 'fix-the-top-detractor-theme')!;
    expect(theme.specifics[0]).toMatch(
      /^Fix first: delivery and shipping, mentioned in 70 comments \(24\.2%\); those customers score −30\.4 against \+26 for the other commenters, a significant difference of −56\.4 NPS points/,
    );
    expect(theme.specifics.slice(1)).toHaveLength(2);
  });

  it('starts the plan with collecting feedback when there is none', () => {
    expect(chooseActions(ACTIONS, score(2))[0]!.action.id).toBe('start-collecting-feedback');
  });

  it('keeps the plan short: at most 3 this week and 10 in all, with no duplicates', () => {
    const plan = chooseActions(ACTIONS, score(1));
    expect(plan).toHaveLength(DEFAULT_PLAN_LIMITS.total);
    expect(plan.filter((item) => item.timeFrame === 'this week').length).toBeLessThanOrEqual(3);
    expect(new Set(plan.map((item) => item.action.id)).size).toBe(plan.length);
  });

  it('orders the plan by time frame, then by how pressing the finding is', () => {
    const plan = chooseActions(ACTIONS, score(2, { 'listening.close-the-loop': { answer: 1 } }));
    const frames = plan.map((item) => item.timeFrame);
    expect(frames).toEqual(
      [...frames].sort(
        (a, b) => ['this week', 'this month', 'this quarter'].indexOf(a) - ['this week', 'this month', 'this quarter'].indexOf(b),
      ),
    );
    expect(plan[0]!.findings[0]!.severity).toBe(100);
  });

  it('is deterministic for the same input', () => {
    const input = score(2, { 'goals.short-term': { answer: DONT_KNOW }, 'culture.meet-customers': { answer: 4 } });
    const ids = () => chooseActions(ACTIONS, input).map((item) => `${item.timeFrame}:${item.action.id}`);
    expect(ids()).toEqual(ids());
    expect(chooseActions([...ACTIONS].reverse(), input).map((item) => `${item.timeFrame}:${item.action.id}`)).toEqual(ids());
  });

  it('moves a this-week action to this month when the week is full', () => {
    const weekly = (id: string): Action => ({
      id,
      title: id,
      why: 'because',
      steps: ['a', 'b', 'c'],
      effort: 'minutes',
      timeFrame: 'this week',
      owner: 'someone',
      signal: 'it worked',
      triggers: [{ kind: 'overall-below', below: 100 }],
      source: 'test',
    });
    const plan = chooseActions(['a', 'b', 'c', 'd'].map(weekly), score(2));
    expect(plan.map((item) => `${item.action.id}:${item.timeFrame}`)).toEqual([
      'a:this week',
      'b:this week',
      'c:this week',
      'd:this month',
    ]);
  });
});
