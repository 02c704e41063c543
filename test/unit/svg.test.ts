import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChart, lineChart, shareBar, spreadChart } from '../../src/report/svg.js';
import { allElements, elementsNamed, parseXml, textOf, type XmlElement } from '../helpers/xml.js';

/** Labels as a careless or hostile export may give them. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"onload="alert(1)',
  "' onmouseover='x",
  '&amp; &lt; & &#x3c;',
  ']]><![CDATA[',
  'left \u202eright\u202c \u2066iso\u2069',
  'esc \u001b[31mred\u001b[0m bell \u0007 nul \u0000',
  'zero\u200bwidth\ufeff',
  'line\nbreak\r\ttab',
  'lone \ud800 surrogate \udc00 and \uffff',
  '<a href="https://example.com">link</a>',
  '<foreignObject><div>x</div></foreignObject>',
  'A'.repeat(10_000),
];
/** Characters that must never reach the output raw: controls, bidi, zero-width, line separators. */
const RAW = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const NUMERIC = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'width', 'height', 'font-size', 'stroke-width']);

/** Every chart type, each drawing the given labels and values. */
const CHARTS: Record<string, (labels: readonly string[], values: readonly number[]) => string> = {
  bars: (labels, values) =>
    barChart({
      title: labels[0] ?? '',
      bars: labels.map((label, index) => ({ label, value: values[index % values.length] ?? 1 })),
      domain: [0, 100],
    }),
  share: (labels, values) =>
    shareBar({
      title: labels[0] ?? '',
      parts: labels.map((label, index) => ({
        label,
        count: values[index % values.length] ?? 1,
        tone: (['good', 'neutral', 'bad'] as const)[index % 3]!,
      })),
    }),
  line: (labels, values) =>
    lineChart({
      title: labels[0] ?? '',
      points: labels.map((label, index) => ({
        label,
        at: values[(index + 1) % values.length] ?? index,
        value: values[index % values.length] ?? 1,
      })),
      domain: [-100, 100],
    }),
  spread: (labels, values) =>
    spreadChart({
      title: labels[0] ?? '',
      rows: labels.map((label) => ({ label, answers: values, median: values[0] ?? null })),
      scale: [1, 5],
    }),
};

/** The chart parsed, with what must hold of every chart checked: one inert, well-formed `<svg>` with finite numbers. */
function checked(svg: string): XmlElement {
  const root = parseXml(svg);
  expect(root.name).toBe('svg');
  expect(root.attributes).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', role: 'img', width: '100%' });
  expect(root.attributes.viewBox).toMatch(/^0 0 720 \d+(\.\d)?$/);
  expect(root.children.slice(0, 2).map((child) => (typeof child === 'string' ? child : child.name))).toEqual(['title', 'desc']);
  expect(svg).not.toMatch(RAW);
  expect(svg.toLowerCase()).not.toContain('<script');
  for (const element of allElements(root)) {
    expect(['svg', 'title', 'desc', 'rect', 'line', 'path', 'circle', 'text']).toContain(element.name);
    for (const [key, value] of Object.entries(element.attributes)) {
      expect(key).not.toMatch(/^on|href$/i);
      if (NUMERIC.has(key) && element.name !== 'svg')
        expect(Number.isFinite(Number(value)), `${element.name} ${key}="${value}"`).toBe(true);
    }
    if (element.name === 'path')
      for (const number of element.attributes.d!.match(/[-\d.e+]+/g)!) expect(Number.isFinite(Number(number))).toBe(true);
  }
  return root;
}

const description = (root: XmlElement) => textOf(elementsNamed(root, 'desc')[0]!);
const texts = (root: XmlElement) => elementsNamed(root, 'text').map(textOf);
const number = (element: XmlElement, key: string) => Number(element.attributes[key]);
/** The bars, the share bar's parts: every rectangle but the background. */
const marks = (root: XmlElement) => elementsNamed(root, 'rect').slice(1);

