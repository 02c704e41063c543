import { readFile } from 'node:fs/promises';
import markdownIt, { type MarkdownIt, type StateCore } from 'markdown-it';
import { errorMessage } from '../errors.js';
import { GENERATED_MARKER } from '../io/marker.js';
import { packageFile } from '../io/package-files.js';
import { CHARTS, isChartName } from './charts.js';
import { type RenderOptions, renderTemplate } from './markdown.js';

/** The page's style sheet, written into every page: nothing is loaded from elsewhere. */
const STYLE_SHEET = packageFile('templates/report.css');
/** Read once a process: `score` writes a page for every file of a batch. */
let styleSheet: Promise<string> | undefined;

/**
 * The report as one web page: the Markdown the template makes, turned into HTML, with each
 * `{{#chart}}` block drawn as inline SVG from the model instead of its Mermaid source. Nothing in
 * it is fetched or run: no scripts, fonts or images from elsewhere, and a Content-Security-Policy
 * that forbids them should anything slip through.
 *
 * The guarantees of the Markdown carry over: every string from data was neutralised for a page
 * (`escapeMarkdownForPage`), so it reaches the HTML as text (`<` and quotes as entities, no link
 * syntax, no raw HTML) whether a template puts it in text or in an attribute; the renderer makes no
 * links of bare addresses; chart labels are escaped by the charts.
 */
export async function renderHtml(model: object, template: string, options: Omit<RenderOptions, 'chart' | 'target'> = {}): Promise<string> {
  const drawn: string[] = [];
  const warn = options.warn ?? (() => {});
  const markdown = renderTemplate(model, template, {
    ...options,
    target: 'page',
    chart: (name, data, content) => {
      if (!isChartName(name)) {
        warn(`the template asks for a chart named "${name}", which centricity does not draw (${Object.keys(CHARTS).join(', ')})`);
        return content();
      }
      let svg: string;
      try {
        svg = (CHARTS[name] as (data: unknown) => string)(data);
      } catch (error) {
        // A template of one's own may hand a chart the wrong part of the model: said, and its content shown.
        warn(`the chart "${name}" cannot be drawn from what the template gives it (${errorMessage(error)}); its content is shown instead`);
        return content();
      }
      if (svg === '') return '';
      drawn.push(svg);
      // A comment on a line of its own is an HTML block, passed through as it is; customer text cannot write one, as its `<` is an entity.
      return `\n\n${chartPlaceholder(drawn.length - 1)}\n\n`;
    },
  });
  const body = markdownToHtml(markdown.slice(markdown.indexOf('\n') + 1)).replace(
    /^<!--centricity-chart-(\d+)-->$/gm,
    (placeholder, index: string) => {
      const svg = drawn[Number(index)];
      return svg === undefined ? placeholder : `<figure class="chart">${svg}</figure>`;
    },
  );
  styleSheet ??= readFile(STYLE_SHEET, 'utf8');
  return htmlPage(pageTitle(body), body, await styleSheet);
}

/**
 * The page around the report. Its first line is centricity's marker, so that the next run may
 * replace the file (a comment may come before the doctype). Only inline styles are allowed.
 */
function htmlPage(title: string, body: string, styleSheet: string): string {
  return `${GENERATED_MARKER}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>
${styleSheet.trim()}
</style>
</head>
<body>
<main>
${body.trim()}
</main>
</body>
</html>
`;
}

function chartPlaceholder(index: number): string {
  return `<!--centricity-chart-${index}-->`;
}

/** The report's first heading as the page's title, entities kept, tags dropped. */
function pageTitle(body: string): string {
  const heading = /<h1>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? 'centricity report';
  return heading.replace(/<[^>]*>/g, '');
}

let renderer: MarkdownIt | undefined;

/**
 * CommonMark with GitHub's tables, as GitHub shows the Markdown report: HTML blocks pass (the
 * templates' `<details>`; data never holds a raw `<`), bare addresses stay text, and a task list
 * item's `[ ]` or `[x]` becomes a checkbox that cannot be changed. `<details>` are open, so that
 * a printed page holds everything.
 */
function markdownToHtml(markdown: string): string {
  renderer ??= markdownIt('commonmark', { html: true, linkify: false, typographer: false })
    .enable('table')
    .use((md: MarkdownIt) => md.core.ruler.push('task-checkboxes', taskCheckboxes));
  return renderer.render(markdown).replace(/<details>/g, '<details open>');
}

const TASK_MARKER = /^\[([ xX])\] /;

/** `- [ ] text` in a list: the marker becomes a disabled checkbox, checked for `[x]`. */
function taskCheckboxes(state: StateCore): void {
  const { tokens } = state;
  for (let index = 2; index < tokens.length; index++) {
    const inline = tokens[index]!;
    const first = inline.children?.[0];
    if (inline.type !== 'inline' || tokens[index - 2]!.type !== 'list_item_open' || first?.type !== 'text') continue;
    const marker = TASK_MARKER.exec(first.content);
    if (!marker) continue;
    first.content = first.content.slice(marker[0].length);
    const checkbox = new state.Token('html_inline', '', 0);
    checkbox.content = `<input type="checkbox" disabled${marker[1] === ' ' ? '' : ' checked'}> `;
    inline.children!.unshift(checkbox);
    tokens[index - 2]!.attrJoin('class', 'task');
  }
}
