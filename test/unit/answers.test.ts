import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAnswers } from '../../src/answers/format.js';
import { parseAnswers } from '../../src/answers/parse.js';
import { type Answers, type AnswerValue, DONT_KNOW } from '../../src/answers/types.js';
import { InputError, ValidationError } from '../../src/errors.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { problemsOf as rejectedWith } from '../helpers/problems.js';

const parse = (text: string) => parseAnswers(text, 'team.yaml', DEFAULT_QUESTIONNAIRE);
const problemsOf = (text: string) => rejectedWith(parse, text);

describe('parseAnswers', () => {
  it('reads the bundled demo answers', () => {
    const demo = parse(readFileSync(new URL('../../templates/demo/answers.yaml', import.meta.url), 'utf8'));
    expect(demo.team).toBe('Fernhill Coffee Co.');
    expect(demo.status).toBe('complete');
    expect(Object.keys(demo.answers)).toHaveLength(DEFAULT_QUESTIONNAIRE.questions.length);
    expect(demo.answers['goals.long-term']?.answer).toBe(DONT_KNOW);
  });

  it('accepts the ways people write "don\'t know" and numbers typed as text', () => {
    const answers = parse(`schemaVersion: 1
answers:
  goals.short-term: { answer: "don't know" }
  goals.long-term: { answer: Don’t Know }
  goals.communicated: { answer: "4", note: 12 }
`);
    expect(answers.answers).toEqual({
      'goals.short-term': { answer: DONT_KNOW },
      'goals.long-term': { answer: DONT_KNOW },
      'goals.communicated': { answer: 4, note: '12' },
    });
    expect(answers.status).toBe('complete');
  });

  it('names the line, the field and what was expected', () => {
    const problems = problemsOf(`schemaVersion: 1
answers:
  goals.short-term:
    answer: 7
`);
    expect(problems).toEqual(['line 4: answers.goals.short-term.answer: expected a whole number from 1 to 5 or "dont-know", found 7.']);
  });

  it('shows the form of an answer when one is written as a bare value', () => {
    const problems = problemsOf('schemaVersion: 1\nanswers:\n  goals.short-term: dont-know\n  goals.long-term: 3\n');
    expect(problems).toEqual([
      'line 3: answers.goals.short-term: expected the answer as a field of its own, e.g. "answer: 3" (1 to 5 or dont-know) ' +
        'on the line below the id, found "dont-know".',
      'line 4: answers.goals.long-term: expected the answer as a field of its own, e.g. "answer: 3" (1 to 5 or dont-know) ' +
        'on the line below the id, found 3.',
    ]);
  });

  it('suggests the question id that was probably meant', () => {
    const problems = problemsOf(`schemaVersion: 1
answers:
  goals.short-trem: { answer: 3 }
`);
    expect(problems[0]).toMatch(/^line 3: answers\.goals\.short-trem: no question has this id; did you mean goals\.short-term\?/);
  });

  it('collects every problem instead of stopping at the first', () => {
    const problems = problemsOf(`schemaVersion: 2
colour: blue
answers:
  goals.short-term: { answer: 0 }
  goals.long-term: { score: 3 }
`);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/schemaVersion: expected schemaVersion: 1/);
    expect(problems.join('\n')).toMatch(/the file as a whole: unexpected field colour/);
    expect(problems.join('\n')).toMatch(/answers\.goals\.short-term\.answer: expected a whole number/);
    expect(problems.join('\n')).toMatch(/answers\.goals\.long-term: unexpected field score; allowed here: answer, note/);
    expect(problems.join('\n')).toMatch(/answers\.goals\.long-term\.answer: this field is required/);
  });

  it('points at the line of broken YAML', () => {
    const problems = problemsOf('schemaVersion: 1\nanswers:\n  goals.short-term: { answer: 3\n');
    expect(problems[0]).toMatch(/^line \d+, column \d+: not valid YAML/);
  });

  it('says in plain words what is wrong with the YAML, on the line where the mistake starts', () => {
    // The library finds an unclosed bracket or quote only where the text runs out, lines later.
    expect(problemsOf('schemaVersion: 1\nanswers:\n  goals.short-term: [3, 4\n  goals.long-term: { answer: 2 }\n')).toEqual([
      'line 3, column 21: not valid YAML: this list in [brackets] is never closed; ' +
        'end it with ] on the same line, or write one "- item" per line.',
    ]);
    expect(problemsOf('schemaVersion: 1\nteam: "Support\nanswers:\n  goals.short-term: { answer: 3 }\n')[0]).toMatch(
      /^line 2, column 7: not valid YAML: this quoted text is never closed; end it with " on the same line\.$/,
    );
    expect(problemsOf('schemaVersion: 1\nteam: Support\nteam: Sales\n')[0]).toMatch(/^line 3, column 1: .*this field is given twice/);
    expect(problemsOf('schemaVersion: 1\nanswers:\n  goals.short-term:\n    answer: 3\n    note: why: because\n')[0]).toMatch(
      /^line 5, column \d+: not valid YAML: a value holds a second ": "; put the text in quotes/,
    );
    expect(problemsOf('schemaVersion: 1\nteam: "Support" desk\n')[0]).toMatch(
      /^line 2, column 17: not valid YAML: more text follows a closing quote on the same line; put the whole value in quotes\.$/,
    );
    expect(problemsOf('- goals.short-term\n- 3\n')).toEqual([
      'line 1: the file as a whole: expected fields (name: value lines), found a list ("- item" lines).',
    ]);
  });

  it('names the first YAML mistake alone: the complaints after it follow from it', () => {
    const demo = readFileSync(new URL('../../templates/demo/answers.yaml', import.meta.url), 'utf8').split('\n');
    const indented = demo.findIndex((line) => /^ {4}answer: /.test(line));
    demo[indented] = `\t${demo[indented]!.trimStart()}`;
    expect(problemsOf(demo.join('\n'))).toEqual([
      `line ${indented + 1}, column 1: not valid YAML: this line is indented with a tab; indent with spaces.`,
    ]);
  });

  it('reads a file of many thousand fields in linear time, and names ten unexpected ones and counts the rest', () => {
    const extra = Array.from({ length: 40_000 }, (_, index) => `extra${index}: ${index}`).join('\n');
    // Compared each with each, forty thousand keys took two minutes or more: past the test's time-out.
    const problems = problemsOf(`schemaVersion: 1\n${extra}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/unexpected fields extra0, extra1, .*, extra9 and 39990 more; allowed here: /);
    expect(problemsOf(`schemaVersion: 1\n${extra}\nextra7: again\n`)).toEqual([
      'line 40002, column 1: not valid YAML: this field is given twice in the same place; keep one.',
    ]);
  });

  it('says a file nested too deeply to read is not valid YAML, in one sentence', () => {
    expect(problemsOf(`answers: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)[0]).toMatch(
      /^line 1, column \d+: not valid YAML: lists or fields are nested too deeply to be read\.$/,
    );
  });

  it('says a binary file is not an answers file, in one sentence', () => {
    expect(() => parse('\u007fELF\u0002\u0001\u0000\u0000GNU coreutils')).toThrow(
      /^team\.yaml does not look like a YAML file \(it holds binary data\)/,
    );
  });

  it('reports unknown ids together with other problems, in file order, on the line of the key', () => {
    const problems = problemsOf(`schemaVersion: 1
answers:
  goals.shortterm:
    answer: 3
  goals.long-term:
    answer: 7
`);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^line 3: answers\.goals\.shortterm: no question has this id; did you mean goals\.short-term\?/);
    expect(problems[1]).toMatch(/^line 6: answers\.goals\.long-term\.answer: expected a whole number/);
  });

  it('rejects an empty file with a way forward', () => {
    expect(() => parse('')).toThrow(/the file is empty/);
    expect(() => parse('# only a comment\n')).toThrow(InputError);
  });
});

