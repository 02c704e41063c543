/**
 * The per-response export (`score --tagged`) as CSV: one row per response, in file order, for an
 * analyst to pivot and a reviewer to check against the file. It holds no customer text: the line
 * leads back to the comment in the export itself, so the only copy of what customers wrote stays
 * where it was, and redaction (which only finds what its detectors know) is never trusted with it.
 */
import type { Readable } from 'node:stream';
import { type TaggedFile, type TaggedRow, tagRows } from '../feedback/tagged.js';
import { type CsvValue, csvLine, csvStream } from '../io/csv.js';

const COLUMNS = ['line', 'id', 'score', 'language', 'sentiment', 'sentiment_score', 'sentiment_note', 'themes'];
/** With several files, each row also says which file it comes from. */
const COLUMNS_WITH_FILE = ['file', ...COLUMNS];

/** The export's exact first lines, by which centricity knows its own file before replacing it. */
export const TAGGED_CSV_HEADERS: readonly string[] = [csvLine(COLUMNS), csvLine(COLUMNS_WITH_FILE)];

/** Separates the themes in their cell; a title's own semicolon becomes a comma, so the list splits back into titles. */
const THEME_SEPARATOR = ';';

function cellsOf(row: TaggedRow): CsvValue[] {
  return [
    row.line,
    row.id,
    row.score,
    row.language,
    row.sentiment,
    row.sentimentScore,
    row.sentimentNote,
    row.themes.map((title) => title.replaceAll(THEME_SEPARATOR, ',')).join(THEME_SEPARATOR),
  ];
}

/**
 * The export of `files` as a stream of CSV text, each file read again as its analysis read it.
 * @param withFile add the file column: when several files were scored, even if only one could be read.
 */
export function taggedCsv(files: readonly (TaggedFile & { file: string })[], withFile: boolean): Readable {
  return csvStream(async (emit) => {
    await emit([withFile ? COLUMNS_WITH_FILE : COLUMNS]);
    for (const file of files) {
      await tagRows(file, (rows) => emit(rows.map((row) => (withFile ? [file.file, ...cellsOf(row)] : cellsOf(row)))));
    }
  });
}
