import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { ownerLabel } from '../actions/owners.js';
import { isFinding } from '../checks/check.js';
import { differenceThatMatters } from '../checks/evidence.js';
import { errorMessage, InputError } from '../errors.js';
import type { FeedbackSummary } from '../feedback/model.js';
import { formatCount, formatMoney, formatPlural, formatScore, formatSigned } from '../format.js';
import { describeCustomerFigure, sparkline } from '../history/words.js';
import { readTextFile } from '../io/files.js';
import { GENERATED_MARKER } from '../io/marker.js';
import { packageFile } from '../io/package-files.js';
import { mapStrings, printable, shorten } from '../printable.js';
import { canDescribe, describeFinding } from './words.js';

export const DEFAULT_TEMPLATE = packageFile('templates/report.md.hbs');
export const FEEDBACK_TEMPLATE = packageFile('templates/feedback.md.hbs');
export const INDEX_TEMPLATE = packageFile('templates/index.md.hbs');
export const STEP_SUMMARY_TEMPLATE = packageFile('templates/step-summary.md.hbs');
const PARTIALS = packageFile('templates/partials');

const BAR_WIDTH = 20;

/**
 * Helpers available to every template, the default one and users' own. Templates are
 * Handlebars: they can format and loop over the report model but cannot run code.
 */
