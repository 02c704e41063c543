/**
 * Charts as inline SVG for the HTML report, drawn here so that the page fetches nothing: no
 * script, font or image, and the same on screen, on paper and saved alone. Each chart is one
 * `<svg>` element as text, with a `<title>` and a `<desc>` that states its data in words.
 *
 * Labels come from data (segments, team names, question texts, month labels), so every text
 * goes through `text`, the one place where it is made printable and escaped, and every number
 * written into an attribute goes through `coordinate`, which only writes finite numbers. The
 * `Markup` type keeps the two apart: a raw string cannot be placed in a chart by mistake.
 */
import { formatCount, formatData, formatShare, round1 } from '../format.js';
import { printable, shorten } from '../printable.js';

export interface BarDatum {
  label: string;
  value: number;
}

export interface SharePart {
  label: string;
  count: number;
  tone: 'good' | 'neutral' | 'bad';
}

export interface LinePoint {
  label: string;
  /** Null where there is no figure: a gap in the line, never a 0. */
  value: number | null;
  /** A figure on too few answers to read: drawn hollow, its value in parentheses, and said so in the description. */
  faint?: boolean;
}

export interface SpreadRow {
  label: string;
  answers: readonly number[];
  median: number | null;
}

type Domain = readonly [number, number];

/** Text that is safe to place in the SVG: only `text` and `element` make it. */
type Markup = string & { readonly safe: true };

/** The width of every chart's viewBox; the height follows from the data. */
const WIDTH = 720;
const MARGIN = 16;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
/** Sizes in px of the viewBox. */
const SIZE = { title: 15, label: 13, small: 11.5 } as const;

/**
 * Colours that print on white; each one that carries text or a mark has a contrast of 4.5:1 or
 * more against white (white text on the tones too), so the chart passes WCAG AA without colour.
 */
const COLOUR = {
  ink: '#1f2933',
  muted: '#52606d',
  grid: '#e4e7eb',
  axis: '#7b8794',
  mark: '#2d5f99',
  range: '#b3c5da',
  paper: '#ffffff',
  good: '#1e7a46',
  neutral: '#66727f',
  bad: '#b8372a',
} as const;

/** How long a label may be in a chart's description, where it is read whole but need not run on for pages. */
const DESCRIPTION_LABEL = 100;
/** Longest a label is before it is fitted to the room it has: a label of thousands of characters is cut at once. */
const LABEL_CAP = 80;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Lone surrogates and the two non-characters XML does not allow, even escaped. */
const NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

function escaped(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** Any text as chart text: made printable (no controls, bidi or zero-width characters), then escaped. */
function text(value: string): Markup {
  return escaped(printable(value)) as Markup;
}

/** A number for an attribute: finite, to a tenth of a pixel. Non-finite figures are left out before they get here; 0 is the last guard. */
function coordinate(value: number): string {
  return formatData(Number.isFinite(value) ? round1(value) : 0);
}

function element(name: string, attributes: Readonly<Record<string, string | number>>, ...children: Markup[]): Markup {
  const written = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? coordinate(value) : escaped(value)}"`)
    .join('');
  return (children.length > 0 ? `<${name}${written}>${children.join('')}</${name}>` : `<${name}${written}/>`) as Markup;
}

function label(
  x: number,
  y: number,
  value: string,
  options: { size?: number; anchor?: 'start' | 'middle' | 'end'; colour?: string; bold?: boolean } = {},
): Markup {
  const size = options.size ?? SIZE.label;
  return element(
    'text',
    {
      x,
      // The baseline a third of the size below the centre, so that `y` is where the text's middle is.
      y: y + size * 0.35,
      'font-size': size,
      'text-anchor': options.anchor ?? 'start',
      fill: options.colour ?? COLOUR.ink,
      ...(options.bold ? { 'font-weight': 600 } : {}),
    },
    text(value),
  );
}

