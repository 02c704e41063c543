import { Document, isMap, type Node, type Scalar } from 'yaml';
import type { Question, Questionnaire } from '../questionnaire/index.js';
import type { Answers } from './types.js';

const HEADER = [
  ' centricity answers: one file per audit, readable and meant to be committed.',
  ' Each answer is 1–5 (centricity audit shows what each point means) or dont-know;',
  ' the optional note holds the evidence: a link, a document, a number.',
  ' Re-run the report with: centricity audit --answers <this file>',
].join('\n');

const TEMPLATE_HEADER = [
  ' centricity answers. Fill in each answer (1–5 or dont-know) and a note with evidence, by hand',
  ' (uncomment the two lines of a question) or with `npx centricity audit --resume` in a terminal.',
].join('\n');

/** What a template shows for a field nobody has filled in yet. */
const PLACEHOLDERS = { team: 'Your team', respondent: 'Your name, your role' } as const;

export interface FormatOptions {
  /**
   * `omit` (the default) writes the answers given and nothing else; `commented` writes every
   * unanswered question as a commented-out entry with its five answers (the form `centricity
   * init` writes), so a person filling the file in by hand sees what is left and how to answer it.
   */
  unanswered?: 'omit' | 'commented';
}

/** Renders answers as YAML, each answer preceded by its question so a reviewer can read the diff. */
export function formatAnswers(answers: Answers, questionnaire: Questionnaire, options: FormatOptions = {}): string {
  const commented = options.unanswered === 'commented';
  const ordered = inQuestionnaireOrder(answers, questionnaire);
  const document = new Document({
    schemaVersion: answers.schemaVersion,
    ...(answers.team !== undefined && { team: answers.team }),
    ...(answers.respondent !== undefined && { respondent: answers.respondent }),
    ...(answers.date !== undefined && { date: answers.date }),
    status: answers.status,
    ...(answers.done !== undefined && { done: answers.done }),
    // An empty section stays open (`answers:`), so that uncommenting an entry below it is valid YAML.
    answers: commented && Object.keys(ordered).length === 0 ? null : ordered,
  });
  document.commentBefore = commented ? TEMPLATE_HEADER : HEADER;
  const fields = new Map(isMap(document.contents) ? document.contents.items.map((pair) => [(pair.key as Scalar).value, pair]) : []);
  const missing = commented ? (['team', 'respondent'] as const).filter((field) => answers[field] === undefined) : [];
  if (missing.length > 0) {
    (fields.get('status')?.key as Scalar).commentBefore = missing.map((field) => ` ${field}: ${PLACEHOLDERS[field]}`).join('\n');
  }

  // Comments waiting to be attached: the commented-out questions before the next answered one.
  let pending: string[] = [];
  const answersNode = fields.get('answers')?.value as Node;
  const keys = new Map(isMap(answersNode) ? answersNode.items.map(({ key }) => [(key as Scalar).value, key as Scalar]) : []);
  for (const question of questionnaire.questions) {
    const key = keys.get(question.id);
    if (key) {
      key.commentBefore = [...pending, ` ${question.text}`].join('\n');
      pending = [];
    } else if (commented) {
      pending.push(...commentedEntry(question));
    }
  }
  if (pending.length > 0) {
    answersNode.comment = pending.join('\n');
  }
  return document.toString({ lineWidth: 0, nullStr: '' });
}

/** A question as the template shows it: its text and five answers, then its two lines to uncomment. */
function commentedEntry(question: Question): string[] {
  return [
    ` ${question.text}`,
    ...question.scale.map((anchor, index) => `   ${index + 1}: ${anchor}`),
    ` ${question.id}:`,
    `   { answer: dont-know, note: "" }`,
  ];
}

/**
 * Whether an answers file lists unanswered questions as commented-out entries (the `init`
 * template), so that saving it again keeps them.
 */
export function hasCommentedQuestions(text: string, questionnaire: Questionnaire): boolean {
  const lines = new Set(text.split(/\r?\n/).map((line) => line.trim()));
  return questionnaire.questions.some((question) => lines.has(`# ${question.id}:`));
}

/** Answers are written in the questionnaire's order, whatever order they were given in. */
function inQuestionnaireOrder(answers: Answers, questionnaire: Questionnaire): Answers['answers'] {
  const ordered: Answers['answers'] = {};
  for (const question of questionnaire.questions) {
    const answer = answers.answers[question.id];
    if (answer) ordered[question.id] = answer;
  }
  return ordered;
}
