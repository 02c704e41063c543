import { ACTIONS } from './actions/catalogue.js';
import type { Owners } from './actions/owners.js';
import type { Action } from './actions/types.js';
import type { Answers } from './answers/types.js';
import { localToday } from './calendar.js';
import type { AnalysedFeedback } from './feedback/model.js';
import { DEFAULT_QUESTIONNAIRE, type Questionnaire } from './questionnaire/index.js';
import { buildReport } from './report/build.js';
import type { ReportModel } from './report/model.js';
import { DEFAULT_SCORING, type ScoringModel } from './scoring/model.js';
import { scoreAudit } from './scoring/score.js';

export interface AuditOptions {
  questionnaire?: Questionnaire;
  scoring?: ScoringModel;
  catalogue?: readonly Action[];
  /** YYYY-MM-DD the report is dated; defaults to today on the local calendar. */
  generatedOn?: string;
  version?: string;
  /** Summaries of the customers' feedback, read at the edge (see analyseFeedbackFile). */
  feedback?: AnalysedFeedback[];
  /** Who holds the roles that actions are given to (the config's `owners`). */
  owners?: Owners;
  /** Name several respondents beside their answers; by default the report names nobody. */
  named?: boolean;
}

/** The whole pure pipeline: answers → scores → actions → report model. No I/O. */
export function auditReport(answers: Answers, options: AuditOptions = {}): ReportModel {
  const questionnaire = options.questionnaire ?? DEFAULT_QUESTIONNAIRE;
  const scoring = options.scoring ?? DEFAULT_SCORING;
  return buildReport({
    answers,
    score: scoreAudit(answers, questionnaire, scoring),
    catalogue: options.catalogue ?? ACTIONS,
    levels: scoring.levels,
    generatedOn: options.generatedOn ?? localToday(),
    version: options.version ?? 'dev',
    feedback: options.feedback ?? [],
    owners: options.owners ?? {},
    named: options.named ?? false,
  });
}
