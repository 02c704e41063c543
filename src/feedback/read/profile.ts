import { DateEvidence, type DateEvidenceKind, type DateEvidenceState } from '../dates.js';
import { commentText, parseAmount, parseRating, type RatingCell } from '../values.js';
import { CellTally } from './cell-tally.js';

/**
 * What the whole file says about one column: the evidence that columns, scales and the date
 * order are decided from. Counts, bounded maps and the date evidence only, so it costs the same
 * memory for ten rows or ten million.
 */
export interface ColumnProfile {
  filled: number;
  /** Cells read as a number from 0 to 10, by value. */
  ratings: Map<number, number>;
  /** Cells that say "not applicable" or "don't know". */
  notApplicable: number;
  /** Cells that stand for nothing ("N/A", "-", "."): no answer, as the comments count them. */
  placeholders: number;
  /** Word cells short enough to be an answer label ("Very satisfied"), by normalised text, up to LABELS_KEPT. */
  labels: Map<string, number>;
  /** Each label as first written ("Meh", not "meh"), for messages. */
  writtenLabels: Map<string, string>;
  labelCells: number;
  /** Cells that read as a calendar date, and what they say about the day/month order. */
  dates: number;
  dateEvidence: DateEvidence;
  /** Cells that read as a money amount. */
  amounts: number;
  /** Distinct cell texts and how often each occurs, up to DISTINCT_KEPT; cells past that are counted as `untracked`. */
  distinct: Map<string, number>;
  untracked: number;
  characters: number;
  words: number;
  /** Cells with words in them (two letters in a row): text, not codes or numbers like "1,77E+12". */
  textCells: number;
}

const LABELS_KEPT = 64;
const TWO_LETTERS = /\p{L}\p{L}/u;
const DISTINCT_KEPT = 2_000;
/** Longer cells are free text: no rating, date or amount is this long, so they skip those parsers. */
const SHORT_CELL = 40;
/**
 * A column stops being tested for a kind of value once this many of its short cells were tested
 * and fewer than half were of that kind: it can no longer be a column of them (80% are needed),
 * and the parsers are the costly part of reading a million rows.
 */
const TESTS_BEFORE_GIVING_UP = 1_000;
/** Everything a date column holds but unreadable text: relative dates and placeholders are dates too, read or flagged later. */
const READABLE_DATES: readonly DateEvidenceKind[] = [
  'dayFirst',
  'monthFirst',
  'yearFirst',
  'ambiguous',
  'unordered',
  'relative',
  'placeholder',
];

/** A FileProfiler's profiles as plain data. */
export interface ProfilerState {
  records: number;
  columns: (Omit<ColumnProfile, 'dateEvidence'> & { dateEvidence: DateEvidenceState })[];
}

interface Reading {
  rating: RatingCell;
  amount: boolean;
}

/** What a tracked text of a column says, read the first time it occurs. */
interface CellFacts {
  words: number;
  /** Two letters in a row: text, not a code or a number. */
  text: boolean;
  /** A short cell that stands for nothing ("N/A", "-"). */
  placeholder: boolean;
  /** A short cell's reading, the first time it is asked for. */
  reading: Reading | null;
  /** A short cell's date evidence, the first time it is asked for. */
  dateKind: DateEvidenceKind | null | undefined;
}

const READINGS_KEPT = 4_096;
/** Records profiled together, column by column (see `profilePending`). */
const BATCH = 256;

interface Tests {
  tested: number;
  ratings: number;
  dates: number;
  amounts: number;
}

function emptyProfile(): ColumnProfile {
  return {
    filled: 0,
    ratings: new Map(),
    notApplicable: 0,
    placeholders: 0,
    labels: new Map(),
    writtenLabels: new Map(),
    labelCells: 0,
    dates: 0,
    dateEvidence: new DateEvidence(),
    amounts: 0,
    distinct: new Map(),
    untracked: 0,
    characters: 0,
    words: 0,
    textCells: 0,
  };
}

/** Profiles every column of a file, record by record. */
export class FileProfiler {
  /** The profiles: complete once {@link finish} has profiled the pending records and filled their `distinct` maps. */
  readonly columns: ColumnProfile[];
  private readonly tests: Tests[];
  /** Each column's distinct texts, up to DISTINCT_KEPT, with what each says: a repeated answer is read once. */
  private readonly distinct: CellTally<CellFacts>[];
  /** Readings of the short cells past those tracked in {@link distinct}. */
  private readonly readings: Map<string, Reading>[];
  /** The cells of the latest records not profiled yet, record after record, one per column ('' past a short record's end). */
  private readonly pending: string[] = [];
  private pendingRecords = 0;
  records = 0;

