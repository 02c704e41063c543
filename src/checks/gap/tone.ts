import { defineCheck } from '../check.js';
import { compare, type GapInput, gapMessages, gapParams } from './compare.js';

const ID = 'gap-tone';

/** Mostly neutral comments say little (or in words the lexicons do not know): no figure. */
const MOSTLY_NEUTRAL = 0.6;

/** The team's view of a dimension against how its customers sound: the share of comments that are not negative. */
export const toneGap = defineCheck({
  id: ID,
  description:
    'Sets a dimension (Culture) against the share of comments that are not negative; left out when most comments read as neutral.',
  params: gapParams,
  messages: {
    measure: 'the share of comments that are not negative',
    negative: '{negative}% of {comments|count:comment} negative',
    ...gapMessages({
      teamHigher: 'The culture the team describes does not show in how customers sound',
      customersHigher: 'Customers sound warmer than the team rates its own culture',
    }),
  },
  evaluate: (params, { score, summary }: GapInput) => {
    const comments = summary.comments;
    // Comments in languages centricity cannot read have no tone: the shares are of those that have one.
    const scored = comments ? comments.sentiment.positive + comments.sentiment.neutral + comments.sentiment.negative : 0;
    if (!comments || scored === 0 || comments.sentiment.neutral / scored > MOSTLY_NEUTRAL) return compare(ID, params, score, null);
    const negative = Math.round((comments.sentiment.negative / scored) * 1000) / 10;
    const figure = { check: ID, messageId: 'negative', data: { negative, comments: scored }, severity: 0 };
    return compare(ID, params, score, { value: 100 - negative, figure });
  },
});
