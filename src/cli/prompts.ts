/**
 * The interactive questionnaire: the one module that imports inquirer. It asks, and reports
 * every change through `onChange` so the caller can save it before the next question.
 */
import { input, Separator, select } from '@inquirer/prompts';
import { type Answers, type AnswerValue, DONT_KNOW, isScaleAnswer } from '../answers/types.js';
import { printable } from '../printable.js';
import { dimensionOf, type Question, type Questionnaire } from '../questionnaire/index.js';
import type { Style } from '../report/summary.js';

const BACK = 'back';

export interface AskOptions {
  questionnaire: Questionnaire;
  /** The answers so far: empty for a new audit, a draft when resuming. */
  answers: Answers;
  /** Index of the first question to ask. */
  startAt: number;
  /** Saves a change; returns the answers as saved, with what other processes saved meanwhile merged in. */
  onChange(answers: Answers): Promise<Answers>;
  style: Pick<Style, 'bold' | 'dim'>;
  /** Where prompts read and draw; stdin and stderr unless a test says otherwise. */
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export type AskOutcome = { completed: true; answers: Answers } | { completed: false; answers: Answers };

export async function askQuestionnaire(options: AskOptions): Promise<AskOutcome> {
  const context = { input: options.input ?? process.stdin, output: options.output ?? process.stderr };
  const { questions } = options.questionnaire;
  // Inquirer breaks long lines at the terminal's edge mid-word; wrap them at word boundaries first.
  const width = Math.max(40, ((context.output as { columns?: number }).columns ?? 80) - 4);
  let answers = options.answers;
  const save = async (next: Answers) => {
    answers = await options.onChange(next);
  };

  try {
    const starting = Object.keys(answers.answers).length === 0;
    if (starting && answers.team === undefined) {
      const team = (await input({ message: 'Which team or company is this audit for?' }, context)).trim();
      await save({ ...answers, ...(team && { team }) });
      // Given with --respondent, the name is already in the file.
      if (answers.respondent === undefined) {
        const respondent = (await input({ message: 'Your name and role (optional, shown in the report):' }, context)).trim();
        await save({ ...answers, ...(respondent && { respondent }) });
      }
    }

    let index = options.startAt;
    while (index < questions.length) {
      const question = questions[index]!;
      const dimension = dimensionOf(options.questionnaire, question);
      const previous = answers.answers[question.id];
      const choice = await select<AnswerValue | typeof BACK>(
        {
          message: [
            options.style.dim(`${printable(dimension.title)} · question ${index + 1} of ${questions.length}`),
            options.style.bold(wrap(printable(question.text), width)),
            options.style.dim(wrap(`Why it matters: ${printable(question.why)}`, width)),
          ].join('\n  '),
          choices: [
            ...question.scale.map((anchor, point) => ({
              name: `${point + 1}  ${printable(anchor)}`,
              value: (point + 1) as AnswerValue,
              short: `${point + 1}/5`,
            })),
            { name: "?  Don't know", value: DONT_KNOW, short: "don't know" },
            ...(index > 0 ? [new Separator(' '), { name: '←  Back to the previous question', value: BACK, short: 'back' } as const] : []),
          ],
          default: previous?.answer,
          pageSize: 9,
          loop: false,
          // Once answered, only the position line stays on screen, an arrow between it and the answer.
          theme: { style: { message: (text: string, status: string) => (status === 'done' ? `${text.split('\n')[0]!} →` : text) } },
        },
        context,
      );
      if (choice === BACK) {
        index--;
        continue;
      }
      // A note stays with the answer it was written for: a changed answer starts without one.
      const keptNote = previous?.answer === choice ? previous.note : undefined;
      // Saved before the note is asked, so Ctrl-C at the note keeps the answer.
      await save(withAnswer(answers, question.id, { answer: choice, ...(keptNote && { note: keptNote }) }));
      const note = (await input(notePrompt(question, choice, keptNote, options.style, width), context)).trim();
      await save(withAnswer(answers, question.id, note ? { answer: choice, note } : { answer: choice }));
      index++;
    }
  } catch (error) {
    if (isInterruption(error)) return { completed: false, answers };
    throw error;
  }
  return { completed: true, answers: await options.onChange({ ...answers, status: 'complete' }) };
}

/**
 * The note asked after an answer, with the question's guidance on what counts as evidence. A high
 * answer asks for evidence (without it the report calls the answer claimed); any other answer
 * takes an optional note. Enter skips it, or keeps the note already there.
 */
function notePrompt(question: Question, choice: AnswerValue, keptNote: string | undefined, style: AskOptions['style'], width: number) {
  const needsEvidence = isScaleAnswer(choice) && choice >= 4;
  const label = needsEvidence ? 'Evidence' : 'Note';
  const enter = keptNote ? 'Enter keeps the note shown, Backspace then Enter removes it' : 'Enter to skip';
  const guidance = needsEvidence ? `What counts: ${question.evidence}` : `Evidence for a 4 or 5 would be: ${question.evidence}`;
  return {
    message: [
      style.bold(needsEvidence ? `Evidence for this answer (a link, document or number; ${enter}):` : `Note (optional; ${enter}):`),
      style.dim(wrap(printable(guidance), width)),
      '›',
    ].join('\n  '),
    // A note from an answers file is shown, and so kept, without its control characters.
    default: printable(keptNote ?? ''),
    // Once given, one line: what it was, and the note or that there is none.
    theme: { style: { message: (text: string, status: string) => (status === 'done' ? `${label}:` : text) } },
    transformer: (value: string, { isFinal }: { isFinal: boolean }) => (isFinal && !value ? style.dim('none') : value),
  };
}

/** Word-wraps text to `width` columns, continuation lines indented to sit under the first. */
export function wrap(text: string, width: number, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

function withAnswer(answers: Answers, id: string, answer: Answers['answers'][string]): Answers {
  return { ...answers, answers: { ...answers.answers, [id]: answer } };
}

/** Index of the first question with no answer, or the number of questions when all are answered. */
export function firstUnanswered(questionnaire: Questionnaire, answers: Answers): number {
  const index = questionnaire.questions.findIndex((question) => !(question.id in answers.answers));
  return index === -1 ? questionnaire.questions.length : index;
}

/** A one-off choice (resume, start over, cancel), drawn where the questionnaire is drawn; null on Ctrl-C. */
export async function chooseOne<T extends string>(
  message: string,
  choices: { name: string; value: T }[],
  context: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {},
): Promise<T | null> {
  try {
    return await select<T>({ message, choices }, { input: context.input ?? process.stdin, output: context.output ?? process.stderr });
  } catch (error) {
    if (isInterruption(error)) return null;
    throw error;
  }
}

function isInterruption(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
