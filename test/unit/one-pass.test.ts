/** The file read once: rows counted with a plan guessed from the head are kept only when the whole file decides the same. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackAnalysis } from '../../src/feedback/analyse.js';
import { type AnalysedFeedback, analyseFeedbackFileWithReading } from '../../src/feedback/index.js';
import { decisionsOf, HEAD_PLAN_BYTES, planColumns, planFromHead, readFeedback } from '../../src/feedback/read/plan.js';
import { withReadPlan } from '../../src/feedback/read/reader.js';
import { compileThemePlan } from '../../src/feedback/themes.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { writeFixture } from '../helpers/feedback.js';
import { mulberry32 } from '../helpers/seeded.js';

const COMMENTS = ['delivery was late and support never answered', 'great coffee, friendly staff', 'the app crashes at checkout', ''];

/** 110,000 rows, each made by its index: more than four megabytes, so that two threads split the file. */
function exportOf(header: string, cells: (index: number, pick: <T>(list: readonly T[]) => T) => string[]): string {
  const random = mulberry32(5);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lines = [header];
  for (let index = 0; lines.length < 110_000; index++) lines.push(cells(index, pick).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * The analysis as it was made before the file was read once: the whole file profiled, then read
 * again to count, with the themes the reader planned for it.
 */
async function twoPasses(path: string): Promise<{ expected: AnalysedFeedback; oneThread: AnalysedFeedback }> {
  const { summary, reading } = await analyseFeedbackFileWithReading(path, { threads: 1 });
  const themes = compileThemePlan(reading.themes);
  let analysis: FeedbackAnalysis | undefined;
  const { account } = await readFeedback(path, {}, (source) => {
    const counting = new FeedbackAnalysis(source, themes, false, summary.comments?.themeChoice ?? null);
    analysis = counting;
    return (row) => counting.add(row);
  });
  return { expected: analysis!.finish(account), oneThread: summary };
}

/** One thread (read here, in `twoPasses`) and two, from the build, whose worker threads load the built worker. */
async function expectBothThreads(path: string, { expected, oneThread }: { expected: AnalysedFeedback; oneThread: AnalysedFeedback }) {
  expect(oneThread).toEqual(expected);
  const built: typeof import('../../src/feedback/index.js') = await import(BUILT_FEEDBACK);
  expect(await built.analyseFeedbackFile(path, { threads: 2 })).toEqual(expected);
}

const BUILT_FEEDBACK = new URL('../../dist/feedback/index.js', import.meta.url).href;

async function plans(path: string) {
  const head = await withReadPlan(path, {}, (layout) => planFromHead(layout, {}));
  const whole = await withReadPlan(path, {}, (layout) => planColumns(layout, {}));
  return { head: head!, whole };
}

describe('one pass with a plan guessed from the head', () => {
  let directory: { path: string; remove: () => void };
  beforeAll(() => {
    directory = temporaryDirectory();
  });
  afterAll(() => directory.remove());

  it('counts again with the whole file plan when a column reads as a score in the head and as text past it', async () => {
    const path = writeFixture(
      directory.path,
      'text-later.csv',
      exportOf('id,Q1,comment', (index, pick) => [
        String(index),
        index < 40_000 ? pick(['1', '2', '4', '5']) : `"${pick(COMMENTS)} ${index}"`,
        `"${pick(COMMENTS)}"`,
      ]),
    );
    const { head, whole } = await plans(path);
    expect([head.columns.score, whole.columns.score]).toEqual([1, undefined]);
    const passes = await twoPasses(path);
    expect(passes.expected.scores).toBeNull();
    await expectBothThreads(path, passes);
  });

  it('counts again with the whole file date order when the only dates that settle it come after the head', async () => {
    // 03/04/2026 reads either way; 25/04/2026, far past the head, only day first.
    const path = writeFixture(
      directory.path,
      'late-dates.csv',
      exportOf('score,comment,date', (index, pick) => [
        pick(['3', '9', '10']),
        `"${pick(COMMENTS)}"`,
        index < 100_000 ? `0${1 + (index % 9)}/04/2026` : '25/04/2026',
      ]),
    );
    const { head, whole } = await plans(path);
    expect([head.source.dateOrder.order, whole.source.dateOrder.order]).toEqual(['mdy', 'dmy']);
    const passes = await twoPasses(path);
    expect(passes.expected.trend.map((month) => month.name)).toContain('2026-04');
    await expectBothThreads(path, passes);
  });

  it('keeps the counts of the one pass when the head decides as the whole file does, with the whole file as evidence', async () => {
    const path = writeFixture(
      directory.path,
      'steady.csv',
      exportOf('score,comment,date', (index, pick) => [
        pick(['0', '6', '9', '10']),
        `"${pick(COMMENTS)}"`,
        index % 2 ? '2026-03-04' : '2026-04-05',
      ]),
    );
    const { head, whole } = await plans(path);
    expect(decisionsOf(head)).toBe(decisionsOf(whole));
    // Same decisions, other evidence (the head counted fewer answers): the report gives the whole file's.
    expect(head.source.choices).not.toEqual(whole.source.choices);
    const passes = await twoPasses(path);
    expect(passes.expected.source.choices).toEqual(whole.source.choices);
    await expectBothThreads(path, passes);
  });

  it('guesses from the whole of a file smaller than the head', async () => {
    const path = writeFixture(directory.path, 'small.csv', 'score,comment\n9,great\n3,"slow, and rude"\n');
    expect(HEAD_PLAN_BYTES).toBeGreaterThan(100);
    const { head, whole } = await plans(path);
    expect(head).toEqual(whole);
  });
});
