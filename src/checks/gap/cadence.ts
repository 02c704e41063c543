import { defineCheck } from '../check.js';
import { compare, type GapInput, gapMessages, gapParams, QUESTION_UNANSWERED } from './compare.js';

const ID = 'gap-cadence';

/** Months a file must span before its regularity says anything. */
const MIN_SPAN = 3;

/** "YYYY-MM" as a count of months, to measure a span. */
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * Measurement against what measuring on a schedule leaves behind: answers in every month of the
 * period the feedback covers. The other questions of Measurement (who reviews the figures, how they
 * relate to revenue) are not in a feedback file, so the rule reads the one that is.
 */
export const cadenceGap = defineCheck({
  id: ID,
  description: 'Sets a dimension (Measurement) against the share of the months the feedback covers that have answers in them.',
  params: gapParams,
  messages: {
    measure: 'the share of months with answers',
    months: '{withAnswers} of the {span} months from {first} to {last} have answers',
    noScores: 'the feedback has no scores, whose months would show the schedule',
    noDates: 'the feedback has no dates, so how regularly it is gathered cannot be read',
    shortSpan: 'the feedback covers fewer than three months, too few to show a schedule',
    ...QUESTION_UNANSWERED,
    ...gapMessages({
      teamHigher: 'The team says it measures on a schedule, yet months go by without an answer: check the survey runs as planned',
      customersHigher:
        "Answers already come in month after month although the team rates its schedule low: start the plan's measuring " +
        'actions from this export, not from scratch',
    }),
  },
  evaluate: (params, { score, summary }: GapInput) => {
    const months = summary.trend.map((month) => month.name);
    if (!summary.scores) return compare(ID, params, score, { reason: 'noScores' });
    if (months.length === 0) return compare(ID, params, score, { reason: 'noDates' });
    const [first, last] = [months[0]!, months.at(-1)!];
    const span = monthIndex(last) - monthIndex(first) + 1;
    if (span < MIN_SPAN) return compare(ID, params, score, { reason: 'shortSpan' });
    const figure = { check: ID, messageId: 'months', data: { withAnswers: months.length, span, first, last }, severity: 0 };
    return compare(ID, params, score, { value: (months.length / span) * 100, figure });
  },
});
