import { csvLine, toCsv } from '../io/csv.js';
import { GENERATED_MARKER } from '../io/marker.js';
import { type Questionnaire, questionsOf } from '../questionnaire/index.js';
import { escapeMarkdown as text } from './markdown.js';

/** The questionnaire as a document to print or share: one section per dimension. */
export function questionnaireMarkdown(questionnaire: Questionnaire): string {
  const lines = [
    GENERATED_MARKER,
    '# The centricity questionnaire',
    '',
    `${questionnaire.questions.length} questions in ${questionnaire.dimensions.length} dimensions. ` +
      `Answer each 1–5 (or "don't know") for how the team works today, and note the evidence.`,
    '',
  ];
  for (const dimension of questionnaire.dimensions) {
    // Extra questions come from a config file: their words are shown as typed, never as Markdown, links or mentions.
    lines.push(`## ${text(dimension.title)}`, '', text(dimension.summary), '');
    for (const question of questionsOf(questionnaire, dimension.id)) {
      // Ids are checked slugs (letters, digits, dashes, one dot), safe in a code span.
      lines.push(`### ${text(question.text)}`, '', `\`${question.id}\`. ${text(question.why)}`, '');
      for (const [index, anchor] of question.scale.entries()) lines.push(`${index + 1}. ${text(anchor)}`);
      lines.push('', `*Evidence:* ${text(question.evidence)}`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const CSV_COLUMNS = ['id', 'dimension', 'question', '1', '2', '3', '4', '5', 'why', 'evidence'];

/** The questionnaire CSV's exact first line, by which centricity knows its own file before replacing it. */
export const QUESTIONS_CSV_HEADER = csvLine(CSV_COLUMNS);

/** One row per question, for a spreadsheet or a form builder. */
export function questionnaireCsv(questionnaire: Questionnaire): string {
  const rows = questionnaire.questions.map((question) => [
    question.id,
    question.dimension,
    question.text,
    ...question.scale,
    question.why,
    question.evidence,
  ]);
  return toCsv([CSV_COLUMNS, ...rows]);
}

export function questionnaireJson(questionnaire: Questionnaire, version: string): string {
  const { dimensions, questions } = questionnaire;
  return `${JSON.stringify({ generator: { name: 'centricity', version }, dimensions, questions }, null, 2)}\n`;
}
