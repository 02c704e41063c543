import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, type AnswerValue, DONT_KNOW } from '../../src/answers/types.js';
import { auditReport } from '../../src/audit.js';
import { checkThresholds } from '../../src/checks/gate/index.js';
import { settingsFromConfig } from '../../src/config/config.js';
import { readYaml } from '../../src/io/yaml.js';
import { DEFAULT_QUESTIONNAIRE, questionsOf } from '../../src/questionnaire/index.js';
import { reportJson } from '../../src/report/json.js';
import { loadPartials, loadTemplate, renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { describeFinding } from '../../src/report/words.js';
import { DEFAULT_SCORING } from '../../src/scoring/model.js';
import { scoreAudit, weightedMean } from '../../src/scoring/score.js';
import { answersWith } from '../helpers/answers.js';
import { problemsOf } from '../helpers/problems.js';

const { questions, dimensions } = DEFAULT_QUESTIONNAIRE;
const plain = { bold: String, dim: String, red: String, yellow: String, green: String };

/** Answers to the given questions only, as a hand-filled file that stops early looks. */
function only(given: Record<string, AnswerValue>): Answers {
  return {
    schemaVersion: 1,
    team: 'Thin team',
    status: 'complete',
    answers: Object.fromEntries(Object.entries(given).map(([id, answer]) => [id, { answer }])),
  };
}

/** Each question's share of the questionnaire: its weight times its dimension's, over the sum of those. */
function answeredShare(answers: Answers): number {
  const weightOf = (question: (typeof questions)[number]) =>
    question.weight * dimensions.find((dimension) => dimension.id === question.dimension)!.weight;
  const total = questions.reduce((sum, question) => sum + weightOf(question), 0);
  const answered = questions
    .filter((question) => typeof answers.answers[question.id]?.answer === 'number')
    .reduce((sum, question) => sum + weightOf(question), 0);
  return answered / total;
}

const oneAnswer = only({ 'culture.meet-customers': 5 });

describe('an audit with too few answers', () => {
  it('has no overall score and no level: one top answer of 34 is not "100/100, Customer-obsessed"', () => {
    const result = scoreAudit(oneAnswer, DEFAULT_QUESTIONNAIRE, DEFAULT_SCORING);
    expect(result.overall).toBeNull();
    expect(result.level).toBeNull();
    expect(result.coverage.enough).toBe(false);
    expect(result.coverage.answeredWeight).toBeCloseTo(answeredShare(oneAnswer), 10);
    expect(result.coverage.emptyDimensions.map((dimension) => dimension.id)).toEqual(
      dimensions.map((dimension) => dimension.id).filter((id) => id !== 'culture'),
    );
    // The dimension itself keeps its score, flagged as too thin to compare.
    const culture = result.dimensions.find((dimension) => dimension.dimension.id === 'culture')!;
    expect(culture).toMatchObject({ score: 100, lowConfidence: true });
  });

  it('counts neither "don\'t know" nor unanswered questions as answered', () => {
    const unknown = Object.fromEntries(questions.slice(0, 30).map((question) => [question.id, DONT_KNOW as AnswerValue]));
    const result = scoreAudit(only({ ...unknown, [questions[33]!.id]: 4 }), DEFAULT_QUESTIONNAIRE, DEFAULT_SCORING);
    expect(result.overall).toBeNull();
    expect(result.dontKnow).toBe(30);
  });

  it('scores as before once the answered questions carry enough of the weight', () => {
    const result = scoreAudit(answersWith(4), DEFAULT_QUESTIONNAIRE, DEFAULT_SCORING);
    expect(result.overall).toBe(75);
    expect(result.coverage).toMatchObject({ answeredWeight: 1, requiredWeight: 0.6, enough: true, emptyDimensions: [] });
  });

  it('withholds the overall score exactly when the answered share is under the threshold (property)', () => {
    const answer = fc.constantFrom<AnswerValue | null>(1, 2, 3, 4, 5, DONT_KNOW, null);
    fc.assert(
      fc.property(
        fc.array(answer, { minLength: questions.length, maxLength: questions.length }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (picks, required) => {
          const given: Record<string, AnswerValue> = {};
          picks.forEach((value, index) => {
            if (value !== null) given[questions[index]!.id] = value;
          });
          const answers = only(given);
          const result = scoreAudit(answers, DEFAULT_QUESTIONNAIRE, { ...DEFAULT_SCORING, minAnsweredWeight: required });
          const share = answeredShare(answers);
          const anything = picks.some((value) => typeof value === 'number');
          expect(result.coverage.answeredWeight).toBeCloseTo(share, 10);
          expect(result.overall === null).toBe(!anything || result.coverage.answeredWeight < required);
          expect(result.level === null).toBe(result.overall === null);
          if (result.overall !== null) {
            expect(result.overall).toBe(
              weightedMean(result.dimensions.map((dimension) => ({ value: dimension.score, weight: dimension.dimension.weight }))),
            );
          }
          for (const dimension of result.coverage.emptyDimensions) {
            expect(questionsOf(DEFAULT_QUESTIONNAIRE, dimension.id).every((question) => typeof given[question.id] !== 'number')).toBe(true);
          }
        },
      ),
    );
  });

  it('says in the report what is missing, and claims nothing about every dimension', async () => {
    const model = auditReport(oneAnswer, { generatedOn: '2026-11-23' });
    expect(model.overall).toMatchObject({ score: null, level: null, nextLevel: null, withheld: 'too-few-answers' });
    expect(model.overall.coverage).toEqual({
      answeredShare: 0.027,
      requiredShare: 0.6,
      emptyDimensions: expect.arrayContaining(['Incentives']),
    });
    expect(describeFinding(model.summary.standing)).toBe(
      "No overall score or level: the questions answered on the 1–5 scale carry 2.7% of the questionnaire's weight, short of the 60% " +
        'an overall score needs (no answers in Responsibilities, Incentives, Goals, Measurement, Customer understanding, Listening and ' +
        'acting, Co-creation).',
    );
    expect(Object.values(model.summary).map(describeFinding).join('\n')).not.toMatch(/every dimension|no dimension reaches/i);
    expect(model.strengths).toEqual([]);

    const markdown = renderMarkdown(reportJson(model), await loadTemplate(), 'template', await loadPartials());
    // The chart draws the one dimension with answers; the others are "no answers", never a bar at 0.
    expect(markdown).toContain('x-axis ["Culture"]');
    expect(markdown).toContain('bar [100]');
    expect(markdown).toContain('| Incentives ⚠ | no answers |');
    expect(renderSummary(model, plain)).toContain(
      'Thin team: no overall score or level: the questions answered on the 1–5 scale carry 2.7%',
    );
  });

  it('scopes the strongest and weakest to the dimensions with enough answers', () => {
    const twoDimensions = Object.fromEntries(
      [...questionsOf(DEFAULT_QUESTIONNAIRE, 'goals'), ...questionsOf(DEFAULT_QUESTIONNAIRE, 'culture')].map((question) => [
        question.id,
        (question.dimension === 'goals' ? 5 : 1) as AnswerValue,
      ]),
    );
    const model = auditReport(only(twoDimensions), { generatedOn: '2026-11-23' });
    expect(model.overall.score).toBeNull();
    expect(describeFinding(model.summary.extremes)).toMatch(
      /^2 of the 8 dimensions have enough answers to compare; strongest: Goals 100\/100 \(.*\); weakest: Culture 0\/100\.$/,
    );
  });

  it('makes no claim about every dimension when each is half answered but the whole is too thin', () => {
    // The first half of each dimension's questions, at 5: every dimension is comparable, yet under 60% of the weight.
    const half = Object.fromEntries(
      dimensions.flatMap((dimension) => {
        const own = questionsOf(DEFAULT_QUESTIONNAIRE, dimension.id);
        return own.slice(0, Math.ceil(own.length / 2)).map((question) => [question.id, 5 as AnswerValue]);
      }),
    );
    const model = auditReport(only(half), { generatedOn: '2026-11-23' });
    expect(model.dimensions.every((dimension) => !dimension.lowConfidence)).toBe(true);
    expect(model.overall.score).toBeNull();
    expect(describeFinding(model.summary.extremes)).toMatch(/^8 of the 8 dimensions have enough answers to compare; strongest: /);
    expect(Object.values(model.summary).map(describeFinding).join('\n')).not.toMatch(/every dimension/i);
  });

  it('cannot be gated: --fail-under and a dimension without answers are unchecked, not passed or failed', () => {
    const model = auditReport(oneAnswer, { generatedOn: '2026-11-23' });
    const result = checkThresholds(model, { overall: 80, dimensions: { culture: 50, incentives: 40 } });
    expect(result.failed).toEqual([]);
    expect(result.unusable).toEqual([]);
    expect(result.unchecked.map((finding) => [finding.check, finding.messageId])).toEqual([
      ['gate-overall', 'unscored'],
      ['gate-dimension', 'unanswered'],
    ]);
    expect(result.unchecked.map(describeFinding)).toEqual([
      expect.stringMatching(/^the questions answered on the 1–5 scale carry 2\.7% of the questionnaire's weight, short of the 60%/),
      'no question of Incentives was answered on the 1–5 scale',
    ]);
    // A full audit gates as before.
    const full = checkThresholds(auditReport(answersWith(2), { generatedOn: '2026-11-23' }), {
      overall: 80,
      dimensions: { incentives: 20 },
    });
    expect(full.unchecked).toEqual([]);
    expect(full.failed.map(describeFinding)).toEqual(['the overall score 25 is below 80']);
  });
});

describe('scoring.minAnsweredWeight in the config file', () => {
  const settings = (text: string) => settingsFromConfig(readYaml(text, 'centricity.config.yaml', 'empty'), 'centricity.config.yaml');

  it('sets the share of the weight an overall score needs', () => {
    const { scoring } = settings('scoring:\n  minAnsweredWeight: 0.02\n');
    expect(scoring.minAnsweredWeight).toBe(0.02);
    expect(scoreAudit(oneAnswer, DEFAULT_QUESTIONNAIRE, scoring).overall).toBe(100);
    expect(settings('scoring: {}\n').scoring.minAnsweredWeight).toBe(0.6);
  });

  it('is a share between 0 and 1, not a percentage', () => {
    expect(problemsOf(settings, 'scoring:\n  minAnsweredWeight: 60\n')).toEqual([
      'line 2: scoring.minAnsweredWeight: expected a share between 0 and 1, e.g. 0.6 for 60%.',
    ]);
    expect(problemsOf(settings, 'scoring:\n  minAnsweredWeight: half\n')[0]).toMatch(
      /scoring\.minAnsweredWeight: expected a share between 0 and 1/,
    );
  });
});
