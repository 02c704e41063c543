import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/answers/types.js';
import type { FeedbackSummary } from '../../src/feedback/model.js';
import type { HistoryReport, TrendPoint } from '../../src/history/compare.js';
import { CHARTS, isChartName } from '../../src/report/charts.js';
import type { ReportModel, TeamQuestionReport, TeamReport } from '../../src/report/model.js';
import { elementsNamed, parseXml, textOf, type XmlElement } from '../helpers/xml.js';

/** The demo's report model, as the golden JSON report holds it. */
const demo = JSON.parse(readFileSync(new URL('../golden/demo.json', import.meta.url), 'utf8')) as ReportModel;
const feedback = demo.feedback[0]!;

const parsed = (svg: string): XmlElement => parseXml(svg);
const title = (root: XmlElement) => textOf(elementsNamed(root, 'title')[0]!);
const description = (root: XmlElement) => textOf(elementsNamed(root, 'desc')[0]!);
const texts = (root: XmlElement) => elementsNamed(root, 'text').map(textOf);
const number = (element: XmlElement, key: string) => Number(element.attributes[key]);

function question(id: string, answers: readonly AnswerValue[], topic: string | null = `topic ${id}`): TeamQuestionReport {
  const numbers = answers.filter((answer) => typeof answer === 'number').sort((a, b) => a - b);
  return {
    id,
    dimension: 'goals',
    text: `The question ${id}?`,
    topic,
    answers: answers.map((answer) => ({ respondent: null, answer })),
    notAnswered: 0,
    answered: numbers.length,
    dontKnow: answers.length - numbers.length,
    median: numbers[Math.floor((numbers.length - 1) / 2)] ?? null,
    lowest: numbers[0] ?? null,
    highest: numbers.at(-1) ?? null,
    spread: numbers.length < 2 ? null : numbers.at(-1)! - numbers[0]!,
  };
}
const team = (questions: TeamQuestionReport[]): TeamReport => ({ respondents: 5, names: [], disagreementFrom: 2, questions, agenda: [] });

function history(overall: readonly (number | null)[]): HistoryReport {
  const trend = overall.map(
    (score, index): TrendPoint => ({
      date: `2026-0${index + 1}-15`,
      respondents: 1,
      overall: score,
      level: null,
      customers: null,
      current: index === overall.length - 1,
    }),
  );
  return { comparison: null, trend, kept: true };
}

describe('the dimensions chart', () => {
  it('draws the demo’s eight scores 0–100 under the Markdown report’s title, each score as the report rounds it', () => {
    const root = parsed(CHARTS.dimensions(demo.dimensions));
    expect(title(root)).toBe('Scores by dimension (0–100)');
    expect(elementsNamed(root, 'rect')).toHaveLength(1 + 8);
    expect(description(root)).toBe(
      'Scores by dimension (0–100): Responsibilities 50; Incentives 19; Goals 42; Measurement 50; ' +
        'Customer understanding 50; Listening and acting 41; Co-creation 13; Culture 63.',
    );
  });

  it('leaves out a dimension without answers, and says so in its title; draws nothing when none has a score', () => {
    const [first, ...others] = demo.dimensions;
    const root = parsed(CHARTS.dimensions([{ ...first!, score: null }, ...others]));
    expect(title(root)).toBe('Scores by dimension (0–100), without the dimensions that have no answers');
    expect(description(root)).not.toContain(first!.title);
    expect(elementsNamed(root, 'rect')).toHaveLength(1 + 7);
    expect(CHARTS.dimensions(demo.dimensions.map((dimension) => ({ ...dimension, score: null })))).toBe('');
  });
});

describe('the NPS mix', () => {
  it('splits the demo’s answers into promoters, passives and detractors, with count and share', () => {
    const root = parsed(CHARTS['nps-mix'](feedback));
    expect(title(root)).toBe('NPS mix (n = 390)');
    expect(description(root)).toBe(
      'NPS mix (n = 390): Promoters (9–10) 182 (46.7%); Passives (7–8) 112 (28.7%); Detractors (0–6) 96 (24.6%).',
    );
  });

  it('is not drawn without an NPS, nor when the figures are withheld', () => {
    expect(CHARTS['nps-mix']({ ...feedback, scores: null })).toBe('');
    expect(CHARTS['nps-mix']({ ...feedback, scores: { ...feedback.scores!, nps: null } })).toBe('');
    expect(CHARTS['nps-mix']({ ...feedback, withheld: { reason: 'lost-records', lost: 50, of: 100, share: 50 } })).toBe('');
  });

  it('is not drawn when the answers are too few to read: the chart would state shares the report calls too thin', () => {
    expect(CHARTS['nps-mix']({ ...feedback, scores: { ...feedback.scores!, tooSmall: true } })).toBe('');
  });
});

