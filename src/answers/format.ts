import { Document, isMap, isScalar } from 'yaml';
import type { Questionnaire } from '../questionnaire/index.js';
import type { Answers } from './types.js';

const HEADER = [
  ' centricity answers: one file per audit, readable and meant to be committed.',
  ' Each answer is 1–5 (centricity audit shows what each point means) or dont-know;',
  ' the optional note holds the evidence: a link, a document, a number.',
  ' Re-run the report with: centricity audit --answers <this file>',
].join('\n');

/** Renders answers as YAML, each answer preceded by its question so a reviewer can read the diff. */
export function formatAnswers(answers: Answers, questionnaire: Questionnaire): string {
  const document = new Document({
    schemaVersion: answers.schemaVersion,
    ...(answers.team !== undefined && { team: answers.team }),
    ...(answers.respondent !== undefined && { respondent: answers.respondent }),
    ...(answers.date !== undefined && { date: answers.date }),
    status: answers.status,
    ...(answers.done !== undefined && { done: answers.done }),
    answers: inQuestionnaireOrder(answers, questionnaire),
  });
  document.commentBefore = HEADER;
  const answersNode = document.get('answers', true);
  if (isMap(answersNode)) {
    for (const { key } of answersNode.items) {
      if (!isScalar(key)) continue;
      const question = questionnaire.questions.find((candidate) => candidate.id === key.value);
      if (question) key.commentBefore = ` ${question.text}`;
    }
  }
  return document.toString({ lineWidth: 0 });
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
