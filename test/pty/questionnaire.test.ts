/**
 * The interactive questionnaire, typed in a real pseudo-terminal against the built CLI
 * (bin/centricity.js → dist/): every prompt is waited for before a key is pressed, and
 * the answers file and report are checked byte for byte where it matters.
 */

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatAnswers } from '../../src/answers/format.js';
import type { Answers } from '../../src/answers/types.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { escapeRegExp } from '../helpers/regexp.js';
import { assertBuilt, BIN, type Exit, KEY, TerminalSession, terminalEnv } from './terminal-session.js';

type Choice = 1 | 2 | 3 | 4 | 5 | 'dont-know';
type Key = Choice | 'back';
interface Step {
  choice: Choice;
  note?: string;
}
interface SavedAnswers {
  schemaVersion: number;
  team?: string;
  respondent?: string;
  date?: string;
  status: string;
  answers: Record<string, { answer: Choice; note?: string }>;
}

const { questions: QUESTIONS, dimensions: DIMENSIONS } = DEFAULT_QUESTIONNAIRE;
const TOTAL = QUESTIONS.length;
const IDS = QUESTIONS.map((question) => question.id);
const REPORT_DATE = '2026-11-23';
const TEAM = 'Test Team';
const RESPONDENT = 'Pat Doe, Head of CX';

/** Cycles 1..5 and "don't know"; a note (a link) on every fourth question. */
const PLAN: Step[] = IDS.map((_, index) => {
  const cycle: Choice[] = [1, 2, 3, 4, 5, 'dont-know'];
  const choice = cycle[index % cycle.length]!;
  return index % 4 === 0 ? { choice, note: `https://example.test/evidence-${index + 1}` } : { choice };
});

function expectedAnswers(plan: readonly Step[]): SavedAnswers['answers'] {
  return Object.fromEntries(
    plan.map((step, index) => [IDS[index]!, step.note === undefined ? { answer: step.choice } : { answer: step.choice, note: step.note }]),
  );
}

// ── Keys and what the screen shows for them ─────────────────────────────────────────────
/** Digits pick a choice by position: 1–5 on the scale, 6 "don't know", 7 "back" (separators are skipped). */
function digitFor(key: Key): string {
  return key === 'dont-know' ? '6' : key === 'back' ? '7' : String(key);
}

/** The select's cursor on a choice: "❯ 4  A named senior owner…", "❯ ?  Don't know", "❯ ←  Back…". */
function cursorOn(key: Key): RegExp {
  const label = key === 'dont-know' ? '\\?' : key === 'back' ? '←' : String(key);
  return new RegExp(`[❯>] ${label}  \\S`);
}

/** What the select prints once answered. */
function shortFor(key: Key): string {
  return key === 'dont-know' ? "don't know" : key === 'back' ? 'back' : `${key}/5`;
}

/** Typed text as echoed: inquirer wraps long lines at the terminal width, so a newline may fall anywhere
 * (and take the place of a space). */
function echoed(text: string): RegExp {
  return new RegExp([...text].map((char) => (char === ' ' ? '[ \\n]' : escapeRegExp(char))).join('\\n?'));
}

function questionShown(n: number): RegExp {
  // The help line closes the render: once it is there, the whole prompt is listening.
  return new RegExp(`question ${n} of ${TOTAL}\\n[\\s\\S]*navigate`);
}

const NOTE_PROMPT = /(Evidence for this answer|Note \(optional)[^\n]*:/;

// ── Sessions, temp dirs and cleanup ─────────────────────────────────────────────────────
const sessions: TerminalSession[] = [];
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'centricity-pty-'));
  dirs.push(dir);
  return dir;
}

function files(dir: string) {
  return { answers: join(dir, 'answers.yaml'), report: join(dir, 'report.md') };
}

function startAudit(dir: string, extra: readonly string[] = []): TerminalSession {
  const { answers, report } = files(dir);
  const session = new TerminalSession(['audit', '--save-answers', answers, '--out', report, '--date', REPORT_DATE, ...extra], { cwd: dir });
  sessions.push(session);
  return session;
}

