import { rename } from 'node:fs/promises';
import { AnswersWriter, freeBackupName, loadAnswers } from '../../answers/store.js';
import type { Answers } from '../../answers/types.js';
import { localToday } from '../../calendar.js';
import { InputError } from '../../errors.js';
import { formatCount } from '../../format.js';
import { fileExists } from '../../io/files.js';
import type { Questionnaire } from '../../questionnaire/index.js';
import { acquireLock } from '../lock.js';
import { askQuestionnaire, chooseOne, firstUnanswered } from '../prompts.js';
import { styleFor } from '../terminal.js';

export interface SessionOptions {
  /** The answers file, saved after every answer. */
  path: string;
  resume: boolean;
  questionnaire: Questionnaire;
  /** What the person types to go on after stopping, as they started centricity (see invocation.ts). */
  resumeCommand: string;
  /** Who answers (--respondent), written into a new answers file. */
  respondent?: string;
}

/**
 * Runs the questionnaire against an answers file on disk: every answer is saved as it is given,
 * an existing file is resumed or backed up (never silently overwritten), and Ctrl-C leaves
 * a draft that `--resume` continues. Returns null when the person stopped before the end.
 * The file is locked for the whole session, so a second audit on it waits briefly, then refuses.
 */
export async function collectAnswers(options: SessionOptions): Promise<Answers | null> {
  const say = (message: string) => process.stderr.write(`centricity: ${message}\n`);
  const lock = await acquireLock(options.path, { command: 'audit', onWait: say, onTakeOver: say });
  try {
    return await collectLocked(options);
  } finally {
    lock.release();
  }
}

async function collectLocked(options: SessionOptions): Promise<Answers | null> {
  const { path, questionnaire, resumeCommand } = options;
  const style = styleFor(process.stderr);
  const total = questionnaire.questions.length;
  let answers: Answers = {
    schemaVersion: 1,
    ...(options.respondent && { respondent: options.respondent }),
    date: today(),
    status: 'in-progress',
    answers: {},
  };
  let startAt = 0;
  // What the file held when the session started: what other processes' later saves are told from.
  let base: Answers | null = null;

  if (await fileExists(path)) {
    const saved = await loadAnswers(path, questionnaire);
    const answered = Object.keys(saved.answers).length;
    const backup = await freeBackupName(path);
    const decision = options.resume
      ? 'resume'
      : await chooseOne(`${path} already holds ${answered} of ${total} answers. What now?`, [
          {
            name:
              saved.status === 'complete'
                ? 'Review them: every question again, with the saved answer selected'
                : `Resume at question ${firstUnanswered(questionnaire, saved) + 1}`,
            value: 'resume',
          },
          { name: `Start over (the current file is kept as ${backup})`, value: 'restart' },
          { name: 'Cancel', value: 'cancel' },
        ]);
    if (decision === 'cancel' || decision === null) {
      process.stderr.write(`Stopped; ${path} is unchanged.\n`);
      return null;
    }
    if (decision === 'restart') {
      await rename(path, backup);
      process.stderr.write(style.dim(`Kept the previous answers as ${backup}.\n`));
    } else {
      base = saved;
      // A file that never had a date (the init template) is dated by the session that answers it.
      answers = { ...saved, date: saved.date ?? today(), status: 'in-progress' };
      const review = saved.status === 'complete' && !options.resume;
      startAt = review ? 0 : firstUnanswered(questionnaire, saved);
      if (startAt === total) {
        process.stderr.write(style.dim(`All ${total} questions in ${path} are answered.\n`));
        return { ...saved, status: 'complete' };
      }
      if (answered > 0) process.stderr.write(`${style.bold(whereItPicksUp(answered, total, review ? 'review' : startAt))}\n\n`);
    }
  } else if (options.resume) {
    throw new InputError(
      `there is no saved questionnaire at ${path} to resume: start one with centricity audit (or point --save-answers at the file).`,
    );
  }
  // Someone starting from nothing (a new file, or the empty init template) is told how it works.
  if (Object.keys(answers.answers).length === 0) {
    process.stderr.write(
      `${style.bold(`${total} questions in ${questionnaire.dimensions.length} dimensions, about 15 minutes.`)}\n` +
        style.dim(
          `Answer for how the team works today, not how it should. Type 1–5 or use the arrows, then Enter.\n` +
            `Every answer is saved to ${path} as you go: Ctrl-C stops, ${resumeCommand} continues.\n\n`,
        ),
    );
  }

  let saved = false;
  const writer = new AnswersWriter(path, questionnaire, base);
  const outcome = await askQuestionnaire({
    questionnaire,
    answers,
    startAt,
    style,
    onChange: async (next) => {
      const result = await writer.save(next);
      if (result.notice) process.stderr.write(`centricity: ${result.notice}\n`);
      saved = true;
      return result.answers;
    },
  });
  if (!outcome.completed) {
    const answered = Object.keys(outcome.answers.answers).length;
    process.stderr.write(
      // A file that was there before still holds its answers, even when none was given in this session.
      saved || base !== null
        ? `\nStopped. ${answered} of ${total} answers are saved in ${path}; run ${resumeCommand} to go on.\n`
        : '\nStopped before anything was answered; nothing was saved.\n',
    );
    return null;
  }
  process.stderr.write(style.dim(`\nAll answers saved in ${path}.\n`));
  return outcome.answers;
}

/**
 * Where a resumed questionnaire picks up, `next` being the index of the first question it asks:
 * "6 of 34 answered; going on at question 7". A review of a finished file asks them all again.
 */
export function whereItPicksUp(answered: number, total: number, next: number | 'review'): string {
  const done = `${formatCount(answered)} of ${formatCount(total)} answered`;
  return next === 'review'
    ? `${done}; going through them again from question 1, each with its saved answer selected.`
    : `${done}; going on at question ${formatCount(next + 1)}.`;
}

function today(): string {
  return localToday();
}
