import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { errorCode, errorMessage, InputError } from '../errors.js';
import { formatList } from '../format.js';
import { describeFileError, fileExists, readStart, readTextFile, writeFileAtomic } from '../io/files.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { parseAnswersCsv, readAnswersCsv } from './csv.js';
import { type FormatOptions, formatAnswers, hasCommentedQuestions } from './format.js';
import { mergeAnswers } from './merge.js';
import { parseAnswers } from './parse.js';
import { mergeRespondents, type Respondent } from './team.js';
import type { Answers } from './types.js';

/** Reads an answers file: YAML (or JSON), or a CSV of answers from a spreadsheet or form. */
export async function loadAnswers(path: string, questionnaire: Questionnaire): Promise<Answers> {
  return parseAnswersText(await readTextFile(path, 'answers file'), path, questionnaire);
}

function parseAnswersText(text: string, path: string, questionnaire: Questionnaire): Answers {
  return isCsv(path) ? parseAnswersCsv(text, path, questionnaire) : parseAnswers(text, path, questionnaire);
}

function isCsv(path: string): boolean {
  return /\.(csv|tsv)$/i.test(path);
}

export interface TeamAnswers {
  /** Everyone's answers as the team's (see mergeRespondents); one file's answers as they are. */
  answers: Answers;
  /** The files read, in the order found. */
  files: string[];
  /** The files that are unfinished drafts (`status: in-progress`). */
  drafts: string[];
  /** Files a folder or a pattern held that are not answers (a config, a feedback export, a report): left out, to be named. */
  skipped: string[];
}

/**
 * Reads the answers of one or more people: each YAML or JSON file is one respondent, each row
 * of a CSV one; a folder, or a glob pattern the shell left alone, stands for every answers file
 * in it (backups aside). Every file is read before any is refused, so that one run names every
 * bad file, each in its own sentence.
 */
export async function loadTeamAnswers(paths: readonly string[], questionnaire: Questionnaire): Promise<TeamAnswers> {
  const { files, skipped } = await expandAnswersPaths(paths, questionnaire);
  if (files.length === 1) {
    const answers = await loadAnswers(files[0]!, questionnaire);
    return { answers, files, drafts: answers.status === 'in-progress' ? files : [], skipped };
  }
  const respondents: Respondent[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      const text = await readTextFile(file, 'answers file');
      if (isCsv(file)) {
        respondents.push(...readAnswersCsv(text, file, questionnaire));
        continue;
      }
      const answers = parseAnswers(text, file, questionnaire);
      if (Object.keys(answers.answers).length === 0) {
        problems.push(`${file} holds no answers yet: finish it with centricity audit --resume --save-answers ${file}, or leave it out.`);
      }
      respondents.push({ name: answers.respondent?.trim() || file, source: file, answers });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(errorMessage(error));
    }
  }
  if (problems.length === 1) throw new InputError(problems[0]!);
  if (problems.length > 1) {
    const items = problems.map((problem) => `  - ${problem.replace(/\n/g, '\n    ')}`);
    throw new InputError(`${problems.length} answers files cannot be used:\n${items.join('\n')}`);
  }
  const drafts = respondents.filter((respondent) => respondent.answers.status === 'in-progress').map((respondent) => respondent.source);
  return { answers: mergeRespondents(respondents), files, drafts, skipped };
}

/** What a folder or a glob pattern takes: answers files, and not the backups centricity keeps of them. */
const ANSWERS_FILE = /\.(ya?ml|json|csv|tsv)$/i;
const BACKUP = /\.bak\.[^.]+$/i;
const isAnswersFileName = (name: string) => ANSWERS_FILE.test(name) && !BACKUP.test(name);

/** How much of a file tells whether it holds answers: a CSV's header, a report's generator field. */
const SNIFF_BYTES = 4096;

/** Files a folder of answers often holds beside them: centricity's config and a project's manifest. */
const NEIGHBOURS = /^(centricity\.config\.[a-z]+|package(-lock)?\.json)$/i;

/**
 * Whether a file a folder or a pattern found is one to read as answers: not a config or a manifest,
 * not a report centricity wrote, and a CSV only when its header names a question (a feedback export
 * beside the answers does not).
 */
async function looksLikeAnswers(file: string, questionnaire: Questionnaire): Promise<boolean> {
  if (NEIGHBOURS.test(basename(file))) return false;
  if (!/\.(json|csv|tsv)$/i.test(file)) return true;
  const head = (await readStart(file, SNIFF_BYTES, 'answers file').catch(() => Buffer.alloc(0))).toString('utf8');
  if (/\.json$/i.test(file)) return !/"generator"\s*:\s*\{\s*"name"\s*:\s*"centricity"/.test(head);
  const header = head.split(/\r?\n/, 1)[0]!.toLowerCase();
  return questionnaire.questions.some((question) => header.includes(question.id));
}

/**
 * The files the paths name: a file as it is, a folder's and a pattern's answers files in name order
 * (others they hold are `skipped`, to be named); each file once.
 */
async function expandAnswersPaths(paths: readonly string[], questionnaire: Questionnaire): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const keep = async (found: readonly string[]) => {
    for (const file of found) ((await looksLikeAnswers(file, questionnaire)) ? files : skipped).push(file);
  };
  for (const path of paths) {
    const isFolder = await stat(path).then(
      (stats) => stats.isDirectory(),
      () => false,
    );
    if (isFolder) {
      const found = (await readdir(path)).filter(isAnswersFileName).sort();
      if (found.length === 0) throw new InputError(`${path} holds no answers files (.yaml, .yml, .json, .csv or .tsv): check the folder.`);
      await keep(found.map((name) => join(path, name)));
    } else if (/[*?[\]{}]/.test(path) && !(await fileExists(path))) {
      // Paths come back the way the pattern was written: absolute for an absolute pattern.
      const matches = (await glob(path, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) })).sort();
      const found = matches.filter(isAnswersFileName);
      if (found.length === 0)
        throw new InputError(
          `no answers file matches ${path}: check the pattern (.yaml, .yml, .json, .csv or .tsv files; backups are left out).`,
        );
      await keep(found);
    } else {
      files.push(path);
    }
  }
  if (files.length === 0) throw new InputError(`${formatList(skipped)}: none of these is an answers file; name the answers files.`);
  // A file named twice (by a pattern and by name) is one person, read once.
  const seen = new Set<string>();
  const once = files.filter((file) => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { files: once, skipped };
}

/**
 * Where the questionnaire saves one person's answers: `centricity-answers.<name>.yaml`, the name
 * in lower case with every run of other characters than letters and digits made one dash.
 */
export function respondentAnswersFile(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  if (slug === '')
    throw new InputError(`--respondent ${JSON.stringify(name)} has no letters or digits: give a name, e.g. --respondent ana.`);
  return `centricity-answers.${slug}.yaml`;
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
