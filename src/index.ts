/** The programmatic API: the same core the CLI uses, without any terminal or file I/O. */

export { ACTIONS } from './actions/catalogue.js';
export type { Action } from './actions/types.js';
export { formatAnswers } from './answers/format.js';
export { parseAnswers } from './answers/parse.js';
export type { Answer, Answers, AnswerValue } from './answers/types.js';
export { type AuditOptions, auditReport } from './audit.js';
export type { Trigger } from './checks/triggers/index.js';
export { InputError, ValidationError } from './errors.js';
export { type AnalysedFeedback, analyseFeedbackFile, type FeedbackOptions, type FeedbackSummary } from './feedback/index.js';
export { DEFAULT_QUESTIONNAIRE, type Dimension, type Question, type Questionnaire } from './questionnaire/index.js';
export type { FeedbackIndex, FeedbackReport, IndexEntry } from './report/feedback.js';
export {
  type ActionJson,
  type FeedbackIndexJson,
  type FeedbackReportJson,
  type IndexEntryJson,
  type ReportJson,
  renderJson,
  reportJson,
} from './report/json.js';
export { loadTemplate, renderMarkdown } from './report/markdown.js';
export { REPORT_SCHEMA_VERSION, type ReportModel } from './report/model.js';
export { renderSummary } from './report/summary.js';
export { DEFAULT_SCORING, LEVELS, type Level, type ScoringModel } from './scoring/model.js';
export { type AuditScore, scoreAudit } from './scoring/score.js';
