import { readTextFile, writeFileAtomic } from '../io/files.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { formatAnswers } from './format.js';
import { parseAnswers } from './parse.js';
import type { Answers } from './types.js';

export async function loadAnswers(path: string, questionnaire: Questionnaire): Promise<Answers> {
  return parseAnswers(await readTextFile(path, 'answers file'), path, questionnaire);
}

export async function saveAnswers(path: string, answers: Answers, questionnaire: Questionnaire): Promise<void> {
  await writeFileAtomic(path, formatAnswers(answers, questionnaire));
}

