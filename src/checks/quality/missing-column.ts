import { z } from 'zod';
import type { AnalysedFeedback } from '../../feedback/model.js';
import { defineCheck, type Finding } from '../check.js';

/** The roles whose column a file may lack, with how much each missing one costs the report (0–100). */
const ROLES = [
  { role: 'score', severity: 60 },
  { role: 'comment', severity: 40 },
  { role: 'date', severity: 20 },
  { role: 'segment', severity: 10 },
  { role: 'value', severity: 10 },
] as const;

/** What a feedback file could not say because a column is missing, or its scores could not be read. */
export const missingColumn = defineCheck({
  id: 'missing-column',
  description: 'Names each column a feedback file lacks (score, comment, date, segment, value) and the figures lost with it.',
  params: z.object({}),
  messages: {
    score: 'no score column: no NPS, CSAT or rating figures, no trend or segment comparison',
    unreadableScore: 'no readable score in the column "{column}"',
    comment: 'no comment column: no sentiment, themes, journey stages or quotes',
    date: 'no date column: no monthly trend',
    segment: 'no segment column (plan, region, channel…): no breakdown by segment',
    value: "no value column (revenue, order amount, plan value): no amounts on unhappy customers' answers",
  },
  evaluate: (_params, summary: AnalysedFeedback) => {
    const { columns } = summary.source;
    const findings: Finding<'score' | 'unreadableScore' | 'comment' | 'date' | 'segment' | 'value'>[] = [];
    for (const { role, severity } of ROLES) {
      const column = columns[role];
      if (column === undefined) findings.push({ check: 'missing-column', messageId: role, data: { role }, severity });
      // A withheld file says why at the top of its report: its scores were there but could not be trusted.
      else if (role === 'score' && !summary.withheld && (summary.scores === null || summary.scores.n === 0))
        findings.push({ check: 'missing-column', messageId: 'unreadableScore', data: { role, column }, severity });
    }
    return findings;
  },
});
