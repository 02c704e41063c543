import { extname } from 'node:path';

/** The formats a report is written in; each is also its file's extension. Kept apart so that `--help` loads no renderer. */
export const REPORT_FORMATS = ['md', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The format a name gives, whatever its case and spaces (`" HTML"` → html); null for any other name. */
export function reportFormatNamed(name: string): ReportFormat | null {
  const format = name.trim().toLowerCase();
  return (REPORT_FORMATS as readonly string[]).includes(format) ? (format as ReportFormat) : null;
}

const EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
};

/** The format a file's name asks for (`report.html` → html); null for any other name. */
export function formatOfPath(path: string): ReportFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}