describe('barChart', () => {
  const dimensions = barChart({
    title: 'Scores by dimension (0–100)',
    bars: [
      { label: 'Goals', value: 50 },
      { label: 'Culture', value: 100 },
      { label: 'Incentives', value: 18.8 },
    ],
    domain: [0, 100],
  });

  it('draws a bar as long as its value: 50 on 0–100 is half the bar of 100, and a bar of 0 has no length', () => {
    const root = checked(dimensions);
    const [goals, culture, incentives] = marks(root);
    expect(number(goals!, 'width') / number(culture!, 'width')).toBeCloseTo(0.5, 2);
    expect(number(incentives!, 'width') / number(culture!, 'width')).toBeCloseTo(0.188, 2);
    expect(number(goals!, 'x')).toBe(number(culture!, 'x'));
    const zero = checked(barChart({ title: 'x', bars: [{ label: 'none', value: 0 }], domain: [0, 100] }));
    expect(number(marks(zero)[0]!, 'width')).toBe(0);
  });

  it('writes each label and value on the chart and in the description', () => {
    const root = checked(dimensions);
    expect(texts(root)).toEqual(expect.arrayContaining(['Goals', '50', 'Culture', '100', 'Incentives', '18.8']));
    expect(description(root)).toBe('Scores by dimension (0–100): Goals 50; Culture 100; Incentives 18.8.');
    expect(textOf(elementsNamed(root, 'title')[0]!)).toBe('Scores by dimension (0–100)');
  });

  it('writes values with the caller’s format, on the gridlines too', () => {
    const root = checked(
      barChart({ title: 't', bars: [{ label: 'a', value: 41.7 }], domain: [0, 100], formatValue: (value) => `${Math.round(value)} pts` }),
    );
    expect(texts(root)).toEqual(expect.arrayContaining(['42 pts', '0 pts', '25 pts', '100 pts']));
  });

  it('keeps a value outside the domain inside the chart, and writes it as it is', () => {
    const root = checked(
      barChart({
        title: 't',
        bars: [
          { label: 'over', value: 250 },
          { label: 'top', value: 100 },
          { label: 'under', value: -40 },
        ],
        domain: [0, 100],
      }),
    );
    const [over, top, under] = marks(root);
    expect(number(over!, 'width')).toBe(number(top!, 'width'));
    expect(number(under!, 'width')).toBe(0);
    expect(texts(root)).toEqual(expect.arrayContaining(['250', '−40'.replace('−', '-')]));
  });

  it('leaves out NaN and infinite values, and draws nothing when none is left or the domain is empty', () => {
    const root = checked(
      barChart({
        title: 't',
        bars: [
          { label: 'nan', value: Number.NaN },
          { label: 'ok', value: 10 },
          { label: 'inf', value: Number.POSITIVE_INFINITY },
        ],
        domain: [0, 100],
      }),
    );
    expect(marks(root)).toHaveLength(1);
    expect(description(root)).toBe('t: ok 10.');
    expect(barChart({ title: 't', bars: [], domain: [0, 100] })).toBe('');
    expect(barChart({ title: 't', bars: [{ label: 'nan', value: Number.NaN }], domain: [0, 100] })).toBe('');
    for (const domain of [
      [5, 5],
      [10, 0],
      [0, Number.NaN],
      [Number.NEGATIVE_INFINITY, 0],
    ] as const) {
      expect(barChart({ title: 't', bars: [{ label: 'a', value: 1 }], domain })).toBe('');
    }
  });
});

describe('shareBar', () => {
  const mix = shareBar({
    title: 'NPS mix (n = 390)',
    parts: [
      { label: 'Promoters (9–10)', count: 182, tone: 'good' },
      { label: 'Passives (7–8)', count: 112, tone: 'neutral' },
      { label: 'Detractors (0–6)', count: 96, tone: 'bad' },
    ],
  });

  it('divides one bar by the counts, end to end', () => {
    const [promoters, passives, detractors] = marks(checked(mix)).filter((rect) => number(rect, 'height') > 12);
    const widths = [promoters, passives, detractors].map((rect) => number(rect!, 'width'));
    expect(widths[0]! / widths[2]!).toBeCloseTo(182 / 96, 1);
    expect(number(passives!, 'x')).toBeCloseTo(number(promoters!, 'x') + widths[0]!, 0);
    expect(number(detractors!, 'x') + widths[2]!).toBeCloseTo(704, 0);
  });

  it('gives count and share of each part in the legend and the description, and colour is not all that tells them apart', () => {
    const root = checked(mix);
    expect(texts(root)).toEqual(
      expect.arrayContaining(['Promoters (9–10): 182 (46.7%)', 'Passives (7–8): 112 (28.7%)', 'Detractors (0–6): 96 (24.6%)', '46.7%']),
    );
    expect(description(root)).toBe(
      'NPS mix (n = 390): Promoters (9–10) 182 (46.7%); Passives (7–8) 112 (28.7%); Detractors (0–6) 96 (24.6%).',
    );
    const tones = new Set(marks(root).map((rect) => rect.attributes.fill));
    expect(tones.size).toBe(3);
  });

  it('lists a part of 0 without drawing it, and draws nothing when the total is 0 or not a number', () => {
    const root = checked(
      shareBar({
        title: 't',
        parts: [
          { label: 'some', count: 3, tone: 'good' },
          { label: 'none', count: 0, tone: 'bad' },
        ],
      }),
    );
    expect(marks(root).filter((rect) => number(rect, 'height') > 12)).toHaveLength(1);
    expect(texts(root)).toContain('none: 0 (0%)');
    expect(shareBar({ title: 't', parts: [] })).toBe('');
    expect(shareBar({ title: 't', parts: [{ label: 'none', count: 0, tone: 'good' }] })).toBe('');
    expect(shareBar({ title: 't', parts: [{ label: 'inf', count: Number.POSITIVE_INFINITY, tone: 'good' }] })).toBe('');
  });
});

