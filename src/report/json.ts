/** The JSON view is the report model itself, pretty-printed so that it diffs well in git. */
export function renderJson(model: object): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
