import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAnswers } from '../../src/answers/format.js';
import { mergeAnswers } from '../../src/answers/merge.js';
import { parseAnswers } from '../../src/answers/parse.js';
import { AnswersWriter } from '../../src/answers/store.js';
import type { Answer, Answers } from '../../src/answers/types.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';

const IDS = DEFAULT_QUESTIONNAIRE.questions.map((question) => question.id);
const [A, B, C, D] = IDS as [string, string, string, string];

function draft(answers: Record<string, Answer>, fields: Partial<Answers> = {}): Answers {
  return { schemaVersion: 1, team: 'Fernhill', status: 'in-progress', ...fields, answers };
}

describe('mergeAnswers', () => {
  const base = draft({ [A]: { answer: 2 } });

  it('keeps the other side’s answers to questions this side did not touch', () => {
    const mine = draft({ [A]: { answer: 2 }, [B]: { answer: 4, note: 'okr doc' } });
    const theirs = draft({ [A]: { answer: 2 }, [C]: { answer: 'dont-know' } });
    const merged = mergeAnswers(base, mine, theirs);
    expect(merged.answers.answers).toEqual({ [A]: { answer: 2 }, [B]: { answer: 4, note: 'okr doc' }, [C]: { answer: 'dont-know' } });
    expect(merged.kept).toEqual([C]);
    expect(merged.conflicts).toEqual([]);
  });

  it('takes a change made on one side only, whichever side made it', () => {
    const theirsChanged = mergeAnswers(base, draft({ [A]: { answer: 2 } }), draft({ [A]: { answer: 5, note: 'dashboard' } }));
    expect(theirsChanged.answers.answers[A]).toEqual({ answer: 5, note: 'dashboard' });
    expect(theirsChanged.kept).toEqual([A]);
    const mineChanged = mergeAnswers(base, draft({ [A]: { answer: 3 } }), draft({ [A]: { answer: 2 } }));
    expect(mineChanged.answers.answers[A]).toEqual({ answer: 3 });
    expect(mineChanged.kept).toEqual([]);
    expect(mineChanged.conflicts).toEqual([]);
  });

  it('lets this save win where both changed the same question, and reports it', () => {
    const merged = mergeAnswers(base, draft({ [A]: { answer: 3 } }), draft({ [A]: { answer: 1, note: 'theirs' } }));
    expect(merged.answers.answers[A]).toEqual({ answer: 3 });
    expect(merged.conflicts).toEqual([A]);
    // The same change on both sides is no conflict.
    expect(mergeAnswers(base, draft({ [A]: { answer: 3 } }), draft({ [A]: { answer: 3 } })).conflicts).toEqual([]);
  });

  it('never removes an answer, even one the other side removed', () => {
    const merged = mergeAnswers(
      draft({ [A]: { answer: 2 }, [B]: { answer: 1 } }),
      draft({ [A]: { answer: 2 }, [B]: { answer: 1 } }),
      draft({ [A]: { answer: 2 } }),
    );
    expect(merged.answers.answers).toEqual({ [A]: { answer: 2 }, [B]: { answer: 1 } });
  });

  it('merges the team, respondent, date and status field by field', () => {
    const mine = draft({}, { team: 'Fernhill', respondent: 'Ana', status: 'in-progress' });
    const theirs = draft({}, { team: 'Fernhill Coffee', date: '2026-11-02', status: 'complete' });
    const merged = mergeAnswers(draft({}, { team: 'Fernhill' }), mine, theirs);
    expect(merged.answers).toMatchObject({ team: 'Fernhill Coffee', respondent: 'Ana', date: '2026-11-02', status: 'complete' });
    expect(merged.kept.sort()).toEqual(['date', 'status', 'team']);
  });

  it('without a base (a file appeared after this one started), both sides’ answers are kept and a difference is a conflict', () => {
    const merged = mergeAnswers(null, draft({ [A]: { answer: 4 } }), draft({ [A]: { answer: 1 }, [B]: { answer: 2 } }));
    expect(merged.answers.answers).toEqual({ [A]: { answer: 4 }, [B]: { answer: 2 } });
    expect(merged.conflicts).toEqual([A]);
  });

  it('property: every answer of either side survives, mine where mine changed, theirs where only theirs did', () => {
    const value = fc.constantFrom<Answer>({ answer: 1 }, { answer: 3, note: 'n' }, { answer: 5 }, { answer: 'dont-know' });
    const side = fc.dictionary(fc.constantFrom(A, B, C, D), value);
    fc.assert(
      fc.property(side, side, side, (before, ours, other) => {
        const { answers } = mergeAnswers(draft(before), draft(ours), draft(other)).answers;
        for (const id of new Set([...Object.keys(ours), ...Object.keys(other)])) {
          expect(answers[id]).toBeDefined();
          const oursChanged = JSON.stringify(ours[id]) !== JSON.stringify(before[id]);
          if (ours[id] && oursChanged) expect(answers[id]).toEqual(ours[id]);
          else if (other[id]) expect(answers[id]).toEqual(other[id]);
        }
        expect(Object.keys(answers).sort()).toEqual([...new Set([...Object.keys(ours), ...Object.keys(other)])].sort());
      }),
    );
  });
});

