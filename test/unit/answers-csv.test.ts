import { describe, expect, it } from 'vitest';
import { parseAnswersCsv } from '../../src/answers/csv.js';
import { ValidationError } from '../../src/errors.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';

const parse = (text: string) => parseAnswersCsv(text, 'answers.csv', DEFAULT_QUESTIONNAIRE);

describe('a CSV of answers', () => {
  it('reads one respondent with notes', () => {
    const answers = parse(
      'respondent,team,goals.short-term,goals.short-term note,goals.long-term\nAna,Acme,4,https://wiki/goals,dont-know\n',
    );
    expect(answers).toMatchObject({ team: 'Acme', respondent: 'Ana', status: 'complete' });
    expect(answers.answers).toEqual({
      'goals.short-term': { answer: 4, note: 'https://wiki/goals' },
      'goals.long-term': { answer: 'dont-know' },
    });
  });

  it('combines several respondents as several files are: the median, every response kept, notes without names', () => {
    const answers = parse(
      'respondent;goals.short-term;goals.short-term note;goals.long-term\nAna;5;we have OKRs;2\nBen;2;;dont-know\nCy;4;;dont-know\n',
    );
    expect(answers.respondent).toBe('3 respondents');
    expect(answers.answers['goals.short-term']).toEqual({
      answer: 4,
      note: 'we have OKRs',
      responses: [
        { respondent: 'Ana', answer: 5 },
        { respondent: 'Ben', answer: 2 },
        { respondent: 'Cy', answer: 4 },
      ],
    });
    // Two of three did not know: the team does not know.
    expect(answers.answers['goals.long-term']?.answer).toBe('dont-know');
  });

  it('names a row without a respondent by its line, and refuses one respondent on two rows', () => {
    const answers = parse('respondent,goals.short-term\n,4\nBen,2\n');
    expect(answers.answers['goals.short-term']?.responses?.map((response) => response.respondent)).toEqual(['Ben', 'answers.csv line 2']);
    expect(() => parse('respondent,goals.short-term\nAna,4\nBen,2\nana,5\n')).toThrow(
      'answers.csv line 2 and answers.csv line 4 both answer as "Ana"',
    );
  });

  it('names every bad header and value with its line and column', () => {
    try {
      parse('respondent,goals.short-trem,goals.long-term\nAna,4,7\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems).toEqual([
        'line 1, column 2: "goals.short-trem" is not a question id; did you mean goals.short-term?',
        'line 2, column 3 (goals.long-term): expected 1 to 5 or dont-know, found "7".',
      ]);
    }
  });

  it('says what it expects from an empty file', () => {
    expect(() => parse('')).toThrow(/expected a header row of question ids and one row per respondent/);
  });
});