describe('the feedback trend', () => {
  it('draws the demo’s NPS by month on −100 to +100, signed as the report writes NPS', () => {
    const root = parsed(CHARTS['feedback-trend'](feedback));
    expect(title(root)).toBe('NPS by month');
    expect(texts(root)).toEqual(expect.arrayContaining(['−100', '0', '+100', '+44.1', '−1.5', '2026-05', '2026-10']));
    expect(description(root)).toBe('NPS by month: 2026-05 +44.1; 2026-06 +39; 2026-07 +42.6; 2026-08 −1.5; 2026-09 0; 2026-10 +16.');
  });

  it('draws the mean on the file’s own scale without an NPS, a month on too few answers marked, a month without a figure a gap', () => {
    const ratings: FeedbackSummary = {
      ...feedback,
      scores: { ...feedback.scores!, nps: null },
      source: { ...feedback.source, scale: { ...feedback.source.scale!, id: 'stars', title: 'Stars (1–5)', min: 1, max: 5 } },
      trend: [
        { ...feedback.trend[0]!, name: '2026-01', headline: 4.2, tooSmall: false },
        { ...feedback.trend[1]!, name: '2026-02', headline: null, tooSmall: true },
        { ...feedback.trend[2]!, name: '2026-03', headline: 3.75, tooSmall: false },
        { ...feedback.trend[3]!, name: '2026-04', headline: 2, tooSmall: true },
      ],
    };
    const root = parsed(CHARTS['feedback-trend'](ratings));
    expect(title(root)).toBe('Mean score by month');
    expect(texts(root)).toEqual(expect.arrayContaining(['1', '5', '4.2', '3.75', '(2)']));
    expect(description(root)).toBe(
      'Mean score by month: 2026-01 4.2; 2026-02 no figure; 2026-03 3.75; 2026-04 2 (too few answers to read).',
    );
  });

  const months = (figures: readonly [string, number | null, boolean][]): FeedbackSummary => ({
    ...feedback,
    trend: figures.map(([name, headline, tooSmall], index) => ({
      ...feedback.trend[index % feedback.trend.length]!,
      name,
      headline,
      tooSmall,
    })),
  });
  const circles = (root: XmlElement) => elementsNamed(root, 'circle').filter((circle) => number(circle, 'cy') > 50);

  it('keeps a thin month off the line: hollow, its value in parentheses, the line broken there, and says what hollow means', () => {
    const root = parsed(
      CHARTS['feedback-trend'](
        months([
          ['2026-01', 10, false],
          ['2026-02', 20, false],
          ['2026-03', 100, true],
          ['2026-04', 30, false],
          ['2026-05', 40, false],
        ]),
      ),
    );
    expect(elementsNamed(root, 'path')).toHaveLength(2);
    expect(circles(root).filter((circle) => circle.attributes.fill === '#ffffff')).toHaveLength(1);
    expect(texts(root)).toEqual(
      expect.arrayContaining(['(+100)', 'too few answers to read: value in parentheses, not joined to the line']),
    );
  });

  it('is not drawn with fewer than two readable months, however many thin ones', () => {
    const thin = months([
      ['2026-01', 100, true],
      ['2026-02', -100, true],
      ['2026-03', 20, false],
      ['2026-04', 50, true],
    ]);
    expect(CHARTS['feedback-trend'](thin)).toBe('');
  });

  it('places months in time: months without answers are a gap in the line as wide as they are long', () => {
    const root = parsed(
      CHARTS['feedback-trend'](
        months([
          ['2025-11', 10, false],
          ['2025-12', 20, false],
          ['2026-07', 30, false],
          ['2026-08', 40, false],
        ]),
      ),
    );
    expect(elementsNamed(root, 'path')).toHaveLength(2);
    const [november, december, july] = circles(root).map((circle) => number(circle, 'cx'));
    expect((july! - december!) / (december! - november!)).toBeCloseTo(7, 1);
  });

  it('is not drawn with fewer than two months, without a scale, or when the figures are withheld', () => {
    expect(CHARTS['feedback-trend']({ ...feedback, trend: feedback.trend.slice(0, 1) })).toBe('');
    expect(CHARTS['feedback-trend']({ ...feedback, scores: null, source: { ...feedback.source, scale: null } })).toBe('');
    expect(CHARTS['feedback-trend']({ ...feedback, withheld: { reason: 'recovery-limit', lost: 1, of: 2, share: 50 } })).toBe('');
  });
});