async function readAnswers(path: string): Promise<SavedAnswers> {
  return parse(await readFile(path, 'utf8')) as SavedAnswers;
}

async function exitOf(session: TerminalSession, timeoutMs = 10_000): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the CLI did not exit within ${timeoutMs} ms.\n${session.screen.slice(-2500)}`)), timeoutMs);
  });
  try {
    return await Promise.race([session.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

beforeAll(() => {
  assertBuilt();
  expect(TOTAL).toBe(34);
});

afterEach(async () => {
  for (const session of sessions.splice(0)) session.kill();
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

// ── Driving the prompts ─────────────────────────────────────────────────────────────────
/** The team and respondent inputs asked before a new audit. */
async function introduce(session: TerminalSession): Promise<void> {
  await session.waitFor(/34 questions in 8 dimensions/);
  await session.waitFor(/\? Which team or company is this audit for\?/);
  session.send(TEAM);
  await session.waitFor(echoed(TEAM));
  session.markAndSend(KEY.enter);
  await session.waitFor(/\? Your name and role \(optional/);
  session.send(RESPONDENT);
  await session.waitFor(echoed(RESPONDENT));
  session.markAndSend(KEY.enter);
}

/**
 * At question n's select (the output since the mark must start at or before it): moves the
 * cursor with a digit, checks it landed, presses Enter and checks the answer was echoed.
 */
async function choose(session: TerminalSession, n: number, key: Key): Promise<void> {
  await session.waitFor(questionShown(n));
  session.send(digitFor(key));
  await session.waitFor(cursorOn(key));
  session.markAndSend(KEY.enter);
  // The answered prompt is redrawn as one line, an arrow between the position and the answer.
  await session.waitFor(new RegExp(`✔ [^\\n]* · question ${n} of ${TOTAL} → ${escapeRegExp(shortFor(key))}\\n`));
}

/** Text as drawn in a prompt that word-wraps it: any space may have become a line break and an indent. */
function wrapped(text: string): RegExp {
  return new RegExp(text.split(' ').map(escapeRegExp).join('\\s+'));
}

/**
 * At the note prompt that follows question n's answer: checks it shows the question's evidence
 * guidance, types the note (if any) and Enter, and checks the prompt shrank to one line.
 */
async function answerNote(session: TerminalSession, n: number, choice: Choice, note?: string): Promise<void> {
  const prompt = await session.waitFor(new RegExp(`${NOTE_PROMPT.source}\\n([\\s\\S]*?)›`));
  // A high answer asks for evidence; the others for an optional note. Both say what counts as evidence.
  const high = typeof choice === 'number' && choice >= 4;
  expect(prompt[1], `note prompt after answer ${choice}`).toBe(high ? 'Evidence for this answer' : 'Note (optional');
  expect(prompt[0]).toMatch('Enter to skip');
  expect(prompt[2]).toMatch(wrapped(`${high ? 'What counts:' : 'Evidence for a 4 or 5 would be:'} ${QUESTIONS[n - 1]!.evidence}`));
  if (note !== undefined) {
    session.send(note);
    await session.waitFor(echoed(note));
  }
  session.markAndSend(KEY.enter);
  await session.waitFor(new RegExp(`✔ ${high ? 'Evidence' : 'Note'}: ${echoed(note ?? 'none').source}\\n`));
}

async function answer(session: TerminalSession, n: number, step: Step): Promise<void> {
  await choose(session, n, step.choice);
  await answerNote(session, n, step.choice, step.note);
}

/** An audit started in `dir` that has answered the first questions with `steps` and shows the next one. */
async function auditAnswering(dir: string, steps: readonly Step[]): Promise<TerminalSession> {
  const session = startAudit(dir);
  await introduce(session);
  for (const [index, step] of steps.entries()) await answer(session, index + 1, step);
  await session.waitFor(questionShown(steps.length + 1));
  return session;
}

// ── The tests ───────────────────────────────────────────────────────────────────────────
describe('centricity audit in a pseudo-terminal', { timeout: 60_000 }, () => {
  it('answers every question in a real terminal and writes the report', async () => {
    const dir = await tempDir();
    const paths = files(dir);
    const session = startAudit(dir);
    await introduce(session);

    // Question 2 is answered twice: 2 with a note, then (after Back at question 3) 5 with new evidence.
    const firstNote = 'asked in the weekly review';
    const secondNote = 'https://example.test/targets';
    const plan: Step[] = PLAN.map((step, index) => (index === 1 ? { choice: 5, note: secondNote } : step));

    await answer(session, 1, plan[0]!);
    await answer(session, 2, { choice: 2, note: firstNote });

    // Back at question 3: question 2 comes again with the saved answer under the cursor.
    await choose(session, 3, 'back');
    const again = await session.waitFor(questionShown(2));
    expect(again[0]).toMatch(cursorOn(2));
    expect(Object.keys((await readAnswers(paths.answers)).answers)).toEqual(IDS.slice(0, 2));

    await choose(session, 2, 5);
    // The changed answer is on disk before its note is asked; the note written for the old answer
    // is not carried over as evidence for the new one.
    const notePrompt = await session.waitFor(NOTE_PROMPT);
    expect(notePrompt[0]).not.toContain(firstNote);
    expect((await readAnswers(paths.answers)).answers[IDS[1]!]).toEqual({ answer: 5 });
    await answerNote(session, 2, 5, secondNote);

    for (let n = 3; n <= TOTAL; n++) await answer(session, n, plan[n - 1]!);

    const exit = await exitOf(session);
    const transcript = session.transcript;
    expect(exit.exitCode, transcript.slice(-2000)).toBe(0);
    expect(transcript).toContain(`All answers saved in ${paths.answers}.`);
    expect(transcript).toContain(`Report written to ${paths.report}`);

    // The answers file: complete, every question in questionnaire order, exactly what was typed.
    const saved = await readAnswers(paths.answers);
    expect(saved).toEqual({
      schemaVersion: 1,
      team: TEAM,
      respondent: RESPONDENT,
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      status: 'complete',
      answers: expectedAnswers(plan),
    });
    expect(Object.keys(saved.answers)).toEqual(IDS);
    expect(saved.answers[IDS[1]!]).toEqual({ answer: 5, note: secondNote });
    expect(saved.answers[IDS[5]!]).toEqual({ answer: 'dont-know' });
    expect(saved.answers[IDS[4]!]).toEqual({ answer: 5, note: 'https://example.test/evidence-5' });
    // The file is meant to be read: each answer is preceded by its question as a comment.
    const text = await readFile(paths.answers, 'utf8');
    expect(text).toContain(`  # ${QUESTIONS[0]!.text}\n  ${IDS[0]}:\n`);

    // The report: titled for the team, dated by --date, with a row per dimension.
    const report = await readFile(paths.report, 'utf8');
    const [marker, title] = report.split('\n');
    expect(marker).toMatch(/^<!-- generated by centricity/);
    expect(title).toBe('# Customer-centricity audit: Test Team');
    expect(report).toContain(`Answered on ${saved.date} by ${RESPONDENT}.`);
    expect(report).toContain(`Generated on ${REPORT_DATE}`);
    expect(report).toContain('## Scores by dimension');
    expect(report).toContain("| Dimension | Score | | Level | Answered | Don't know | Claimed, not evidenced |");
    for (const dimension of DIMENSIONS) {
      const ids = QUESTIONS.filter((question) => question.dimension === dimension.id).map((question) => question.id);
      const steps = ids.map((id) => plan[IDS.indexOf(id)]!);
      const scaled = steps.filter((step) => step.choice !== 'dont-know').length;
      const dontKnow = steps.length - scaled;
      const claimed = steps.filter((step) => typeof step.choice === 'number' && step.choice >= 4 && step.note === undefined).length;
      const row = new RegExp(
        `^\\| ${escapeRegExp(dimension.title)}(?: ⚠)? \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| ` +
          `${scaled}/${ids.length} \\| ${dontKnow} \\| ${claimed} \\|$`,
        'm',
      );
      expect(report, `row for ${dimension.title}`).toMatch(row);
    }
    expect(report).toContain('## What the team does not know');
    expect(report).toContain(`- ${QUESTIONS[5]!.text}\n`);
    expect(report).toContain('https://example.test/evidence-1');
    expect(report).toContain(secondNote);
  });

  it('Ctrl-C keeps every answer and --resume goes on', async () => {
    const dir = await tempDir();
    const paths = files(dir);
    const plan: Step[] = PLAN.map((step, index) => (index === 2 ? { choice: 3, note: 'ask Sam in support' } : step));

    const first = await auditAnswering(dir, plan.slice(0, 5));
    first.markAndSend(KEY.ctrlC);
    const stopped = await exitOf(first);
    expect(stopped.exitCode, first.screen).toBe(130);
    expect(first.screen).toContain(
      `Stopped. 5 of 34 answers are saved in ${paths.answers}; ` +
        `run centricity audit --resume --save-answers ${paths.answers} --out ${paths.report} --date ${REPORT_DATE} to go on.`,
    );
    expect(existsSync(paths.report)).toBe(false);
    expect(existsSync(`${paths.answers}.lock`)).toBe(false);

    const draft = await readAnswers(paths.answers);
    expect(draft).toEqual({
      schemaVersion: 1,
      team: TEAM,
      respondent: RESPONDENT,
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      status: 'in-progress',
      answers: expectedAnswers(plan.slice(0, 5)),
    });

    const second = startAudit(dir, ['--resume']);
    await second.waitFor(questionShown(6));
    // Resuming says where it picks up, asks nothing about the team and goes straight to the first unanswered question.
    expect(second.screen).toMatch(/5 of 34 answered; going on at question 6\.\n\n\? [^\n]+ · question 6 of 34\n/);
    expect(second.screen).not.toMatch(/Which team|Your name and role|questions in 8 dimensions|already holds/);
    expect(second.screen).not.toMatch(/question [1-5] of 34/);
    for (let n = 6; n <= TOTAL; n++) await answer(second, n, plan[n - 1]!);
    const done = await exitOf(second);
    expect(done.exitCode, second.transcript.slice(-2000)).toBe(0);

    const saved = await readAnswers(paths.answers);
    expect(saved.status).toBe('complete');
    expect(Object.keys(saved.answers)).toEqual(IDS);
    expect(saved).toEqual({ ...draft, status: 'complete', answers: expectedAnswers(plan) });
    for (const id of IDS.slice(0, 5)) expect(saved.answers[id]).toEqual(draft.answers[id]);
    expect(await readFile(paths.report, 'utf8')).toMatch(/^# Customer-centricity audit: Test Team$/m);
  });

  it('Ctrl-C at a note keeps the answer just chosen, without the half-typed note', async () => {
    const dir = await tempDir();
    const paths = files(dir);

    const first = startAudit(dir);
    await introduce(first);
    await answer(first, 1, { choice: 2, note: 'kept' });
    await choose(first, 2, 4);
    await first.waitFor(NOTE_PROMPT);
    first.send('half a no');
    await first.waitFor(echoed('half a no'));
    first.markAndSend(KEY.ctrlC);
    expect((await exitOf(first)).exitCode, first.screen).toBe(130);
    expect(first.screen).toContain(`Stopped. 2 of 34 answers are saved in ${paths.answers};`);

    const draft = await readAnswers(paths.answers);
    expect(draft.status).toBe('in-progress');
    expect(draft.answers).toEqual({ [IDS[0]!]: { answer: 2, note: 'kept' }, [IDS[1]!]: { answer: 4 } });

    // --resume goes on after the interrupted question; stopping again changes nothing.
    const second = startAudit(dir, ['--resume']);
    await second.waitFor(questionShown(3));
    second.markAndSend(KEY.ctrlC);
    expect((await exitOf(second)).exitCode, second.screen).toBe(130);
    expect(second.screen).toContain(`Stopped. 2 of 34 answers are saved in ${paths.answers};`);
    expect((await readAnswers(paths.answers)).answers).toEqual(draft.answers);
  });

  it('a note kept from before is kept with Enter, and removed with Backspace then Enter', async () => {
    const dir = await tempDir();
    const paths = files(dir);
    const session = await auditAnswering(dir, [{ choice: 2, note: 'asked Sam' }]);
    for (const keys of ['', KEY.backspace]) {
      await choose(session, 2, 'back');
      await choose(session, 1, 2);
      // The note is shown as the prompt's default, after the guidance.
      await session.waitFor(/Note \(optional; Enter keeps the note shown, Backspace then Enter removes it\):\n[^›]*› \(asked Sam\)/);
      if (keys) session.send(keys);
      session.markAndSend(KEY.enter);
      await session.waitFor(keys ? /✔ Note: none\n/ : /✔ Note: asked Sam\n/);
      await session.waitFor(questionShown(2));
      expect((await readAnswers(paths.answers)).answers[IDS[0]!]).toEqual(keys ? { answer: 2 } : { answer: 2, note: 'asked Sam' });
    }
  });

  it('--respondent saves one file per person with the name in it, and asks for no name', async () => {
    const dir = await tempDir();
    const session = new TerminalSession(['audit', '--respondent', 'Ana Lima', '--date', REPORT_DATE], { cwd: dir });
    sessions.push(session);
    await session.waitFor(/\? Which team or company is this audit for\?/);
    session.send(TEAM);
    await session.waitFor(echoed(TEAM));
    session.markAndSend(KEY.enter);
    await answer(session, 1, PLAN[0]!);
    await session.waitFor(questionShown(2));
    expect(session.screen).not.toMatch(/Your name and role/);
    session.markAndSend(KEY.ctrlC);
    expect((await exitOf(session)).exitCode, session.screen).toBe(130);
    expect(session.screen).toContain(
      'Stopped. 1 of 34 answers are saved in centricity-answers.ana-lima.yaml; ' +
        `run centricity audit --resume --respondent 'Ana Lima' --date ${REPORT_DATE} to go on.`,
    );
    const saved = await readAnswers(join(dir, 'centricity-answers.ana-lima.yaml'));
    expect(saved).toMatchObject({ team: TEAM, respondent: 'Ana Lima', status: 'in-progress' });
    expect(Object.keys(saved.answers)).toEqual(IDS.slice(0, 1));
  });

  it('Ctrl-C before the first answer saves nothing and says so', async () => {
    const dir = await tempDir();
    const paths = files(dir);
    const session = startAudit(dir);
    await session.waitFor(/\? Which team or company is this audit for\?/);
    session.markAndSend(KEY.ctrlC);
    expect((await exitOf(session)).exitCode, session.screen).toBe(130);
    expect(session.screen).toContain('Stopped before anything was answered; nothing was saved.');
    expect(existsSync(paths.answers)).toBe(false);
  });

  it('--resume on the init template keeps its commented questions; started through npx, it says npx', async () => {
    const dir = await tempDir();
    const template = join(dir, 'centricity-answers.yaml');
    execFileSync(process.execPath, [BIN, 'init'], { cwd: dir, env: terminalEnv() });
    const report = files(dir).report;
    const args = ['audit', '--resume', '--out', report, '--date', REPORT_DATE];
    // What npm sets for `npx centricity`.
    const first = new TerminalSession(args, { cwd: dir, env: { npm_command: 'exec', npm_lifecycle_event: 'npx' } });
    sessions.push(first);
    // Nothing answered yet: the template is started like a new audit.
    await introduce(first);
    await answer(first, 1, { choice: 4, note: 'the RACI' });
    await answer(first, 2, { choice: 2 });
    await first.waitFor(questionShown(3));
    first.markAndSend(KEY.ctrlC);
    expect((await exitOf(first)).exitCode, first.screen).toBe(130);
    expect(first.screen).toContain(
      `Stopped. 2 of 34 answers are saved in centricity-answers.yaml; run npx centricity audit --resume --out ${report} ` +
        `--date ${REPORT_DATE} to go on.`,
    );

    const text = await readFile(template, 'utf8');
    expect(text).toMatch(/^# centricity answers\. Fill in each answer/);
    for (const id of IDS.slice(2)) expect(text).toContain(`  # ${id}:\n  #   { answer: dont-know, note: "" }\n`);
    for (const id of IDS.slice(0, 2)) expect(text).not.toContain(`# ${id}:`);
    const saved = await readAnswers(template);
    expect(saved).toEqual({
      schemaVersion: 1,
      team: TEAM,
      respondent: RESPONDENT,
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      status: 'in-progress',
      answers: expectedAnswers([{ choice: 4, note: 'the RACI' }, { choice: 2 }]),
    });

    // Run directly this time: the resume line, then the third question; the stop message says centricity.
    const second = new TerminalSession(args, { cwd: dir });
    sessions.push(second);
    await second.waitFor(questionShown(3));
    expect(second.screen).toMatch(/2 of 34 answered; going on at question 3\.\n\n\? [^\n]+ · question 3 of 34\n/);
    second.markAndSend(KEY.ctrlC);
    expect((await exitOf(second)).exitCode, second.screen).toBe(130);
    expect(second.screen).toContain(`run centricity audit --resume --out ${report} --date ${REPORT_DATE} to go on.`);
    expect(await readFile(template, 'utf8')).toBe(text);
  });

  it('Ctrl-C at the "already holds answers" choice leaves the file as it was', async () => {
    const dir = await tempDir();
    const paths = files(dir);
    const first = startAudit(dir);
    await introduce(first);
    await answer(first, 1, { choice: 3 });
    await first.waitFor(questionShown(2));
    first.markAndSend(KEY.ctrlC);
    expect((await exitOf(first)).exitCode, first.screen).toBe(130);
    const before = await readFile(paths.answers, 'utf8');

    const second = startAudit(dir);
    await second.waitFor(/already holds 1 of 34 answers\. What now\?[\s\S]*navigate/);
    second.markAndSend(KEY.ctrlC);
    expect((await exitOf(second)).exitCode, second.screen).toBe(130);
    expect(second.screen).toContain(`Stopped; ${paths.answers} is unchanged.`);
    expect(second.screen).not.toContain('internal error');
    expect(await readFile(paths.answers, 'utf8')).toBe(before);
  });
});

