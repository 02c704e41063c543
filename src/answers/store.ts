import { readFile, writeFile } from 'node:fs/promises';
import { errorCode, InputError } from '../errors.js';
import { describeFileError, fileExists, readTextFile, writeFileAtomic } from '../io/files.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { parseAnswersCsv } from './csv.js';
import { type FormatOptions, formatAnswers, hasCommentedQuestions } from './format.js';
import { mergeAnswers } from './merge.js';
import { parseAnswers } from './parse.js';
import type { Answers } from './types.js';

/** Reads an answers file: YAML (or JSON), or a CSV of answers from a spreadsheet or form. */
export async function loadAnswers(path: string, questionnaire: Questionnaire): Promise<Answers> {
  return parseAnswersText(await readTextFile(path, 'answers file'), path, questionnaire);
}

function parseAnswersText(text: string, path: string, questionnaire: Questionnaire): Answers {
  return /\.(csv|tsv)$/i.test(path) ? parseAnswersCsv(text, path, questionnaire) : parseAnswers(text, path, questionnaire);
}

export interface SaveOutcome {
  /** What the file holds now: the answers given, with what others saved since merged in. */
  answers: Answers;
  /** What happened to other processes' answers, in one sentence, when the file had changed. */
  notice?: string;
}

/**
 * An answers file this process writes again and again (the questionnaire saves every answer).
 * It remembers what it last read or wrote, so that each save first re-reads the file and merges
 * in what another process, or a hand edit, saved since (see mergeAnswers): their answers to
 * other questions are kept; where both changed the same question this save wins and their
 * version is kept whole in a backup file. The lock keeps other centricity processes out; this
 * covers those that are not kept out (a lock taken over as stale, an editor).
 */
export class AnswersWriter {
  /** The text this process last wrote: while the file still holds it, nobody else has saved. */
  private written: string | undefined;
  /** How unanswered questions are written: as the file had them when this process first saved to it. */
  private unanswered: FormatOptions['unanswered'];

  /** `base`: the answers as this process read them from the file, null when it starts a new file. */
  constructor(
    readonly path: string,
    private readonly questionnaire: Questionnaire,
    private base: Answers | null,
  ) {}

  async save(answers: Answers): Promise<SaveOutcome> {
    const onDisk = await readIfPresent(this.path);
    // A template from `centricity init` keeps its commented-out questions for whoever fills in the rest by hand.
    this.unanswered ??= onDisk !== null && hasCommentedQuestions(onDisk, this.questionnaire) ? 'commented' : 'omit';
    let result = answers;
    let notice: string | undefined;
    if (onDisk !== null && onDisk !== this.written) {
      let theirs: Answers | undefined;
      try {
        theirs = parseAnswersText(onDisk, this.path, this.questionnaire);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        const backup = await this.keep(onDisk);
        notice =
          `${this.path} was changed by someone else and can no longer be read; ` +
          `that version is kept as ${backup}, and these answers are saved.`;
      }
      if (theirs) {
        const merged = mergeAnswers(this.base, answers, theirs);
        result = merged.answers;
        if (merged.conflicts.length > 0) {
          const backup = await this.keep(onDisk);
          notice =
            `${list(merged.conflicts)} changed both here and by someone else since ${this.path} was read: ` +
            `the answer given here is saved, the other version is kept in ${backup}.`;
        } else if (merged.kept.length > 0) {
          notice = `kept what someone else saved to ${this.path} meanwhile (${list(merged.kept)}).`;
        }
      }
    }
    const text = formatAnswers(result, this.questionnaire, { unanswered: this.unanswered });
    await writeFileAtomic(this.path, text);
    this.written = text;
    this.base = result;
    return notice ? { answers: result, notice } : { answers: result };
  }

  /** Keeps a version of the file that this save would replace, under a name no other backup has. */
  private async keep(text: string): Promise<string> {
    const backup = await freeBackupName(this.path);
    try {
      await writeFile(backup, text, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      throw new InputError(describeFileError(error, backup, 'backup', 'write'));
    }
    return backup;
  }
}

async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw new InputError(describeFileError(error, path, 'answers file'));
  }
}

function list(names: readonly string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** `answers.yaml` → `answers.20261123-100203.bak.yaml`, with `-2`, `-3`… when that name is taken. */
export async function freeBackupName(path: string): Promise<string> {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  for (let attempt = 1; ; attempt++) {
    const name = path.replace(/(\.ya?ml)?$/i, `.${stamp}${attempt === 1 ? '' : `-${attempt}`}.bak$1`);
    if (!(await fileExists(name))) return name;
  }
}
