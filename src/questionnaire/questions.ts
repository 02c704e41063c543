import type { Question } from './types.js';

/**
 * The questionnaire: 34 questions, grouped by dimension in the order of DIMENSIONS.
 * Every scale point describes what people do, so two respondents can agree on it.
 * Ids are published in answers files: never rename one; retire it and add a new one.
 */
export const QUESTIONS: readonly Question[] = [
  // ── Responsibilities ────────────────────────────────────────────────────────
  {
    id: 'responsibilities.named-owner',
    dimension: 'responsibilities',
    text: 'Is one named person accountable for customer outcomes such as retention, satisfaction and complaints?',
    topic: 'whether one named person is accountable for customer outcomes',
    why:
      'Accountability shared by everyone is held by no one. A named owner is the person who gets the call when customers leave, and ' +
      'who has the standing to ask other teams for a fix.',
    evidence: 'The org chart or a RACI naming the owner; their objectives document; minutes of the last review they chaired.',
    scale: [
      'Nobody owns it; customer issues bounce between teams',
      'Everyone is said to own it; no name appears in any document',
      'A manager owns it on paper but cannot get other teams to act',
      'A named senior owner with a budget reports on it each quarter',
      'A named executive owns it and reviews it monthly with leadership',
    ],
    // Without an owner the other answers have no one to act on them, so it counts a little more.
    weight: 1.5,
  },
  {
    id: 'responsibilities.shared-accountability',
    dimension: 'responsibilities',
    text: 'Do sales, product, operations and support carry targets for the same customer outcomes?',
    topic: 'whether sales, product, operations and support share targets for the same customer outcomes',
    why:
      'Customers see one company, not an org chart. When each function is judged on its own numbers, they pass problems along instead ' +
      'of solving them together.',
    evidence: "Each function's objectives showing the shared customer measure; a cross-functional review where the measure is discussed.",
    scale: [
      'Each function has only its own targets; none mentions customers',
      'Only support or CX carries a customer target',
      'Two or three functions carry customer targets, each a different one',
      'All customer-facing functions share one customer measure',
      'Every function shares it and reviews misses together to fix causes',
    ],
    weight: 1,
  },
  {
    id: 'responsibilities.leadership-agenda',
    dimension: 'responsibilities',
    text: 'How often does the leadership team discuss customer data as a standing item on its agenda?',
    topic: 'how often leadership discusses customer data',
    why:
      'What the leadership team looks at every month is what the company believes matters. If customers appear only when something ' +
      'goes badly wrong, everyone below learns that lesson.',
    evidence: 'Leadership meeting agendas or minutes from the last three months with a customer item and the decisions taken.',
    scale: [
      'Customers come up only when a big account complains or churns',
      'Customer numbers are in a pack that is rarely discussed',
      'Customers are discussed at quarterly or annual reviews',
      'A customer item with data is on every monthly leadership agenda',
      'Monthly item leads to decisions with owners, checked the next month',
    ],
    weight: 1,
  },
  {
    id: 'responsibilities.issue-routing',
    dimension: 'responsibilities',
    text: 'When a customer problem crosses team boundaries, is there a known route and someone who sees it through to the end?',
    topic: 'whether problems that cross teams have a route and someone who sees them through',
    why:
      'The problems that hurt customers most usually sit between teams: a billing error caused by a product change, a delivery promise ' +
      'sales made that logistics cannot keep.',
    evidence: 'A written escalation path; a ticket or case showing a cross-team problem owned from first contact to fix.',
    scale: [
      'Customers are told to call another department themselves',
      'Staff forward the problem by e-mail and hope someone picks it up',
      'An escalation path exists, but cases stall without an owner',
      'Each cross-team case gets one owner who updates the customer',
      'Owned cases are also reviewed monthly to fix the root cause',
    ],
    weight: 1,
  },
  {
    id: 'responsibilities.decision-rights',
    dimension: 'responsibilities',
    text:
      "Can front-line staff fix a customer's problem on the spot, for example refund or replace up to a set limit, without asking a " +
      'manager?',
    topic: "whether front-line staff can fix a customer's problem on the spot",
    why:
      'Customers judge the company by how fast the first person they reach can help. Making staff ask permission turns a two-minute ' +
      'fix into a two-day wait.',
    evidence: 'The written authority limits for front-line roles; the share of cases resolved at first contact.',
    scale: [
      "Every refund, credit or exception needs a manager's sign-off",
      'Staff may fix small things, but nobody has written down the limits',
      'Written limits exist, but staff still escalate most cases',
      'Staff resolve most cases within written limits at first contact',
      'Limits are raised when data shows staff use them well',
    ],
    weight: 1,
  },

  // ── Incentives ─────────────────────────────────────────────────────────────
  {
    id: 'incentives.customer-outcomes-in-plans',
    dimension: 'incentives',
    text: 'Do incentive and bonus plans include customer outcomes, not only sales volume or revenue?',
    topic: 'whether bonuses include customer outcomes',
    why:
      'People make trade-offs in the direction they are paid. If the bonus counts only units sold, a customer problem will always lose ' +
      'to the next deal.',
    evidence: 'The current bonus or commission plan documents, with the share of variable pay tied to customer outcomes.',
    scale: [
      'Pay rewards only sales volume, revenue or cost',
      'Customer outcomes are mentioned but carry no money',
      'A customer measure affects pay for the support or CX team only',
      'A customer measure carries real weight in leadership bonuses',
      'Customer outcomes carry real weight in pay at every level',
    ],
    weight: 1,
  },
  {
    id: 'incentives.gaming-guard',
    dimension: 'incentives',
    text: 'Do the customer measures that affect pay, bonuses or team rankings form a balanced set that is protected from gaming?',
    topic: 'whether the customer measures tied to pay are balanced and protected from gaming',
    why:
      'A bonus tied to a single score invites people to manage the score: asking customers for a 10, choosing who gets surveyed, ' +
      'closing tickets early. Several measures, collected by someone other than the people rewarded, keep the incentive honest.',
    evidence:
      'The scorecard behind the incentive showing several measures; who sends surveys and picks the sample; the last check for unusual ' +
      'score patterns.',
    scale: [
      'No customer measure in pay, or pay rides on one score staff inflate',
      'One score drives pay or rankings; no one checks how it is collected',
      'Several customer measures, but all are surveys the team can sway',
      'Survey scores balanced with retention, repeats and complaints',
      'Balanced measures, independent sampling, anomalies checked pre-payout',
    ],
    weight: 1,
  },
  {
    id: 'incentives.recognition',
    dimension: 'incentives',
    text:
      'Are people publicly recognised or promoted for customer wins, such as fixing a root cause or saving an account, and not only ' +
      'for closing deals?',
    topic: 'whether people are recognised for customer wins, not only deals',
    why: 'Praise and promotion signal what the company really values, often more loudly than the bonus plan does.',
    evidence: 'Recent all-hands or newsletter shout-outs naming a customer win; promotion cases that cite customer impact.',
    scale: [
      'Only sales wins and launches are ever celebrated',
      'Customer wins are thanked privately, if someone notices',
      'Customer wins appear in all-hands now and then',
      'A regular slot recognises named people for customer wins',
      'Customer impact is a written criterion in reviews and promotions',
    ],
    weight: 1,
  },
  {
    id: 'incentives.retention-over-volume',
    dimension: 'incentives',
    text: 'Do incentives reward customers kept and grown over time, not only the first sale?',
    topic: 'whether incentives reward customers kept and grown, not only the first sale',
    why:
      'Paying for the first sale alone rewards bringing in customers who leave after a month. Rewarding retention points effort at ' +
      'lifetime value rather than one transaction.',
    evidence: 'Commission rules with retention terms or clawbacks on early churn; a bonus measure on renewal or repeat purchase.',
    scale: [
      'Commission is paid on the first sale, whatever happens next',
      "Retention is tracked but does not affect anyone's pay",
      'Account or CX staff are paid on renewals; sellers only on new sales',
      "Sellers' pay depends partly on customers still active months later",
      'Pay at every level uses retention or lifetime value, not first sales',
    ],
    weight: 1,
  },

  // ── Goals ──────────────────────────────────────────────────────────────────
  {
    id: 'goals.short-term',
    dimension: 'goals',
    text: 'Are there written customer goals for the next three to twelve months, each with a number and a date?',
    topic: 'whether there are written customer goals for the coming year, with numbers and dates',
    why: 'A goal with a number and a date can be planned for and missed; a goal without one is a wish that survives every bad quarter.',
    evidence: 'The plan or OKR document with the customer goals, their baselines, targets and dates.',
    scale: [
      'No customer goals exist for this year',
      'Leaders speak of "delighting customers" but nothing is written',
      'Written customer goals exist, but without numbers or dates',
      'Written goals with baseline, target number and date',
      'Written, numbered goals tracked monthly and adjusted on evidence',
    ],
    weight: 1,
  },
  {
    id: 'goals.long-term',
    dimension: 'goals',
    text: 'Is there a written long-term customer ambition, two to five years out, that shapes the strategy and budget?',
    topic: 'whether a written long-term customer ambition shapes strategy and budget',
    why: 'Short-term goals get traded away under pressure unless a longer ambition explains why they matter and what they add up to.',
    evidence: 'The strategy document stating the long-term customer ambition; a budget line or investment justified by it.',
    scale: [
      'Strategy documents do not mention customers beyond revenue',
      'A vision statement mentions customers but changes no decision',
      'A long-term customer ambition is written but not funded',
      'The ambition is written and named in budget and investment cases',
      'Yearly goals are derived from it and progress is reported yearly',
    ],
    weight: 1,
  },
  {
    id: 'goals.communicated',
    dimension: 'goals',
    text: 'Could people outside the leadership team state the current customer goals if you asked them today?',
    topic: 'whether people outside leadership could state the customer goals',
    why: 'A goal only changes behaviour if the people doing the work know it. Most teams overestimate how far their goals have travelled.',
    evidence: 'Where the goals are published (intranet, all-hands slides); a quick poll of staff who can name them.',
    scale: [
      'There are no customer goals to communicate',
      'Goals live in a leadership deck nobody else has seen',
      'Goals were announced once; few staff could repeat them now',
      'Goals are repeated in all-hands and team meetings each month',
      'Most staff can name the goals and their own part in reaching them',
    ],
    weight: 1,
  },
  {
    id: 'goals.cascaded',
    dimension: 'goals',
    text: "Has each team turned the company's customer goals into its own targets and plans?",
    topic: 'whether each team has turned the customer goals into its own targets',
    why: 'A company goal that no team has translated into its own work belongs to no one in particular, and its progress depends on luck.',
    evidence: 'Team plans or OKRs that reference the company customer goal; the last team review that discussed progress against it.',
    scale: [
      'Teams plan with no reference to customer goals',
      'A few teams mention the goals in their plans without targets',
      'Customer-facing teams have their own targets linked to the goals',
      'Every team, back-office included, has a linked customer target',
      'Team targets are reviewed together to see they add up to the goal',
    ],
    weight: 1,
  },

  // ── Measurement ────────────────────────────────────────────────────────────
  {
    id: 'measurement.core-metrics',
    dimension: 'measurement',
    text: 'Do you measure NPS, CSAT or CES the same way on a regular schedule?',
    topic: 'whether NPS, CSAT or CES is measured the same way on a schedule',
    why:
      'A metric collected once, or collected differently every time, cannot show a trend. Consistency of method matters more than ' +
      'which metric you pick.',
    evidence: 'The survey tool and schedule; the last 12 months of results with response counts.',
    scale: [
      'No customer metric is collected',
      'Surveys run now and then, each with different questions',
      'One metric is collected regularly, but the method keeps changing',
      'NPS, CSAT or CES collected on a fixed schedule with a stable method',
      'Stable metrics at key touchpoints, response counts reported with them',
    ],
    weight: 1,
  },
  {
    id: 'measurement.lifetime-value',
    dimension: 'measurement',
    text:
      'Do you track customer lifetime value, through retention, repeat purchase and expansion, rather than only revenue per ' +
      'transaction?',
    topic: 'whether customer lifetime value is tracked',
    why:
      'Customer-centric growth is judged by what a relationship is worth over years. Tracking only each sale hides the customers who ' +
      'buy once and never return.',
    evidence: 'A lifetime value or cohort retention report, with its definition and the date of its last refresh.',
    scale: [
      'Only revenue per order or per deal is reported',
      'Someone estimated lifetime value once; it is not refreshed',
      'Retention or repeat rate is reported, but not lifetime value',
      'Lifetime value by cohort is reported at least quarterly',
      'Lifetime value by segment steers spending on acquisition and service',
    ],
    weight: 1,
  },
  {
    id: 'measurement.review-rhythm',
    dimension: 'measurement',
    text: 'Are customer metrics reviewed on a fixed rhythm by people who can act on them?',
    topic: 'whether customer metrics are reviewed on a fixed rhythm by people who can act',
    why:
      'A dashboard nobody opens is decoration. A fixed review, with people who control budgets and roadmaps in the room, turns a ' +
      'number into a decision.',
    evidence: 'The recurring meeting invite and its attendee list; notes of the last three reviews with actions.',
    scale: [
      'Results are never reviewed as a group',
      'Results are shared by e-mail or dashboard; nobody discusses them',
      'Results are reviewed when someone asks or scores drop sharply',
      'A fixed monthly review with decision-makers present',
      'Monthly review sets actions with owners, checked the next month',
    ],
    weight: 1,
  },
  {
    id: 'measurement.business-link',
    dimension: 'measurement',
    text: 'Have you shown, with your own data, how customer metrics relate to business results such as renewal, repeat purchase or churn?',
    topic: 'whether your own data show how customer metrics relate to business results',
    why:
      "Research links a company's ability to learn from customers to better performance, but your board will believe your own numbers. " +
      'Showing that promoters buy more keeps customer work funded.',
    evidence:
      'An analysis joining survey results to revenue or retention (for example, repeat rate of promoters vs. detractors), with its date.',
    scale: [
      'Customer metrics and financial results are never compared',
      'People assume a link, but no one has checked it',
      'One analysis was done, once, and is now out of date',
      'The link is refreshed at least yearly and shown to leadership',
      'The link sets targets and investment cases, refreshed quarterly',
    ],
    weight: 1,
  },
  {
    id: 'measurement.segment-breakdown',
    dimension: 'measurement',
    text:
      'Are customer metrics broken down by segment, channel and journey stage, with sample sizes shown so small groups are not ' +
      'over-read?',
    topic: 'whether customer metrics are broken down by segment, with sample sizes',
    why:
      'An overall score hides the segment that is quietly leaving. Showing the sample size stops a team from celebrating, or panicking ' +
      'over, a change that is just noise.',
    evidence: 'A report with results per segment and the number of responses behind each; a note on which changes were significant.',
    scale: [
      'Only one overall number is reported',
      'Breakdowns are made on request, without sample sizes',
      'Breakdowns by segment are routine, but sample sizes are not shown',
      'Segment results shown with response counts; small groups flagged',
      'Changes are tested for significance before anyone acts on them',
    ],
    weight: 1,
  },

  // ── Customer understanding ─────────────────────────────────────────────────
  {
    id: 'customer-understanding.who-is-the-customer',
    dimension: 'customer-understanding',
    text:
      'Has the team written down who its customer is, separating buyer, user and payer where they differ, and do all teams use the ' +
      'same definition?',
    topic: 'whether the team shares one written definition of its customer',
    why:
      'Teams that disagree about who the customer is will optimise for different people: marketing for the buyer, product for the ' +
      'user, finance for the payer.',
    evidence:
      'A customer definition or persona document with its date and source interviews; the same terms used in marketing and product plans.',
    scale: [
      'Nobody has written down who the customer is',
      'Each team has its own idea of the customer; they conflict',
      'A persona document exists but is based on opinion, not research',
      'A shared definition, based on customer research, used by all teams',
      'The shared definition is re-checked with new research each year',
    ],
    weight: 1,
  },
  {
    id: 'customer-understanding.priority-customers',
    dimension: 'customer-understanding',
    text: 'Do you know which customers matter most, by value, potential or influence, and do you serve them differently on purpose?',
    topic: 'whether you know which customers matter most and serve them differently',
    why:
      'Trying to meet every expectation of every customer equally spreads effort thin. Knowing who matters most lets a team choose ' +
      'where to go beyond the basics.',
    evidence: 'A segmentation with value per segment; a service or product decision made differently for the priority segment.',
    scale: [
      'All customers are treated the same, by default',
      'People name "big" customers by gut feel; nothing is written',
      'Segments are defined by value, but treatment does not differ',
      'Priority segments get a deliberately different service or offer',
      'Priority is reviewed yearly against value, growth and influence',
    ],
    weight: 1,
  },
  {
    id: 'customer-understanding.journey-map',
    dimension: 'customer-understanding',
    text:
      'Have you mapped every stage of the buying process, from discovery through purchase, first use, support and renewal, with ' +
      'evidence from customers?',
    topic: 'whether every stage of the buying process is mapped with evidence',
    why:
      'Customers expect a good experience at every step and do not care which department runs it. The stages nobody has mapped are ' +
      'where customers drop out without anyone noticing.',
    evidence: 'A journey map with its date, the stages covered and the customer research or data behind each stage.',
    scale: [
      'No journey map exists',
      "A map was drawn in a workshop from the team's own assumptions",
      'A map based on customer research covers some of the stages',
      'Every stage is mapped with customer evidence and a named owner',
      'The map is updated yearly and each stage has a measured metric',
    ],
    weight: 1,
  },
  {
    id: 'customer-understanding.value-in-use',
    dimension: 'customer-understanding',
    text: 'Do you know how customers create value with your product: what job it does for them and what they do before and after using it?',
    topic: 'whether you know what job the product does for customers',
    why:
      'Product-centric teams know what they sell; customer-centric teams know what customers get done with it. That difference is ' +
      'where the next product and the next message come from.',
    evidence: 'Interview notes or observation studies describing how customers use the product, dated within the last year.',
    scale: [
      'The team describes the product only by its features',
      'Assumptions about use come from sales pitches, not from customers',
      'Some interviews on use exist, but they are older than two years',
      'Recent interviews or observation describe the job customers do',
      'Usage insight is refreshed each year and shapes the product roadmap',
    ],
    weight: 1,
  },

  // ── Listening and acting ───────────────────────────────────────────────────
  {
    id: 'listening.continuous',
    dimension: 'listening',
    text: 'Do you collect customer feedback all the time, or do decisions still rest on a study done once?',
    topic: 'whether feedback is collected all the time',
    why:
      'Research from the launch year describes customers as they were. Teams that keep listening notice shifts in needs before the ' +
      'churn numbers do.',
    evidence: 'The always-on channels (surveys, reviews, support tags) and the date of the most recent feedback you read.',
    scale: [
      'No feedback is collected; decisions rest on opinion',
      'Decisions rest on one study more than two years old',
      'Feedback is gathered in a campaign once or twice a year',
      'Feedback arrives every week from at least one always-on channel',
      'Several always-on channels are read weekly by the team',
    ],
    weight: 1,
  },
  {
    id: 'listening.unprompted-channels',
    dimension: 'listening',
    text:
      'Does someone read what customers say unprompted, in reviews, social media, support tickets and forums, not only in your own ' +
      'surveys?',
    topic: 'whether someone reads what customers say unprompted',
    why:
      'Surveys answer the questions you thought to ask. Unprompted comments show what customers care about in their own words, ' +
      'including what you never asked.',
    evidence: 'The list of channels monitored, who reads them and how often; a recent summary of themes from them.',
    scale: [
      'Nobody reads reviews, social comments or ticket text',
      'Reviews are read only when someone forwards a bad one',
      'One channel is monitored, but findings are not shared',
      'Several channels are read weekly and themes shared monthly',
      'Unprompted themes are tracked over time next to survey results',
    ],
    weight: 1,
  },
  {
    id: 'listening.acts-on-feedback',
    dimension: 'listening',
    text: 'Does customer feedback lead to changes, tracked from the comment to the fix?',
    topic: 'whether feedback leads to changes tracked from comment to fix',
    why:
      'Listening without acting costs money and goodwill. A tracked list of changes made because of feedback is the plainest proof ' +
      'that the listening is real.',
    evidence: 'A backlog or log of changes tagged with the feedback that caused them; the count shipped in the last quarter.',
    scale: [
      'Feedback is collected and filed; nothing changes',
      'Changes happen when a senior person is annoyed by a complaint',
      'Feedback themes go to a backlog, but rarely get priority',
      'Top feedback themes get fixes each quarter, tracked in a log',
      'Fixes are checked afterwards to see if the theme went down',
    ],
    weight: 1,
  },
  {
    id: 'listening.close-the-loop',
    dimension: 'listening',
    text: 'When a customer complains or gives a low score, does someone contact them, and later tell them what changed?',
    topic: 'whether unhappy customers are contacted and told what changed',
    why:
      'Closing the loop is the part of listening customers can see. A call back to an unhappy customer often saves the account and ' +
      'tells you more than the survey did.',
    evidence:
      'The follow-up rule (who, within how many days); the share of detractors contacted last month; examples of "you said, we did" ' +
      'messages.',
    scale: [
      'Low scores and complaints get no personal follow-up',
      'Follow-up happens when an individual decides to, with no record',
      'Detractors get an automatic message but no human contact',
      'A named person calls most detractors within a set number of days',
      'Detractors are called and later told what changed because of them',
    ],
    // This is the step customers actually see, and it is the easiest to claim without doing.
    weight: 1.25,
  },

  // ── Co-creation ────────────────────────────────────────────────────────────
  {
    id: 'co-creation.lead-users',
    dimension: 'co-creation',
    text:
      'Do you involve lead users, the customers who push your product hardest or adapt it themselves, in developing new products ' +
      'before launch?',
    topic: 'whether lead users help develop new products',
    why:
      "Lead users meet tomorrow's needs today and often have already built their own workaround. Bringing them into development gives " +
      'a head start that market research cannot.',
    evidence: 'A list of lead users and the products or features they helped shape; notes from the last co-design session.',
    scale: [
      'Products are designed internally and shown to customers at launch',
      'Customers see products only in late tests to find bugs',
      'Some power users are asked for opinions on finished designs',
      'A group of lead users shapes new products from the idea stage',
      'Lead users co-design regularly and ideas of theirs have shipped',
    ],
    weight: 1,
  },
  {
    id: 'co-creation.customer-media',
    dimension: 'co-creation',
    text: 'Do customers create content about you, such as reviews, videos, recipes or guides, that you actively invite, support and share?',
    topic: 'whether you invite and share what customers create about you',
    why:
      'Content made by customers is trusted more than advertising and reaches people your media budget cannot. Companies that invite ' +
      'it turn buyers into a creative team.',
    evidence: 'The programme or campaign inviting customer content; the number of customer-made pieces you shared last quarter.',
    scale: [
      'Customer content is ignored, or discouraged by legal',
      'Staff occasionally share a customer post they happen to see',
      'Customers are asked for reviews, but not for their own content',
      'A standing invitation or challenge asks customers to create',
      'Customer-made media runs in your main channels, with credit',
    ],
    weight: 1,
  },
  {
    id: 'co-creation.word-of-mouth-hubs',
    dimension: 'co-creation',
    text:
      'Do you know which customers sit at the centre of word of mouth, the ones who refer and influence others, and do you work with ' +
      'them?',
    topic: 'whether you know and work with the customers who drive word of mouth',
    why:
      'Word of mouth does not spread evenly; a small number of customers bring in a large share of others. Companies with strong word ' +
      'of mouth tend to show better financial results.',
    evidence: 'A referral or network analysis naming top referrers; what you did with them in the last quarter.',
    scale: [
      'No one knows where new customers hear about you',
      '"Word of mouth" is a survey answer; referrers are not identified',
      'Referral codes show top referrers, but nobody contacts them',
      'Top referrers are known by name and invited to a programme',
      'Referrers shape launches, and referral revenue is tracked',
    ],
    weight: 1,
  },
  {
    id: 'co-creation.shark-tank',
    dimension: 'co-creation',
    text:
      'Have customers pitched their own ideas directly to senior executives, in a "Shark Tank"-style session with decisions made in ' +
      'the room?',
    topic: 'whether customers have pitched ideas to executives who decided in the room',
    why:
      'Putting customers and executives in a room as equals gets past the filter of research reports. In one published case, a ' +
      "shopper's pitch to Mars executives became an omni-channel campaign credited with a rise in sales.",
    evidence: 'The date and attendees of the last session; the ideas pitched and which ones were funded.',
    scale: [
      'Executives never hear customers directly',
      'Executives see customer quotes chosen by a research team',
      'Executives attend customer panels, but only listen',
      'Customers pitch ideas to executives at least once a year',
      'Pitch sessions run yearly or more and customer ideas get funded',
    ],
    weight: 1,
  },

  // ── Culture ────────────────────────────────────────────────────────────────
  {
    id: 'culture.meet-customers',
    dimension: 'culture',
    text: 'Do people at every level, including executives, engineers and finance, talk to customers directly at least once a quarter?',
    topic: 'whether people at every level talk to customers every quarter',
    why:
      'People who have met customers argue from what they heard; those who have not argue from what is convenient. Contact cannot be ' +
      'left to sales and support.',
    evidence: 'A log of customer conversations by role; the last date each executive spoke with a customer.',
    scale: [
      'Only sales and support ever speak with customers',
      'Executives meet customers only at big-account escalations',
      'Some non-customer-facing staff join calls when invited',
      'Every team member talks to a customer at least quarterly',
      'Staff at every level talk to customers monthly and share notes',
    ],
    weight: 1,
  },
  {
    id: 'culture.use-own-product',
    dimension: 'culture',
    text:
      'Do staff buy and use your own product or service the way a customer does, ' +
      'through the normal channels and paying the normal way?',
    topic: 'whether staff use the product the way customers do',
    why:
      'Free internal accounts skip the checkout, the delivery and the billing, which is exactly where customers get stuck. Buying it ' +
      'yourself shows what the brochure does not.',
    evidence: 'Records of staff purchases through the public channel; issues they filed from the experience.',
    scale: [
      'Staff never use the product as customers do',
      'Staff use internal or free versions that skip buying and billing',
      'A few enthusiasts buy it themselves; findings are not collected',
      'Staff buy through public channels regularly and report issues',
      'Every new starter and executive buys it; issues get fixed',
    ],
    weight: 1,
  },
  {
    id: 'culture.customer-evidence',
    dimension: 'culture',
    text: 'Do decisions, in proposals, roadmaps and meeting notes, cite customer evidence such as data, quotes or research?',
    topic: 'whether decisions cite customer evidence',
    why:
      'If customer evidence is not expected in a proposal, the loudest opinion wins. Asking "what did customers say?" in every ' +
      'decision is how a culture becomes customer-led.',
    evidence: 'Recent proposals or roadmap items showing the customer evidence behind them; a template with a customer-evidence section.',
    scale: [
      'Decisions cite opinion, competitors or internal convenience',
      'Customer evidence is quoted only when it supports a decided plan',
      'Larger proposals usually include some customer data',
      'The proposal template requires customer evidence; it is checked',
      'Proposals lacking customer evidence are sent back, at every level',
    ],
    weight: 1,
  },
  {
    id: 'culture.adapts-to-customers',
    dimension: 'culture',
    text: "When customers change, do the company's habits change too: processes retired, priorities moved, ways of working adjusted?",
    topic: "whether the company's habits change when customers change",
    why:
      "Customers evolve and a culture built around last decade's customer slowly turns inward. Regular, deliberate adjustment keeps " +
      'the customer as the fixed point instead of the process.',
    evidence: 'A recent example of a process, policy or product retired or changed because customer behaviour shifted, with the date.',
    scale: [
      'Processes stay the same whatever customers do',
      'Change happens only after losing customers or a public complaint',
      'Shifts are noticed, but acting on them takes more than a year',
      'Processes and priorities are reviewed yearly against customer change',
      'Quarterly reviews retire or change practices when customers move',
    ],
    weight: 1,
  },
];
