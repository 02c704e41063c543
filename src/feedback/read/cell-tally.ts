import { HASH_START, hashStep } from '../vocabulary.js';

/**
 * The first `limit` distinct texts of a column, in the order they were first met, each with how
 * often it occurred and what the profiler made of it (`T`), so a text that repeats is read once.
 *
 * An open-addressing table over FNV-1a, as ./vocabulary.ts: every cell of a million rows is a new
 * string, and `Map.get` hashes each one in C++, slowest on numbers ("200.18"), which were the most
 * costly look-up of profiling a file. Texts are only added, never removed.
 */
export class CellTally<T> {
  /** The texts in the order they were first met, their counts and facts by the same index. */
  private readonly texts: string[] = [];
  private readonly counts: number[] = [];
  readonly facts: T[] = [];
  /** Index + 1 of the text hashed to each slot; 0 for an empty slot. At most half full. */
  private readonly slots: Int32Array;
  /** The empty slot where the text of the latest failed {@link indexOf} would go. */
  private vacant = -1;

  constructor(private readonly limit: number) {
    let size = 2;
    while (size < 2 * limit) size *= 2;
    this.slots = new Int32Array(size);
  }

  get size(): number {
    return this.texts.length;
  }

  get full(): boolean {
    return this.texts.length >= this.limit;
  }

  /** The index of `text`, or -1 when it is not tracked. */
  indexOf(text: string): number {
    const length = text.length;
    let hash = HASH_START;
    for (let at = 0; at < length; at++) hash = hashStep(hash, text.charCodeAt(at));
    const mask = this.slots.length - 1;
    for (let slot = (hash >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        this.vacant = slot;
        return -1;
      }
      const known = this.texts[entry - 1]!;
      if (known.length === length && sameText(known, text)) return entry - 1;
    }
  }

  /** Adds `count` to the text at `index` (from {@link indexOf}). */
  count(index: number, count = 1): void {
    this.counts[index]! += count;
  }

  /** Tracks `text`, which the latest {@link indexOf} did not find, while there is room; false when full. */
  add(text: string, count: number, facts: T): boolean {
    if (this.full) return false;
    this.slots[this.vacant] = this.texts.length + 1;
    this.texts.push(text);
    this.counts.push(count);
    this.facts.push(facts);
    return true;
  }

  /** The texts and their counts, in the order they were first met. */
  toMap(): Map<string, number> {
    return new Map(this.texts.map((text, index) => [text, this.counts[index]!]));
  }
}

/**
 * Two strings of the same length with the same characters, compared by hand: cells are mostly
 * slices of the text read, which `===` compares in the runtime, many times slower.
 */
function sameText(a: string, b: string): boolean {
  for (let at = 0; at < a.length; at++) if (a.charCodeAt(at) !== b.charCodeAt(at)) return false;
  return true;
}
