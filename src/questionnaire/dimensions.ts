import type { Dimension } from './types.js';

/**
 * The eight dimensions of the audit, in the order they are asked and reported.
 * Weights are relative; the overall score is the weighted mean of the dimension scores.
 */
export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'responsibilities',
    title: 'Responsibilities',
    summary:
      'Whether a named person answers for customer outcomes, whether every function shares that job, and whether customers reach the ' +
      'leadership agenda.',
    why:
      'When everyone is "responsible" for the customer, no one is: problems that cross departments fall between them, and the ' +
      'leadership meeting talks about revenue and headcount instead.',
    weight: 1,
  },
  {
    id: 'incentives',
    title: 'Incentives',
    summary:
      'Whether pay, bonuses and recognition reward customer outcomes as well as sales volume, and whether they are designed so they ' +
      'cannot be gamed.',
    why:
      'People do what they are paid and praised for. If only volume is rewarded, customer work loses every argument about time; if one ' +
      'score is rewarded, people learn to manage the score instead of the customer.',
    weight: 1,
  },
  {
    id: 'goals',
    title: 'Goals',
    summary:
      'Whether short- and long-term customer goals exist in writing, with numbers and dates, and whether people outside leadership ' +
      'know them.',
    why:
      'Without a written goal, customer-centricity stays a slogan: there is nothing to plan against, nothing to trade off against ' +
      'sales targets, and no way to say whether this year was better than last.',
    weight: 1,
  },
  {
    id: 'measurement',
    title: 'Measurement',
    summary:
      'Whether customer metrics (NPS, CSAT, CES, retention, lifetime value) are collected consistently, reviewed on a rhythm and ' +
      'connected to business results.',
    why:
      'A team that does not measure cannot tell progress from wishful thinking, and cannot show the board that customer work pays for ' +
      'itself.',
    // Measurement is what makes every other dimension checkable, so it counts a little more.
    weight: 1.25,
  },
  {
    id: 'customer-understanding',
    title: 'Customer understanding',
    summary:
      'Whether the team agrees who the customer is, which customers matter most, what happens at every stage of buying, and how ' +
      'customers get value from the product.',
    why:
      'Every other effort is aimed at someone; if the team cannot describe that someone, and the steps they go through, it ends up ' +
      'serving an average customer who does not exist.',
    weight: 1,
  },
  {
    id: 'listening',
    title: 'Listening and acting',
    summary:
      'Whether feedback arrives all the time rather than in one study, whether it changes what the company does, and whether customers ' +
      'hear back about it.',
    why:
      'Customer needs move; research from two years ago describes customers you no longer have. Listening that never leads to a ' +
      'visible change teaches customers to stop talking.',
    weight: 1,
  },
  {
    id: 'co-creation',
    title: 'Co-creation',
    summary:
      'Whether customers are given a real part inside the company: shaping products, making media, spreading word of mouth and putting ' +
      'ideas in front of executives.',
    why:
      'Companies that only ask customers for feedback leave their best ideas outside. Those that let customers create with them find ' +
      'products and campaigns their own staff would not have thought of.',
    weight: 1,
  },
  {
    id: 'culture',
    title: 'Culture',
    summary:
      'Whether people at every level meet customers and use the product themselves, whether decisions cite customer evidence, and ' +
      'whether habits change as customers change.',
    why:
      'Structures and metrics can be copied in a quarter; habits cannot. If staff never meet customers, every meeting falls back on ' +
      'opinion and on what is convenient for the company.',
    weight: 1,
  },
];
