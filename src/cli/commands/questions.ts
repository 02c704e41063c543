import { loadSettings } from '../../config/find.js';
import type { Questionnaire } from '../../questionnaire/index.js';
import { questionnaireCsv, questionnaireJson, questionnaireMarkdown } from '../../report/questionnaire.js';
import { EXIT } from '../exit-codes.js';
import { writeOutput } from '../output.js';
import { VERSION } from '../version.js';

export interface QuestionsOptions {
  format: 'md' | 'csv' | 'json';
  config?: string;
  out: string;
  force?: boolean;
}

const RENDERERS = {
  md: questionnaireMarkdown,
  csv: questionnaireCsv,
  json: (questionnaire: Questionnaire) => questionnaireJson(questionnaire, VERSION),
} as const;

/** `centricity questions`: the questionnaire, to collect answers in a form or spreadsheet. */
export async function questionsCommand(options: QuestionsOptions): Promise<number> {
  const { settings } = await loadSettings(options.config);
  await writeOutput(options.out, RENDERERS[options.format](settings.questionnaire), { force: Boolean(options.force) });
  return EXIT.ok;
}