describe('the team’s spread', () => {
  it('draws each question at least two answered on the scale, "don’t know" left out, labelled by its topic or else its text', () => {
    const root = parsed(
      CHARTS['team-spread'](
        team([
          question('a', [1, 3, 5, 'dont-know']),
          question('b', [4, 'dont-know']),
          question('c', [2, 2], null),
          question('d', ['dont-know', 'dont-know']),
        ]),
      ),
    );
    expect(title(root)).toBe("The team's answers (1–5), widest spread first");
    expect(description(root)).toBe(
      "The team's answers (1–5), widest spread first: Topic a: answers 1, 3, 5, median 3 · spread 4; " +
        'The question c?: answers 2, 2, median 2 · spread 0.',
    );
    // 1, 3 and 5; 2 (twice, one dot); the legend's two dots.
    expect(elementsNamed(root, 'circle')).toHaveLength(3 + 1 + 2);
  });

  it('shows at most the twelve widest spreads, and says so', () => {
    const questions = Array.from({ length: 15 }, (_, index) => question(`q${index}`, index < 3 ? [3, 3] : [1, 5]));
    const root = parsed(CHARTS['team-spread'](team(questions)));
    expect(title(root)).toBe("The team's answers (1–5), the 12 widest spreads of 15 questions");
    expect(description(root).match(/spread 4/g)).toHaveLength(12);
    expect(description(root)).not.toContain('spread 0');
  });

  it('labels a question by its topic without the leading "whether", which only takes room in a chart', () => {
    const root = parsed(CHARTS['team-spread'](team([question('a', [1, 5], 'whether the team meets customers')])));
    expect(description(root)).toContain('The team meets customers: answers 1, 5');
  });

  it('is not drawn when no question has two answers on the scale', () => {
    expect(CHARTS['team-spread'](team([question('a', [4]), question('b', ['dont-know', 'dont-know', 3])]))).toBe('');
  });
});

describe('the history', () => {
  it('draws the overall score audit by audit, an audit without a score a gap', () => {
    const root = parsed(CHARTS.history(history([31, 38, null, 41])));
    expect(title(root)).toBe('Overall score by audit (0–100)');
    expect(elementsNamed(root, 'path')).toHaveLength(1);
    expect(description(root)).toBe('Overall score by audit (0–100): 2026-01-15 31; 2026-02-15 38; 2026-03-15 no figure; 2026-04-15 41.');
  });

  it('places audits by date, each x in proportion to the days between them', () => {
    const dated = history([30, 40, 50]);
    const root = parsed(
      CHARTS.history({
        ...dated,
        trend: dated.trend.map((audit, index) => ({ ...audit, date: ['2026-01-01', '2026-01-11', '2026-03-12'][index]! })),
      }),
    );
    const [first, second, third] = elementsNamed(root, 'circle').map((circle) => number(circle, 'cx'));
    expect((third! - second!) / (second! - first!)).toBeCloseTo(6, 1);
    expect(texts(root)).toEqual(expect.arrayContaining(['2026-03-12']));
  });

  it('is not drawn with fewer than two audits', () => {
    expect(CHARTS.history(history([41]))).toBe('');
  });
});

describe('chart names', () => {
  it('knows each chart by its name, and nothing else', () => {
    for (const name of Object.keys(CHARTS)) expect(isChartName(name)).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'Dimensions', '']) expect(isChartName(name)).toBe(false);
  });
});
