import { type DateOrder, parseDate } from './dates.js';

/** The dates of the date column that could not be placed in a month: counted, with examples, never silently left out. */
export interface DateQuality {
  /** Cells that are not a date in any form centricity reads. */
  unreadable: number;
  /** Placeholder dates (1970-01-01, 1900-01-01…) that exports write for "no date". */
  placeholders: number;
  /** Relative dates ("3 days ago") with no export date to count back from. */
  unplaced: number;
  examples: { line: number; reason: string }[];
}

const EXAMPLES = 5;
/** Dates repeat (a survey runs for days, not for years): remember the months already read. */
const CACHE_SIZE = 4096;

type Reading = { month: string } | { problem: 'unreadable' | 'placeholders' | 'unplaced' };

/** Reads the month of each row's date and accounts for those it cannot place; mergeable across threads. */
export class DateTally {
  private readonly cache = new Map<string, Reading>();
  private quality: DateQuality = { unreadable: 0, placeholders: 0, unplaced: 0, examples: [] };

  constructor(
    private readonly order: DateOrder,
    /** The export's date (YYYY-MM-DD), to place relative dates. */
    private readonly reference: string | undefined,
  ) {}

  /** The YYYY-MM of a date cell, or null (and counted) when it cannot be placed. */
  monthOf(text: string, line: number): string | null {
    let reading = this.cache.get(text);
    if (reading === undefined) {
      reading = this.read(text);
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      this.cache.set(text, reading);
    }
    if ('month' in reading) return reading.month;
    this.quality[reading.problem]++;
    if (this.quality.examples.length < EXAMPLES) this.quality.examples.push({ line, reason: REASONS[reading.problem](text) });
    return null;
  }

  private read(text: string): Reading {
    const date = parseDate(text, this.order, this.reference);
    if (date.kind === 'date') return date.placeholder ? { problem: 'placeholders' } : { month: date.iso.slice(0, 7) };
    if (date.kind === 'relative-unplaced') return { problem: 'unplaced' };
    return { problem: 'unreadable' };
  }

  toState(): DateQuality {
    return this.quality;
  }

  merge(other: DateQuality): void {
    this.quality = {
      unreadable: this.quality.unreadable + other.unreadable,
      placeholders: this.quality.placeholders + other.placeholders,
      unplaced: this.quality.unplaced + other.unplaced,
      examples: [...this.quality.examples, ...other.examples].sort((a, b) => a.line - b.line).slice(0, EXAMPLES),
    };
  }
}

const REASONS: Readonly<Record<'unreadable' | 'placeholders' | 'unplaced', (text: string) => string>> = {
  unreadable: (text) => `date ${JSON.stringify(text)} cannot be read`,
  placeholders: (text) => `date ${JSON.stringify(text)} is a placeholder for no date`,
  unplaced: (text) => `date ${JSON.stringify(text)} is relative and the export's date is not known (give it with --export-date)`,
};
