import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { DONT_KNOW, type Answer, type Answers } from './types.js';

/** Spellings people use for "don't know" in hand-written or spreadsheet answers. */
const DONT_KNOW_SPELLINGS = new Set(["dont-know", "don't know", 'dont know', 'dontknow', 'unknown', 'dk', '?']);

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

const answerSchema = z.strictObject({
  answer: answerValue,
  note: z
    .union([z.string(), z.number()])
    .transform((note) => String(note).trim())
    .optional(),
});

const answersSchema = z.strictObject({
  schemaVersion: z.literal(1, { error: 'expected schemaVersion: 1 (the only version this centricity reads)' }),
  team: z.string().optional(),
  respondent: z.string().optional(),
  date: z
    .union([z.string(), z.date()])
    .transform((date) => (date instanceof Date ? date.toISOString().slice(0, 10) : date))
    .optional(),
  status: z.enum(['complete', 'in-progress']).default('complete'),
  answers: z.record(z.string(), answerSchema, { error: 'expected a map from question id to { answer, note }' }),
});

/**
 * Parses and validates an answers file. Every problem is collected, each with its line and
 * dotted field path, so a hand-edited file can be fixed in one pass.
 */
export function parseAnswers(text: string, file: string, questionnaire: Questionnaire): Answers {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new ValidationError(
      file,
      document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        const where = `line ${position.line}, column ${position.col}: `;
        return `${where}not valid YAML (${error.message.split('\n')[0]}); check the indentation and quotes there.`;
      }),
    );
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // Structurally valid YAML can still fail to resolve (an alias to nothing, an alias bomb).
    throw new ValidationError(file, [`not valid YAML (${(error as Error).message.split('\n')[0]}); remove the * and & markers or quote the text.`]);
  }
  if (data === null || data === undefined) {
    throw new ValidationError(file, ['the file is empty; start from `centricity audit` or the README example.']);
  }

  const lineOf = (path: readonly PropertyKey[]): string => {
    const node = document.getIn(path.map(String), true) as YamlNode | undefined;
    const offset = node?.range?.[0] ?? nearestMapKeyOffset(document, path);
    return offset === undefined ? '' : `line ${lineCounter.linePos(offset).line}: `;
  };

  const parsed = answersSchema.safeParse(data);
  if (!parsed.success) {
    throw new ValidationError(
      file,
      parsed.error.issues.map((issue) => `${lineOf(issue.path)}${describePath(issue.path)}: ${describeIssue(issue)}`),
    );
  }

  const known = new Set(questionnaire.questions.map((question) => question.id));
  const unknownIds = Object.keys(parsed.data.answers).filter((id) => !known.has(id));
  if (unknownIds.length > 0) {
    throw new ValidationError(
      file,
      unknownIds.map((id) => {
        const suggestion = closestId(id, [...known]);
        return `${lineOf(['answers', id])}answers.${id}: no question has this id${suggestion ? `; did you mean ${suggestion}?` : ''} (\`centricity questions\` lists them).`;
      }),
    );
  }

  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(parsed.data.answers)) {
    answers[id] = answer.note ? { answer: answer.answer, note: answer.note } : { answer: answer.answer };
  }
  return { schemaVersion: 1, ...definedOnly({ team: parsed.data.team, respondent: parsed.data.respondent, date: parsed.data.date }), status: parsed.data.status, answers };
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; allowed here: ${
      issue.path.length === 0 ? 'schemaVersion, team, respondent, date, status, answers' : 'answer, note'
    }.`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'this field is required.';
  return `${issue.message.replace(/^Invalid input: /, '')}.`;
}

/** For a missing key, point at the map that should have held it. */
function nearestMapKeyOffset(document: ReturnType<typeof parseDocument>, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length - 1; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length).map(String), true) as YamlNode | undefined;
    if (node && isMap(node)) return node.range?.[0];
  }
  return undefined;
}

function closestId(id: string, candidates: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(3, Math.floor(id.length / 4)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
