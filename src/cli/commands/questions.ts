import { DEFAULT_QUESTIONNAIRE } from '../../questionnaire/index.js';
import { questionnaireCsv, questionnaireJson, questionnaireMarkdown } from '../../questionnaire/export.js';
import { EXIT } from '../exit-codes.js';
import { writeOutput } from '../output.js';
import { VERSION } from '../version.js';

export interface QuestionsOptions {
  format: 'md' | 'csv' | 'json';
  out: string;
  force?: boolean;
}

const RENDERERS = {
  md: questionnaireMarkdown,
  csv: questionnaireCsv,
  json: (questionnaire: typeof DEFAULT_QUESTIONNAIRE) => questionnaireJson(questionnaire, VERSION),
} as const;

/** `centricity questions`: the questionnaire, to collect answers in a form or spreadsheet. */
export async function questionsCommand(options: QuestionsOptions): Promise<number> {
  await writeOutput(options.out, RENDERERS[options.format](DEFAULT_QUESTIONNAIRE), { force: Boolean(options.force) });
  return EXIT.ok;
}
