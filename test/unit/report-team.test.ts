import { describe, expect, it } from 'vitest';
import { mergeRespondents, type Respondent } from '../../src/answers/team.js';
import type { Answer } from '../../src/answers/types.js';
import { auditReport } from '../../src/audit.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { AGENDA_SIZE, DISAGREEMENT_POINTS, discussionAgenda } from '../../src/report/team.js';

const IDS = DEFAULT_QUESTIONNAIRE.questions.map((question) => question.id);
const BONUSES = 'incentives.customer-outcomes-in-plans';

function person(name: string, answers: Record<string, Answer>): Respondent {
  return { name, source: `${name}.yaml`, answers: { schemaVersion: 1, respondent: name, status: 'complete', answers } };
}

/** Three people who agree on everything at `base`, except the bonus question (1, 5, 1) and `extra`. */
function team(extra: Record<string, [Answer, Answer, Answer]> = {}) {
  const everyone = (index: number) =>
    Object.fromEntries([
      ...IDS.map((id) => [id, { answer: 3 } as Answer]),
      [BONUSES, { answer: [1, 5, 1][index] } as Answer],
      ...Object.entries(extra).map(([id, answers]) => [id, answers[index]!]),
    ]);
  return mergeRespondents([person('Ana', everyone(0)), person('Ben', everyone(1)), person('Cy', everyone(2))]);
}

describe('discussionAgenda', () => {
  it(`keeps spreads of ${DISAGREEMENT_POINTS} points or more, largest first, ties in the order given, at most ${AGENDA_SIZE}`, () => {
    const questions = [1, 4, 2, null, 3, 2, 4, 2, 0].map((spread, index) => ({ id: index, spread }));
    expect(discussionAgenda(questions).map((question) => question.id)).toEqual([1, 6, 4, 2, 5]);
    expect(discussionAgenda([{ spread: 1 }, { spread: null }])).toEqual([]);
  });
});

describe('the team section of the report', () => {
  it('is there only with several respondents', () => {
    expect(auditReport(person('Ana', { [BONUSES]: { answer: 2 } }).answers).team).toBeNull();
  });

  it('scores each question by its median and shows the spread and the extremes', () => {
    const model = auditReport(team());
    const bonuses = model.team?.questions.find((question) => question.id === BONUSES);
    expect(bonuses).toMatchObject({ median: 1, spread: 4, lowest: 1, highest: 5, answered: 3, dontKnow: 0, notAnswered: 0 });
    expect(model.dimensions.flatMap((dimension) => dimension.questions).find((question) => question.id === BONUSES)?.answer).toBe(1);
    // Incentives: the bonus question at 1 (0 points), the others at 3 (50 points), by the questions' weights.
    expect(model.dimensions.find((dimension) => dimension.id === 'incentives')?.score).toBeLessThan(50);
    expect(model.team?.agenda.map((question) => question.id)).toEqual([BONUSES]);
  });

  it('puts the largest disagreements on the agenda, at most five, and leaves small ones off', () => {
    const model = auditReport(
      team({
        [IDS[0]!]: [{ answer: 1 }, { answer: 3 }, { answer: 3 }],
        [IDS[1]!]: [{ answer: 2 }, { answer: 5 }, { answer: 3 }],
        [IDS[2]!]: [{ answer: 3 }, { answer: 4 }, { answer: 3 }],
        [IDS[3]!]: [{ answer: 1 }, { answer: 3 }, { answer: 3 }],
        [IDS[4]!]: [{ answer: 1 }, { answer: 3 }, { answer: 3 }],
        [IDS[8]!]: [{ answer: 1 }, { answer: 3 }, { answer: 'dont-know' }],
      }),
    );
    expect(model.team?.agenda.map((question) => [question.id, question.spread])).toEqual([
      [BONUSES, 4],
      [IDS[1], 3],
      [IDS[0], 2],
      [IDS[3], 2],
      [IDS[4], 2],
    ]);
    // The sixth disagreement (spread 2, later in the questionnaire) waits; the spread of 1 is no disagreement.
    expect(model.gaps.disagreements.map((question) => question.id)).toContain(IDS[8]);
    expect(model.gaps.disagreements.map((question) => question.id)).not.toContain(IDS[2]);
  });

  it('names nobody unless asked: no names, answers lowest first, no responses by name elsewhere in the model', () => {
    const anonymous = auditReport(team());
    const text = JSON.stringify(anonymous);
    for (const name of ['Ana', 'Ben', 'Cy']) expect(text).not.toContain(name);
    expect(anonymous.team?.names).toEqual([]);
    expect(anonymous.team?.agenda[0]?.answers).toEqual([
      { respondent: null, answer: 1 },
      { respondent: null, answer: 1 },
      { respondent: null, answer: 5 },
    ]);
    expect(anonymous.audit.respondent).toBe('3 respondents');
  });

  it('names each respondent beside their answer with named', () => {
    const named = auditReport(team(), { named: true });
    expect(named.team?.names).toEqual(['Ana', 'Ben', 'Cy']);
    expect(named.team?.agenda[0]?.answers).toEqual([
      { respondent: 'Ana', answer: 1 },
      { respondent: 'Ben', answer: 5 },
      { respondent: 'Cy', answer: 1 },
    ]);
    expect(named.gaps.disagreements[0]?.responses).toHaveLength(3);
  });
});
