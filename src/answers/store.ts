import { readTextFile, writeFileAtomic } from '../io/files.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { parseAnswersCsv } from './csv.js';
import { formatAnswers } from './format.js';
import { parseAnswers } from './parse.js';
import type { Answers } from './types.js';

/** Reads an answers file: YAML (or JSON), or a CSV of answers from a spreadsheet or form. */
export async function loadAnswers(path: string, questionnaire: Questionnaire): Promise<Answers> {
  const text = await readTextFile(path, 'answers file');
  return /\.(csv|tsv)$/i.test(path) ? parseAnswersCsv(text, path, questionnaire) : parseAnswers(text, path, questionnaire);
}

export async function saveAnswers(path: string, answers: Answers, questionnaire: Questionnaire): Promise<void> {
  await writeFileAtomic(path, formatAnswers(answers, questionnaire));
}
