import { defineCheck, type Finding } from '../check.js';
import { compare, type GapInput, gapMessages, gapParams } from './compare.js';

const ID = 'gap-satisfaction';

/** The team's view of a dimension against the share of customers at the top of the scale (promoters, top-2-box). */
export const satisfactionGap = defineCheck({
  id: ID,
  description: 'Sets a dimension (Listening and acting) against the share of customers who are clearly happy: promoters, or the top-2-box.',
  params: gapParams,
  messages: {
    measure: 'the share of customers who are clearly happy',
    promoters: '{share}% promoters; NPS {nps|signed}; n = {n|count}',
    topBox: '{share}% answered {from}–{max} on the {min}–{max} {scale}; n = {n|count}',
    ...gapMessages({
      teamHigher: 'The team believes it listens and acts better than its customers feel it does',
      customersHigher: 'Customers are happier than the team gives itself credit for; find out what already works before changing it',
    }),
  },
  evaluate: (params, { score, summary }: GapInput) => {
    const { scores } = summary;
    const scale = summary.source.scale;
    if (!scores || scores.tooSmall || scores.topShare === null || !scale) return compare(ID, params, score, null);
    // The share at the top of the scale reads the same on every scale.
    const figure: Finding = scores.nps
      ? { check: ID, messageId: 'promoters', data: { share: scores.topShare, nps: scores.nps.nps, n: scores.n }, severity: 0 }
      : {
          check: ID,
          messageId: 'topBox',
          // The scale's name without its range, which the sentence gives: "CSAT (1–5)" → "CSAT".
          data: {
            share: scores.topShare,
            from: scale.topFrom,
            min: scale.min,
            max: scale.max,
            scale: scale.title.replace(/\s*\(.*\)$/, ''),
            n: scores.n,
          },
          severity: 0,
        };
    return compare(ID, params, score, { value: scores.topShare, figure });
  },
});
