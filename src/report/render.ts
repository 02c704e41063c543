import type { ReportFormat } from './formats.js';
import { renderJson } from './json.js';
import { type RenderOptions, renderTemplate } from './markdown.js';

/**
 * A report model in one format: JSON as it is, Markdown from the template, and HTML from the same
 * Markdown with its charts drawn. The HTML renderer is loaded only when a page is asked for.
 */
export async function renderReport(
  format: ReportFormat,
  model: object,
  template: string,
  options: Omit<RenderOptions, 'chart' | 'target'> = {},
): Promise<string> {
  if (format === 'json') return renderJson(model);
  if (format === 'md') return renderTemplate(model, template, options);
  const { renderHtml } = await import('./html.js');
  return renderHtml(model, template, options);
}