describe('lineChart', () => {
  const months = (values: readonly (number | null)[]) => values.map((value, index) => ({ label: `2026-0${index + 1}`, at: index, value }));
  const paths = (root: XmlElement) => elementsNamed(root, 'path').map((path) => path.attributes.d!);
  const xs = (root: XmlElement) => elementsNamed(root, 'circle').map((circle) => number(circle, 'cx'));
  /** The plot's left and right ends: those of its gridlines. */
  const plot = (root: XmlElement) => {
    const [gridline] = elementsNamed(root, 'line');
    return [number(gridline!, 'x1'), number(gridline!, 'x2')] as const;
  };

  it('joins consecutive points, and a null is a gap: two segments, never a drop to 0', () => {
    const root = checked(lineChart({ title: 'NPS by month', points: months([10, 20, null, 30, 40]), domain: [-100, 100] }));
    const segments = paths(root);
    expect(segments).toHaveLength(2);
    expect(segments.every((d) => d.match(/M/g)!.length === 1 && d.match(/L/g)!.length === 1)).toBe(true);
    expect(elementsNamed(root, 'circle')).toHaveLength(4);
    expect(description(root)).toBe('NPS by month: 2026-01 10; 2026-02 20; 2026-03 no figure; 2026-04 30; 2026-05 40.');
  });

  it('places points by value: higher is up, and the values are written by them', () => {
    const root = checked(lineChart({ title: 't', points: months([0, 50, 100]), domain: [0, 100] }));
    const [low, middle, high] = elementsNamed(root, 'circle').map((circle) => number(circle, 'cy'));
    expect(high!).toBeLessThan(middle!);
    expect(middle! - high!).toBeCloseTo(low! - middle!, 1);
    expect(texts(root)).toEqual(expect.arrayContaining(['0', '50', '100', '2026-01', '2026-03']));
  });

  it('places points in time: x proportional to `at`, whatever the order they come in', () => {
    const points = [
      { label: 'c', at: 40, value: 3 },
      { label: 'a', at: 0, value: 1 },
      { label: 'b', at: 10, value: 2 },
    ];
    const root = checked(lineChart({ title: 't', points, domain: [0, 5] }));
    const [a, b, c] = xs(root);
    expect((c! - b!) / (b! - a!)).toBeCloseTo(3, 1);
    expect(paths(root)).toHaveLength(1);
    expect(description(root)).toBe('t: a 1; b 2; c 3.');
  });

  it('joins points no further apart than `joinWithin`: a missing month is a gap in the line at its place in time', () => {
    const points = [0, 1, 2, 9, 10].map((at) => ({ label: `m${at}`, at, value: at }));
    const root = checked(lineChart({ title: 't', points, domain: [0, 10], joinWithin: 1 }));
    expect(paths(root)).toHaveLength(2);
    const [m0, m1, m2, m9] = xs(root);
    expect(m1! - m0!).toBeCloseTo(m2! - m1!, 0);
    expect((m9! - m2!) / (m1! - m0!)).toBeCloseTo(7, 1);
    expect(paths(checked(lineChart({ title: 't', points, domain: [0, 10] })))).toHaveLength(1);
  });

  it('draws a zero line only when the domain spans 0', () => {
    const atZero = (domain: readonly [number, number]) => {
      const root = checked(lineChart({ title: 't', points: months([0, 0]), domain }));
      const y = elementsNamed(root, 'circle')[0]!.attributes.cy;
      return elementsNamed(root, 'line').filter((line) => line.attributes.y1 === y && line.attributes.y2 === y).length;
    };
    // The gridline at 0, and the zero line over it.
    expect(atZero([-100, 100])).toBe(2);
    expect(atZero([0, 100])).toBe(1);
  });

  it('shows a readable figure between gaps as a point without a line', () => {
    const root = checked(lineChart({ title: 't', points: months([null, 5, null, 6]), domain: [0, 10] }));
    expect(paths(root)).toHaveLength(0);
    expect(elementsNamed(root, 'circle')).toHaveLength(2);
  });

  it('draws a figure on too few answers hollow and off the line, in parentheses, and says what a hollow dot means', () => {
    const points = (faint: readonly boolean[]) =>
      faint.map((thin, index) => ({ label: `m${index}`, at: index, value: [4, 1, 4.5, 4, 3][index]!, faint: thin }));
    const root = checked(lineChart({ title: 't', points: points([false, true, false]), domain: [1, 5] }));
    const [solid, hollow] = elementsNamed(root, 'circle').slice(1);
    expect(hollow!.attributes.fill).toBe('#ffffff');
    expect(solid!.attributes.fill).not.toBe('#ffffff');
    // A thin month between two readable ones breaks the line: no line runs through it.
    expect(paths(root)).toHaveLength(0);
    expect(texts(root)).toEqual(expect.arrayContaining(['(1)', 'too few answers to read: value in parentheses, not joined to the line']));
    expect(description(root)).toBe('t: m0 4; m1 1 (too few answers to read); m2 4.5.');
    expect(paths(checked(lineChart({ title: 't', points: points([false, false, true, false, false]), domain: [1, 5] })))).toHaveLength(2);
    const allReadable = checked(lineChart({ title: 't', points: points([false, false]), domain: [1, 5] }));
    expect(texts(allReadable).join(' ')).not.toContain('too few');
  });

  it('draws nothing with fewer than two readable figures: a thin figure or a gap is not one', () => {
    const faint = (value: number, at: number) => ({ label: `f${at}`, at, value, faint: true });
    expect(lineChart({ title: 't', points: [{ label: 'a', at: 0, value: 3 }, faint(4, 1), faint(5, 2)], domain: [1, 5] })).toBe('');
    expect(lineChart({ title: 't', points: months([3, null, null]), domain: [1, 5] })).toBe('');
    expect(lineChart({ title: 't', points: [faint(3, 0), faint(4, 1)], domain: [1, 5] })).toBe('');
  });

  it('treats NaN and infinite values as gaps, leaves out points at no time, and draws nothing without a figure', () => {
    const root = checked(lineChart({ title: 't', points: months([1, Number.NaN, 2, 3, Number.NEGATIVE_INFINITY]), domain: [0, 10] }));
    expect(paths(root)).toHaveLength(1);
    expect(description(root)).toContain('2026-02 no figure');
    const timeless = checked(
      lineChart({ title: 't', points: [...months([1, 2]), { label: 'when', at: Number.NaN, value: 3 }], domain: [0, 10] }),
    );
    expect(description(timeless)).toBe('t: 2026-01 1; 2026-02 2.');
    expect(lineChart({ title: 't', points: [], domain: [0, 10] })).toBe('');
    expect(lineChart({ title: 't', points: months([null, null, Number.NaN]), domain: [0, 10] })).toBe('');
    expect(lineChart({ title: 't', points: months([1, 2]), domain: [3, 3] })).toBe('');
  });

  it('keeps many months readable: every label fits, and the last month is always named', () => {
    const many = Array.from({ length: 36 }, (_, index) => ({ label: `month number ${index + 1}`, at: index, value: index }));
    const root = checked(lineChart({ title: 't', points: many, domain: [0, 40] }));
    const labels = texts(root).filter((text) => text.startsWith('month'));
    expect(labels.length).toBeLessThan(36);
    expect(labels.at(-1)).toMatch(/^month.*(36|…)$/);
    expect(description(root)).toContain('month number 36 35');
  });

  it('names dates that crowd together without one running into the next, the newest and the oldest always named', () => {
    const days = [0, 3, 5, 40, 41, 42, 90, 200, 201];
    const root = checked(
      lineChart({ title: 't', points: days.map((at) => ({ label: `2026-xx-${at}`, at, value: 50 })), domain: [0, 100] }),
    );
    const names = elementsNamed(root, 'text').filter((text) => textOf(text).startsWith('2026-xx'));
    expect(names.length).toBeLessThan(days.length);
    expect(textOf(names.at(-1)!)).toBe('2026-xx-201');
    expect(textOf(names[0]!)).toBe('2026-xx-0');
    // A 10-character date at 11.5 px is under 70 px wide.
    const at = names.map((name) => number(name, 'x'));
    for (let index = 1; index < at.length; index++) expect(at[index]! - at[index - 1]!).toBeGreaterThanOrEqual(70);
  });

  it('writes values inside the plot, clear of the value axis, on a rim of paper that no gridline runs through', () => {
    const root = checked(lineChart({ title: 't', points: months([3.5, 2, 4]), domain: [1, 5] }));
    const [left] = plot(root);
    const value = elementsNamed(root, 'text').find((text) => textOf(text) === '3.5')!;
    // The label is centred: half its width (about 10 px) must lie right of the plot's left end.
    expect(number(value, 'x')).toBeGreaterThanOrEqual(left + 10);
    expect(value.attributes['paint-order']).toBe('stroke');
    expect(value.attributes.stroke).toBe('#ffffff');
  });
});

