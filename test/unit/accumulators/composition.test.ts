import { describe, expect, it } from 'vitest';
import { type Accumulator, Composition, Section } from '../../../src/feedback/accumulators/accumulator.js';
import type { RowFacts } from '../../../src/feedback/accumulators/row.js';
import { contextOf, facts } from '../../helpers/accumulators.js';

/** Counts the rows it is given, under a name of its choosing. */
class Counter<Name extends string> implements Accumulator<number, { [K in Name]: number }> {
  private count = 0;
  constructor(private readonly name: Name) {}
  add(_facts: RowFacts): void {
    this.count++;
  }
  toState(): number {
    return this.count;
  }
  merge(state: number): void {
    this.count += state;
  }
  finish(): { [K in Name]: number } {
    return { [this.name]: this.count } as { [K in Name]: number };
  }
}

/** Keeps the lines it is given, in order. */
class Lines implements Accumulator<number[], { lines: number[] }> {
  private readonly lines: number[] = [];
  add({ row }: RowFacts): void {
    this.lines.push(row.line);
  }
  toState(): number[] {
    return this.lines;
  }
  merge(state: number[]): void {
    this.lines.push(...state);
  }
  finish(): { lines: number[] } {
    return { lines: this.lines };
  }
}

const rows = [2, 3, 4].map((line) => facts({ line }));

describe('Composition', () => {
  it('feeds every row to every part once, and gives their figures side by side in the order of the list', () => {
    const composition = new Composition([new Lines(), new Counter('rows'), new Counter('again')] as const);
    for (const row of rows) composition.add(row);
    const figures = composition.finish(contextOf(rows));
    expect(figures).toEqual({ lines: [2, 3, 4], rows: 3, again: 3 });
    expect(Object.keys(figures)).toEqual(['lines', 'rows', 'again']);
  });

  it('hands each part its own state, position by position, as it crosses from a worker', () => {
    const make = () => new Composition([new Lines(), new Counter('rows')] as const);
    const first = make();
    const second = make();
    first.add(rows[0]!);
    for (const row of rows.slice(1)) second.add(row);
    expect(second.toState()).toEqual([[3, 4], 2]);
    first.merge(structuredClone(second.toState()));
    expect(first.finish(contextOf(rows))).toEqual({ lines: [2, 3, 4], rows: 3 });
  });
});

describe('Section', () => {
  it('gives the figures of its parts under one field, or null there when the file does not carry them', () => {
    const section = (carried: boolean) => {
      const made = new Section('comments', carried, [new Counter('count'), new Lines()] as const);
      for (const row of rows) made.add(row);
      return made.finish(contextOf(rows));
    };
    expect(section(true)).toEqual({ comments: { count: 3, lines: [2, 3, 4] } });
    expect(section(false)).toEqual({ comments: null });
  });

  it('merges like the composition it holds', () => {
    const make = () => new Section('part', true, [new Lines()] as const);
    const first = make();
    const second = make();
    first.add(rows[0]!);
    second.add(rows[1]!);
    first.merge(structuredClone(second.toState()));
    expect(first.finish(contextOf(rows))).toEqual({ part: { lines: [2, 3] } });
  });
});
