import { parseAmount, parseMonth, parseRating } from '../values.js';

/**
 * What the whole file says about one column: the evidence that columns, scales and the date
 * order are decided from. Counts and bounded maps only, so it costs the same memory for ten
 * rows or ten million, and plain data, so that the profiles of several ranges can be merged.
 */
export interface ColumnProfile {
  filled: number;
  /** Cells read as a number from 0 to 10, by value. */
  ratings: Map<number, number>;
  /** Cells that say "not applicable" or "don't know". */
  notApplicable: number;
  /** Word cells short enough to be an answer label ("Very satisfied"), by text, up to LABELS_KEPT. */
  labels: Map<string, number>;
  labelCells: number;
  /** Cells that read as a calendar date. */
  dates: number;
  /** Numeric dates that can only be day/month (first part above 12) or only month/day (second part above 12). */
  dayFirst: number;
  monthFirst: number;
  /** Cells that read as a money amount. */
  amounts: number;
  /** Distinct cell texts and how often each occurs, up to DISTINCT_KEPT; cells past that are counted as `untracked`. */
  distinct: Map<string, number>;
  untracked: number;
  characters: number;
  words: number;
}

const LABELS_KEPT = 64;
const DISTINCT_KEPT = 2_000;
/** Longer cells are free text: no rating, date or amount is this long, so they skip those parsers. */
const SHORT_CELL = 40;
/** A word label is short; longer word cells are text, not an answer option. */
const LABEL_LENGTH = 40;
const NUMERIC_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}/;

export function emptyProfile(): ColumnProfile {
  return {
    filled: 0,
    ratings: new Map(),
    notApplicable: 0,
    labels: new Map(),
    labelCells: 0,
    dates: 0,
    dayFirst: 0,
    monthFirst: 0,
    amounts: 0,
    distinct: new Map(),
    untracked: 0,
    characters: 0,
    words: 0,
  };
}

/** Profiles every column of a file, record by record. */
export class FileProfiler {
  readonly columns: ColumnProfile[];
  records = 0;

  constructor(width: number) {
    this.columns = Array.from({ length: width }, emptyProfile);
  }

  add(record: readonly string[]): void {
    this.records++;
    // Ragged records can be wider than the header: their extra cells belong to no column.
    const width = Math.min(record.length, this.columns.length);
    for (let column = 0; column < width; column++) {
      const cell = record[column]!;
      if (cell !== '') addCell(this.columns[column]!, cell);
    }
  }

  merge(other: { records: number; columns: readonly ColumnProfile[] }): void {
    this.records += other.records;
    for (const [index, theirs] of other.columns.entries()) {
      const ours = this.columns[index];
      if (ours) mergeProfile(ours, theirs);
    }
  }
}

function addCell(profile: ColumnProfile, raw: string): void {
  const cell = raw.trim();
  if (cell === '') return;
  profile.filled++;
  profile.characters += cell.length;
  profile.words += wordCount(cell);
  countInto(profile.distinct, cell, DISTINCT_KEPT, () => profile.untracked++);
  if (cell.length > SHORT_CELL) return;
  const rating = parseRating(cell);
  if (rating.kind === 'value' && rating.value >= 0 && rating.value <= 10) countInto(profile.ratings, rating.value, Infinity);
  else if (rating.kind === 'not-applicable') profile.notApplicable++;
  else if (cell.length <= LABEL_LENGTH && /^\p{L}/u.test(cell)) {
    profile.labelCells++;
    countInto(profile.labels, cell.toLowerCase(), LABELS_KEPT);
  }
  if (parseMonth(cell, 'dmy') !== null || parseMonth(cell, 'mdy') !== null) {
    profile.dates++;
    const parts = NUMERIC_DATE.exec(cell);
    if (parts && Number(parts[1]) > 12) profile.dayFirst++;
    if (parts && Number(parts[2]) > 12) profile.monthFirst++;
  }
  if (parseAmount(cell) !== null) profile.amounts++;
}

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 32 || code === 9 || code === 10 || code === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function countInto<K>(counts: Map<K, number>, key: K, limit: number, onFull?: () => void): void {
  const count = counts.get(key);
  if (count !== undefined) counts.set(key, count + 1);
  else if (counts.size < limit) counts.set(key, 1);
  else onFull?.();
}

function mergeProfile(ours: ColumnProfile, theirs: ColumnProfile): void {
  ours.filled += theirs.filled;
  ours.notApplicable += theirs.notApplicable;
  ours.labelCells += theirs.labelCells;
  ours.dates += theirs.dates;
  ours.dayFirst += theirs.dayFirst;
  ours.monthFirst += theirs.monthFirst;
  ours.amounts += theirs.amounts;
  ours.untracked += theirs.untracked;
  ours.characters += theirs.characters;
  ours.words += theirs.words;
  for (const [value, count] of theirs.ratings) mergeCount(ours.ratings, value, count, Infinity);
  for (const [label, count] of theirs.labels) mergeCount(ours.labels, label, count, LABELS_KEPT);
  for (const [text, count] of theirs.distinct) {
    if (!mergeCount(ours.distinct, text, count, DISTINCT_KEPT)) ours.untracked += count;
  }
}

/** Adds `count` to `key`; false when the map is full and the key is not in it. */
function mergeCount<K>(counts: Map<K, number>, key: K, count: number, limit: number): boolean {
  const known = counts.get(key);
  if (known === undefined && counts.size >= limit) return false;
  counts.set(key, (known ?? 0) + count);
  return true;
}