/** Widths in em of a sans-serif's characters, by class, on the generous side: no font is measured, so a label must fit any. */
const CHARACTER_WIDTHS: readonly (readonly [RegExp, number])[] = [
  [/\p{M}|\p{Cf}/u, 0],
  [/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u, 1],
  [/[mwMW@%…]/, 0.92],
  [/[A-Z]/, 0.7],
  [/[\sijlI.,:;'’|!()[\]{}ft]/, 0.34],
];

/** A text's width in px, estimated. */
function textWidth(value: string, size: number): number {
  let ems = 0;
  for (const character of value) ems += CHARACTER_WIDTHS.find(([pattern]) => pattern.test(character))?.[1] ?? 0.58;
  return ems * size;
}

/** A label made printable and shortened (with an ellipsis) to fit `room` px. */
function fitted(value: string, room: number, size: number): string {
  let shown = shorten(printable(value), LABEL_CAP);
  for (let max = LABEL_CAP - 1; max > 1 && textWidth(shown, size) > room; max--) shown = shorten(shown, max);
  return shown;
}

/** A label for a description: printable, shortened. */
function described(value: string): string {
  return shorten(printable(value), DESCRIPTION_LABEL);
}

function isDomain([low, high]: Domain): boolean {
  return Number.isFinite(low) && Number.isFinite(high) && low < high;
}

/** `value`'s position between `from` and `to` px, clamped to the domain, so that a figure out of range stays inside the chart. */
function scale([low, high]: Domain, from: number, to: number): (value: number) => number {
  return (value) => from + ((Math.min(high, Math.max(low, value)) - low) / (high - low)) * (to - from);
}

/** About five round values across the domain (steps of 1, 2, 2.5 or 5 times a power of ten), for gridlines. */
function ticks([low, high]: Domain): number[] {
  const rough = (high - low) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((multiple) => multiple * power).find((candidate) => candidate >= rough * 0.999)!;
  const values: number[] = [];
  for (let index = Math.ceil(low / step - 1e-9); index * step <= high + step * 1e-9; index++) values.push(round1(index * step * 10) / 10);
  return values;
}

const defaultFormat = (value: number): string => formatCount(round1(value));

function chart(title: string, description: string, height: number, ...body: Markup[]): string {
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: [0, 0, WIDTH, height].map(coordinate).join(' '),
      width: '100%',
      style: `max-width: ${coordinate(WIDTH)}px`,
      role: 'img',
      'font-family': FONT,
    },
    element('title', {}, text(described(title))),
    element('desc', {}, text(description)),
    element('rect', { width: WIDTH, height, fill: COLOUR.paper }),
    label(MARGIN, 22, fitted(title, WIDTH - 2 * MARGIN, SIZE.title), { size: SIZE.title, bold: true }),
    ...body,
  );
}

/** The sentence a description ends with: each item, then a full stop. */
function sentence(title: string, items: readonly string[]): string {
  return `${described(title)}: ${items.join('; ')}.`;
}

/** Horizontal bars (labels on the left, so long titles fit), value written at the end of each bar. */
export function barChart(options: {
  title: string;
  bars: readonly BarDatum[];
  domain: readonly [number, number];
  formatValue?: (value: number) => string;
}): string {
  const format = options.formatValue ?? defaultFormat;
  const bars = options.bars.filter((bar) => Number.isFinite(bar.value));
  if (bars.length === 0 || !isDomain(options.domain)) return '';
  const [low, high] = options.domain;
  const row = 30;
  const top = 44;
  const labels = bars.map((bar) => fitted(bar.label, 240, SIZE.label));
  const values = bars.map((bar) => format(bar.value));
  const labelRoom = Math.max(...labels.map((shown) => textWidth(shown, SIZE.label))) + 12;
  const valueRoom = Math.max(36, ...values.map((shown) => textWidth(shown, SIZE.label) + 10));
  const left = MARGIN + labelRoom;
  const right = WIDTH - MARGIN - valueRoom;
  const bottom = top + bars.length * row;
  const x = scale(options.domain, left, right);
  const base = x(Math.min(high, Math.max(low, 0)));
  const grid = ticks(options.domain).flatMap((tick) => [
    element('line', { x1: x(tick), x2: x(tick), y1: top - 4, y2: bottom, stroke: tick === 0 ? COLOUR.axis : COLOUR.grid }),
    label(x(tick), bottom + 14, format(tick), { size: SIZE.small, anchor: 'middle', colour: COLOUR.muted }),
  ]);
  const drawn = bars.flatMap((bar, index) => {
    const middle = top + index * row + row / 2;
    const end = x(bar.value);
    const backwards = end < base;
    return [
      label(left - 10, middle, labels[index]!, { anchor: 'end' }),
      element('rect', { x: Math.min(base, end), y: middle - 9, width: Math.abs(end - base), height: 18, rx: 2, fill: COLOUR.mark }),
      label(backwards ? end - 6 : end + 6, middle, values[index]!, { anchor: backwards ? 'end' : 'start', bold: true }),
    ];
  });
  const description = sentence(
    options.title,
    bars.map((bar, index) => `${described(bar.label)} ${values[index]}`),
  );
  return chart(options.title, description, bottom + 28, ...grid, ...drawn);
}

