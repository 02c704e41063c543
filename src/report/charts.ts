/**
 * The HTML report's charts, one entry per chart: which part of the report model it draws, and
 * with the same titles and words as the Markdown report. Each returns one `<svg>` element as
 * text, or '' when the data do not carry the chart (the page then shows nothing in its place).
 */
import { isScaleAnswer } from '../answers/types.js';
import type { FeedbackSummary } from '../feedback/model.js';
import { formatCount, formatScore, formatSigned, round1 } from '../format.js';
import type { HistoryReport } from '../history/compare.js';
import type { DimensionReport, TeamQuestionReport, TeamReport } from './model.js';
import { barChart, lineChart, type SharePart, shareBar, spreadChart } from './svg.js';

const SCORE_DOMAIN = [0, 100] as const;
const NPS_DOMAIN = [-100, 100] as const;
/** The questionnaire's answer scale. */
const ANSWER_SCALE = [1, 5] as const;
/** The most questions the team's spread shows: the widest spreads, so that the chart stays one screen high. */
const SPREAD_ROWS = 12;
/** The word the questionnaire's topic phrases start with (src/questionnaire). */
const TOPIC_LEAD = /^whether\s+/;
const DAY_MS = 86_400_000;

/** The NPS groups as the Markdown report names them, in the order the mix shows them. */
const NPS_GROUPS: readonly { key: 'promoters' | 'passives' | 'detractors'; label: string; tone: SharePart['tone'] }[] = [
  { key: 'promoters', label: 'Promoters (9–10)', tone: 'good' },
  { key: 'passives', label: 'Passives (7–8)', tone: 'neutral' },
  { key: 'detractors', label: 'Detractors (0–6)', tone: 'bad' },
];

const formatNps = (value: number) => formatSigned(round1(value));

function dimensionsChart(dimensions: readonly DimensionReport[]): string {
  const scored = dimensions.flatMap((dimension) => (dimension.score === null ? [] : [{ label: dimension.title, value: dimension.score }]));
  const without = scored.length < dimensions.length ? ', without the dimensions that have no answers' : '';
  return barChart({ title: `Scores by dimension (0–100)${without}`, bars: scored, domain: SCORE_DOMAIN, formatValue: formatScore });
}

function npsMixChart(summary: FeedbackSummary): string {
  const nps = summary.withheld || summary.scores?.tooSmall ? null : summary.scores?.nps;
  if (!nps) return '';
  return shareBar({
    title: `NPS mix (n = ${formatCount(nps.n)})`,
    parts: NPS_GROUPS.map(({ key, label, tone }) => ({ label, count: nps[key], tone })),
  });
}

/** A month's place on a time axis, in months, from its name as the trend writes it (YYYY-MM); NaN, and left off, for any other. */
function monthNumber(name: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(name);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : Number.NaN;
}

/** A day's place on a time axis, in days, from YYYY-MM-DD. */
function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** Months on a time axis: a month without answers between two is a gap in the line; a thin month is hollow and off the line. */
function feedbackTrendChart(summary: FeedbackSummary): string {
  if (summary.withheld) return '';
  const points = summary.trend.map((month) => ({
    label: month.name,
    at: monthNumber(month.name),
    value: month.headline,
    faint: month.tooSmall,
  }));
  const byMonth = { points, joinWithin: 1 };
  if (summary.scores?.nps) return lineChart({ title: 'NPS by month', ...byMonth, domain: NPS_DOMAIN, formatValue: formatNps });
  const scale = summary.source.scale;
  return scale ? lineChart({ title: 'Mean score by month', ...byMonth, domain: [scale.min, scale.max], formatValue: formatCount }) : '';
}

/** The widest spreads first; among equal spreads, the questionnaire's order. */
function widestFirst(questions: readonly TeamQuestionReport[]): TeamQuestionReport[] {
  return [...questions].sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0));
}

/**
 * A question's label: its topic without the "whether" the report's sentences need ("the team
 * disagrees on whether …"), which in a chart only takes room; else its text.
 */
function topicLabel(question: TeamQuestionReport): string {
  const topic = question.topic?.replace(TOPIC_LEAD, '');
  return topic ? topic.charAt(0).toUpperCase() + topic.slice(1) : question.text;
}

function teamSpreadChart(team: TeamReport): string {
  const spread = team.questions.filter((question) => question.answered >= 2);
  const shown = widestFirst(spread).slice(0, SPREAD_ROWS);
  const which = shown.length < spread.length ? `the ${shown.length} widest spreads of ${spread.length} questions` : 'widest spread first';
  return spreadChart({
    title: `The team's answers (1–5), ${which}`,
    rows: shown.map((question) => ({
      label: topicLabel(question),
      answers: question.answers.map(({ answer }) => answer).filter(isScaleAnswer),
      median: question.median,
    })),
    scale: ANSWER_SCALE,
  });
}

/** Audits, taken at irregular dates, placed by date. */
function historyChart(history: HistoryReport): string {
  return lineChart({
    title: 'Overall score by audit (0–100)',
    points: history.trend.map((audit) => ({ label: audit.date, at: dayNumber(audit.date), value: audit.overall })),
    domain: SCORE_DOMAIN,
    formatValue: formatScore,
  });
}

/** Every chart of the HTML report by name, with the part of the report model it draws. */
export const CHARTS = {
  dimensions: dimensionsChart,
  'nps-mix': npsMixChart,
  'feedback-trend': feedbackTrendChart,
  'team-spread': teamSpreadChart,
  history: historyChart,
} satisfies Record<string, (data: never) => string>;

export type ChartName = keyof typeof CHARTS;

export function isChartName(name: string): name is ChartName {
  return Object.hasOwn(CHARTS, name);
}
