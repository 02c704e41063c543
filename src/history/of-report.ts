import { type Finding, partsOf } from '../checks/check.js';
import { headline } from '../feedback/histogram.js';
import type { ReportModel } from '../report/model.js';
import { CUSTOMERS_TARGET, type CustomerFigure, SNAPSHOT_KIND, SNAPSHOT_VERSION, type Snapshot } from './snapshot.js';

/** The checks whose findings are about the customers' feedback. */
const CUSTOMER_CHECKS = new Set([
  'nps-below',
  'score-falling',
  'segment-below',
  'theme-drags',
  'unhappy-customers',
  'few-comments',
  'no-feedback',
]);

/** The snapshot of a report, dated by its answers (`date`, YYYY-MM-DD). */
export function snapshotOf(model: ReportModel, date: string): Snapshot {
  const questions = model.dimensions.flatMap((dimension) => dimension.questions);
  const dimensionOfQuestion = new Map(questions.map((question) => [question.id, question.dimension]));
  const actions = [...model.actions.thisWeek, ...model.actions.thisMonth, ...model.actions.thisQuarter];
  return {
    kind: SNAPSHOT_KIND,
    schemaVersion: SNAPSHOT_VERSION,
    date,
    generatedOn: model.generatedOn,
    generator: { version: model.generator.version },
    team: model.audit.team,
    // The team section counts several respondents (their names stay out of the report unless --named).
    respondents: model.team?.respondents ?? 1,
    overall: {
      score: model.overall.score,
      level: model.overall.level && { id: model.overall.level.id, title: model.overall.level.title },
      answered: model.overall.answered,
      questionCount: model.overall.questionCount,
    },
    dimensions: model.dimensions.map(({ id, title, score, lowConfidence }) => ({ id, title, score, lowConfidence })),
    questions: questions.map(({ id, dimension, text, answer }) => ({ id, dimension, text, answer })),
    customers: customerFigure(model),
    actions: actions.map((action) => ({
      id: action.id,
      title: action.title,
      targets: targetsOf(action.findings, dimensionOfQuestion),
      done: false,
    })),
  };
}

/** The first feedback file with a readable score, as the report's summary takes it; null when there is none. */
function customerFigure(model: ReportModel): CustomerFigure | null {
  for (const summary of model.feedback) {
    const { scores } = summary;
    const scale = summary.source.scale;
    if (summary.withheld || !scores || !scale) continue;
    const value = headline(scores);
    if (value === null) continue;
    return { scale: scale.id, measure: scores.nps ? 'nps' : 'mean', value, n: scores.n, tooSmall: scores.tooSmall };
  }
  return null;
}

function targetsOf(findings: readonly Finding[], dimensionOfQuestion: ReadonlyMap<string, string>): string[] {
  const targets = new Set<string>();
  for (const finding of findings.flatMap((finding) => [finding, ...partsOf(finding)])) {
    const { dimension, question } = finding.data;
    if (typeof dimension === 'string') targets.add(dimension);
    if (typeof question === 'string' && dimensionOfQuestion.has(question)) targets.add(dimensionOfQuestion.get(question)!);
    if (CUSTOMER_CHECKS.has(finding.check)) targets.add(CUSTOMERS_TARGET);
  }
  return [...targets];
}
