import { fileURLToPath } from 'node:url';
import type { AnswerValue } from '../../../src/answers/types.js';
import { withQualityFindings } from '../../../src/checks/quality/index.js';
import { analyseFeedbackFile } from '../../../src/feedback/index.js';
import type { FeedbackSummary } from '../../../src/feedback/model.js';
import { DEFAULT_QUESTIONNAIRE, questionsOf } from '../../../src/questionnaire/index.js';
import type { DimensionId } from '../../../src/questionnaire/types.js';
import { DEFAULT_SCORING } from '../../../src/scoring/model.js';
import { type AuditScore, scoreAudit } from '../../../src/scoring/score.js';
import { answersWith } from '../../helpers/answers.js';

/**
 * The bundled demo export, analysed: NPS +22.1 on 390 answers (46.7% promoters), 289 comments of
 * which 72 negative and 68 neutral. Table cases change what they test on a copy.
 */
export const DEMO: FeedbackSummary = withQualityFindings(
  await analyseFeedbackFile(fileURLToPath(new URL('../../../templates/demo/feedback.csv', import.meta.url))),
);

/** The team's scores with every question at `value`, and one dimension's questions set apart. */
export function teamScore(value: AnswerValue, dimension?: { id: DimensionId; answer: AnswerValue }): AuditScore {
  const overrides = dimension
    ? Object.fromEntries(questionsOf(DEFAULT_QUESTIONNAIRE, dimension.id).map((question) => [question.id, { answer: dimension.answer }]))
    : {};
  return scoreAudit(answersWith(value, overrides), DEFAULT_QUESTIONNAIRE, DEFAULT_SCORING);
}

/** A copy of the demo whose headline rests on `n` answers, fewer than the minimum group size. */
export function thin(n: number): FeedbackSummary {
  return { ...DEMO, scores: { ...DEMO.scores!, n, tooSmall: true } };
}

/** A copy of the demo read as a 1–5 CSAT survey with `topShare`% at 4–5. */
export function csat(topShare: number): FeedbackSummary {
  const scale = { ...DEMO.source.scale!, id: 'csat' as const, title: 'CSAT (1–5)', min: 1, max: 5, topFrom: 4, bottomTo: 2 };
  return { ...DEMO, source: { ...DEMO.source, scale }, scores: { ...DEMO.scores!, nps: null, topShare, mean: 4.1 } };
}

/** A copy of the demo withheld for records that could not be read, at the given lines. */
export function withheld(
  lines: number[],
  lost = lines.length,
  reason: 'lost-records' | 'recovery-limit' = 'lost-records',
): FeedbackSummary {
  const examples = lines.map((line) => ({ line, toLine: line, reason: 'an unclosed quote' }));
  return {
    ...DEMO,
    withheld: { reason, lost, of: 400, share: Math.round((lost / 400) * 1000) / 10 },
    quality: { ...DEMO.quality, lost: { records: lost, share: 0, examples, limitHit: reason === 'recovery-limit' } },
    scores: null,
  };
}