describe('spreadChart', () => {
  const rows = [
    { label: 'Who owns the customer experience', answers: [1, 4, 4, 5], median: 4 },
    { label: 'Incentives', answers: [3, 3], median: 3 },
  ];

  it('draws a dot for each value answered, the number who gave it in the dot, a range from lowest to highest, and the median', () => {
    const root = checked(spreadChart({ title: 'The team’s answers', rows, scale: [1, 5] }));
    // 1, 4 (twice) and 5; 3 (twice); and the legend's two dots.
    expect(elementsNamed(root, 'circle').length).toBe(3 + 1 + 2);
    expect(texts(root)).toEqual(expect.arrayContaining(['median 4 · spread 4', 'median 3 · spread 0', '1', '5', '2']));
    expect(description(root)).toBe(
      'The team’s answers: Who owns the customer experience: answers 1, 4, 4, 5, median 4 · spread 4; ' +
        'Incentives: answers 3, 3, median 3 · spread 0.',
    );
    const ranges = elementsNamed(root, 'line').filter((line) => line.attributes['stroke-width'] === '8');
    const [first] = ranges;
    const dots = elementsNamed(root, 'circle').slice(0, 3);
    expect(number(first!, 'x1')).toBe(number(dots[0]!, 'cx'));
    expect(number(first!, 'x2')).toBe(number(dots[2]!, 'cx'));
  });

  it('keeps identical answers at their value: one dot on the value’s gridline, however many gave it', () => {
    for (const many of [2, 3, 15]) {
      const root = checked(spreadChart({ title: 't', rows: [{ label: 'q', answers: Array(many).fill(3), median: 3 }], scale: [1, 5] }));
      const three = elementsNamed(root, 'line').find(
        (line) => textOf(elementsNamed(root, 'text').find((t) => t.attributes.x === line.attributes.x1)!) === '3',
      );
      const [dot] = elementsNamed(root, 'circle');
      expect(dot!.attributes.cx).toBe(three!.attributes.x1);
      const count = elementsNamed(root, 'text').find((text) => textOf(text) === String(many) && text.attributes.x === dot!.attributes.cx);
      expect(count, `${many} written in the dot`).toBeDefined();
    }
  });

  it('writes a long label on two lines, whole when it fits them, and cut with an ellipsis on the second when not', () => {
    const topic = 'Sales, product, operations and support share targets for the same customer outcomes';
    const root = checked(
      spreadChart({
        title: 't',
        rows: [
          { label: topic, answers: [1, 5], median: 3 },
          { label: `${topic} ${topic}`, answers: [2, 4], median: 3 },
        ],
        scale: [1, 5],
      }),
    );
    const shown = texts(root);
    const whole = shown.findIndex((text) => topic.startsWith(text) && text.length > 10);
    expect(`${shown[whole]} ${shown[whole + 1]}`).toBe(topic);
    expect(shown[whole + 3]).toBe(shown[whole]);
    expect(shown[whole + 4]).toMatch(/…$/);
  });

  it('places the same answers at the same point on each row, whoever gave them', () => {
    const root = checked(
      spreadChart({
        title: 't',
        rows: [
          { label: 'a', answers: [2], median: 2 },
          { label: 'b', answers: [2], median: 2 },
        ],
        scale: [1, 5],
      }),
    );
    const [a, b] = elementsNamed(root, 'circle');
    expect(a!.attributes.cx).toBe(b!.attributes.cx);
  });

  it('leaves out answers off the scale, rows without answers on it, and draws nothing when none is left', () => {
    const root = checked(
      spreadChart({
        title: 't',
        rows: [
          { label: 'kept', answers: [0, 2, 9, Number.NaN, 3], median: Number.POSITIVE_INFINITY },
          { label: 'gone', answers: [7], median: 7 },
        ],
        scale: [1, 5],
      }),
    );
    expect(description(root)).toBe('t: kept: answers 2, 3, no median · spread 1.');
    expect(spreadChart({ title: 't', rows: [], scale: [1, 5] })).toBe('');
    expect(spreadChart({ title: 't', rows: [{ label: 'gone', answers: [], median: null }], scale: [1, 5] })).toBe('');
    expect(spreadChart({ title: 't', rows, scale: [5, 1] })).toBe('');
  });
});

