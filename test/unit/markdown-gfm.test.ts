import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/types.js';
import { auditReport } from '../../src/audit.js';
import { type AnalysedFeedback, analyseFeedbackFile } from '../../src/feedback/index.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { buildFeedbackReport, buildIndex, indexEntry } from '../../src/report/feedback.js';
import { renderHtml } from '../../src/report/html.js';
import { feedbackIndexJson, feedbackReportJson, reportJson } from '../../src/report/json.js';
import {
  FEEDBACK_TEMPLATE,
  INDEX_TEMPLATE,
  loadPartials,
  loadTemplate,
  mermaidLabel,
  relativeLink,
  renderMarkdown,
  STEP_SUMMARY_TEMPLATE,
} from '../../src/report/markdown.js';
import { temporaryDirectory } from '../helpers/cli.js';

/**
 * The reports rendered as GitHub renders them: micromark with its GFM extension (tables,
 * autolink literals for `www.`, `http(s)://` and e-mail addresses, the tag filter), with raw
 * HTML let through as GitHub lets its safe subset through. Data comes from a hostile corpus
 * in every place a report shows data.
 */
const render = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const NEVER = 'I would <never> recommend you';
const PAYLOADS = [
  'Visit https://phish.example/login?next=/ now',
  'or www.phish.example, or HTTP://SHOUT.example/x.',
  'mail victim@mail.example or mailto:x@y.example, josé@exämple.example',
  'hey @everyone and @acme/security-team, see #123, GH-45 and octo/repo#1',
  'https&#58;//entity.example &#64;everyone &lt;b&gt; &#x3C;img src=x&#x3E; www&#46;dot.example',
  '<img src="https://evil.example/x.png"> <a href="javascript:alert(1)">click</a> <script>alert(1)</script>',
  NEVER,
  '[link](https://evil.example) ![img](//evil.example/p.png) <https://auto.example> [ref]: /x',
  '**bold** _it_ ~~gone~~ `code` | cell | # heading > quote',
  '- item',
  '1. first',
  '---',
  '```mermaid\nclick A "javascript:alert(1)"\n``` %%{init: {"theme":"dark"}}%% A-->B["x"];#quot; </details>',
  '\u001b[31mred\u001b[0m \u001b]8;;https://osc.example\u0007osc\u001b]8;;\u0007 \u202eevil\u202c zero\u200bwidth ' +
    'ww\u200bw.hidden.example @\u200deveryone',
];
/** An id or a segment too long for a table cell. */
const LONG = 'a-very-long-respondent-identifier-that-would-stretch-every-table-it-is-put-in';
/** What must never reach a report from data: controls but the report's own line breaks, bidi controls, zero-width characters. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const payload = (index: number) => PAYLOADS[index % PAYLOADS.length]!;

/** What GitHub would make live in text that is not in a code span, a code block or a link (html-pipeline skips those). */
const LIVE_ON_GITHUB: readonly [string, RegExp][] = [
  ['a mention', /(?:^|[^A-Za-z0-9_`])@[A-Za-z0-9]/],
  ['an issue reference', /#\d/],
  ['a GH- reference', /\bGH-\d/i],
  ['a URL', /[a-z]:\/\//i],
  ['a www. address', /\bwww\./i],
  ['an e-mail address', /[\p{L}\p{N}._+-]@[\p{L}\p{N}_-]+\.[\p{L}\p{N}]/u],
];

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The text GitHub's mention, reference and autolink filters read: all of it but code and links. */
function filteredText(html: string): string {
  return decode(html.replace(/<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/g, ' '));
}

function expectInert(markdown: string, allowedLinks: RegExp | null = null): string {
  expect(markdown).not.toMatch(RAW);
  const html = render(markdown);
  expect(html).not.toMatch(/<img|<script|<iframe|<style/i);
  const links = [...html.matchAll(/<a\b[^>]*>/g)].map((match) => match[0]);
  for (const link of links) expect(link, 'a link from data').toMatch(allowedLinks ?? /^$/);
  const text = filteredText(html);
  for (const [what, pattern] of LIVE_ON_GITHUB) expect(text.match(pattern)?.[0], `${what} outside code`).toBeUndefined();
  for (const block of markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)) expectInertMermaid(block[1]!);
  return decode(html);
}

/** A Mermaid block: each line keeps its keyword, every label is one quoted string of plain characters. */
function expectInertMermaid(block: string): void {
  expect(block).not.toMatch(/%%|<|`|#|;|^\s*click/m);
  for (const line of block.trim().split('\n')) {
    expect(line).toMatch(
      /^\s*(xychart-beta|pie showData title |title "|x-axis \[|y-axis "|bar \[|line \[|"(Promoters|Passives|Detractors))/,
    );
    for (const label of line.match(/"[^"]*"/g) ?? []) expect(label).toMatch(/^"[\p{L}\p{M}\p{N} .,:'()/+\-–—!?…]*"$/u);
  }
}

/**
 * A function that puts a payload in every string of a value, the next payload each time, but the ids
 * that say which check's template words a finding: those are code, not data.
 */
function everyStringHostile(): <T>(value: T) => T {
  let next = 0;
  const hostile = <T>(value: T): T => {
    if (typeof value === 'string') return payload(next++) as T;
    if (Array.isArray(value)) return value.map(hostile) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, key === 'check' || key === 'messageId' ? item : hostile(item)]),
      ) as T;
    }
    return value;
  };
  return hostile;
}

let folder: ReturnType<typeof temporaryDirectory>;
let feedback: AnalysedFeedback;
let partials: Record<string, string>;

beforeAll(async () => {
  folder = temporaryDirectory();
  partials = await loadPartials();
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const header = ['id', payload(3), 'How likely are you to recommend us?', 'Why? https://phish.example/q', 'date'].map(quote).join(',');
  const rows = Array.from({ length: 90 }, (_, row) =>
    [
      row % 4 === 0 ? `${LONG}-${row}` : `${payload(row)} ${row}`,
      row % 5 === 0 ? LONG : payload(row + 5),
      row % 11,
      row % 3 === 0 ? NEVER : payload(row),
      `2026-0${1 + (row % 3)}-15`,
    ]
      .map((cell) => quote(String(cell)))
      .join(','),
  );
  const path = join(folder.path, 'www.phish.example @everyone #12 <b> javascript:x.csv');
  writeFileSync(path, `${header}\n${rows.join('\n')}\n`);
  feedback = await analyseFeedbackFile(path, { columns: { segment: '2', id: '1', comment: '4' } });
}, 30_000);
afterAll(() => folder.remove());

function hostileAnswers(): Answers {
  const answers: Answers['answers'] = {};
  DEFAULT_QUESTIONNAIRE.questions.forEach((question, index) => {
    answers[question.id] = { answer: index % 2 === 0 ? 1 : 5, note: payload(index) };
  });
  const [first] = DEFAULT_QUESTIONNAIRE.questions;
  answers[first!.id] = {
    answer: 3,
    note: NEVER,
    responses: PAYLOADS.slice(0, 3).map((respondent, index) => ({ respondent, answer: index === 0 ? 1 : 5 })),
  };
  return { schemaVersion: 1, team: payload(0), respondent: payload(3), status: 'complete', answers };
}

describe('reports rendered as GitHub-flavoured Markdown', () => {
  it('the hostile export was read as meant: ids, segments and comments from every payload', () => {
    expect(feedback.source.columns).toMatchObject({ id: 'id', segment: payload(3), comment: 'Why? https://phish.example/q' });
    expect(feedback.unhappiest.length).toBeGreaterThan(0);
    expect(feedback.segments.length).toBeGreaterThan(1);
  });

  it('the audit report shows every payload as text: no link, image, mention or reference from data; text in brackets kept', async () => {
    const model = auditReport(hostileAnswers(), { generatedOn: '2026-11-23', feedback: [feedback, feedback] });
    const markdown = renderMarkdown(reportJson(model), await loadTemplate(), 'default template', partials);
    const text = expectInert(markdown);
    expect(text).toContain(NEVER);
    expect(text).toContain('hey @everyone and @acme/security-team, see #123, GH-45 and octo/repo#1');
    expect(text).toContain('https&#58;//entity.example &#64;everyone &lt;b&gt;');
    expect(text).toContain('␛[31mred');
    expect(text).toContain('<U+202E>evil');
    expect(expectInert(renderMarkdown(reportJson(model), await loadTemplate(STEP_SUMMARY_TEMPLATE)))).toContain(
      'Visit https://phish.example/login?next=/ now',
    );
  });

  it('the feedback report and the index: the same, and the index links only to the reports beside it', async () => {
    const report = renderMarkdown(
      feedbackReportJson(buildFeedbackReport(feedback, '2026-11-23', '1.0.0')),
      await loadTemplate(FEEDBACK_TEMPLATE),
      'feedback template',
      partials,
    );
    expect(expectInert(report)).toContain(NEVER);
    // Ids and segments are cut in table cells (the comments, in quotes, are not).
    const cells = report.split('\n').flatMap((line) => (line.startsWith('|') ? line.split(/(?<!\\)\|/).map((cell) => cell.trim()) : []));
    const long = cells.filter((cell) => cell.startsWith('a-very-long'));
    expect(long.length).toBeGreaterThan(1);
    for (const cell of long) expect(cell).toMatch(/^a-very-long-respondent-identifi…$/);

    const names = [
      'javascript:alert(1)',
      '//evil.example/x',
      'https://evil.example',
      'a>b)(c <d>',
      'x](https://evil.example)',
      'résumé 2026',
    ];
    const index = buildIndex(
      names.map((name) => ({ ...indexEntry(feedback, `${name}.md`), file: `${name}.csv` })),
      [{ file: 'www.phish.example.csv', message: payload(3) }],
      '2026-11-23',
      '1.0.0',
    );
    const html = render(renderMarkdown(feedbackIndexJson(index), await loadTemplate(INDEX_TEMPLATE), 'index template', partials));
    expectInert(
      renderMarkdown(feedbackIndexJson(index), await loadTemplate(INDEX_TEMPLATE), 'index template', partials),
      /^<a href="\.\/[A-Za-z0-9._%-]+\.md">$/,
    );
    expect([...html.matchAll(/<a href="([^"]*)">/g)].map((match) => decodeURIComponent(match[1]!))).toEqual(
      names.map((name) => `./${name}.md`),
    );
  });

  it('any string anywhere in the model, hostile: still nothing live, and Mermaid labels stay labels', async () => {
    const hostile = everyStringHostile();
    const model = hostile(auditReport(hostileAnswers(), { generatedOn: '2026-11-23', feedback: [feedback] }));
    const markdown = renderMarkdown(reportJson(model), await loadTemplate(), 'default template', partials);
    expect(markdown).toContain('```mermaid');
    expectInert(markdown);
    const report = hostile(buildFeedbackReport(feedback, '2026-11-23', '1.0.0'));
    expectInert(renderMarkdown(feedbackReportJson(report), await loadTemplate(FEEDBACK_TEMPLATE), 'feedback template', partials));
  });
});

/** The only elements a page may hold: the page's own, what the Markdown becomes, and the charts' SVG. Anything else came from data. */
const PAGE_ELEMENTS = new Set(
  [
    ...'html head meta title style body main h1 h2 h3 h4 p ul ol li table thead tbody tr th td code pre strong em br hr'.split(' '),
    ...'details summary figure input a'.split(' '),
    ...'svg desc g rect line path circle text polyline'.split(' '),
  ].map((name) => name.toLowerCase()),
);

/** A page shows the payloads as text: no element, attribute, link or fetch that data made. */
function expectInertPage(page: string, allowedLinks: RegExp = /^$/): string {
  expect(page).not.toMatch(RAW);
  expect(page.split('\n')[0]).toBe('<!-- generated by centricity: edit the template or the answers, not this file -->');
  expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  for (const [, name] of page.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) expect(PAGE_ELEMENTS, `<${name}>`).toContain(name!.toLowerCase());
  for (const [tag] of page.matchAll(/<[a-zA-Z][^>]*>/g)) expect(tag).not.toMatch(/\son[a-z]+\s*=|javascript:|\ssrc\s*=|url\(/i);
  expect(/<style>([\s\S]*?)<\/style>/.exec(page)?.[1]).not.toMatch(/url\(|@import|@font-face/i);
  for (const [link] of page.matchAll(/<a\b[^>]*>/g)) expect(link, 'a link from data').toMatch(allowedLinks);
  const body = page.slice(page.indexOf('<main>'));
  return decode(body.replace(/<(svg)\b[\s\S]*?<\/\1>/g, ' '));
}

describe('reports rendered as a web page (--format html)', () => {
  it('the audit page shows every payload as text, draws its charts, and holds nothing live', async () => {
    const model = auditReport(hostileAnswers(), { generatedOn: '2026-11-23', feedback: [feedback, feedback] });
    const page = await renderHtml(reportJson(model), await loadTemplate(), { partials });
    const text = expectInertPage(page);
    expect(text).toContain(NEVER);
    expect(text).toContain('<img src="https://evil.example/x.png"> <a href="javascript:alert(1)">click</a> <script>alert(1)</script>');
    expect(text).toContain('[link](https://evil.example) ![img](//evil.example/p.png) <https://auto.example> [ref]: /x');
    expect(page).not.toContain('language-mermaid');
    expect(page.match(/<figure class="chart"><svg /g)?.length).toBeGreaterThanOrEqual(3);
    expect(page).toMatch(/<li class="task"><input type="checkbox" disabled> <strong>/);
    expect(page).not.toMatch(/<details>/);
  });

  it('any string anywhere in the model, hostile: the pages stay inert', async () => {
    const hostile = everyStringHostile();
    const model = hostile(auditReport(hostileAnswers(), { generatedOn: '2026-11-23', feedback: [feedback] }));
    const page = await renderHtml(reportJson(model), await loadTemplate(), { partials });
    expectInertPage(page);
    const report = hostile(buildFeedbackReport(feedback, '2026-11-23', '1.0.0'));
    expectInertPage(await renderHtml(feedbackReportJson(report), await loadTemplate(FEEDBACK_TEMPLATE), { partials }));
  });

  it("text from data cannot end an attribute of a user's template, nor a chart name keep the Markdown from showing", async () => {
    const breakout = `x" onmouseover="alert(1)" style="position:fixed" a='b' https://x.example/"q' <b>`;
    const model = { audit: { team: breakout }, links: [breakout] };
    const template =
      '# Audit\n\n<p title="{{audit.team}}" data-x=\'{{audit.team}}\'>{{audit.team}} {{short audit.team}} {{code audit.team}}</p>\n\n' +
      '{{#chart "nope" audit}}kept: {{audit.team}}{{/chart}}\n\n{{#chart "dimensions" audit}}not drawn{{/chart}}\n';
    const warnings: string[] = [];
    const page = await renderHtml(model, template, { warn: (message) => warnings.push(message) });
    const paragraph = /<p title="[^"]*" data-x='[^']*'>/.exec(page)?.[0];
    expect(paragraph).toBeDefined();
    expect(decode(/title="([^"]*)"/.exec(paragraph!)![1]!)).toBe(breakout);
    expect(page).toMatch(/<p>kept: x&quot; onmouseover=/);
    expect(page).toContain('<p>not drawn</p>');
    expect(warnings[1]).toMatch(
      /^the chart "dimensions" cannot be drawn from what the template gives it \(.+\); its content is shown instead$/,
    );
    expect(warnings.slice(0, 1)).toEqual([
      'the template asks for a chart named "nope", which centricity does not draw (' +
        'dimensions, nps-mix, feedback-trend, team-spread, history)',
    ]);
  });

  it('the index page links only to the pages beside it', async () => {
    const names = ['javascript:alert(1)', '//evil.example/x', 'a>b)(c <d>', 'résumé 2026'];
    const index = buildIndex(
      names.map((name) => ({ ...indexEntry(feedback, `${name}.html`), file: `${name}.csv` })),
      [],
      '2026-11-23',
      '1.0.0',
    );
    const page = await renderHtml(feedbackIndexJson(index), await loadTemplate(INDEX_TEMPLATE), { partials });
    expectInertPage(page, /^<a href="\.\/[A-Za-z0-9._%-]+\.html">$/);
    expect([...page.matchAll(/<a href="([^"]*)">/g)].map((match) => decodeURIComponent(match[1]!))).toEqual(
      names.map((name) => `./${name}.html`),
    );
  });
});

describe('helpers for places that are not Markdown text', () => {
  it('a Mermaid label keeps letters, digits and plain punctuation, quoted, and nothing that Mermaid reads as syntax', () => {
    expect(mermaidLabel('Listening and acting')).toBe('"Listening and acting"');
    expect(mermaidLabel('Jan 2026')).toBe('"Jan 2026"');
    expect(mermaidLabel('a"] %%{init}%% <b>#quot;`x`;\nclick')).toBe('"a init b quot x click"');
    expect(mermaidLabel('x'.repeat(50))).toBe(`"${'x'.repeat(29)}…"`);
  });

  it('a relative link is ./ and the name, percent-encoded: never a scheme, a host or the end of the link', () => {
    expect(relativeLink('survey.md')).toBe('./survey.md');
    expect(relativeLink('javascript:alert(1).md')).toBe('./javascript%3Aalert%281%29.md');
    expect(relativeLink('//evil.example/x> y')).toBe('./%2F%2Fevil.example%2Fx%3E%20y');
    expect(decodeURIComponent(relativeLink('résumé.md'))).toBe('./résumé.md');
  });
});
