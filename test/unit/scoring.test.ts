import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW } from '../../src/answers/types.js';
import { DEFAULT_QUESTIONNAIRE, questionsOf } from '../../src/questionnaire/index.js';
import { DEFAULT_SCORING, LEVELS } from '../../src/scoring/model.js';
import { levelFor, scoreAudit, weightedMean } from '../../src/scoring/score.js';
import { answersWith } from '../helpers/answers.js';

const score = (answers: ReturnType<typeof answersWith>) => scoreAudit(answers, DEFAULT_QUESTIONNAIRE, DEFAULT_SCORING);
const dimension = (result: ReturnType<typeof score>, id: string) => result.dimensions.find((item) => item.dimension.id === id)!;

describe('scoreAudit', () => {
  it('maps the scale evenly onto 0–100', () => {
    for (const [answer, expected] of [
      [1, 0],
      [2, 25],
      [3, 50],
      [4, 75],
      [5, 100],
    ] as const) {
      const result = score(answersWith(answer));
      expect(result.overall).toBe(expected);
      for (const item of result.dimensions) expect(item.score).toBe(expected);
    }
  });

  it('names the level the overall score reaches', () => {
    expect(score(answersWith(1)).level?.id).toBe('product-centric');
    expect(score(answersWith(3)).level?.id).toBe('customer-centric');
    expect(score(answersWith(5)).level?.id).toBe('customer-obsessed');
  });

  it('weights questions within a dimension', () => {
    // named-owner weighs 1.5: accountability without a name is nobody's.
    const overrides = Object.fromEntries(
      questionsOf(DEFAULT_QUESTIONNAIRE, 'responsibilities').map((question) => [
        question.id,
        { answer: question.id === 'responsibilities.named-owner' ? (5 as const) : (1 as const) },
      ]),
    );
    const weights = questionsOf(DEFAULT_QUESTIONNAIRE, 'responsibilities').map((question) => question.weight);
    const ownerWeight = DEFAULT_QUESTIONNAIRE.questions.find((question) => question.id === 'responsibilities.named-owner')!.weight;
    const expected = Math.round(((100 * ownerWeight) / weights.reduce((a, b) => a + b)) * 10) / 10;
    expect(dimension(score(answersWith(3, overrides)), 'responsibilities').score).toBe(expected);
    expect(ownerWeight).toBeGreaterThan(1);
  });

  it('weights dimensions in the overall score', () => {
    const measurement = Object.fromEntries(
      questionsOf(DEFAULT_QUESTIONNAIRE, 'measurement').map((question) => [question.id, { answer: 5 as const, note: 'x' }]),
    );
    const result = score(answersWith(1, measurement));
    const totalWeight = DEFAULT_QUESTIONNAIRE.dimensions.reduce((sum, item) => sum + item.weight, 0);
    const measurementWeight = DEFAULT_QUESTIONNAIRE.dimensions.find((item) => item.id === 'measurement')!.weight;
    expect(result.overall).toBe(Math.round(((100 * measurementWeight) / totalWeight) * 10) / 10);
  });

  it('leaves "don\'t know" out of the mean and counts it as a gap', () => {
    const result = score(answersWith(4, { 'goals.short-term': { answer: DONT_KNOW }, 'goals.long-term': { answer: 1 } }));
    const goals = dimension(result, 'goals');
    expect(goals.dontKnow).toBe(1);
    expect(goals.answered).toBe(goals.questionCount - 1);
    // The remaining answers are one 1 (0 points) and the rest 4 (75 points).
    const rest = goals.questionCount - 2;
    expect(goals.score).toBe(Math.round(((75 * rest) / (rest + 1)) * 10) / 10);
    expect(result.dontKnow).toBe(1);
  });

  it('gives a dimension answered only with "don\'t know" no score and keeps it out of the overall', () => {
    const unknown = Object.fromEntries(
      questionsOf(DEFAULT_QUESTIONNAIRE, 'co-creation').map((question) => [question.id, { answer: DONT_KNOW as AnswerValue }]),
    );
    const result = score(answersWith(5, unknown));
    const coCreation = dimension(result, 'co-creation');
    expect(coCreation.score).toBeNull();
    expect(coCreation.level).toBeNull();
    expect(coCreation.lowConfidence).toBe(true);
    expect(result.overall).toBe(100);
  });

  it('flags a dimension with fewer than half its questions answered as low confidence', () => {
    const [first, second, third] = questionsOf(DEFAULT_QUESTIONNAIRE, 'culture');
    const result = score(
      answersWith(3, { [first!.id]: { answer: DONT_KNOW }, [second!.id]: { answer: DONT_KNOW }, [third!.id]: { answer: DONT_KNOW } }),
    );
    expect(dimension(result, 'culture').lowConfidence).toBe(true);
    expect(dimension(result, 'goals').lowConfidence).toBe(false);
  });

  it('counts questions missing from the answers file as unanswered, not as "don\'t know"', () => {
    const answers = answersWith(3);
    delete answers.answers['culture.meet-customers'];
    const result = score(answers);
    expect(result.unanswered).toBe(1);
    expect(result.dontKnow).toBe(0);
    expect(dimension(result, 'culture').questions.find((item) => item.question.id === 'culture.meet-customers')?.answer).toBeNull();
  });

  it('marks high answers without a note as claimed, not evidenced', () => {
    const result = score(
      answersWith(2, {
        'culture.use-own-product': { answer: 5 },
        'culture.meet-customers': { answer: 4, note: 'https://wiki.example/visits' },
        'culture.customer-evidence': { answer: 3 },
      }),
    );
    const culture = dimension(result, 'culture');
    const evidence = Object.fromEntries(culture.questions.map((item) => [item.question.id, item.evidence]));
    expect(evidence['culture.use-own-product']).toBe('claimed');
    expect(evidence['culture.meet-customers']).toBe('evidenced');
    expect(evidence['culture.customer-evidence']).toBe('not-required');
    expect(result.claimedNotEvidenced).toBe(1);
  });

  it('has no score at all when nothing was answered on the scale', () => {
    const result = score(answersWith(DONT_KNOW));
    expect(result.overall).toBeNull();
    expect(result.level).toBeNull();
    expect(result.dontKnow).toBe(DEFAULT_QUESTIONNAIRE.questions.length);
  });
});