  constructor(width: number) {
    this.columns = Array.from({ length: width }, emptyProfile);
    this.tests = Array.from({ length: width }, () => ({ tested: 0, ratings: 0, dates: 0, amounts: 0 }));
    this.distinct = Array.from({ length: width }, () => new CellTally<CellFacts>(DISTINCT_KEPT));
    this.readings = Array.from({ length: width }, () => new Map());
  }

  add(record: readonly string[]): void {
    this.records++;
    const width = this.columns.length;
    const start = this.pendingRecords * width;
    // Ragged records can be wider than the header: their extra cells belong to no column.
    for (let column = 0; column < width; column++) this.pending[start + column] = column < record.length ? record[column]! : '';
    if (++this.pendingRecords === BATCH) this.profilePending();
  }

  /**
   * Profiles the pending records column by column: each column's tables stay in the processor's
   * cache for a batch of cells, instead of being pushed out by the other columns' and by the
   * analysis of each row in between. A column's cells are still profiled in file order.
   */
  private profilePending(): void {
    const width = this.columns.length;
    const records = this.pendingRecords;
    const pending = this.pending;
    for (let column = 0; column < width; column++) {
      for (let at = column; at < records * width; at += width) {
        const cell = pending[at]!;
        if (cell !== '') this.addCell(column, cell);
      }
    }
    this.pendingRecords = 0;
  }

  /** What a short cell reads as, remembered for the column's last few thousand different answers. */
  private readingOf(column: number, cell: string): Reading {
    const cache = this.readings[column]!;
    let reading = cache.get(cell);
    if (reading === undefined) {
      reading = readCell(cell);
      if (cache.size >= READINGS_KEPT) cache.clear();
      cache.set(cell, reading);
    }
    return reading;
  }

  /** The profiles as plain data, to send from a worker that profiled one range of the file. */
  toState(): ProfilerState {
    this.profilePending();
    return {
      records: this.records,
      columns: this.columns.map(({ dateEvidence, ...rest }, column) => ({
        ...rest,
        distinct: this.distinct[column]!.toMap(),
        dateEvidence: dateEvidence.toState(),
      })),
    };
  }

  /**
   * Adds the profiles of the next range of the same file. Counts add up; the bounded maps take
   * the other range's entries while they have room, in file order, as one pass would have.
   */
  merge(state: ProfilerState): void {
    this.profilePending();
    this.records += state.records;
    for (const [index, theirs] of state.columns.entries()) {
      const ours = this.columns[index];
      if (!ours) continue;
      ours.filled += theirs.filled;
      ours.notApplicable += theirs.notApplicable;
      ours.placeholders += theirs.placeholders;
      ours.labelCells += theirs.labelCells;
      ours.amounts += theirs.amounts;
      ours.untracked += theirs.untracked;
      ours.characters += theirs.characters;
      ours.words += theirs.words;
      ours.textCells += theirs.textCells;
      for (const [value, count] of theirs.ratings) ours.ratings.set(value, (ours.ratings.get(value) ?? 0) + count);
      for (const [label, count] of theirs.labels) {
        if (!admit(ours.labels, label, count, LABELS_KEPT)) continue;
        if (!ours.writtenLabels.has(label)) ours.writtenLabels.set(label, theirs.writtenLabels.get(label) ?? label);
      }
      const distinct = this.distinct[index]!;
      for (const [text, count] of theirs.distinct) {
        const known = distinct.indexOf(text);
        if (known >= 0) distinct.count(known, count);
        else if (!distinct.add(text, count, factsOf(text))) ours.untracked += count;
      }
      ours.dateEvidence.merge(theirs.dateEvidence);
    }
  }

  /** The profiles, with the date counts taken from the date evidence. */
  finish(): ColumnProfile[] {
    this.profilePending();
    for (const [column, profile] of this.columns.entries()) {
      profile.distinct = this.distinct[column]!.toMap();
      const { counts } = profile.dateEvidence.toState();
      profile.dates = READABLE_DATES.reduce((total, kind) => total + counts[kind], 0);
    }
    return this.columns;
  }

