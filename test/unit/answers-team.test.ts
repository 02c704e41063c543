import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { respondentAnswersFile } from '../../src/answers/store.js';
import { answerStatistics, mergeRespondents, type Respondent, respondentsOf, teamAnswer } from '../../src/answers/team.js';
import type { Answer, Answers, AnswerValue } from '../../src/answers/types.js';
import { InputError } from '../../src/errors.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { DEFAULT_SCORING } from '../../src/scoring/model.js';
import { scoreAudit } from '../../src/scoring/score.js';

const IDS = DEFAULT_QUESTIONNAIRE.questions.map((question) => question.id);
const [A, B, C] = IDS as [string, string, string];

function person(name: string, answers: Record<string, Answer>, fields: Partial<Answers> = {}): Respondent {
  return { name, source: `${name}.yaml`, answers: { schemaVersion: 1, respondent: name, status: 'complete', ...fields, answers } };
}

describe('answerStatistics', () => {
  it('gives the median, the extremes and the spread of the answers on the scale, counting "don\'t know" apart', () => {
    expect(answerStatistics([1, 5, 1])).toEqual({ answered: 3, dontKnow: 0, median: 1, lowest: 1, highest: 5, spread: 4 });
    expect(answerStatistics([4, 'dont-know', 2, 5])).toEqual({ answered: 3, dontKnow: 1, median: 4, lowest: 2, highest: 5, spread: 3 });
  });

  it('takes the lower of two middle answers, so that a split team is not rounded up', () => {
    expect(answerStatistics([2, 5]).median).toBe(2);
    expect(answerStatistics([1, 2, 4, 5]).median).toBe(2);
  });

  it('has no spread with fewer than two answers on the scale, and no median with none', () => {
    expect(answerStatistics([3, 'dont-know'])).toMatchObject({ median: 3, spread: null });
    expect(answerStatistics(['dont-know'])).toEqual({ answered: 0, dontKnow: 1, median: null, lowest: null, highest: null, spread: null });
  });

  it('keeps the median between the extremes and the spread their difference, for any answers', () => {
    const value = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'dont-know');
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 12 }), (values) => {
        const statistics = answerStatistics(values);
        if (statistics.median === null) return statistics.answered === 0;
        expect(statistics.lowest! <= statistics.median && statistics.median <= statistics.highest!).toBe(true);
        expect(statistics.spread).toBe(statistics.answered < 2 ? null : statistics.highest! - statistics.lowest!);
        return true;
      }),
    );
  });
});

describe('teamAnswer', () => {
  it('is "don\'t know" only when more did not know than answered', () => {
    expect(teamAnswer([3, 'dont-know', 'dont-know'])).toBe('dont-know');
    expect(teamAnswer([3, 4, 'dont-know', 'dont-know'])).toBe(3);
    expect(teamAnswer([2, 3, 4, 'dont-know', 'dont-know'])).toBe(3);
    expect(teamAnswer([2, 'dont-know', 'dont-know', 'dont-know', 5])).toBe('dont-know');
  });
});