const TONE_COLOUR: Readonly<Record<SharePart['tone'], string>> = { good: COLOUR.good, neutral: COLOUR.neutral, bad: COLOUR.bad };

/** One 100% stacked bar (e.g. NPS mix: promoters, passives, detractors) with a legend giving count and share. */
export function shareBar(options: { title: string; parts: readonly SharePart[] }): string {
  const parts = options.parts.filter((part) => Number.isFinite(part.count) && part.count >= 0);
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  if (total === 0 || !Number.isFinite(total)) return '';
  const top = 40;
  const height = 36;
  const x = scale([0, total], MARGIN, WIDTH - MARGIN);
  const shares = parts.map((part) => formatShare(part.count / total));
  let before = 0;
  const segments = parts.flatMap((part, index) => {
    const from = x(before);
    before += part.count;
    const width = x(before) - from;
    if (width <= 0) return [];
    const share = shares[index]!;
    const fits = textWidth(share, SIZE.label) + 12 <= width;
    return [
      element('rect', { x: from, y: top, width, height, fill: TONE_COLOUR[part.tone], stroke: COLOUR.paper, 'stroke-width': 2 }),
      ...(fits ? [label(from + width / 2, top + height / 2, share, { anchor: 'middle', colour: COLOUR.paper, bold: true })] : []),
    ];
  });
  const items = parts.map((part, index) => `${fitted(part.label, 260, SIZE.label)}: ${formatCount(part.count)} (${shares[index]})`);
  const legend: Markup[] = [];
  let legendX = MARGIN;
  let legendY = top + height + 24;
  items.forEach((item, index) => {
    const width = 18 + textWidth(item, SIZE.label);
    if (legendX > MARGIN && legendX + width > WIDTH - MARGIN) {
      legendX = MARGIN;
      legendY += 22;
    }
    legend.push(
      element('rect', { x: legendX, y: legendY - 6, width: 12, height: 12, rx: 2, fill: TONE_COLOUR[parts[index]!.tone] }),
      label(legendX + 18, legendY, item),
    );
    legendX += width + 24;
  });
  const description = sentence(
    options.title,
    parts.map((part, index) => `${described(part.label)} ${formatCount(part.count)} (${shares[index]})`),
  );
  return chart(options.title, description, legendY + 20, ...segments, ...legend);
}