  private addCell(column: number, raw: string): void {
    const cell = raw.trim();
    if (cell === '') return;
    const profile = this.columns[column]!;
    profile.filled++;
    profile.characters += cell.length;
    const long = cell.length > SHORT_CELL;
    const distinct = this.distinct[column]!;
    // Once the tally is full, a long text is counted without a look-up: repeats of free text no longer change any decision.
    const index = long && distinct.full ? -1 : distinct.indexOf(cell);
    let facts: CellFacts | null = null;
    if (index >= 0) {
      distinct.count(index);
      facts = distinct.facts[index]!;
    } else if (!distinct.full) {
      facts = factsOf(cell);
      distinct.add(cell, 1, facts);
    } else {
      profile.untracked++;
    }
    profile.words += facts === null ? wordCount(cell) : facts.words;
    if (facts === null ? holdsWords(cell) : facts.text) profile.textCells++;
    if (long) return;
    if (facts === null ? isPlaceholder(cell) : facts.placeholder) profile.placeholders++;

    const tests = this.tests[column]!;
    const settled = tests.tested >= TESTS_BEFORE_GIVING_UP;
    tests.tested++;
    const testRatings = !settled || tests.ratings * 2 >= tests.tested;
    const testDates = !settled || tests.dates * 2 >= tests.tested;
    const testAmounts = !settled || tests.amounts * 2 >= tests.tested;
    if (facts !== null && (testRatings || testAmounts)) {
      // A tracked text is read once, however often it repeats.
      facts.reading ??= readCell(cell);
      if (testRatings) this.countRating(profile, tests, facts.reading.rating, cell);
      if (testAmounts && facts.reading.amount) countAmount(profile, tests);
    } else if (profile.labelCells * 2 > tests.tested && (testRatings || testAmounts)) {
      // Answers in words repeat and cost the most to read: a column of them remembers what each said.
      const reading = this.readingOf(column, cell);
      if (testRatings) this.countRating(profile, tests, reading.rating, cell);
      if (testAmounts && reading.amount) countAmount(profile, tests);
    } else {
      // Each reading only while it can still decide: an amount column is not read as ratings to its last row, nor scores as amounts.
      if (testRatings) this.countRating(profile, tests, parseRating(cell), cell);
      if (testAmounts && parseAmount(cell) !== null) countAmount(profile, tests);
    }
    if (testDates) {
      const evidence = profile.dateEvidence;
      let kind: DateEvidenceKind | null;
      if (facts === null) kind = evidence.add(cell);
      else {
        if (facts.dateKind === undefined) facts.dateKind = evidence.kindOf(cell);
        kind = evidence.addKind(cell, facts.dateKind);
      }
      if (kind !== null && READABLE_DATES.includes(kind)) tests.dates++;
    }
  }

  private countRating(profile: ColumnProfile, tests: Tests, rating: RatingCell, cell: string): void {
    if (rating.kind === 'value' && rating.value >= 0 && rating.value <= 10) {
      tests.ratings++;
      profile.ratings.set(rating.value, (profile.ratings.get(rating.value) ?? 0) + 1);
    } else if (rating.kind === 'not-applicable') {
      tests.ratings++;
      profile.notApplicable++;
    } else if (rating.kind === 'label') {
      // Answers in words are ratings too, for the giving up: a labelled column must be counted to its last row.
      tests.ratings++;
      profile.labelCells++;
      if (profile.labels.size < LABELS_KEPT || profile.labels.has(rating.label)) {
        profile.labels.set(rating.label, (profile.labels.get(rating.label) ?? 0) + 1);
        if (!profile.writtenLabels.has(rating.label)) profile.writtenLabels.set(rating.label, cell);
      }
    }
  }
}

/** Adds `count` to `key` when it is tracked or there is room for it; false when the map is full without it. */
function admit<K>(counts: Map<K, number>, key: K, count: number, limit: number): boolean {
  const known = counts.get(key);
  if (known === undefined && counts.size >= limit) return false;
  counts.set(key, (known ?? 0) + count);
  return true;
}

function countAmount(profile: ColumnProfile, tests: Tests): void {
  tests.amounts++;
  profile.amounts++;
}

function factsOf(cell: string): CellFacts {
  return { words: wordCount(cell), text: holdsWords(cell), placeholder: isPlaceholder(cell), reading: null, dateKind: undefined };
}

/** Whether a trimmed, non-empty cell stands for nothing ("N/A", "-", "."): no answer, as the comments count them. */
function isPlaceholder(cell: string): boolean {
  return commentText(cell) === '';
}

function readCell(cell: string): Reading {
  return { rating: parseRating(cell), amount: parseAmount(cell) !== null };
}

/**
 * Whether the cell has two letters in a row ({@link TWO_LETTERS}): read by hand while it is ASCII,
 * as the codes and numbers of untracked cells are ("R-100231", "200.18"), where the pattern costs most.
 */
function holdsWords(cell: string): boolean {
  let letterBefore = false;
  for (let at = 0; at < cell.length; at++) {
    const code = cell.charCodeAt(at);
    if (code >= 0x80) return TWO_LETTERS.test(cell);
    const lower = code | 0x20;
    const letter = lower >= 0x61 && lower <= 0x7a;
    if (letter && letterBefore) return true;
    letterBefore = letter;
  }
  return false;
}

function wordCount(text: string): number {
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
    if (text.charCodeAt(at - 1) !== 32) words++;
  }
  return words;
}