const HELPERS: Record<string, Handlebars.HelperDelegate> = {
  /** A score for display: rounded, or "n/a" when nothing was answered. */
  score: (value: unknown) => formatScore(typeof value === 'number' ? value : null),
  /** A text bar of a 0–100 score, for viewers without charts. */
  bar: (value: unknown) => {
    if (typeof value !== 'number') return '░'.repeat(BAR_WIDTH);
    const filled = Math.round((value / 100) * BAR_WIDTH);
    return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  },
  /** An answer for display: "4/5", "don't know" or "not answered". */
  rating: (answer: unknown) => (typeof answer === 'number' ? `${answer}/5` : answer === 'dont-know' ? "don't know" : 'not answered'),
  eq: (a: unknown, b: unknown) => a === b,
  /** True for any value but null and undefined, so that a score of 0 still shows. */
  has: (value: unknown) => value !== null && value !== undefined,
  gt: (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && a > b,
  lt: (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && a < b,
  or: (...values: unknown[]) => values.slice(0, -1).some(Boolean),
  /** A difference or NPS with its sign: "+12.5", "−3", "0". */
  signed: (value: unknown) => formatSigned(typeof value === 'number' ? value : null),
  /** A count with thousands separators. */
  number: (value: unknown) => formatCount(typeof value === 'number' ? value : null),
  /** What a column was taken for, as the report names it. */
  roleTitle: (role: unknown) =>
    ({
      score: 'Score',
      comment: 'Comments',
      date: 'Date',
      segment: 'Segment',
      id: 'Respondent id',
      value: 'Value',
      'other-score': 'Also scored',
      'other-comment': 'Also read',
    })[String(role)] ?? String(role),
  delimiterName: (value: unknown) => ({ ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' })[String(value)] ?? String(value),
  /** "1 question" / "3 questions", "1,200 answers". */
  plural: (count: unknown, singular: unknown, plural: unknown) =>
    typeof count === 'number' ? formatPlural(count, String(singular), String(plural)) : `${String(count)} ${String(plural)}`,
  /** An amount of money in a currency: "£229.50", "£1,200", "−£35". */
  money: (value: unknown, currency: unknown) =>
    formatMoney(typeof value === 'number' ? value : null, typeof currency === 'string' ? currency : ''),
  /** Position in a list, counting from 1. */
  ordinal: (index: unknown) => (typeof index === 'number' ? index + 1 : index),
  /** The items of a list whose field holds a number: a chart leaves out what has no value instead of drawing it as 0. */
  measured: (list: unknown, key: unknown) =>
    (Array.isArray(list) ? list : []).filter((item: Record<string, unknown>) => typeof item[String(key)] === 'number'),
  /** The first item of a list, for "start with" sentences. */
  first: (list: unknown) => (Array.isArray(list) ? list[0] : undefined),
  /** An action's owner as the plan shows it: "Sam (Customer support lead)", or the role alone when nobody is named. */
  ownerOf: (action: unknown) => {
    const { owner, assignee } = (action ?? {}) as { owner?: unknown; assignee?: unknown };
    return ownerLabel(String(owner ?? ''), typeof assignee === 'string' ? assignee : null);
  },
  /** How large a theme's pull must be to matter in a feedback summary (src/checks/evidence.ts); nothing when it cannot be said. */
  differenceThatMatters: (summary: unknown) =>
    typeof summary === 'object' && summary !== null && 'scores' in summary ? differenceThatMatters(summary as FeedbackSummary) : null,
  /** The customers' figure of an audit in the history: "NPS +22.1 (n = 390)". */
  customerFigure: (figure: unknown) =>
    describeCustomerFigure(typeof figure === 'object' && figure !== null ? (figure as Parameters<typeof describeCustomerFigure>[0]) : null),
  /** One field (0–100) of every item of a list as a sparkline, e.g. the overall score of each audit: "▂▄▇". */
  sparkline: (list: unknown, key: unknown) =>
    sparkline(
      (Array.isArray(list) ? list : []).map((item: Record<string, unknown>) => {
        const value = item[String(key)];
        return typeof value === 'number' ? value : null;
      }),
    ),
  /** The findings of one check in a list of findings: `(findingsOf findings "missing-column")`. */
  findingsOf: (list: unknown, check: unknown) =>
    (Array.isArray(list) ? list : []).filter((finding: { check?: unknown }) => finding?.check === check),
};

/** A template's text; a user's template is read like any input, up to the size limit. */
export async function loadTemplate(path: string = DEFAULT_TEMPLATE): Promise<string> {
  return readTextFile(path, 'template');
}

/** The partials every template can use: `{{> feedback}}` renders one feedback summary. */
export async function loadPartials(): Promise<Record<string, string>> {
  const names = (await readdir(PARTIALS)).filter((name) => name.endsWith('.md.hbs'));
  const partials: Record<string, string> = {};
  for (const name of names) partials[name.replace(/\.md\.hbs$/, '')] = await readFile(join(PARTIALS, name), 'utf8');
  return partials;
}

const COMPILE_OPTIONS = { noEscape: true, strict: false } as const;

/** A template compiled at build time, as Handlebars.precompile writes it. */
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

let precompiled: ReadonlyMap<string, TemplateSpecification> | undefined;

/**
 * A template or partial ready to render: the spec compiled at build time for a template centricity
 * ships (scripts/bundle.mjs, by the hash of its text), otherwise compiled now.
 */
function compiledTemplate(handlebars: typeof Handlebars, text: string): Handlebars.TemplateDelegate {
  precompiled ??= loadPrecompiled();
  const spec = precompiled.get(createHash('sha256').update(text).digest('hex'));
  // The strings are Markdown already, so the template engine must not HTML-escape them again.
  return spec ? handlebars.template(spec) : handlebars.compile(text, COMPILE_OPTIONS);
}

/** The build's template specs; none without a build (the tests of src/ before it), when every template is compiled at run time. */
function loadPrecompiled(): ReadonlyMap<string, TemplateSpecification> {
  try {
    return createRequire(import.meta.url)(packageFile('dist/report/precompiled.cjs')) as ReadonlyMap<string, TemplateSpecification>;
  } catch {
    return new Map();
  }
}

/** What a template's `{{#chart "name" data}}…{{/chart}}` block becomes: its own content (Mermaid, in Markdown) or a drawing. */
export type ChartBlock = (name: string, data: unknown, content: () => string) => string;

/**
 * How a template is rendered: where it came from (for messages), its partials, Handlebars' warnings,
 * its charts, and what its Markdown is for: GitHub (by default), or a web page made from it.
 */
export interface RenderOptions {
  templateName?: string;
  partials?: Record<string, string>;
  warn?: (message: string) => void;
  chart?: ChartBlock;
  target?: keyof typeof NEUTRALISED;
}

/** How text from data is neutralised for each target: running text, and text shown exactly as typed (`{{code x}}`). */
const NEUTRALISED = {
  markdown: { text: escapeMarkdown, code: (text: string) => codeSpan(printable(text)) },
  page: { text: escapeMarkdownForPage, code: (text: string) => markdownCodeElement(printable(text)) },
} as const;

/**
 * Renders a model with a Handlebars template into Markdown. Whatever Handlebars would print on the
 * console (a `{{log}}` in the template, a property it refuses to look up) goes to `warn` instead,
 * so that the caller decides whether it is shown (not under --quiet) and nothing lands in the output.
 */
export function renderMarkdown(
  model: object,
  template: string,
  templateName = 'template',
  partials: Record<string, string> = {},
  warn: (message: string) => void = () => {},
): string {
  return renderTemplate(model, template, { templateName, partials, warn });
}

/**
 * Renders a model with a Handlebars template: Markdown, whose `{{#chart}}` blocks are whatever
 * `options.chart` makes of them (by default their own content, the Mermaid source).
 */
export function renderTemplate(model: object, template: string, options: RenderOptions = {}): string {
  const { templateName = 'template', partials = {}, warn = () => {}, chart = (_name, _data, content) => content() } = options;
  const neutralise = NEUTRALISED[options.target ?? 'markdown'];
  const handlebars = Handlebars.create();
  // Strings are neutralised once, before the template sees them; the few helpers that write
  // somewhere other than Markdown text look the typed text up again.
  const typed = new Map<string, string>();
  const neutralised = mapStrings(model, (text) => {
    const escaped = neutralise.text(text);
    typed.set(escaped, text);
    return escaped;
  });
  const original = (value: unknown) => (typeof value === 'string' ? (typed.get(value) ?? value) : value);
  const helpers = { ...HELPERS, ...typedTextHelpers(original, neutralise), chart: chartHelper(chart, original) };
  for (const [name, helper] of Object.entries(helpers)) handlebars.registerHelper(name, helper);
  for (const [name, partial] of Object.entries(partials)) handlebars.registerPartial(name, compiledTemplate(handlebars, partial));
  const toWarn = (_level: unknown, ...message: unknown[]) =>
    warn(
      message
        .map(String)
        .join(' ')
        .split('\n')[0]!
        .replace(/^Handlebars: /, ''),
    );
  // `{{log}}` calls the instance's log; the prototype-access check calls the shared logger.
  handlebars.log = toWarn;
  const sharedLog = Handlebars.logger.log;
  Handlebars.logger.log = toWarn;
  try {
    const render = compiledTemplate(handlebars, template);
    const body = render(neutralised);
    return `${GENERATED_MARKER}\n${body.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  } catch (error) {
    throw new InputError(`the ${templateName} cannot be rendered (check its {{…}} blocks): ${describeTemplateError(error)}`);
  } finally {
    Handlebars.logger.log = sharedLog;
  }
}

/** `{{#chart "dimensions" data}}…{{/chart}}`: the chart is drawn from the data as typed, not from its Markdown. */
function chartHelper(chart: ChartBlock, original: (value: unknown) => unknown): Handlebars.HelperDelegate {
  return function (this: unknown, name: unknown, data: unknown, options: Handlebars.HelperOptions) {
    return chart(
      String(name),
      mapStrings(data, (text) => String(original(text))),
      () => options.fn(this),
    );
  };
}

/** Table cells of ids and segments stop at this many characters, with an ellipsis. */
export const CELL_WIDTH = 32;
/** Chart labels stop at this many characters: Mermaid draws them on one line under an axis. */
const CHART_LABEL_WIDTH = 30;

/** Helpers that need the text as typed rather than its Markdown: chart labels, short cells, links. */
function typedTextHelpers(
  original: (value: unknown) => unknown,
  neutralise: (typeof NEUTRALISED)[keyof typeof NEUTRALISED],
): Record<string, Handlebars.HelperDelegate> {
  return {
    /** One field of every item of a list as a Mermaid array: numbers rounded, gaps as 0, text reduced to inert labels. */
    pluck: (list: unknown, key: unknown) =>
      `[${(Array.isArray(list) ? list : [])
        .map((item: Record<string, unknown>) => {
          const value = original(item[String(key)]);
          if (typeof value === 'number') return String(Math.round(value * 10) / 10);
          return value === null || value === undefined ? '0' : mermaidLabel(String(value));
        })
        .join(',')}]`,
    /** A table cell that cannot grow with the data: long ids and segments end in an ellipsis. */
    short: (value: unknown) => neutralise.text(shorten(printable(String(original(value) ?? '')), CELL_WIDTH)),
    /** Text for an HTML block such as `<summary>`, where Markdown escapes would show. */
    html: (value: unknown) => escapeHtml(String(original(value) ?? '')),
    /** Text shown exactly as typed in a code span, such as an option name; not for table cells, where a `|` would split it. */
    code: (value: unknown) => neutralise.code(String(original(value) ?? '')),
    /** A link to a file beside this one: its name, percent-encoded, so that it can only be a relative path. */
    href: (value: unknown) => relativeLink(String(original(value) ?? '')),
    /**
     * A finding in words (`{{describe this}}`). The sentence is made from the finding as typed and
     * then neutralised whole, like every other string from data. A model from elsewhere (another
     * version, edited by hand) may hold a finding no template words: it shows as nothing rather
     * than stopping the report.
     */
    describe: (finding: unknown) => {
      const typedFinding = mapStrings(finding, (text) => String(original(text)));
      return isFinding(typedFinding) && canDescribe(typedFinding) ? neutralise.text(describeFinding(typedFinding)) : '';
    },
  };
}

/** The whole message, with the line and column in words where Handlebars ends it with " - 3:5". */
function describeTemplateError(error: unknown): string {
  const message = errorMessage(error);
  if (!(error instanceof Handlebars.Exception) || typeof error.lineNumber !== 'number') return message;
  const { lineNumber, column } = error;
  return `line ${lineNumber}${typeof column === 'number' ? `, column ${column + 1}` : ''}: ${message.replace(/ - \d+:\d+$/, '')}`;
}

/** A code span around any text: its fence is longer than any run of backticks inside, so nothing in it can close it early. */
export function codeSpan(text: string): string {
  if (text === '') return '';
  const fence = '`'.repeat(Math.max(0, ...Array.from(text.matchAll(/`+/g), (run) => run[0].length)) + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${text}${padding}${fence}`;
}

/**
 * A link to a file in the same folder: `./` and the name with every byte but letters, digits,
 * `.`, `_` and `-` percent-encoded, so that no name (`javascript:…`, `//host`, `a>b`, `x)`)
 * can make it a scheme, another host or the end of the link.
 */
export function relativeLink(name: string): string {
  const kept = (byte: number) => /[A-Za-z0-9._-]/.test(String.fromCharCode(byte));
  const encoded = Array.from(Buffer.from(name, 'utf8'), (byte) =>
    kept(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `./${encoded.join('')}`;
}

/**
 * A Mermaid label that can only be a label: quotes, brackets, `%%` directives, `#…;` entity
 * codes and HTML cannot be written with what is kept (letters, digits, spaces and plain
 * punctuation), and the label is quoted.
 */
export function mermaidLabel(text: string): string {
  const kept = shorten(
    printable(text)
      .replace(/[^\p{L}\p{M}\p{N} .,:'()/+\-–—!?]/gu, ' ')
      .replace(/ {2,}/g, ' ')
      .trim(),
    CHART_LABEL_WIDTH,
  );
  return `"${kept}"`;
}

/**
 * Whatever GitHub would turn into a link, an image source, a mention or a cross-reference:
 * URLs with any scheme, `www.` addresses, e-mail addresses, `mailto:`/`xmpp:`, `@user` and
 * `@org/team`, `#123`, `GH-45` and `owner/repo#1`. These are put in code spans, where neither
 * GitHub's autolinker nor its mention and reference filters look. The patterns are wider than
 * GitHub's own (any scheme, Unicode in e-mail names, any case), so an odd case errs on the
 * side of a code span. A match stops at a space, a backtick or a `|`, which a code span in a
 * table cannot hold. Each pattern starts only where a word starts (the look-behinds), so that
 * a long run of letters costs one pass, not one per letter.
 */
/** The rest of an address: up to a space, a backtick, a `|` or an angle bracket, less trailing punctuation (“see www.x.example.”). */
const ADDRESS_REST = String.raw`(?:[^\s\x60|<>]*[^\s\x60|<>.,;:!?'")\]])?`;
const LIVE_TEXT = new RegExp(
  [
    String.raw`(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/${ADDRESS_REST}`,
    `(?:mailto|xmpp):${ADDRESS_REST}`,
    String.raw`(?<![\p{L}\p{N}])www\.${ADDRESS_REST}`,
    String.raw`(?<![\p{L}\p{N}._+-])[\p{L}\p{N}._+-]+@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+`,
    String.raw`(?<![A-Za-z0-9_])@[A-Za-z0-9][A-Za-z0-9_-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?`,
    String.raw`(?:(?<![A-Za-z0-9_.\/-])[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)?#\d+`,
    String.raw`(?<![A-Za-z0-9_])gh-\d+`,
  ].join('|'),
  'giu',
);

/**
 * Makes text safe to drop into GitHub-flavoured Markdown: answers and notes come from people,
 * and feedback from customers, and must show as typed rather than turn into links, images,
 * mentions, tables, HTML or headings. Data first goes through `printable`, so no control,
 * bidi or zero-width character reaches the report; what GitHub would make live goes into a
 * code span (see LIVE_TEXT); everything else is escaped, `<` and `&` as entities so that text
 * in angle brackets is shown and `&#58;` stays six characters, Markdown punctuation with a
 * backslash, and a list marker at the start so that a cell or item cannot open a list.
 */
export function escapeMarkdown(text: string): string {
  return markdownLine(quoteLiveText(text, escapeMarkdownText, (live) => `\`${live}\``));
}

/**
 * The same for Markdown that becomes a web page (`--format html`): quotes are entities too, and what
 * would be live goes into a `<code>` element rather than a code span, so that text from data cannot
 * end an attribute where a template puts it (`title="{{team}}"`), any more than it can open an element.
 */
export function escapeMarkdownForPage(text: string): string {
  return markdownLine(quoteLiveText(text, (rest) => quoteEntities(escapeMarkdownText(rest)), markdownCodeElement));
}

/**
 * The same for text inside an HTML block (`<summary>`), where Markdown is not read: entities,
 * quotes included, and `<code>` for what GitHub would make live.
 */
export function escapeHtml(text: string): string {
  return quoteLiveText(
    text,
    (rest) => quoteEntities(htmlEntities(rest)),
    (live) => `<code>${quoteEntities(htmlEntities(live))}</code>`,
  );
}

/** A `<code>` element in Markdown text: what is inside is still read as Markdown, so it is escaped as Markdown too. */
function markdownCodeElement(text: string): string {
  return `<code>${quoteEntities(escapeMarkdownText(text))}</code>`;
}

/** A list marker or `---` at the start of a cell or an item, escaped: it would open a list or draw a line. */
function markdownLine(escaped: string): string {
  return escaped.replace(LIST_MARKER, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`).replace(THEMATIC_BREAK, '$1\\$2');
}

function quoteLiveText(text: string, escapeRest: (text: string) => string, quoteLive: (live: string) => string): string {
  const shown = printable(text);
  let escaped = '';
  let from = 0;
  for (const match of shown.matchAll(LIVE_TEXT)) {
    escaped += escapeRest(shown.slice(from, match.index)) + quoteLive(match[0]);
    from = match.index + match[0].length;
  }
  return escaped + escapeRest(shown.slice(from));
}

/** At the start of a list item or a cell, a list marker would open a list of its own, and `---` draw a line. */
const LIST_MARKER = /^\s*(?:[-+]|\d{1,9}[.)])(?=\s|$)/;
const THEMATIC_BREAK = /^(\s*)(-)(?=(?:\s*-){2,}\s*$)/;

function htmlEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function quoteEntities(text: string): string {
  return text.replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function escapeMarkdownText(text: string): string {
  return htmlEntities(text).replace(/([\\`*_[\]|#~])/g, '\\$1');
}