describe('weightedMean', () => {
  it('ignores missing values and weight-0 items', () => {
    expect(
      weightedMean([
        { value: 50, weight: 1 },
        { value: null, weight: 3 },
        { value: 100, weight: 0 },
      ]),
    ).toBe(50);
    expect(
      weightedMean([
        { value: 100, weight: 3 },
        { value: 0, weight: 1 },
      ]),
    ).toBe(75);
    expect(weightedMean([])).toBeNull();
  });

  it('rejects scores outside 0–100 instead of trusting them', () => {
    expect(() => weightedMean([{ value: 101, weight: 1 }])).toThrow(RangeError);
    expect(() => weightedMean([{ value: Number.NaN, weight: 1 }])).toThrow(RangeError);
  });
});

describe('levelFor', () => {
  it('uses the thresholds from the data, inclusive at the lower bound', () => {
    for (const [index, level] of LEVELS.entries()) {
      expect(levelFor(level.from, LEVELS)?.id).toBe(level.id);
      if (index > 0) expect(levelFor(level.from - 0.1, LEVELS)?.id).toBe(LEVELS[index - 1]!.id);
    }
    expect(levelFor(100, LEVELS)?.id).toBe('customer-obsessed');
  });

  it('follows overridden thresholds', () => {
    const strict = LEVELS.map((level, index) => ({ ...level, from: index * 25 }));
    expect(levelFor(30, strict)?.id).toBe('customer-aware');
  });
});
