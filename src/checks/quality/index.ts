import type { AnalysedFeedback, FeedbackSummary } from '../../feedback/model.js';
import { answersCoverage } from './answers-coverage.js';
import { missingColumn } from './missing-column.js';
import { rowsWithheld } from './rows-withheld.js';
import { unreadableLanguages } from './unreadable-languages.js';

export const QUALITY_CHECKS = [rowsWithheld, missingColumn, answersCoverage, unreadableLanguages] as const;

/** A finished analysis with its data-quality notes: what could not be trusted, then what the file could not say. */
export function withQualityFindings(summary: AnalysedFeedback): FeedbackSummary {
  return {
    ...summary,
    findings: [...rowsWithheld.evaluate({}, summary), ...missingColumn.evaluate({}, summary), ...unreadableLanguages.evaluate({}, summary)],
  };
}
