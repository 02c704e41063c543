import { DateEvidence, type DateEvidenceKind } from '../dates.js';
import { parseAmount, parseRating } from '../values.js';

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
const READABLE_DATES: readonly DateEvidenceKind[] = ['dayFirst', 'monthFirst', 'yearFirst', 'ambiguous', 'unordered', 'relative', 'placeholder'];

interface Tests {
  tested: number;
  ratings: number;
  dates: number;
  amounts: number;
}

export function emptyProfile(): ColumnProfile {
  return {
    filled: 0,
    ratings: new Map(),
    notApplicable: 0,
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
  readonly columns: ColumnProfile[];
  private readonly tests: Tests[];
  records = 0;

  constructor(width: number) {
    this.columns = Array.from({ length: width }, emptyProfile);
    this.tests = Array.from({ length: width }, () => ({ tested: 0, ratings: 0, dates: 0, amounts: 0 }));
  }

  add(record: readonly string[]): void {
    this.records++;
    // Ragged records can be wider than the header: their extra cells belong to no column.
    const width = Math.min(record.length, this.columns.length);
    for (let column = 0; column < width; column++) {
      const cell = record[column]!;
      if (cell !== '') this.addCell(column, cell);
    }
  }

  /** The profiles, with the date counts taken from the date evidence. */
  finish(): ColumnProfile[] {
    for (const profile of this.columns) {
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
    profile.words += wordCount(cell);
    if (TWO_LETTERS.test(cell)) profile.textCells++;
    if (profile.distinct.size < DISTINCT_KEPT || profile.distinct.has(cell)) profile.distinct.set(cell, (profile.distinct.get(cell) ?? 0) + 1);
    else profile.untracked++;
    if (cell.length > SHORT_CELL) return;

    const tests = this.tests[column]!;
    const settled = tests.tested >= TESTS_BEFORE_GIVING_UP;
    tests.tested++;
    if (!settled || tests.ratings * 2 >= tests.tested) {
      const rating = parseRating(cell);
      if (rating.kind === 'value' && rating.value >= 0 && rating.value <= 10) {
        tests.ratings++;
        profile.ratings.set(rating.value, (profile.ratings.get(rating.value) ?? 0) + 1);
      } else if (rating.kind === 'not-applicable') {
        tests.ratings++;
        profile.notApplicable++;
      } else if (rating.kind === 'label') {
        profile.labelCells++;
        if (profile.labels.size < LABELS_KEPT || profile.labels.has(rating.label)) {
          profile.labels.set(rating.label, (profile.labels.get(rating.label) ?? 0) + 1);
          if (!profile.writtenLabels.has(rating.label)) profile.writtenLabels.set(rating.label, cell);
        }
      }
    }
    if (!settled || tests.dates * 2 >= tests.tested) {
      const kind = profile.dateEvidence.add(cell);
      if (kind !== null && READABLE_DATES.includes(kind)) tests.dates++;
    }
    if (!settled || tests.amounts * 2 >= tests.tested) {
      if (parseAmount(cell) !== null) {
        tests.amounts++;
        profile.amounts++;
      }
    }
  }
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
