import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/catalogue.js';
import { chooseActions, DEFAULT_PLAN_LIMITS } from '../../src/actions/choose.js';
import { evaluateTrigger } from '../../src/actions/triggers.js';
import type { Action, Trigger } from '../../src/actions/types.js';
import { DONT_KNOW } from '../../src/answers/types.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { DEFAULT_SCORING } from '../../src/scoring/model.js';
import { scoreAudit } from '../../src/scoring/score.js';
import { answersWith } from '../helpers/answers.js';

const score = (...args: Parameters<typeof answersWith>) => scoreAudit(answersWith(...args), DEFAULT_QUESTIONNAIRE, DEFAULT_SCORING);

describe('triggers', () => {
  const cases: { name: string; trigger: Trigger; fires: ReturnType<typeof score>[]; silent: ReturnType<typeof score>[]; text: RegExp }[] = [
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
    for (const result of fires) expect(evaluateTrigger(trigger, result)?.text).toMatch(text);
    for (const result of silent) expect(evaluateTrigger(trigger, result)).toBeNull();
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
  it('proposes nothing for a team at the top of every scale', () => {
    expect(chooseActions(ACTIONS, score(5))).toEqual([]);
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
    expect(frames).toEqual([...frames].sort((a, b) => ['this week', 'this month', 'this quarter'].indexOf(a) - ['this week', 'this month', 'this quarter'].indexOf(b)));
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
    expect(plan.map((item) => `${item.action.id}:${item.timeFrame}`)).toEqual(['a:this week', 'b:this week', 'c:this week', 'd:this month']);
  });
});
