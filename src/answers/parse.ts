import { z } from 'zod';
import { whyNotADay } from '../calendar.js';
import { closestId, readYaml, validate } from '../io/yaml.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { type Answer, type Answers, DONT_KNOW } from './types.js';

/** Spellings people use for "don't know" in hand-written or spreadsheet answers. */
const DONT_KNOW_SPELLINGS = new Set(['dont-know', "don't know", 'dont know', 'dontknow', 'unknown', 'dk', '?']);

const answerValue = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const text = value.trim().toLowerCase().replace(/[’‘]/g, "'");
    if (DONT_KNOW_SPELLINGS.has(text)) return DONT_KNOW;
    return /^[1-5]$/.test(text) ? Number(text) : value;
  },
  z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(DONT_KNOW)], {
    error: (issue) =>
      issue.input === undefined
        ? 'this field is required'
        : `expected a whole number from 1 to 5 or "dont-know", found ${JSON.stringify(issue.input)}`,
  }),
);

const answerSchema = z.strictObject(
  {
    answer: answerValue,
    note: z
      .union([z.string(), z.number()])
      .transform((note) => String(note).trim())
      .optional(),
  },
  {
    // A bare value ("goals.short-term: 3") is the mistake a person editing by hand makes most.
    error: (issue) =>
      issue.code === 'invalid_type'
        ? `expected the answer as a field of its own, e.g. "answer: 3" (1 to 5 or dont-know) on the line below the id, ` +
          `found ${JSON.stringify(issue.input)}`
        : undefined,
  },
);

const answersSchema = z.strictObject({
  schemaVersion: z.literal(1, { error: 'expected schemaVersion: 1 (the only version this centricity reads)' }),
  team: z.string().optional(),
  respondent: z.string().optional(),
  date: z
    .preprocess(
      // A YAML 1.1 timestamp arrives as a Date at midnight UTC: its UTC day is the day written.
      (date) => (date instanceof Date ? date.toISOString().slice(0, 10) : date),
      z
        .string({ error: (issue) => `expected a date as YYYY-MM-DD, e.g. 2026-11-23, found ${JSON.stringify(issue.input)}` })
        .superRefine((date, context) => {
          const problem = whyNotADay(date);
          if (problem) context.addIssue({ code: 'custom', message: `${problem}, found ${JSON.stringify(date)}` });
        }),
    )
    .optional(),
  status: z.enum(['complete', 'in-progress']).default('complete'),
  done: z.array(z.string().min(1), { error: 'expected a list of action ids, e.g. [call-back-detractors]' }).optional(),
  // An empty section (every answer still commented out, as in the init template) is no answers yet.
  answers: z.preprocess(
    (value) => value ?? {},
    z.record(z.string(), answerSchema, { error: 'expected a map from question id to { answer, note }' }),
  ),
});

/**
 * Parses and validates an answers file. Every problem is collected, each with its line and
 * dotted field path, so a hand-edited file can be fixed in one pass.
 */
export function parseAnswers(text: string, file: string, questionnaire: Questionnaire): Answers {
  const source = readYaml(text, file, 'start from `centricity audit` or the README example.');
  // Unknown question ids are looked for even when other fields are wrong, so that one pass finds all.
  const known = new Set(questionnaire.questions.map((question) => question.id));
  const given = (source.data as { answers?: unknown } | null)?.answers;
  const unknownIds = given && typeof given === 'object' && !Array.isArray(given) ? Object.keys(given).filter((id) => !known.has(id)) : [];
  const parsed = validate(
    answersSchema,
    source,
    file,
    (path) => (path.length === 0 ? 'schemaVersion, team, respondent, date, status, done, answers' : 'answer, note'),
    unknownIds.map((id) => {
      const suggestion = closestId(id, [...known]);
      const hint = suggestion ? `; did you mean ${suggestion}?` : '';
      const where = `${source.lineOf(['answers', id])}answers.${id}`;
      return `${where}: no question has this id${hint} (an answers file written by centricity audit lists every id).`;
    }),
  );

  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(parsed.answers)) {
    answers[id] = answer.note ? { answer: answer.answer, note: answer.note } : { answer: answer.answer };
  }
  return {
    schemaVersion: 1,
    ...definedOnly({ team: parsed.team, respondent: parsed.respondent, date: parsed.date }),
    status: parsed.status,
    ...(parsed.done && { done: parsed.done }),
    answers,
  };
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
