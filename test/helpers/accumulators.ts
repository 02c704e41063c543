import fc from 'fast-check';
import { expect } from 'vitest';
import type { Accumulator, FinishContext } from '../../src/feedback/accumulators/accumulator.js';
import { CommentTally } from '../../src/feedback/accumulators/comments.js';
import type { RowFacts } from '../../src/feedback/accumulators/row.js';
import { ScoreTally } from '../../src/feedback/accumulators/scores.js';
import type { FeedbackRow, ReadAccount } from '../../src/feedback/read/reader.js';
import { scaleById } from '../../src/feedback/scale.js';
import { tokenize } from '../../src/feedback/text.js';
import type { RatingCell } from '../../src/feedback/values.js';

export const NPS = scaleById('nps');

export interface FactsInput {
  line: number;
  score?: number | null;
  /** The lead score cell when it is not a number (blank, N/A, invalid); a number gives a `value` cell. */
  rating?: RatingCell | null;
  scoreCell?: string;
  comment?: string;
  sentiment?: number | null;
  /** The comment's language; English unless given. */
  language?: string;
  themes?: string[];
  month?: string | null;
  amount?: number;
  segment?: string;
  id?: string;
}

/** A row's facts as the row reader would give them, from the few cells a test cares about. */
export function facts(input: FactsInput): RowFacts {
  const { line, comment = '', sentiment = 0, themes = [], month = null, amount, segment, id } = input;
  const score = input.score ?? null;
  const row: FeedbackRow = { line, otherScores: [], otherComments: [] };
  if (segment !== undefined) row.segment = segment;
  if (id !== undefined) row.id = id;
  if (input.scoreCell !== undefined) row.score = input.scoreCell;
  return {
    row,
    rating: input.rating !== undefined ? input.rating : score === null ? null : { kind: 'value', value: score },
    score,
    amount,
    month,
    comment,
    tokens: tokenize(comment),
    language: comment === '' ? 'und' : (input.language ?? 'en'),
    sentiment: comment === '' ? 0 : sentiment,
    themes: comment === '' ? [] : themes,
    scored: comment !== '' && score !== null ? { line, score, sentiment, comment, id, segment, value: amount, month, themes } : null,
  };
}

export const EMPTY_ACCOUNT: ReadAccount = {
  records: 0,
  ragged: 0,
  lost: { records: 0, examples: [], restarts: 0, limitHit: false },
  decoding: { utf8MultiByte: false, windows1252Bytes: 0, windows1252Lines: [] },
  openAtEnd: false,
};

/** The finish context of these rows, on the NPS scale, with groups of any size read. */
export function contextOf(rows: readonly RowFacts[], overrides: Partial<FinishContext> = {}): FinishContext {
  const scores = new ScoreTally();
  const comments = new CommentTally();
  for (const row of rows) {
    scores.add(row);
    comments.add(row);
  }
  return {
    scale: NPS,
    headline: NPS,
    withheld: false,
    minGroupSize: 1,
    scores: scores.histogram,
    comments: { count: comments.count, scores: comments.scores },
    account: EMPTY_ACCOUNT,
    keepPersonalData: false,
    pseudonymKey: undefined,
    ...overrides,
  };
}

export function addAll<A extends Accumulator<unknown, unknown>>(accumulator: A, rows: readonly RowFacts[]): A {
  for (const row of rows) accumulator.add(row);
  return accumulator;
}

// Sentiments that add up exactly in any order, so that a mean does not depend on how rows are summed.
const SENTIMENTS = [-0.75, -0.5, -0.25, 0, 0.25, 0.5, 1];
const COMMENTS = [
  'the parcel was late again',
  'support never replied to my email',
  'great value for the price',
  'lovely coffee, will recommend to friends',
  'cancelling was far too hard',
  'write to jane.doe@example.com about the refund',
];

/** Rows in file order (lines 2, 3…) with scores in and out of the 0–10 scale, comments, themes, months, segments, values, ids. */
export function rowsArbitrary(options: { segments?: fc.Arbitrary<string>; maxLength?: number } = {}): fc.Arbitrary<RowFacts[]> {
  const row = fc.record({
    score: fc.option(fc.integer({ min: -1, max: 11 }), { freq: 5 }),
    comment: fc.option(fc.constantFrom(...COMMENTS, 'support never replied to my email'), { freq: 3 }),
    sentiment: fc.constantFrom(...SENTIMENTS),
    themes: fc.subarray(['price', 'delivery', 'support']),
    month: fc.option(fc.constantFrom('2026-01', '2026-02', '2026-03')),
    // Few values, so that rows often tie on everything but their line.
    amount: fc.option(fc.constantFrom(-5, 0, 40, 500), { nil: undefined }),
    segment: fc.option(options.segments ?? fc.constantFrom('monthly', ' monthly ', 'annual', 'jane.doe@example.com'), { nil: undefined }),
    id: fc.option(fc.constantFrom('R-1', 'R-2', 'jane.doe@example.com'), { nil: undefined }),
  });
  return fc
    .array(row, { maxLength: options.maxLength ?? 100, size: 'max' })
    .map((inputs) => inputs.map((input, index) => facts({ ...input, comment: input.comment ?? '', line: index + 2 })));
}

/**
 * Rows split between two accumulators (any split, or, with `contiguous`, a first part and the
 * rest as the workers read a file), the second's state cloned as it crosses from a worker and
 * merged into the first: the same figures as one accumulator over all the rows.
 */
export function expectMergesLikeOne<State, Figures>(
  make: () => Accumulator<State, Figures>,
  rows: fc.Arbitrary<RowFacts[]> = rowsArbitrary(),
  options: { contiguous?: boolean; context?: (rows: readonly RowFacts[]) => FinishContext } = {},
): void {
  const context = options.context ?? ((all) => contextOf(all));
  const splits = rows.chain((all) =>
    fc.tuple(
      fc.constant(all),
      options.contiguous
        ? fc.nat(all.length).map((cut) => all.map((_, index) => index >= cut))
        : fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }),
    ),
  );
  fc.assert(
    fc.property(splits, ([all, inSecond]) => {
      const whole = make();
      const first = make();
      const second = make();
      for (const [index, row] of all.entries()) {
        whole.add(row);
        (inSecond[index] ? second : first).add(row);
      }
      first.merge(structuredClone(second.toState()));
      expect(first.finish(context(all))).toEqual(whole.finish(context(all)));
    }),
  );
}
