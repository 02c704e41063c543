import { z } from 'zod';
import type { Trigger } from '../checks/triggers/index.js';
import { ValidationError } from '../errors.js';
import { closestId, readYaml, validate, type YamlSource } from '../io/yaml.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { type Action, actionSchema } from './types.js';

const actionsFile = z.strictObject({ actions: z.array(actionSchema).min(1, 'expected at least one action') });

export const ACTION_FIELDS = Object.keys(actionSchema.shape).join(', ');

/**
 * Reads a file of the team's own actions (YAML or JSON): validated field by field, and every
 * question and dimension a trigger names must exist.
 */
export function parseActions(text: string, file: string, questionnaire: Questionnaire): Action[] {
  const source = readYaml(text, file, 'it needs an `actions:` list; the README shows one.');
  const parsed = validate(actionsFile, source, file, (path) =>
    path.length === 0 ? 'actions' : path.includes('triggers') ? 'kind and the fields of that kind' : ACTION_FIELDS,
  );
  const problems = triggerProblems(parsed.actions, ['actions'], source, questionnaire);
  if (problems.length > 0) throw new ValidationError(file, problems);
  return parsed.actions;
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
        const hint = suggestion ? `; did you mean ${suggestion}?` : '.';
        problems.push(`${source.lineOf([...here, 'question'])}${here.join('.')}.question: no question has the id ${item.question}${hint}`);
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
