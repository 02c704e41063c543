/** The composed analysis: parts of a file counted apart (as worker threads do) and merged give the summary of the whole. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackAnalysis } from '../../../src/feedback/analyse.js';
import type { FeedbackRow, ReadAccount, SourceDescription } from '../../../src/feedback/read/reader.js';
import { BUILT_IN_THEMES } from '../../../src/feedback/themes.js';
import { temporaryDirectory } from '../../helpers/cli.js';
import { readAll, writeFixture } from '../../helpers/feedback.js';
import { mulberry32 } from '../../helpers/seeded.js';

const COMMENTS = [
  'the parcel was late again and the courier left it in the rain',
  'support never replied to my email, write to jane.doe@example.com',
  'great value for the price, I recommend you to all my friends',
  'the app keeps crashing when I try to pay',
  'N/A',
  '',
  'lovely coffee',
];

const LEAD = 'How likely are you to recommend us? (0-10)';

/** A messy export: scores blank, N/A, unreadable and out of range, dates unreadable, another rating and another free-text question. */
function messyExport(rows: number): string {
  const random = mulberry32(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  // People write their own words: the same five sentences in every row would be a multiple-choice question.
  const written = (index: number) => {
    const comment = pick(COMMENTS);
    return comment.length > 3 ? `${comment} (visit ${index})` : comment;
  };
  const lines = [`id,date,${LEAD},Why?,plan,annual value,Ease of use (1-5),What should we improve?`];
  for (let index = 0; index < rows; index++) {
    const score = random() < 0.05 ? pick(['N/A', '1.2.3', '12']) : pick(['0', '3', '6', '7', '8', '9', '10', '10', '']);
    const date = random() < 0.02 ? 'someday' : pick(['2026-01-15', '2026-02-03', '2026-03-28']);
    const plan = pick(['monthly', 'annual', 'pro', '']);
    const value = pick(['120', '45.50', '', '-3']);
    const cells = [
      `R-${index}`,
      date,
      score,
      `"${written(index)}"`,
      plan,
      value,
      random() < 0.02 ? '9/x' : pick(['1', '3', '4', '5', '']),
      `"${written(index)}"`,
    ];
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

let directory: ReturnType<typeof temporaryDirectory>;
let file: { rows: FeedbackRow[]; source: SourceDescription; account: ReadAccount };
beforeAll(async () => {
  directory = temporaryDirectory();
  file = await readAll(writeFixture(directory.path, 'messy.csv', messyExport(900)));
});
afterAll(() => directory.remove());

const OPTIONS = { minGroupSize: 5, pseudonymKey: 'key' };

function analysed(rows: readonly FeedbackRow[], keepPersonalData: boolean): FeedbackAnalysis {
  const analysis = new FeedbackAnalysis(file.source, BUILT_IN_THEMES, keepPersonalData);
  for (const row of rows) analysis.add(row);
  return analysis;
}

/** The summary of one analysis over every row, as the JSON report writes it. */
function whole(keepPersonalData: boolean): string {
  return JSON.stringify(analysed(file.rows, keepPersonalData).finish(file.account, OPTIONS));
}

/**
 * The summary of the parts' states, each cloned as it crosses from a worker,
 * merged in file order into a new analysis (as index.ts does).
 */
function merged(parts: readonly FeedbackRow[][], keepPersonalData: boolean): string {
  const analysis = new FeedbackAnalysis(file.source, BUILT_IN_THEMES, keepPersonalData);
  for (const part of parts) analysis.merge(structuredClone(analysed(part, keepPersonalData).toState()));
  return JSON.stringify(analysis.finish(file.account, OPTIONS));
}

describe('FeedbackAnalysis', () => {
  it('reads every figure of a messy export, other questions included', () => {
    const summary = JSON.parse(whole(false));
    expect(summary.source.columns.score).toBe(LEAD);
    expect(summary.quality.rows).toBe(900);
    expect(summary.quality.examples).toHaveLength(10);
    expect(summary.quality.outOfRange).toBeGreaterThan(0);
    expect(summary.quality.dates.unreadable).toBeGreaterThan(0);
    expect(summary.trend.map((month: { name: string }) => month.name)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(summary.comments.themes.length).toBeGreaterThan(0);
    expect(summary.otherScores).toHaveLength(1);
    expect(summary.otherComments).toHaveLength(1);
    expect(summary.unhappiest).toHaveLength(20);
    expect(Object.keys(summary)).toEqual([
      'source',
      'withheld',
      'personalData',
      'quality',
      'scores',
      'trend',
      'segments',
      'value',
      'comments',
      'otherScores',
      'otherComments',
      'unhappiest',
    ]);
  });

  it('gives the same summary, byte for byte, when the file is cut into parts counted apart and merged in file order', () => {
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: 899 }), { maxLength: 3 }).map((list) => list.sort((a, b) => a - b));
    fc.assert(
      fc.property(cuts, fc.boolean(), (points, keepPersonalData) => {
        const bounds = [0, ...points, file.rows.length];
        const parts = bounds.slice(1).map((end, index) => file.rows.slice(bounds[index], end));
        expect(merged(parts, keepPersonalData)).toBe(whole(keepPersonalData));
      }),
      { numRuns: 25 },
    );
  });
});
