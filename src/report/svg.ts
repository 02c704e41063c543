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
  /** Where the point lies in time, in any unit (days, months): x is proportional to it. */
  at: number;
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
  options: { size?: number; anchor?: 'start' | 'middle' | 'end'; colour?: string; bold?: boolean; halo?: boolean } = {},
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
      // A rim of paper round the letters, so that a gridline or the line under a value does not run through it.
      ...(options.halo ? { stroke: COLOUR.paper, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } : {}),
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

/**
 * A label on at most `lines` lines of `room` px, broken between words; what does not fit goes on
 * the last line, fitted to the room with an ellipsis.
 */
function wrapped(value: string, room: number, size: number, lines: number): string[] {
  const broken: string[] = [];
  for (const word of shorten(printable(value), LABEL_CAP * lines).split(' ')) {
    const joined = `${broken.at(-1)} ${word}`;
    if (broken.length > 0 && (broken.length === lines || textWidth(joined, size) <= room)) broken[broken.length - 1] = joined;
    else broken.push(word);
  }
  return broken.map((line) => fitted(line, room, size));
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

/**
 * Which of the labels centred at `xs` (each `widths[index]` px wide, in order of x) can be written
 * without one running into another: the last (the newest) always, then the first, so that the
 * span is named, then the others from the last back.
 */
function unclashed(xs: readonly number[], widths: readonly number[], gap: number): Set<number> {
  const kept = new Set<number>();
  const order = [xs.length - 1, 0, ...Array.from(xs.keys()).reverse()];
  for (const index of order) {
    const clashes = [...kept].some((other) => Math.abs(xs[other]! - xs[index]!) < (widths[other]! + widths[index]!) / 2 + gap);
    // A label already kept clashes with itself.
    if (!clashes) kept.add(index);
  }
  return kept;
}

/** What a hollow dot means, said under the title of a chart that has one. */
const FAINT_NOTE = 'too few answers to read: value in parentheses, not joined to the line';

/**
 * A line over points in time (months, audit dates), each placed at x proportional to its `at`.
 * The line joins only readable figures: a null, a faint figure or more than `joinWithin` between
 * two points (a month with no answers) is a gap, never a drop to 0. Nothing is drawn with fewer
 * than two readable figures, which are no line (the report's table lists them). A zero line when
 * the domain spans 0.
 */
export function lineChart(options: {
  title: string;
  points: readonly LinePoint[];
  domain: readonly [number, number];
  formatValue?: (value: number) => string;
  /** The furthest apart, in `at`, two readable points are joined; further apart they are a gap. Any distance when left out. */
  joinWithin?: number;
}): string {
  const format = options.formatValue ?? defaultFormat;
  const joinWithin = options.joinWithin ?? Number.POSITIVE_INFINITY;
  const points = options.points
    .filter((point) => Number.isFinite(point.at))
    .map((point) => ({ ...point, value: point.value !== null && Number.isFinite(point.value) ? point.value : null }))
    .sort((a, b) => a.at - b.at);
  const readable = (point: (typeof points)[number]) => point.value !== null && point.faint !== true;
  if (points.filter(readable).length < 2 || !isDomain(options.domain)) return '';
  const [low, high] = options.domain;
  const anyFaint = points.some((point) => point.value !== null && point.faint === true);
  const top = anyFaint ? 68 : 56;
  const bottom = top + 190;
  const gridValues = ticks(options.domain);
  const left = MARGIN + Math.max(...gridValues.map((tick) => textWidth(format(tick), SIZE.small))) + 10;
  const right = WIDTH - MARGIN;
  const names = points.map((point) => fitted(point.label, 110, SIZE.small));
  const nameWidths = names.map((name) => textWidth(name, SIZE.small));
  // Room at the ends for the first and last names, centred under their points; the first may reach under the value axis.
  const inset = Math.max(12, nameWidths.at(-1)! / 2, nameWidths[0]! / 2 - (left - MARGIN));
  const first = points[0]!.at;
  const last = points.at(-1)!.at;
  // Points all at one time (or so far apart that the span is no number) stand in the middle.
  const x =
    isDomain([first, last]) && Number.isFinite(last - first) ? scale([first, last], left + inset, right - inset) : () => (left + right) / 2;
  const xs = points.map((point) => x(point.at));
  const y = scale(options.domain, bottom, top);
  const grid = gridValues.flatMap((tick) => [
    element('line', { x1: left, x2: right, y1: y(tick), y2: y(tick), stroke: COLOUR.grid }),
    label(left - 8, y(tick), format(tick), { size: SIZE.small, anchor: 'end', colour: COLOUR.muted }),
  ]);
  const zero =
    low < 0 && high > 0 ? [element('line', { x1: left, x2: right, y1: y(0), y2: y(0), stroke: COLOUR.axis, 'stroke-width': 1.5 })] : [];
  const runs: [number, number][][] = [];
  let joinedAt: number | null = null;
  points.forEach((point, index) => {
    if (!readable(point)) {
      joinedAt = null;
      return;
    }
    if (joinedAt === null || point.at - joinedAt > joinWithin) runs.push([]);
    runs.at(-1)!.push([xs[index]!, y(point.value!)]);
    joinedAt = point.at;
  });
  const lines = runs
    .filter((run) => run.length > 1)
    .map((run) =>
      element('path', { d: pathThrough(run), fill: 'none', stroke: COLOUR.mark, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }),
    );
  const present = points.flatMap((point, index) => (point.value === null ? [] : [{ index, value: point.value }]));
  const solid = present.filter(({ index }) => readable(points[index]!));
  const byValue = [...solid].sort((a, b) => a.value - b.value);
  const widest = Math.max(...present.map(({ value }) => textWidth(`(${format(value)})`, SIZE.small)));
  const closest = Math.min(...present.slice(1).map(({ index }, nth) => xs[index]! - xs[present[nth]!.index]!));
  // Every value is in the description. On the chart, the newest, oldest, highest and lowest readable ones, and the others when
  // the points are far enough apart for all; a value that would run into one already written is left to the description.
  const ranked = [solid.at(-1)!, solid[0]!, byValue.at(-1)!, byValue[0]!, ...(widest + 10 <= closest ? [...present].reverse() : [])];
  const values: Markup[] = [];
  const taken: { x: number; y: number; half: number }[] = [];
  for (const { index, value } of ranked) {
    const shown = points[index]!.faint ? `(${format(value)})` : format(value);
    const half = textWidth(shown, SIZE.small) / 2;
    // Above the dot, or below it at the top of the chart; inside the plot, clear of the value axis's numbers.
    const at = {
      x: Math.min(right - half, Math.max(left + half + 2, xs[index]!)),
      y: y(value) - 14 < top - 4 ? y(value) + 15 : y(value) - 14,
      half,
    };
    if (taken.some((other) => Math.abs(other.x - at.x) < other.half + half + 6 && Math.abs(other.y - at.y) < SIZE.small + 3)) continue;
    taken.push(at);
    values.push(label(at.x, at.y, shown, { size: SIZE.small, anchor: 'middle', bold: true, halo: true }));
  }
  const dots = present.map(({ index, value }) => {
    const faint = points[index]!.faint === true;
    return element('circle', {
      cx: xs[index]!,
      cy: y(value),
      r: 4.5,
      fill: faint ? COLOUR.paper : COLOUR.mark,
      stroke: faint ? COLOUR.mark : COLOUR.paper,
      'stroke-width': faint ? 2 : 1.5,
    });
  });
  const named = unclashed(xs, nameWidths, 8);
  const axisLabels = points.flatMap((_, index) =>
    named.has(index) ? [label(xs[index]!, bottom + 16, names[index]!, { size: SIZE.small, anchor: 'middle', colour: COLOUR.muted })] : [],
  );
  const note = anyFaint
    ? [
        element('circle', { cx: MARGIN + 5, cy: 42, r: 4.5, fill: COLOUR.paper, stroke: COLOUR.mark, 'stroke-width': 2 }),
        label(MARGIN + 16, 42, FAINT_NOTE, { size: SIZE.small, colour: COLOUR.muted }),
      ]
    : [];
  const description = sentence(
    options.title,
    points.map((point) => {
      const figure = point.value === null ? 'no figure' : `${format(point.value)}${point.faint ? ' (too few answers to read)' : ''}`;
      return `${described(point.label)} ${figure}`;
    }),
  );
  return chart(options.title, description, bottom + 34, ...note, ...grid, ...zero, ...lines, ...dots, ...values, ...axisLabels);
}

/** The widest a label's line is in a spread chart: two lines tell the questionnaire's topics apart. */
const SPREAD_LABEL = { room: 300, lines: 2, lineHeight: 16 } as const;

/**
 * Per row (a question), the answers on the scale, each at its true value: one dot per value, the
 * number of answers written in it when more than one gave it; the range between lowest and
 * highest, the median marked.
 */
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
  const labels = rows.map((shown) => wrapped(shown.label, SPREAD_LABEL.room, SIZE.label, SPREAD_LABEL.lines));
  const row = labels.some((lines) => lines.length > 1) ? 40 : 32;
  const top = 58;
  const summaries = rows.map((shown) => {
    const median = shown.median === null ? 'no median' : `median ${formatCount(shown.median)}`;
    return `${median} · spread ${formatCount(shown.answers.at(-1)! - shown.answers[0]!)}`;
  });
  const left = MARGIN + Math.max(...labels.flat().map((line) => textWidth(line, SIZE.label))) + 12;
  const right = WIDTH - MARGIN - Math.max(...summaries.map((shown) => textWidth(shown, SIZE.small))) - 12;
  const big = 9.5;
  // Room at the ends of the scale for a dot with a count in it.
  const x = scale(options.scale, left + big + 2, right - big - 2);
  const bottom = top + rows.length * row;
  const grid = ticks(options.scale).flatMap((tick) => [
    element('line', { x1: x(tick), x2: x(tick), y1: top - 6, y2: bottom, stroke: COLOUR.grid }),
    label(x(tick), top - 16, defaultFormat(tick), { size: SIZE.small, anchor: 'middle', colour: COLOUR.muted }),
  ]);
  const dot = (cx: number, cy: number, count: number): Markup[] => [
    element('circle', { cx, cy, r: count > 1 ? big : 5, fill: COLOUR.mark, stroke: COLOUR.paper, 'stroke-width': 1.5 }),
    ...(count > 1 ? [label(cx, cy, formatCount(count), { size: SIZE.small, anchor: 'middle', colour: COLOUR.paper, bold: true })] : []),
  ];
  // Under the dots and taller than them, so that it shows above and below a dot at the median.
  const medianMark = (at: number, middle: number) =>
    element('line', { x1: at, x2: at, y1: middle - 15, y2: middle + 15, stroke: COLOUR.ink, 'stroke-width': 3 });
  const drawn = rows.flatMap((shown, index) => {
    const middle = top + index * row + row / 2;
    const counts = new Map<number, number>();
    for (const answer of shown.answers) counts.set(answer, (counts.get(answer) ?? 0) + 1);
    const lines = labels[index]!;
    return [
      ...lines.map((line, nth) =>
        label(left - 10, middle + (nth - (lines.length - 1) / 2) * SPREAD_LABEL.lineHeight, line, { anchor: 'end' }),
      ),
      element('line', {
        x1: x(shown.answers[0]!),
        x2: x(shown.answers.at(-1)!),
        y1: middle,
        y2: middle,
        stroke: COLOUR.range,
        'stroke-width': 8,
        'stroke-linecap': 'round',
      }),
      ...(shown.median === null ? [] : [medianMark(x(shown.median), middle)]),
      ...[...counts].flatMap(([answer, count]) => dot(x(answer), middle, count)),
      label(WIDTH - MARGIN, middle, summaries[index]!, { size: SIZE.small, anchor: 'end', colour: COLOUR.muted }),
    ];
  });
  const legendY = bottom + 22;
  const keys: { mark: (at: number) => Markup[]; width: number; words: string }[] = [
    { mark: (at) => dot(at + 5, legendY, 1), width: 10, words: 'an answer' },
    { mark: (at) => dot(at + big, legendY, 3), width: 2 * big, words: 'three alike' },
    {
      mark: (at) => [
        element('line', {
          x1: at + 4,
          x2: at + 26,
          y1: legendY,
          y2: legendY,
          stroke: COLOUR.range,
          'stroke-width': 8,
          'stroke-linecap': 'round',
        }),
      ],
      width: 30,
      words: 'lowest to highest',
    },
    { mark: (at) => [medianMark(at + 1, legendY)], width: 2, words: 'median' },
  ];
  const keyWidths = keys.map((key) => key.width + 6 + textWidth(key.words, SIZE.small));
  // Under the scale, or as far left as it must be to fit.
  let legendX = Math.max(MARGIN, Math.min(left, WIDTH - MARGIN - keyWidths.reduce((sum, width) => sum + width + 18, -18)));
  const legend = keys.flatMap((key, index) => {
    const drawn = [...key.mark(legendX), label(legendX + key.width + 6, legendY, key.words, { size: SIZE.small, colour: COLOUR.muted })];
    legendX += keyWidths[index]! + 18;
    return drawn;
  });
  const description = sentence(
    options.title,
    rows.map((shown, index) => `${described(shown.label)}: answers ${shown.answers.map(formatCount).join(', ')}, ${summaries[index]}`),
  );
  return chart(options.title, description, legendY + 20, ...grid, ...drawn, ...legend);
}
