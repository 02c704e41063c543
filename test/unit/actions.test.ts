import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/catalogue.js';
import { chooseActions, DEFAULT_PLAN_LIMITS } from '../../src/actions/choose.js';
import type { Action } from '../../src/actions/types.js';
import { DONT_KNOW } from '../../src/answers/types.js';
import type { Evidence } from '../../src/checks/evidence.js';
import { withQualityFindings } from '../../src/checks/quality/index.js';
import { evaluateTrigger, type Trigger } from '../../src/checks/triggers/index.js';
import { type AnalysedFeedback, analyseFeedbackFile } from '../../src/feedback/index.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { namedSpecifics } from '../../src/report/specifics.js';
import { describeFinding } from '../../src/report/words.js';
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

let demo: AnalysedFeedback;
beforeAll(async () => {
  demo = await analyseFeedbackFile(fileURLToPath(new URL('../../templates/demo/feedback.csv', import.meta.url)));
});

describe('the nps-below trigger', () => {
  it('reads an NPS only from the minimum group size up, the same minimum the report uses', async () => {
    const demoFile = fileURLToPath(new URL('../../templates/demo/feedback.csv', import.meta.url));
    const strict = await analyseFeedbackFile(demoFile, { minGroupSize: demo.scores!.n + 1 });
    expect(strict.scores!.tooSmall).toBe(true);
    expect(evaluateTrigger({ kind: 'nps-below', below: 30 }, withFeedback(score(3), strict))).toEqual([]);
    const loose = await analyseFeedbackFile(demoFile, { minGroupSize: demo.scores!.n });
    expect(evaluateTrigger({ kind: 'nps-below', below: 30 }, withFeedback(score(3), loose))).toHaveLength(1);
  });
});

describe('chooseActions', () => {
  it('asks a team at the top of every scale that brought no feedback for its export, and one that does not survey to start', () => {
    expect(chooseActions(ACTIONS, score(5)).map((item) => item.action.id)).toEqual(['bring-feedback-to-the-audit']);
    expect(chooseActions(ACTIONS, score(3)).map((item) => item.action.id)).toContain('start-collecting-feedback');
    expect(chooseActions(ACTIONS, score(3)).map((item) => item.action.id)).not.toContain('bring-feedback-to-the-audit');
  });

  it('names the customers to call and the theme to fix from the feedback', () => {
    const evidence = withFeedback(score(2), demo);
    const plan = chooseActions(ACTIONS, evidence);
    const specifics = namedSpecifics(plan, evidence);
    const named = (id: string) => specifics[plan.findIndex((item) => item.action.id === id)]!.map(describeFinding);
    const call = named('close-the-loop-with-detractors');
    expect(call[0]).toMatch(
      /^Start with these 5, from .*feedback\.csv; look up their contact details by id or line, none are copied here:$/,
    );
    expect(call.slice(1)).toHaveLength(5);
    for (const line of call.slice(1))
      expect(line).toMatch(/^line \d+, 2026-\d\d \(id R-\d+; [a-z-]+; value £\d+(\.\d+)?(; [a-z, -]+)?\), score [0-6]: “/);
    // The most recent first, then the most valuable.
    expect(call[1]).toMatch(/^line 341, 2026-10 \(id R-10336; annual; value £320; /);
    const theme = named('fix-the-top-detractor-theme');
    expect(theme[0]).toMatch(
      /^Fix first: delivery and shipping, mentioned in 85 comments \(29\.4%\); those customers score −34\.5 against \+32 for the other commenters, a significant difference of −66\.5 NPS points/,
    );
    expect(theme.slice(1)).toHaveLength(2);
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

  const action = (triggers: Trigger[]): Action => ({
    id: 'test',
    title: 'Test',
    why: 'because',
    steps: ['a'],
    effort: 'hours',
    timeFrame: 'this month',
    owner: 'someone',
    signal: 'it worked',
    triggers,
    source: 'test',
  });
  const loop: Trigger = { kind: 'answer-at-most', question: 'listening.close-the-loop', atMost: 2 };

  it('gives each finding once: an equal one, or one already part of an `all`, is left out', () => {
    const [chosen] = chooseActions(
      [action([{ kind: 'unhappy-customers' }, { kind: 'all', of: [{ kind: 'unhappy-customers' }, loop] }, loop, loop])],
      withFeedback(score(1), demo),
    );
    expect(chosen!.findings.map((finding) => finding.check)).toEqual(['all']);
    // Two findings of the same check about different things are both kept.
    const [both] = chooseActions(
      [action([loop, { kind: 'answer-at-most', question: 'goals.short-term', atMost: 2 }, { kind: 'overall-below', below: 60 }])],
      score(1),
    );
    expect(both!.findings.map((finding) => [finding.check, finding.data.question ?? null])).toEqual([
      ['answer-at-most', 'listening.close-the-loop'],
      ['answer-at-most', 'goals.short-term'],
      ['overall-below', null],
    ]);
  });
});
