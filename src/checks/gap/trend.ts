import { defineCheck } from '../check.js';
import { DIMENSION_THIN, directionGap, type GapInput, gapMessages, gapParams, quarterChange } from './compare.js';

const ID = 'gap-trend';

/**
 * Listening and acting against what acting shows as: a team that calls back unhappy customers and
 * fixes what they name sees its score rise, or hold where it is high; one that does not, sees it fall.
 */
export const trendGap = defineCheck({
  id: ID,
  description:
    'Sets a dimension (Listening and acting) against how the score moved between the first and the last three months of dated answers.',
  params: gapParams,
  messages: {
    measure: 'how the score moved between the first and the last three months',
    nps:
      'NPS {first|signed} from {firstMonths} (n = {firstN|count}), {last|signed} from {lastMonths} (n = {lastN|count}): ' +
      '{change|signed} points, {significance}',
    topBox:
      '{first}% answered {from}–{max} from {firstMonths} (n = {firstN|count}), {last}% from {lastMonths} (n = {lastN|count}): ' +
      '{change|signed} points, {significance}',
    noScores: 'the feedback has no scores to follow over time',
    noDates: 'the feedback has no dates, so how the score moved after complaints cannot be read',
    fewMonths: 'the feedback covers fewer than six months, too few to compare its first and last three',
    thinEnds: 'fewer than 30 customers answered in its first or its last three months',
    ...DIMENSION_THIN,
    ...gapMessages(
      {
        teamHigher: 'The team says it acts on what customers tell it, yet the score is falling: check that call-backs and fixes happen',
        customersHigher:
          'The score is rising although the team says it rarely acts on feedback: find out what changed, and make it a habit',
      },
      'moving',
    ),
  },
  evaluate: (params, { score, summary }: GapInput) => directionGap(ID, params, score, quarterChange(ID, summary)),
});
