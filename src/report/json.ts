import type { ActionReport, ReportModel } from './model.js';
import { describeFinding } from './words.js';

/**
 * Characters JSON.stringify leaves raw that a terminal or an editor would obey or hide: C1
 * controls, bidi controls, zero-width characters, line and paragraph separators (it escapes
 * the C0 controls itself). They can only stand inside strings, so writing them as `\uXXXX`
 * keeps every value exactly as read while no raw one reaches the file (`cat report.json`).
 */
const RAW_IN_JSON = /[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** The JSON view is the report model itself, pretty-printed so that it diffs well in git. */
export function renderJson(model: object): string {
  const json = JSON.stringify(model, null, 2).replace(
    RAW_IN_JSON,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}

/** An action as the JSON shows it: the model's, with its findings also in words, as schema version 2 has always had them. */
export interface ActionJson extends ActionReport {
  /** The findings in words, most pressing first; the respondent's notes are in `notes`, not here. */
  because: string[];
}

/** What `audit --format json` writes: the report model, with each action's findings also in words. */
export interface ReportJson extends ReportModel {
  actions: { thisWeek: ActionJson[]; thisMonth: ActionJson[]; thisQuarter: ActionJson[] };
}

export function reportJson(model: ReportModel): ReportJson {
  const withWords = ({ id, title, why, ...rest }: ActionReport): ActionJson => ({
    id,
    title,
    why,
    because: rest.findings.map(describeFinding),
    ...rest,
  });
  const { thisWeek, thisMonth, thisQuarter } = model.actions;
  return {
    ...model,
    actions: { thisWeek: thisWeek.map(withWords), thisMonth: thisMonth.map(withWords), thisQuarter: thisQuarter.map(withWords) },
  };
}
