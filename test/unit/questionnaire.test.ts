import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/catalogue.js';
import { DEFAULT_QUESTIONNAIRE, questionsOf } from '../../src/questionnaire/index.js';
import { DIMENSION_IDS, questionSchema } from '../../src/questionnaire/types.js';

const { dimensions, questions } = DEFAULT_QUESTIONNAIRE;

describe('the questionnaire data', () => {
  it('has the eight dimensions of the brief, the four required ones first', () => {
    expect(dimensions.map((dimension) => dimension.title)).toEqual([
      'Responsibilities',
      'Incentives',
      'Goals',
      'Measurement',
      'Customer understanding',
      'Listening and acting',
      'Co-creation',
      'Culture',
    ]);
  });

  it('lists the dimensions in the order of their ids, and every built-in question passes the schema extra questions pass', () => {
    expect(dimensions.map((dimension) => dimension.id)).toEqual(DIMENSION_IDS);
    for (const question of questions) expect(questionSchema.parse(question), question.id).toEqual(question);
  });

  it.each(dimensions.map((dimension) => [dimension.id]))('%s has 3 to 6 questions', (id) => {
    const count = questionsOf(DEFAULT_QUESTIONNAIRE, id).length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
  });

  it('keeps question ids unique and prefixed by their dimension', () => {
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    for (const question of questions) expect(question.id.startsWith(`${question.dimension}.`)).toBe(true);
  });

  it('asks questions grouped by dimension, in the dimensions’ order', () => {
    const order = questions.map((question) => dimensions.findIndex((dimension) => dimension.id === question.dimension));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('describes every point of every scale, each point differently', () => {
    for (const question of questions) {
      expect(question.text.endsWith('?'), question.id).toBe(true);
      expect(question.why.length, question.id).toBeGreaterThan(30);
      expect(question.evidence.length, question.id).toBeGreaterThan(10);
      expect(new Set(question.scale).size, question.id).toBe(5);
      for (const anchor of question.scale) expect(anchor.trim().length, question.id).toBeGreaterThan(10);
    }
  });

  it('uses positive weights', () => {
    for (const item of [...dimensions, ...questions]) expect(item.weight).toBeGreaterThan(0);
  });

  it('guards against gaming a single incentive score', () => {
    const guard = questions.find((question) => question.id === 'incentives.gaming-guard');
    expect(guard?.text).toMatch(/gaming/);
  });
});

describe('the action catalogue data', () => {
  const questionIds = new Set(questions.map((question) => question.id));
  const dimensionIds = new Set<string>(dimensions.map((dimension) => dimension.id));

  it('keeps action ids unique', () => {
    expect(new Set(ACTIONS.map((action) => action.id)).size).toBe(ACTIONS.length);
  });

  it('has triggers that name real questions and dimensions', () => {
    for (const action of ACTIONS) {
      expect(action.triggers.length, action.id).toBeGreaterThan(0);
      for (const trigger of action.triggers) {
        if ('question' in trigger) expect(questionIds.has(trigger.question), `${action.id} → ${trigger.question}`).toBe(true);
        if ('dimension' in trigger) expect(dimensionIds.has(trigger.dimension), `${action.id} → ${trigger.dimension}`).toBe(true);
      }
    }
  });

  it('gives every action steps, an owner and a signal that it worked', () => {
    for (const action of ACTIONS) {
      expect(action.steps.length, action.id).toBeGreaterThanOrEqual(3);
      expect(action.owner.length, action.id).toBeGreaterThan(3);
      expect(action.signal.length, action.id).toBeGreaterThan(10);
    }
  });

  it("includes every one of the seeds' low-tech ideas", () => {
    const ids = ACTIONS.map((action) => action.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'talk-to-five-customers',
        'ask-for-feedback-on-social',
        'buy-your-own-product',
        'have-a-friend-buy-it',
        'walk-the-site-as-a-customer',
        'read-ten-influencers',
        'run-a-customer-shark-tank',
        'bring-in-lead-users',
        'invite-customer-made-media',
        'find-word-of-mouth-hubs',
        'close-the-loop-with-detractors',
        'keep-listening',
      ]),
    );
  });
});
