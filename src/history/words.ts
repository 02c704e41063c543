import { formatCount, formatSigned, round1 } from '../format.js';
import { printable } from '../printable.js';
import type { AuditRow } from './compare.js';
import type { CustomerFigure } from './snapshot.js';

/** Sparkline steps, lowest first: one character per audit, for a trend that fits a line of text. */
const SPARK = '▁▂▃▄▅▆▇█';

/** The customers' figure in words, as the report and `centricity history` show it: "NPS +22.1 (n = 390)", "mean 4.2 on stars (n = 80)". */
export function describeCustomerFigure(figure: CustomerFigure | null): string {
  if (!figure) return 'n/a';
  const value = figure.measure === 'nps' ? `NPS ${formatSigned(round1(figure.value))}` : `mean ${round1(figure.value)} on ${figure.scale}`;
  return `${value} (n = ${formatCount(figure.n)}${figure.tooSmall ? ', too few to read' : ''})`;
}

/** A 0–100 score per audit as a sparkline ("▂▄▇"); an audit without a score is a space, never drawn as 0. */
export function sparkline(scores: readonly (number | null)[]): string {
  return scores
    .map((score) => (score === null ? ' ' : SPARK[Math.min(SPARK.length - 1, Math.floor((score / 100) * SPARK.length))]))
    .join('');
}

/** The audits of a history as a plain-text table, columns aligned, for a terminal or a log; text from the files made printable. */
export function historyTable(rows: readonly AuditRow[]): string {
  const header = ['Date', 'Respondents', 'Overall', 'Level', 'NPS or rating'];
  const cells = rows.map((row) =>
    [
      row.date,
      formatCount(row.respondents),
      row.overall === null ? 'n/a' : String(row.overall),
      row.level ?? 'n/a',
      describeCustomerFigure(row.customers),
    ].map(printable),
  );
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  // Numbers right-aligned, words left-aligned, as in the report's tables.
  const numeric = [false, true, true, false, false];
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => (numeric[column] ? value.padStart(widths[column]!) : value.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}
