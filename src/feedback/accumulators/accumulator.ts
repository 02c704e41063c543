/**
 * The shape every figure of a feedback analysis is counted in: an accumulator takes each row
 * once (`add`), hands what it has counted to another thread as plain data (`toState`), adds the
 * counts of another part of the same file (`merge`) and, once every row is in, gives its part of
 * the summary (`finish`). Accumulators are composed (`Composition`), so a new figure is one new
 * accumulator and one more line in the list they are composed in.
 */
import type { Histogram } from '../histogram.js';
import type { ReadAccount } from '../read/reader.js';
import type { Scale } from '../scale.js';
import type { RowFacts } from './row.js';

export interface Accumulator<State, Figures> {
  /** Counts one row; `facts` is read once for every accumulator and is refilled for the next row, so keep its fields, not it. */
  add(facts: RowFacts): void;
  /** What has been counted, as plain data that can cross to another thread (structured clone). */
  toState(): State;
  /** Adds the counts of another part of the same file, given in file order (see each accumulator for what order changes). */
  merge(state: State): void;
  /** This accumulator's part of the summary. */
  finish(context: FinishContext): Figures;
}

/** What every accumulator may read when the summary is made: what is known only once the whole file is read. */
export interface FinishContext {
  /** The scale the lead scores are read on; null when it cannot be told. */
  scale: Scale | null;
  /** The scale when the headline figures (scores, trend, segments, value) are given; null when they are withheld or there is no scale. */
  headline: Scale | null;
  /** Too much of the file was lost to trust it: no score figure of any kind (themes, other questions) is given. */
  withheld: boolean;
  /** Groups with fewer answers are shown but flagged as too small to read. */
  minGroupSize: number;
  /** Every readable lead score of the file: "everyone else" for a segment, and where out-of-range answers are counted. */
  scores: Histogram;
  /** Rows with a comment, and the scores of those that have one: what a theme's share and comparison are taken against. */
  comments: { count: number; scores: Histogram };
  account: ReadAccount;
  /** Show customers' text as typed (`--no-redact`). */
  keepPersonalData: boolean;
  /** The key of the pseudonyms of ids that hold personal data (see `shownId`). */
  pseudonymKey: string | undefined;
}

/** The counts of a histogram as they cross to another thread. */
export interface HistogramState {
  counts: ReadonlyMap<number, number>;
}

/** Any accumulator, whatever its state and figures: what a composition holds. */
// biome-ignore lint/suspicious/noExplicitAny: the state type is each part's own, paired with it by position.
type AnyAccumulator = Accumulator<any, object>;

export type StatesOf<Parts extends readonly AnyAccumulator[]> = { -readonly [K in keyof Parts]: ReturnType<Parts[K]['toState']> };
type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void ? I : never;
/** The figures of a composition: the fields of every part's figures, side by side. */
export type FiguresOf<Parts extends readonly AnyAccumulator[]> = UnionToIntersection<ReturnType<Parts[number]['finish']>>;

/**
 * Accumulators fed the same rows, whose figures are the fields of theirs side by side, in the
 * order of the list (the order the summary's fields are written in). Its state is the list of
 * theirs, position by position.
 */
export class Composition<Parts extends readonly AnyAccumulator[]> implements Accumulator<StatesOf<Parts>, FiguresOf<Parts>> {
  constructor(private readonly parts: Parts) {}

  add(facts: RowFacts): void {
    for (const part of this.parts) part.add(facts);
  }

  toState(): StatesOf<Parts> {
    return this.parts.map((part) => part.toState()) as StatesOf<Parts>;
  }

  merge(states: StatesOf<Parts>): void {
    for (const [index, part] of this.parts.entries()) part.merge(states[index]);
  }

  finish(context: FinishContext): FiguresOf<Parts> {
    return Object.assign({}, ...this.parts.map((part) => part.finish(context))) as FiguresOf<Parts>;
  }
}

/** The figures of a composition under one field of the summary, or null in it when the file does not carry them. */
export class Section<Key extends string, Parts extends readonly AnyAccumulator[]>
  implements Accumulator<StatesOf<Parts>, { [K in Key]: FiguresOf<Parts> | null }>
{
  private readonly parts: Composition<Parts>;

  constructor(
    private readonly key: Key,
    private readonly carried: boolean,
    parts: Parts,
  ) {
    this.parts = new Composition(parts);
  }

  add(facts: RowFacts): void {
    this.parts.add(facts);
  }

  toState(): StatesOf<Parts> {
    return this.parts.toState();
  }

  merge(states: StatesOf<Parts>): void {
    this.parts.merge(states);
  }

  finish(context: FinishContext): { [K in Key]: FiguresOf<Parts> | null } {
    return { [this.key]: this.carried ? this.parts.finish(context) : null } as { [K in Key]: FiguresOf<Parts> | null };
  }
}
