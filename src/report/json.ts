import type { ReportModel } from './model.js';

/** The JSON view is the report model itself, pretty-printed so that it diffs well in git. */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