// ── Two processes on one answers file ───────────────────────────────────────────────────
describe('two audits on one answers file', { timeout: 90_000 }, () => {
  const lockOf = (paths: { answers: string }) => `${paths.answers}.lock`;

  it('the second waits, then refuses in one sentence naming the first; the first loses nothing', async () => {
    const dir = await tempDir();
    const paths = files(dir);
    const first = await auditAnswering(dir, PLAN.slice(0, 3));
    const lock = JSON.parse(await readFile(lockOf(paths), 'utf8'));
    expect(lock).toMatchObject({ pid: first.pid, host: hostname(), command: 'audit' });
    const before = await readFile(paths.answers, 'utf8');

    const second = startAudit(dir, ['--resume']);
    const holder = `centricity audit \\(process ${first.pid} on ${escapeRegExp(hostname())}, since [\\d-]+ [\\d:]+ UTC\\)`;
    // Generous: a second node process starting on a loaded machine.
    await second.waitFor(
      new RegExp(`centricity: ${escapeRegExp(paths.answers)} is in use by ${holder}; waiting up to 5 s for it…`),
      30_000,
    );
    const refused = await exitOf(second, 30_000);
    expect(refused.exitCode, second.transcript).toBe(2);
    expect(second.transcript).toMatch(
      new RegExp(
        `centricity: ${escapeRegExp(paths.answers)} is in use by ${holder}: finish or stop that one first, ` +
          `or, if it is no longer running, delete ${escapeRegExp(lockOf(paths))}\\.\\n`,
      ),
    );
    expect(second.transcript).not.toMatch(/question \d+ of|internal error/);
    expect(await readFile(paths.answers, 'utf8')).toBe(before);

    // The first goes on as if nothing happened, and lets go of the lock when it stops.
    await answer(first, 4, PLAN[3]!);
    await first.waitFor(questionShown(5));
    first.markAndSend(KEY.ctrlC);
    expect((await exitOf(first)).exitCode, first.screen).toBe(130);
    expect(existsSync(lockOf(paths))).toBe(false);
    expect((await readAnswers(paths.answers)).answers).toEqual(expectedAnswers(PLAN.slice(0, 4)));
  });

  it('an audit stopped with SIGTERM removes its lock and keeps its answers', async () => {
    const dir = await tempDir();
    const paths = files(dir);
    const first = await auditAnswering(dir, PLAN.slice(0, 2));
    expect(existsSync(lockOf(paths))).toBe(true);
    process.kill(first.pid, 'SIGTERM');
    expect((await exitOf(first, 30_000)).exitCode).toBe(143);
    expect(existsSync(lockOf(paths))).toBe(false);
    expect((await readAnswers(paths.answers)).answers).toEqual(expectedAnswers(PLAN.slice(0, 2)));
  });

  it('the lock of a crashed audit is taken over by --resume, and every saved answer is kept', async () => {
    const dir = await tempDir();
    const paths = files(dir);
    const first = await auditAnswering(dir, PLAN.slice(0, 3));
    first.kill();
    await exitOf(first);
    expect(existsSync(lockOf(paths))).toBe(true);

    const second = startAudit(dir, ['--resume']);
    await second.waitFor(
      new RegExp(
        `centricity: took over ${escapeRegExp(lockOf(paths))}, ` +
          `left by centricity audit \\(process ${first.pid} on [^)]*\\), which is no longer running\\.`,
      ),
      30_000,
    );
    await answer(second, 4, PLAN[3]!);
    await second.waitFor(questionShown(5));
    second.markAndSend(KEY.ctrlC);
    expect((await exitOf(second)).exitCode, second.screen).toBe(130);
    expect((await readAnswers(paths.answers)).answers).toEqual(expectedAnswers(PLAN.slice(0, 4)));
    expect(existsSync(lockOf(paths))).toBe(false);
  });

  it('answers written to the file by another writer while the questionnaire runs are kept', async () => {
    const dir = await tempDir();
    const paths = files(dir);
    const first = await auditAnswering(dir, PLAN.slice(0, 2));

    // Another writer that the lock does not stop (an editor, a process that took the lock over as stale).
    const other = await readAnswers(paths.answers);
    const late = IDS[29]!;
    other.answers[late] = { answer: 5, note: 'written elsewhere' };
    await writeFile(paths.answers, formatAnswers(other as Answers, DEFAULT_QUESTIONNAIRE));

    await answer(first, 3, PLAN[2]!);
    await first.waitFor(questionShown(4));
    // Said when the answer to question 3 was saved, before its note was asked.
    expect(first.transcript).toContain(`centricity: kept what someone else saved to ${paths.answers} meanwhile (${late}).`);
    first.markAndSend(KEY.ctrlC);
    expect((await exitOf(first)).exitCode, first.screen).toBe(130);
    const saved = await readAnswers(paths.answers);
    expect(saved.answers).toEqual({ ...expectedAnswers(PLAN.slice(0, 3)), [late]: { answer: 5, note: 'written elsewhere' } });
    expect(saved.team).toBe(TEAM);
  });
});