describe('AnswersWriter', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  async function answersPath(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'centricity-merge-'));
    dirs.push(dir);
    return join(dir, 'answers.yaml');
  }
  const read = async (path: string) => parseAnswers(await readFile(path, 'utf8'), path, DEFAULT_QUESTIONNAIRE);
  /** Another writer: a process that ignores the lock, or someone with an editor. */
  const writeBehind = (path: string, answers: Answers) => writeFile(path, formatAnswers(answers, DEFAULT_QUESTIONNAIRE));

  it('writes the answers as given while nobody else writes', async () => {
    const path = await answersPath();
    const writer = new AnswersWriter(path, DEFAULT_QUESTIONNAIRE, null);
    const outcome = await writer.save(draft({ [A]: { answer: 2 } }));
    expect(outcome).toEqual({ answers: draft({ [A]: { answer: 2 } }) });
    expect((await writer.save(draft({ [A]: { answer: 2 }, [B]: { answer: 3 } }))).notice).toBeUndefined();
    expect((await read(path)).answers).toEqual({ [A]: { answer: 2 }, [B]: { answer: 3 } });
  });

  it('re-reads the file before each save and keeps what another process saved since', async () => {
    const path = await answersPath();
    const writer = new AnswersWriter(path, DEFAULT_QUESTIONNAIRE, null);
    await writer.save(draft({ [A]: { answer: 2 } }));
    await writeBehind(path, draft({ [A]: { answer: 2 }, [D]: { answer: 5, note: 'from the other audit' } }));
    const outcome = await writer.save(draft({ [A]: { answer: 2 }, [B]: { answer: 3 } }));
    expect(outcome.notice).toBe(`kept what someone else saved to ${path} meanwhile (${D}).`);
    const expected: Record<string, Answer> = { [A]: { answer: 2 }, [B]: { answer: 3 }, [D]: { answer: 5, note: 'from the other audit' } };
    expect(outcome.answers.answers).toEqual(expected);
    expect((await read(path)).answers).toEqual(expected);
    // Their answer is now part of what this process saved: a later save does not undo it.
    await writeBehind(path, draft({ ...expected, [D]: { answer: 4 } }));
    await writer.save({ ...outcome.answers, answers: { ...outcome.answers.answers, [C]: { answer: 1 } } });
    expect((await read(path)).answers[D]).toEqual({ answer: 4 });
  });

  it('on a question both changed, saves this answer and keeps the other version in a backup', async () => {
    const path = await answersPath();
    const writer = new AnswersWriter(path, DEFAULT_QUESTIONNAIRE, null);
    await writer.save(draft({ [A]: { answer: 2 } }));
    const theirs = draft({ [A]: { answer: 5, note: 'their evidence' } });
    await writeBehind(path, theirs);
    const outcome = await writer.save(draft({ [A]: { answer: 1 } }));
    const backups = (await readdir(join(path, '..'))).filter((name) => name.includes('.bak'));
    expect(backups).toHaveLength(1);
    const backup = join(path, '..', backups[0]!);
    expect(backup).toMatch(/answers\.\d{8}-\d{6}\.bak\.yaml$/);
    expect(outcome.notice).toBe(
      `${A} changed both here and by someone else since ${path} was read: ` +
        `the answer given here is saved, the other version is kept in ${backup}.`,
    );
    expect((await read(path)).answers[A]).toEqual({ answer: 1 });
    expect((await read(backup)).answers[A]).toEqual({ answer: 5, note: 'their evidence' });
  });

  it('keeps a version it cannot read in a backup instead of replacing it', async () => {
    const path = await answersPath();
    const writer = new AnswersWriter(path, DEFAULT_QUESTIONNAIRE, null);
    await writer.save(draft({ [A]: { answer: 2 } }));
    await writeFile(path, 'answers: [half an edit\n');
    const outcome = await writer.save(draft({ [A]: { answer: 2 }, [B]: { answer: 4 } }));
    expect(outcome.notice).toMatch(
      /was changed by someone else and can no longer be read; that version is kept as .*\.bak\.yaml, and these answers are saved\.$/,
    );
    const backup = /kept as (\S+),/.exec(outcome.notice!)![1]!;
    expect(await readFile(backup, 'utf8')).toBe('answers: [half an edit\n');
    expect((await read(path)).answers).toEqual({ [A]: { answer: 2 }, [B]: { answer: 4 } });
  });

  it('starts from what the file held when the session read it', async () => {
    const path = await answersPath();
    const started = draft({ [A]: { answer: 2 }, [B]: { answer: 3 } });
    await writeBehind(path, started);
    const writer = new AnswersWriter(path, DEFAULT_QUESTIONNAIRE, started);
    // Meanwhile another process changed B; this session changes A only.
    await writeBehind(path, draft({ [A]: { answer: 2 }, [B]: { answer: 5 } }));
    await writer.save(draft({ [A]: { answer: 4 }, [B]: { answer: 3 } }));
    expect((await read(path)).answers).toEqual({ [A]: { answer: 4 }, [B]: { answer: 5 } });
  });

  it("keeps the init template's commented-out questions, and writes a file it starts without them", async () => {
    const path = await answersPath();
    const template = formatAnswers({ schemaVersion: 1, status: 'in-progress', answers: {} }, DEFAULT_QUESTIONNAIRE, {
      unanswered: 'commented',
    });
    await writeFile(path, template);
    const writer = new AnswersWriter(path, DEFAULT_QUESTIONNAIRE, await read(path));
    await writer.save(draft({ [B]: { answer: 4, note: 'the RACI' } }));
    const text = await readFile(path, 'utf8');
    expect(text).toContain(`  # ${A}:\n  #   { answer: dont-know, note: "" }`);
    expect(text).toContain(`  # ${IDS.at(-1)}:\n`);
    expect(text).not.toContain(`# ${B}:`);
    expect(text).toMatch(/^# centricity answers\. Fill in each answer/);
    expect((await read(path)).answers).toEqual({ [B]: { answer: 4, note: 'the RACI' } });
    // The form is the file's, kept for the whole session: saves that follow keep it too.
    await writer.save(draft({ [A]: { answer: 1 }, [B]: { answer: 4, note: 'the RACI' } }));
    expect(await readFile(path, 'utf8')).toContain(`  # ${C}:\n`);

    const fresh = await answersPath();
    await new AnswersWriter(fresh, DEFAULT_QUESTIONNAIRE, null).save(draft({ [B]: { answer: 4 } }));
    expect(await readFile(fresh, 'utf8')).not.toMatch(/# [a-z-]+\.[a-z0-9-]+:/);
  });
});
