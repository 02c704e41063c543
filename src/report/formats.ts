/** The formats a report is written in; each is also its file's extension. Kept apart so that `--help` loads no renderer. */
export const REPORT_FORMATS = ['md', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