describe('mergeRespondents', () => {
  it('counts as evidence for a high team answer only the notes of those who answered high', () => {
    const merged = mergeRespondents([
      person('Ana', { [A]: { answer: 2, note: 'We have no written goals' } }),
      person('Ben', { [A]: { answer: 4 } }),
      person('Cy', { [A]: { answer: 4 } }),
    ]);
    expect(merged.answers[A]).toMatchObject({ answer: 4, otherNotes: 'We have no written goals' });
    expect(merged.answers[A]).not.toHaveProperty('note');
    const score = scoreAudit(merged, DEFAULT_QUESTIONNAIRE, DEFAULT_SCORING);
    const question = score.dimensions.flatMap((dimension) => dimension.questions).find((candidate) => candidate.question.id === A)!;
    expect(question.evidence).toBe('claimed');
    expect(question.otherNotes).toBe('We have no written goals');
  });

  it('marks done for the team every action any respondent lists as done', () => {
    const merged = mergeRespondents([
      person('Ana', { [A]: { answer: 3 } }, { done: ['talk-to-five-customers'] }),
      person('Ben', { [A]: { answer: 4 } }, { done: ['close-the-loop-with-detractors', 'talk-to-five-customers'] }),
      person('Cy', { [A]: { answer: 2 } }),
    ]);
    expect(merged.done).toEqual(['close-the-loop-with-detractors', 'talk-to-five-customers']);
    expect(mergeRespondents([person('Ana', { [A]: { answer: 3 } }), person('Ben', { [A]: { answer: 4 } })])).not.toHaveProperty('done');
  });

  it('scores each question by the team answer, keeps every response by name and the notes without names, sorted by text', () => {
    const merged = mergeRespondents([
      person('Cy', { [A]: { answer: 1, note: 'a bonus plan PDF' } }, { date: '2026-11-02', team: 'Fernhill' }),
      person('Ana', { [A]: { answer: 1 }, [B]: { answer: 'dont-know' } }, { date: '2026-11-04', team: 'Fernhill' }),
      person('Ben', { [A]: { answer: 5, note: 'Sales commission only' }, [B]: { answer: 4 } }, { status: 'in-progress' }),
    ]);
    expect(merged).toEqual({
      schemaVersion: 1,
      team: 'Fernhill',
      respondent: '3 respondents',
      date: '2026-11-04',
      status: 'in-progress',
      answers: {
        [A]: {
          answer: 1,
          // Ben answered 5: his note is shown apart, never as evidence for the team's 1.
          note: 'a bonus plan PDF',
          otherNotes: 'Sales commission only',
          responses: [
            { respondent: 'Ana', answer: 1 },
            { respondent: 'Ben', answer: 5 },
            { respondent: 'Cy', answer: 1 },
          ],
        },
        [B]: {
          answer: 4,
          responses: [
            { respondent: 'Ana', answer: 'dont-know' },
            { respondent: 'Ben', answer: 4 },
          ],
        },
      },
    });
    expect(respondentsOf(merged)).toEqual(['Ana', 'Ben', 'Cy']);
  });

  it('returns one respondent’s answers as they are', () => {
    const ana = person('Ana', { [A]: { answer: 3, note: 'wiki' } });
    expect(mergeRespondents([ana])).toBe(ana.answers);
  });

  it('names every team that the files name, rather than picking one', () => {
    const merged = mergeRespondents([person('Ana', { [A]: { answer: 3 } }, { team: 'Ops' }), person('Ben', {}, { team: 'Fernhill' })]);
    expect(merged.team).toBe('Fernhill / Ops');
  });

  it('refuses one name twice, whatever its case and spacing, naming where each came from', () => {
    const twice = () => mergeRespondents([person('Ana', {}), person('Ben', {}), { ...person(' ana  ', {}), source: 'copy/ana.yaml' }]);
    expect(twice).toThrow(InputError);
    expect(twice).toThrow(
      'Ana.yaml and copy/ana.yaml both answer as "Ana": each answers file is one person, so give each its own respondent line, ' +
        'or leave out the copy.',
    );
  });

  it('gives the same team answers whatever the order of the files', () => {
    const value = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'dont-know');
    const answer = fc.record({ answer: value, note: fc.option(fc.constantFrom('wiki', 'OKR doc', 'a survey'), { nil: undefined }) });
    const respondent = fc.record({
      answers: fc.dictionary(fc.constantFrom(A, B, C), answer),
      team: fc.option(fc.constantFrom('Fernhill', 'Ops'), { nil: undefined }),
      date: fc.option(fc.constantFrom('2026-11-01', '2026-11-09'), { nil: undefined }),
    });
    const team = fc.uniqueArray(fc.tuple(fc.constantFrom('Ana', 'Ben', 'Cy', 'Dee', 'Eli'), respondent), {
      minLength: 2,
      maxLength: 5,
      selector: ([name]) => name,
    });
    fc.assert(
      fc.property(
        team.chain((people) => fc.tuple(fc.constant(people), fc.shuffledSubarray(people, { minLength: people.length }))),
        ([people, shuffled]) => {
          const toRespondents = (list: typeof people) =>
            list.map(([name, { answers, team: teamName, date }]) =>
              person(name, clean(answers), { ...(teamName && { team: teamName }), ...(date && { date }) }),
            );
          expect(mergeRespondents(toRespondents(shuffled))).toEqual(mergeRespondents(toRespondents(people)));
        },
      ),
    );
  });
});

/** Records without the notes fast-check left undefined, as a parsed file has them. */
function clean(answers: Record<string, { answer: AnswerValue; note: string | undefined }>): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, { answer, note }]) => [id, note === undefined ? { answer } : { answer, note }]),
  );
}

describe('respondentAnswersFile', () => {
  it('gives each person a file of their own, named after them', () => {
    expect(respondentAnswersFile('Ana')).toBe('centricity-answers.ana.yaml');
    expect(respondentAnswersFile(' Maya Okafor, Head of CX ')).toBe('centricity-answers.maya-okafor-head-of-cx.yaml');
    expect(respondentAnswersFile('José ../../etc')).toBe('centricity-answers.josé-etc.yaml');
    expect(() => respondentAnswersFile('../')).toThrow('--respondent "../" has no letters or digits');
  });
});
