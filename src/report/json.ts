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
