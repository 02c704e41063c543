import { defineCheck } from '../check.js';
import { type GapInput, gapParams, NOT_COMPARED, notCompared, teamSide } from './compare.js';

const ID = 'gap-unmeasured';

/**
 * The dimensions no feedback figure measures: how a team is organised, paid and run does not show
 * in what customers answer, and setting it against their NPS or their tone would compare unlike
 * things. Each says why in one line instead of vanishing from the comparison.
 */
export const unmeasuredGap = defineCheck({
  id: ID,
  description: 'Says why a dimension is not set against the feedback: no figure of it measures the same thing.',
  params: gapParams,
  messages: {
    responsibilities: 'who owns what customers need is decided inside the team, and customers cannot see it',
    incentives: 'how the team is rewarded does not show in what customers answer',
    goals: 'whether the goals name customer outcomes is not in the feedback; its figures are what such goals would be set on',
    'customer-understanding':
      'what the team knows of its customers cannot be read from their answers: check whether the themes below are the ones it expected',
    'co-creation': 'whether customers help shape the product does not show in scores and comments',
    culture: 'how the team decides and works does not show in what customers answer; their tone says how they feel, not how the team works',
    notCompared: NOT_COMPARED,
  },
  evaluate: (params, { score }: GapInput) => {
    const side = teamSide(score, params);
    return side ? notCompared(ID, params.dimension, side.title, params.dimension) : [];
  },
});