/** `d` of a path through the points: one segment, the points joined in order. */
function pathThrough(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${coordinate(x)} ${coordinate(y)}`).join(' ');
}

/** A line over labelled points (months, audit dates); a null is a gap in the line, not a 0; a zero line when the domain spans 0. */
export function lineChart(options: {
  title: string;
  points: readonly LinePoint[];
  domain: readonly [number, number];
  formatValue?: (value: number) => string;
}): string {
  const format = options.formatValue ?? defaultFormat;
  const points = options.points.map((point) => ({
    ...point,
    value: point.value !== null && Number.isFinite(point.value) ? point.value : null,
  }));
  if (!points.some((point) => point.value !== null) || !isDomain(options.domain)) return '';
  const [low, high] = options.domain;
  const top = 56;
  const bottom = top + 190;
  const gridValues = ticks(options.domain);
  const left = MARGIN + Math.max(...gridValues.map((tick) => textWidth(format(tick), SIZE.small))) + 10;
  const right = WIDTH - MARGIN;
  const step = (right - left) / points.length;
  const xAt = (index: number) => left + step * (index + 0.5);
  const y = scale(options.domain, bottom, top);
  const grid = gridValues.flatMap((tick) => [
    element('line', { x1: left, x2: right, y1: y(tick), y2: y(tick), stroke: COLOUR.grid }),
    label(left - 8, y(tick), format(tick), { size: SIZE.small, anchor: 'end', colour: COLOUR.muted }),
  ]);
  const zero =
    low < 0 && high > 0 ? [element('line', { x1: left, x2: right, y1: y(0), y2: y(0), stroke: COLOUR.axis, 'stroke-width': 1.5 })] : [];
  // Runs of consecutive figures: a null ends a run, so that a missing month is a gap and never a drop to 0.
  const runs: [number, number][][] = [[]];
  points.forEach((point, index) => {
    if (point.value === null) runs.push([]);
    else runs.at(-1)!.push([xAt(index), y(point.value)]);
  });
  const lines = runs
    .filter((run) => run.length > 1)
    .map((run) =>
      element('path', { d: pathThrough(run), fill: 'none', stroke: COLOUR.mark, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }),
    );
  const written = points.map((point) => (point.value === null ? '' : point.faint ? `(${format(point.value)})` : format(point.value)));
  const present = points.flatMap((point, index) => (point.value === null ? [] : [{ index, value: point.value }]));
  const roomy = Math.max(...written.map((shown) => textWidth(shown, SIZE.small))) + 10 <= step;
  // Crowded points keep their values in the description, and on the chart only the first, last, lowest and highest.
  const valued = new Set(
    roomy
      ? present.map((point) => point.index)
      : [
          present[0]!,
          present.at(-1)!,
          ...[...present].sort((a, b) => a.value - b.value).filter((_, i, all) => i === 0 || i === all.length - 1),
        ].map((point) => point.index),
  );
  const dots = present.flatMap(({ index, value }) => {
    const faint = points[index]!.faint === true;
    return [
      element('circle', {
        cx: xAt(index),
        cy: y(value),
        r: 4.5,
        fill: faint ? COLOUR.paper : COLOUR.mark,
        stroke: faint ? COLOUR.mark : COLOUR.paper,
        'stroke-width': faint ? 2 : 1.5,
      }),
      ...(valued.has(index) ? [label(xAt(index), y(value) - 14, written[index]!, { size: SIZE.small, anchor: 'middle', bold: true })] : []),
    ];
  });
  const labelRoom = Math.min(110, Math.max(...points.map((point) => textWidth(fitted(point.label, 110, SIZE.small), SIZE.small))));
  const every = Math.max(1, Math.ceil((labelRoom + 8) / step));
  const axisLabels = points.flatMap((point, index) =>
    (points.length - 1 - index) % every === 0
      ? [
          label(xAt(index), bottom + 16, fitted(point.label, Math.max(step * every - 8, 24), SIZE.small), {
            size: SIZE.small,
            anchor: 'middle',
            colour: COLOUR.muted,
          }),
        ]
      : [],
  );
  const description = sentence(
    options.title,
    points.map((point) => {
      const figure = point.value === null ? 'no figure' : `${format(point.value)}${point.faint ? ' (too few answers to read)' : ''}`;
      return `${described(point.label)} ${figure}`;
    }),
  );
  return chart(options.title, description, bottom + 34, ...grid, ...zero, ...lines, ...dots, ...axisLabels);
}

/** Per row (a question), a dot for each answer on the scale, the range between lowest and highest, the median marked. */
export function spreadChart(options: { title: string; rows: readonly SpreadRow[]; scale: readonly [number, number] }): string {
  if (!isDomain(options.scale)) return '';
  const [low, high] = options.scale;
  const onScale = (value: number) => Number.isFinite(value) && value >= low && value <= high;
  const rows = options.rows
    .map((row) => ({
      ...row,
      answers: row.answers.filter(onScale).sort((a, b) => a - b),
      median: row.median !== null && onScale(row.median) ? row.median : null,
    }))
    .filter((row) => row.answers.length > 0);
  if (rows.length === 0) return '';
  const row = 32;
  const top = 58;
  const labels = rows.map((shown) => fitted(shown.label, 260, SIZE.label));
  const summaries = rows.map((shown) => {
    const median = shown.median === null ? 'no median' : `median ${formatCount(shown.median)}`;
    return `${median} · spread ${formatCount(shown.answers.at(-1)! - shown.answers[0]!)}`;
  });
  const left = MARGIN + Math.max(...labels.map((shown) => textWidth(shown, SIZE.label))) + 12;
  const right = WIDTH - MARGIN - Math.max(...summaries.map((shown) => textWidth(shown, SIZE.small))) - 12;
  // Room on either side of the scale for the answers drawn beside one another at its ends.
  const x = scale(options.scale, left + 30, right - 30);
  const bottom = top + rows.length * row;
  const grid = ticks(options.scale).flatMap((tick) => [
    element('line', { x1: x(tick), x2: x(tick), y1: top - 6, y2: bottom, stroke: COLOUR.grid }),
    label(x(tick), top - 16, defaultFormat(tick), { size: SIZE.small, anchor: 'middle', colour: COLOUR.muted }),
  ]);
  const drawn = rows.flatMap((shown, index) => {
    const middle = top + index * row + row / 2;
    const counts = new Map<number, number>();
    for (const answer of shown.answers) counts.set(answer, (counts.get(answer) ?? 0) + 1);
    const dots = [...counts].flatMap(([answer, count]) => {
      const gap = Math.min(11, 56 / count);
      return Array.from({ length: count }, (_, nth) =>
        element('circle', {
          cx: x(answer) + (nth - (count - 1) / 2) * gap,
          cy: middle,
          r: 5,
          fill: COLOUR.mark,
          stroke: COLOUR.paper,
          'stroke-width': 1.5,
        }),
      );
    });
    return [
      label(left - 10, middle, labels[index]!, { anchor: 'end' }),
      element('line', {
        x1: x(shown.answers[0]!),
        x2: x(shown.answers.at(-1)!),
        y1: middle,
        y2: middle,
        stroke: COLOUR.range,
        'stroke-width': 8,
        'stroke-linecap': 'round',
      }),
      ...dots,
      ...(shown.median === null
        ? []
        : [
            element('line', {
              x1: x(shown.median),
              x2: x(shown.median),
              y1: middle - 11,
              y2: middle + 11,
              stroke: COLOUR.ink,
              'stroke-width': 2.5,
            }),
          ]),
      label(WIDTH - MARGIN, middle, summaries[index]!, { size: SIZE.small, anchor: 'end', colour: COLOUR.muted }),
    ];
  });
  const legendY = bottom + 20;
  const legend = [
    element('circle', { cx: left + 5, cy: legendY, r: 5, fill: COLOUR.mark }),
    label(left + 16, legendY, 'an answer', { size: SIZE.small, colour: COLOUR.muted }),
    element('line', {
      x1: left + 96,
      x2: left + 126,
      y1: legendY,
      y2: legendY,
      stroke: COLOUR.range,
      'stroke-width': 8,
      'stroke-linecap': 'round',
    }),
    label(left + 136, legendY, 'lowest to highest', { size: SIZE.small, colour: COLOUR.muted }),
    element('line', { x1: left + 250, x2: left + 250, y1: legendY - 9, y2: legendY + 9, stroke: COLOUR.ink, 'stroke-width': 2.5 }),
    label(left + 260, legendY, 'median', { size: SIZE.small, colour: COLOUR.muted }),
  ];
  const description = sentence(
    options.title,
    rows.map((shown, index) => `${described(shown.label)}: answers ${shown.answers.map(formatCount).join(', ')}, ${summaries[index]}`),
  );
  return chart(options.title, description, legendY + 18, ...grid, ...drawn, ...legend);
}
