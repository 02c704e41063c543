/**
 * Every response of a file with what centricity read in it (its score, language, sentiment and
 * themes), for the per-response export: a second pass over the file with the plan and themes of
 * its analysis, so each row is read exactly as the report counted it. Streamed, chunk by chunk.
 */

import { rowReaderOf } from './analyse.js';
import type { FileReading } from './index.js';
import type { FeedbackSummary } from './model.js';
import { readRange, rowBuilder, WHOLE_FILE } from './read/reader.js';
import { reportedId } from './redact.js';
import { type SentimentLabel, sentimentLabel } from './sentiment.js';
import { round2 } from './stats.js';
import { compileThemePlan } from './themes.js';

/** One response as the export gives it. */
export interface TaggedRow {
  line: number;
  /** As the report shows ids: a pseudonym when the id holds personal data (unless it is kept); null without one. */
  id: string | null;
  /** The lead score; null when it is blank, unreadable or off the scale (the report counts those in its data quality). */
  score: number | null;
  /** The comment's language; null when it is not known. */
  language: string | null;
  sentiment: SentimentLabel | null;
  sentimentScore: number | null;
  /** Why there is no sentiment: no comment, or a language centricity cannot read (never scored as neutral). */
  sentimentNote: 'no comment' | 'unreadable language' | null;
  /** Theme titles, the main theme (the best fit) first. */
  themes: string[];
}

/** What a second pass over one file needs: how its analysis read it, and the scale its scores were read on. */
export interface TaggedFile {
  reading: FileReading;
  scale: FeedbackSummary['source']['scale'];
}

/**
 * Reads every response of the file into `onRows`, a chunk of the file at a time; the reading waits
 * for `onRows`, so a slow writer holds it back and memory stays flat however long the file.
 */
export async function tagRows({ reading, scale }: TaggedFile, onRows: (rows: readonly TaggedRow[]) => Promise<void>): Promise<void> {
  const themeSet = compileThemePlan(reading.themes);
  const titles = new Map(themeSet.themes.map((theme) => [theme.id, theme.title]));
  const { reader } = rowReaderOf(reading.plan.source, themeSet);
  const toRow = rowBuilder(reading.plan);
  let rows: TaggedRow[] = [];
  const onScale = (score: number | null) => (score !== null && scale && score >= scale.min && score <= scale.max ? score : null);
  await readRange(
    reading.plan,
    WHOLE_FILE,
    (record, line) => {
      const facts = reader.read(toRow(record, line));
      // No comment, no language: a null sentiment with a comment is a language centricity cannot read.
      const commented = facts.comment !== '';
      const sentiment = commented ? facts.sentiment : null;
      rows.push({
        line: facts.row.line,
        id: reportedId(facts.row.id, reading.keepPersonalData, reading.pseudonymKey),
        score: onScale(facts.score),
        language: commented ? facts.language : null,
        sentiment: sentiment === null ? null : sentimentLabel(sentiment),
        sentimentScore: sentiment === null ? null : round2(sentiment),
        sentimentNote: !commented ? 'no comment' : sentiment === null ? 'unreadable language' : null,
        themes: facts.themes.map((id) => titles.get(id) ?? id),
      });
    },
    async () => {
      if (rows.length === 0) return;
      const chunk = rows;
      rows = [];
      await onRows(chunk);
    },
  );
}
