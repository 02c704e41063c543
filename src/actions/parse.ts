import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { closestId, readYaml, validate, type YamlSource } from '../io/yaml.js';
import type { Questionnaire } from '../questionnaire/index.js';
import type { Action, Trigger } from './types.js';

const trigger: z.ZodType<Trigger> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('answer-at-most'), question: z.string(), atMost: z.number().int().min(1).max(5) }),
    z.strictObject({ kind: z.literal('dont-know'), question: z.string() }),
    z.strictObject({ kind: z.literal('dimension-below'), dimension: z.string(), below: z.number().min(0).max(100) }),
    z.strictObject({ kind: z.literal('overall-below'), below: z.number().min(0).max(100) }),
    z.strictObject({ kind: z.literal('no-feedback') }),
    z.strictObject({ kind: z.literal('nps-below'), below: z.number().min(-100).max(100) }),
    z.strictObject({ kind: z.literal('score-falling') }),
    z.strictObject({ kind: z.literal('theme-drags'), by: z.number().min(0) }),
    z.strictObject({ kind: z.literal('segment-below'), by: z.number().min(0) }),
    z.strictObject({ kind: z.literal('few-comments'), below: z.number().int().min(1) }),
    z.strictObject({ kind: z.literal('unhappy-customers') }),
    z.strictObject({ kind: z.literal('all'), of: z.array(trigger).min(1) }),
  ]),
) as z.ZodType<Trigger>;

export const actionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and dashes'),
  title: z.string().min(1),
  why: z.string().min(1),
  steps: z.array(z.string().min(1)).min(1),
  effort: z.enum(['minutes', 'hours', 'days']),
  timeFrame: z.enum(['this week', 'this month', 'this quarter']),
  owner: z.string().min(1),
  signal: z.string().min(1),
  triggers: z.array(trigger).min(1),
  names: z.enum(['unhappiest-customers', 'worst-theme', 'worst-segment', 'falling-month']).optional(),
  source: z.string().default('your own catalogue'),
});

const actionsFile = z.strictObject({ actions: z.array(actionSchema).min(1, 'expected at least one action') });

export const ACTION_FIELDS = 'id, title, why, steps, effort, timeFrame, owner, signal, triggers, names, source';

/**
 * Reads a file of the team's own actions (YAML or JSON): validated field by field, and every
 * question and dimension a trigger names must exist.
 */
export function parseActions(text: string, file: string, questionnaire: Questionnaire): Action[] {
  const source = readYaml(text, file, 'it needs an `actions:` list; the README shows one.');
  const parsed = validate(actionsFile, source, file, (path) =>
    path.length === 0 ? 'actions' : path.includes('triggers') ? 'kind and the fields of that kind' : ACTION_FIELDS,
  );
  const problems = triggerProblems(parsed.actions as Action[], ['actions'], source, questionnaire);
  if (problems.length > 0) throw new ValidationError(file, problems);
  return parsed.actions as Action[];
}

/** Triggers that name a question or dimension the questionnaire does not have, as located problems. */
export function triggerProblems(
  actions: readonly Action[],
  at: (string | number)[],
  source: YamlSource,
  questionnaire: Questionnaire,
): string[] {
  const questions = questionnaire.questions.map((question) => question.id);
  const dimensions = questionnaire.dimensions.map((dimension) => dimension.id as string);
  const problems: string[] = [];
  const check = (triggers: readonly Trigger[], path: (string | number)[]) => {
    triggers.forEach((item, index) => {
      const here = [...path, index];
      if ('question' in item && !questions.includes(item.question)) {
        const suggestion = closestId(item.question, questions);
        problems.push(
          `${source.lineOf([...here, 'question'])}${here.join('.')}.question: no question has the id ${item.question}${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
        );
      }
      if ('dimension' in item && !dimensions.includes(item.dimension)) {
        problems.push(`${source.lineOf([...here, 'dimension'])}${here.join('.')}.dimension: expected one of ${dimensions.join(', ')}.`);
      }
      if (item.kind === 'all') check(item.of, [...here, 'of']);
    });
  };
  for (const [index, item] of actions.entries()) check(item.triggers, [...at, index, 'triggers']);
  return problems;
}

/** The built-in catalogue with the team's own actions added; an action with a built-in id replaces it. */
export function mergeCatalogue(builtIn: readonly Action[], own: readonly Action[]): Action[] {
  const ids = new Set(own.map((item) => item.id));
  return [...builtIn.filter((item) => !ids.has(item.id)), ...own];
}