describe('every chart with hostile labels', () => {
  for (const [name, draw] of Object.entries(CHARTS)) {
    it(`${name}: keeps them as inert text, printable and shortened`, () => {
      const svg = draw(HOSTILE, [1, 3, 4]);
      const root = checked(svg);
      const shown = [...texts(root), description(root)].join('\n');
      // Markup in a label is text: it is there to read, and no element or attribute came of it.
      expect(shown).toContain('<script>alert(1)</script>');
      expect(shown).toContain('&amp; &lt; & &#x3c;');
      expect(shown).toContain('<U+202E>');
      expect(shown).toContain('␛[31m');
      expect(svg).not.toMatch(/<\/?(script|a|foreignObject|div)\b/i);
      // The words stay, as text: an attribute would need a quote after its `=`, and every quote is escaped.
      expect(svg).not.toMatch(/\son\w*\s*=\s*["']/i);
      expect(svg).not.toMatch(/href\s*=\s*["']/i);
      expect(svg).not.toContain('<![CDATA[');
      // The 10,000 characters are cut, with an ellipsis, on the chart and in the description.
      expect(svg.length).toBeLessThan(12_000);
      for (const text of [...texts(root), description(root)]) expect(text.length).toBeLessThan(2000);
      expect(texts(root).some((text) => /^A+…/.test(text))).toBe(true);
      expect(description(root)).toMatch(/A{50,99}…/);
    });
  }
});

/** Every dot beside the gridlines lies between the first and the last: on the scale, never pushed off it. */
function insidePlot(root: XmlElement): void {
  const grid = elementsNamed(root, 'line').filter((line) => line.attributes.stroke === '#e4e7eb');
  if (grid.length === 0) return;
  const xs = grid.flatMap((line) => [number(line, 'x1'), number(line, 'x2')]);
  const ys = grid.flatMap((line) => [number(line, 'y1'), number(line, 'y2')]);
  for (const dot of elementsNamed(root, 'circle')) {
    if (number(dot, 'cy') < Math.min(...ys) || number(dot, 'cy') > Math.max(...ys)) continue;
    expect(number(dot, 'cx')).toBeGreaterThanOrEqual(Math.min(...xs));
    expect(number(dot, 'cx')).toBeLessThanOrEqual(Math.max(...xs));
  }
}

describe('every chart, whatever its labels and numbers', () => {
  const anyText = fc.string({
    unit: fc.oneof(fc.constantFrom(...HOSTILE.slice(0, -1)), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
    maxLength: 30,
  });
  const anyNumber = fc.oneof(
    fc.double(),
    fc.integer({ min: -200, max: 200 }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308),
  );

  it('is well-formed SVG, or nothing, with no script, event attribute or link, only finite numbers, and every dot on its scale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(CHARTS)),
        fc.array(anyText, { maxLength: 8 }),
        fc.array(anyNumber, { maxLength: 6 }),
        (name, labels, values) => {
          const svg = CHARTS[name]!(labels, values);
          if (svg !== '') insidePlot(checked(svg));
        },
      ),
      { numRuns: 300 },
    );
  });
});