const answerValue: fc.Arbitrary<AnswerValue> = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, DONT_KNOW);
const answersArbitrary: fc.Arbitrary<Answers> = fc
  .record({
    team: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    respondent: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    status: fc.constantFrom('complete' as const, 'in-progress' as const),
    picks: fc.array(
      fc.record({
        index: fc.nat({ max: DEFAULT_QUESTIONNAIRE.questions.length - 1 }),
        answer: answerValue,
        note: fc.option(
          fc.string({ minLength: 1, maxLength: 80 }).filter((note) => note.trim() === note && note !== ''),
          { nil: undefined },
        ),
      }),
    ),
  })
  .map(({ team, respondent, status, picks }) => {
    const answers: Answers['answers'] = {};
    for (const pick of picks) {
      answers[DEFAULT_QUESTIONNAIRE.questions[pick.index]!.id] = pick.note
        ? { answer: pick.answer, note: pick.note }
        : { answer: pick.answer };
    }
    return {
      schemaVersion: 1 as const,
      ...(team !== undefined && { team }),
      ...(respondent !== undefined && { respondent }),
      status,
      answers,
    };
  });

const IDS = DEFAULT_QUESTIONNAIRE.questions.map((question) => question.id);

describe('answers files (property-based)', () => {
  it('read back exactly what was written, whatever the text in them', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const parsed = parse(formatAnswers(answers, DEFAULT_QUESTIONNAIRE));
        expect(parsed).toEqual(answers);
      }),
      { numRuns: 300 },
    );
  });

  it('in the template form, read back the same and list exactly the unanswered questions as commented-out entries', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const text = formatAnswers(answers, DEFAULT_QUESTIONNAIRE, { unanswered: 'commented' });
        expect(parse(text)).toEqual(answers);
        const commented = [...text.matchAll(/^ {2}# ([a-z-]+\.[a-z0-9-]+):\n {2}# {3}\{ answer: dont-know, note: "" \}$/gm)].map(
          (match) => match[1],
        );
        expect(commented).toEqual(IDS.filter((id) => !(id in answers.answers)));
        // Each answered question is preceded by its text, as in the usual form.
        for (const question of DEFAULT_QUESTIONNAIRE.questions.filter((candidate) => candidate.id in answers.answers)) {
          expect(text).toContain(`  # ${question.text}\n  ${question.id}:\n`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('in the template form, take an answer where a commented-out entry is uncommented', () => {
    const answers: Answers = { schemaVersion: 1, status: 'in-progress', answers: { [IDS[1]!]: { answer: 3 } } };
    const edits = [IDS[0]!, IDS.at(-1)!].map((id) => [`  # ${id}:\n  #   { answer: dont-know, note: "" }`, `  ${id}:\n    { answer: 5 }`]);
    for (const start of [answers, { ...answers, answers: {} }]) {
      let text = formatAnswers(start, DEFAULT_QUESTIONNAIRE, { unanswered: 'commented' });
      for (const [commented, uncommented] of edits) text = text.replace(commented!, uncommented!);
      expect(parse(text).answers).toEqual({ ...start.answers, [IDS[0]!]: { answer: 5 }, [IDS.at(-1)!]: { answer: 5 } });
    }
  });

  it('end in answers or a clear input error for any text at all, never a crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('answers: [1, 2]', 'schemaVersion: 1\nanswers: 3', '- a\n- b', '{'),
        ),
        (text) => {
          try {
            parse(text);
          } catch (error) {
            // Binary text gets one sentence; anything else, a validation error with lines and paths.
            expect(error).toBeInstanceOf(text.includes('\u0000') ? InputError : ValidationError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
