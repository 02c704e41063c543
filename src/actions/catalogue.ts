import type { Action } from './types.js';

/**
 * The built-in action catalogue. The first six are the low-tech actions any team can start
 * this week; the rest follow the dimensions of the questionnaire. Triggers name real question
 * ids (`src/questionnaire/questions.ts`) and dimension ids; any one trigger proposes the action.
 * Thresholds: answers run 1–5; dimension and overall scores run 0–100 (an average answer of 3 is 50).
 */
export const ACTIONS: readonly Action[] = [
  // ── Low-tech actions for this week ─────────────────────────────────────────
  {
    id: 'talk-to-five-customers',
    title: 'Talk to five customers',
    why:
      'Five conversations will not give you statistics, but they will replace guesses with real voices, and they nearly always surface ' +
      'a problem nobody inside has noticed.',
    steps: [
      'Pick five customers: two recent buyers, two long-standing ones and one who complained or left.',
      'Send each a short personal note asking for 20 minutes by phone or video; offer a small thank-you.',
      'Ask open questions: why they bought, what nearly stopped them, what annoys them now, what they would change.',
      'Write one page per call with direct quotes and share all five with the team on Friday.',
      'Turn the most repeated problem into a ticket with an owner before the week is out.',
    ],
    effort: 'hours',
    timeFrame: 'this week',
    owner: 'Team lead (with one person from product or engineering on each call)',
    signal: 'Five call notes with quotes shared within 7 days, and at least one ticket opened from them.',
    triggers: [
      { kind: 'answer-at-most', question: 'culture.meet-customers', atMost: 2 },
      { kind: 'dont-know', question: 'culture.meet-customers' },
      { kind: 'answer-at-most', question: 'customer-understanding.value-in-use', atMost: 2 },
      { kind: 'dimension-below', dimension: 'customer-understanding', below: 50 },
      { kind: 'overall-below', below: 60 },
      { kind: 'unhappy-customers' },
    ],
    names: 'unhappiest-customers',
    source: 'seed 002: low-tech actions',
  },
  {
    id: 'ask-for-feedback-on-social',
    title: 'Post once on social media asking customers for feedback',
    why:
      'One open question in a public channel costs nothing, shows customers you want to hear from them, and tells you in their own ' +
      'words what is on their minds.',
    steps: [
      'Choose the channel where most of your customers already follow you.',
      'Write one specific question, e.g. "What is the one thing we should fix about ordering from us?"',
      'Agree who replies to every comment within one working day, including the critical ones.',
      'After a week, group the answers into themes and share the top three with the team.',
    ],
    effort: 'minutes',
    timeFrame: 'this week',
    owner: 'Marketing or community manager',
    signal: 'At least 20 replies within a week, every one answered, and the top three themes shared internally.',
    triggers: [
      { kind: 'answer-at-most', question: 'listening.unprompted-channels', atMost: 2 },
      { kind: 'answer-at-most', question: 'listening.continuous', atMost: 2 },
      { kind: 'dont-know', question: 'listening.unprompted-channels' },
      { kind: 'few-comments', below: 50 },
    ],
    source: 'seed 002: low-tech actions',
  },
  {
    id: 'buy-your-own-product',
    title: 'Buy your own product through the public channel',
    why:
      'Internal accounts and free samples skip the checkout, the wait, the packaging and the bill. Paying like a customer shows you ' +
      'the parts of the experience the company never looks at.',
    steps: [
      'Order the product as a new customer would, with a personal e-mail address and your own card.',
      'Keep a timed diary from search to first use: every delay, surprise and moment of doubt.',
      'Contact support once with a real question and note how long the answer takes.',
      'List the five worst moments and file each as a ticket with an owner.',
    ],
    effort: 'hours',
    timeFrame: 'this week',
    owner: 'Every member of the leadership team, each separately',
    signal: 'Each leader has filed at least three issues from their own purchase within two weeks.',
    triggers: [
      { kind: 'answer-at-most', question: 'culture.use-own-product', atMost: 2 },
      { kind: 'dont-know', question: 'culture.use-own-product' },
    ],
    source: 'seed 002: low-tech actions',
  },
  {
    id: 'have-a-friend-buy-it',
    title: 'Ask a friend to buy your product and tell you honestly how it went',
    why:
      'You know too much about your own company to see it fresh. Someone with no inside knowledge stumbles exactly where a new ' +
      'customer does.',
    steps: [
      'Ask a friend or relative who matches your customer profile and has never bought from you.',
      'Reimburse them, but give no hints about where to buy or what to choose.',
      'Ask them to note where they hesitated, what confused them and what they expected but did not get.',
      'Listen to their account without defending anything, then share the notes with the team.',
    ],
    effort: 'hours',
    timeFrame: 'this week',
    owner: 'Product or CX lead',
    signal: 'A written account from one outside buyer, with at least three issues logged and owned.',
    triggers: [
      { kind: 'answer-at-most', question: 'culture.use-own-product', atMost: 3 },
      { kind: 'answer-at-most', question: 'customer-understanding.journey-map', atMost: 2 },
    ],
    source: 'seed 002: low-tech actions',
  },
  {
    id: 'walk-the-site-as-a-customer',
    title: 'Hold a 60-minute session walking your site or shop as a customer',
    why:
      'Teams see their site through the org chart: one page per department. Walking it end to end as one customer shows the broken ' +
      'hand-offs between them.',
    steps: [
      'Book 60 minutes with the team and put the live site or shop on a shared screen.',
      'Pick one realistic customer and one goal, e.g. "a first-time buyer wants a gift by Friday".',
      'Have someone outside the team drive while everyone else notes every pause, question and dead end.',
      'In the last 15 minutes, rank the problems and give the top three an owner and a date.',
    ],
    effort: 'hours',
    timeFrame: 'this week',
    owner: 'Product manager or e-commerce lead',
    signal: 'Three fixes with owners and dates agreed in the session, and the first one shipped within a month.',
    triggers: [
      { kind: 'answer-at-most', question: 'customer-understanding.journey-map', atMost: 2 },
      { kind: 'dimension-below', dimension: 'culture', below: 50 },
      { kind: 'overall-below', below: 50 },
    ],
    source: 'seed 002: low-tech actions',
  },
  {
    id: 'read-ten-influencers',
    title: 'Read the last 10 posts, and the replies, of 10 influencers your customers follow',
    why:
      'The people your customers listen to show what they care about, the words they use and the brands they praise or mock, before ' +
      'any survey does.',
    steps: [
      'Ask five customers, or check your followers, to list ten people or publications they follow in your field.',
      "Read each one's last ten posts and, more importantly, the replies under them.",
      'Note recurring needs, complaints, words and competitors mentioned.',
      'Share a one-page summary and flag one idea worth testing.',
    ],
    effort: 'hours',
    timeFrame: 'this week',
    owner: 'Marketing lead',
    signal: 'A one-page summary covering 100 posts shared with the team, and one idea added to the backlog.',
    triggers: [
      { kind: 'answer-at-most', question: 'customer-understanding.value-in-use', atMost: 2 },
      { kind: 'answer-at-most', question: 'listening.unprompted-channels', atMost: 2 },
      { kind: 'dimension-below', dimension: 'customer-understanding', below: 50 },
    ],
    source: 'seed 002: low-tech actions',
  },

  // ── Responsibilities ───────────────────────────────────────────────────────
  {
    id: 'name-a-customer-owner',
    title: 'Name one person accountable for customer outcomes',
    why:
      'Until one person answers for retention, satisfaction and complaints, customer problems that cross departments will keep falling ' +
      'between them.',
    steps: [
      "Write down the three to five customer outcomes the owner will answer for, with today's numbers.",
      'Choose a person senior enough to ask other departments for action, and announce the name.',
      'Give them a monthly slot at the leadership meeting and a small budget for fixes.',
      'Record the decision in the org chart or RACI so it survives the next reorganisation.',
    ],
    effort: 'hours',
    timeFrame: 'this month',
    owner: 'CEO or managing director',
    signal: 'A named owner in the org chart within 30 days, presenting customer outcomes at the next leadership meeting.',
    triggers: [
      { kind: 'answer-at-most', question: 'responsibilities.named-owner', atMost: 2 },
      { kind: 'dont-know', question: 'responsibilities.named-owner' },
    ],
    source: 'seed 001: set clear responsibilities',
  },
  {
    id: 'share-customer-outcome-targets',
    title: 'Give every customer-facing function the same customer target and one owner per cross-team case',
    why:
      'When sales, product, operations and support each chase their own numbers, customers are passed along rather than helped. A ' +
      "shared target makes the hand-offs everybody's problem.",
    steps: [
      'Pick one customer outcome all functions affect, such as repeat-purchase rate or complaints per 1,000 orders.',
      'Add it to the objectives of each function head, with the same baseline and target.',
      'Write a one-page rule: the first person a customer reaches owns a cross-team case until it is solved.',
      'Review the shared target and the oldest open cross-team cases together every month.',
    ],
    effort: 'days',
    timeFrame: 'this quarter',
    owner: 'Customer outcome owner with the function heads',
    signal: 'All function heads carry the same customer target, and the oldest open cross-team case is under 14 days old.',
    triggers: [
      { kind: 'answer-at-most', question: 'responsibilities.shared-accountability', atMost: 2 },
      { kind: 'answer-at-most', question: 'responsibilities.issue-routing', atMost: 2 },
      { kind: 'dont-know', question: 'responsibilities.issue-routing' },
    ],
    source: 'seed 001: set clear responsibilities; CX practice',
  },
  {
    id: 'monthly-customer-review',
    title: 'Put a monthly customer review on the leadership meeting agenda',
    why:
      'The leadership agenda tells the whole company what matters. A standing customer item with data and decisions turns customer ' +
      'talk into customer action.',
    steps: [
      'Reserve the first 20 minutes of one leadership meeting each month for customers.',
      'Show the same four things every time: the core metric with sample size, top complaint themes, churn, and one customer story.',
      'End the item with decisions, each with an owner and a date.',
      'Open the next review by checking those decisions before looking at new data.',
    ],
    effort: 'hours',
    timeFrame: 'this month',
    owner: 'Customer outcome owner, with the CEO as sponsor',
    signal: 'Three consecutive monthly minutes with a customer item and at least one owned decision each.',
    triggers: [
      { kind: 'answer-at-most', question: 'responsibilities.leadership-agenda', atMost: 2 },
      { kind: 'answer-at-most', question: 'measurement.review-rhythm', atMost: 2 },
      { kind: 'dont-know', question: 'responsibilities.leadership-agenda' },
    ],
    source: 'CX practice',
  },
  {
    id: 'give-front-line-authority',
    title: 'Write down what front-line staff may do to fix a problem without asking',
    why:
      'Customers judge the company by how fast the first person they reach can help. Clear limits let staff solve most problems on the ' +
      'spot instead of waiting for sign-off.',
    steps: [
      "Pull last quarter's escalations and list the fixes managers approved almost every time.",
      'Set written limits per role, e.g. refund or replace up to a fixed amount, waive a delivery fee.',
      'Brief the team and log every use so you can see the cost and the outcome.',
      'Review the log after a month and raise limits where they were used well.',
    ],
    effort: 'hours',
    timeFrame: 'this month',
    owner: 'Head of customer support',
    signal: 'First-contact resolution up and manager escalations down by a quarter within two months.',
    triggers: [
      { kind: 'answer-at-most', question: 'responsibilities.decision-rights', atMost: 2 },
      { kind: 'dont-know', question: 'responsibilities.decision-rights' },
    ],
    source: 'CX practice',
  },

  // ── Incentives ─────────────────────────────────────────────────────────────
  {
    id: 'put-customer-outcomes-in-incentives',
    title: 'Add customer outcomes, measured several ways, to incentive plans',
    why:
      'While pay counts only sales volume, customer work loses every trade-off. Rewarding customers kept and satisfied, not just won, ' +
      'changes what people choose under pressure.',
    steps: [
      'Choose two or three customer measures that the rewarded team cannot easily sway alone, e.g. retention, repeat purchase and ' +
        'complaint rate next to a survey score.',
      'Start with leadership bonuses and give customer outcomes a meaningful share of variable pay.',
      'Keep recognition cheap and frequent: a monthly slot naming people for customer wins.',
      'Announce the change with a worked example showing how a customer win pays.',
    ],
    effort: 'days',
    timeFrame: 'this quarter',
    owner: 'CEO with the head of people (HR)',
    signal: "Next year's bonus plan documents show customer outcomes on at least two measures for every leader.",
    triggers: [
      { kind: 'answer-at-most', question: 'incentives.customer-outcomes-in-plans', atMost: 2 },
      { kind: 'dont-know', question: 'incentives.customer-outcomes-in-plans' },
      { kind: 'answer-at-most', question: 'incentives.recognition', atMost: 2 },
      { kind: 'answer-at-most', question: 'incentives.retention-over-volume', atMost: 2 },
    ],
    source: 'seed 001: incentive plans; CX practice',
  },
  {
    id: 'guard-incentives-against-gaming',
    title: 'Stop any single customer score from deciding pay or rankings',
    why:
      'Tie money or a leaderboard to one score and people will start managing the score: asking for a 10, choosing who is surveyed, ' +
      'closing tickets early. The customer pays for it.',
    steps: [
      'List every place a customer score affects pay, bonus or a public ranking.',
      'For each, add at least one behavioural measure (retention, repeat purchase, reopen rate) next to the survey score.',
      'Move survey sending and sampling out of the hands of the people being rewarded.',
      'Before each payout, check for tell-tale patterns: sudden jumps, many top scores from few customers, low response rates.',
      'Say plainly that asking customers for a particular score is not allowed.',
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'Head of people (HR) with the customer outcome owner',
    signal: 'No pay or ranking depends on one score, and the pre-payout check runs every cycle with its result recorded.',
    triggers: [
      { kind: 'answer-at-most', question: 'incentives.gaming-guard', atMost: 2 },
      { kind: 'dont-know', question: 'incentives.gaming-guard' },
    ],
    source: 'Product brief (a bonus on one score invites gaming); CX practice',
  },

  // ── Goals ──────────────────────────────────────────────────────────────────
  {
    id: 'set-and-share-customer-goals',
    title: 'Set written short- and long-term customer goals and tell everyone',
    why:
      'Without written goals there is nothing to plan for and nothing to trade off against sales targets, and customer-centricity ' +
      'stays a statement on the wall.',
    steps: [
      'Write two or three goals for the next 12 months, each with a baseline, a number and a date.',
      'Write one long-term ambition for the next three years that explains why those goals matter.',
      'Ask each team to add one target of its own that supports the goals.',
      'Present them at the next all-hands and repeat them in every monthly update.',
      'After a month, ask ten people at random to name the goals.',
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'CEO with the customer outcome owner',
    signal: 'At least 7 of 10 staff asked at random can name the customer goals a month after launch.',
    triggers: [
      { kind: 'answer-at-most', question: 'goals.short-term', atMost: 2 },
      { kind: 'answer-at-most', question: 'goals.long-term', atMost: 2 },
      { kind: 'answer-at-most', question: 'goals.communicated', atMost: 2 },
      { kind: 'answer-at-most', question: 'goals.cascaded', atMost: 2 },
      { kind: 'dont-know', question: 'goals.communicated' },
      { kind: 'dimension-below', dimension: 'goals', below: 50 },
    ],
    source: 'seed 001: set and communicate short- and long-term goals',
  },

  // ── Measurement ────────────────────────────────────────────────────────────
  {
    id: 'start-collecting-feedback',
    title: 'Start collecting customer feedback with one short survey',
    why: 'With no feedback at all, every other improvement is guesswork. One question sent at one moment is enough to start a trend line.',
    steps: [
      'Pick one moment that matters, e.g. a week after delivery or after a support case closes.',
      'Send one rating question (NPS, CSAT or CES) plus one open "why?" question.',
      'Route every answer to a shared channel the team reads daily.',
      'After two weeks, read all comments together and note the top three themes.',
    ],
    effort: 'hours',
    timeFrame: 'this week',
    owner: 'CX or product lead',
    signal: 'The survey is live within 7 days and has at least 50 responses within a month.',
    triggers: [
      { kind: 'answer-at-most', question: 'measurement.core-metrics', atMost: 1 },
      { kind: 'answer-at-most', question: 'listening.continuous', atMost: 1 },
      // No export given to the audit says to start only when the team does not claim a survey on a schedule.
      { kind: 'all', of: [{ kind: 'no-feedback' }, { kind: 'answer-at-most', question: 'measurement.core-metrics', atMost: 3 }] },
    ],
    source: 'CX practice',
  },
  {
    id: 'bring-feedback-to-the-audit',
    title: "Put your customers' feedback next to these answers",
    why:
      'The team says it surveys customers on a schedule, but this audit was given none of their answers: until it is, every score ' +
      "here is the team's opinion of itself, checked against nothing.",
    steps: [
      'Export the last twelve months of your NPS, CSAT or review answers from the survey tool as CSV, with dates and comments.',
      'Run the audit again with it: centricity audit --answers <your answers file> --feedback <the export>.',
      'Read "How this file was read" in the report, and fix a column or scale it guessed wrong with the flag it names.',
      "Commit the export's name in your CI job, so that every later audit reads the newest one.",
    ],
    effort: 'hours',
    timeFrame: 'this week',
    owner: 'CX or product lead',
    signal: "The next audit report has a customers' view beside the team's, on at least 100 answers.",
    triggers: [
      { kind: 'all', of: [{ kind: 'no-feedback' }, { kind: 'answer-at-least', question: 'measurement.core-metrics', atLeast: 4 }] },
    ],
    source: 'CX practice',
  },
  {
    id: 'measure-on-a-rhythm',
    title: 'Measure NPS, CSAT or CES the same way on a fixed schedule',
    why:
      'A number measured once, or differently each time, cannot show progress. A stable method and a fixed rhythm are what make next ' +
      'month comparable with this one.',
    steps: [
      'Fix the metric, the exact wording, the touchpoint and who gets surveyed, and write them down.',
      'Schedule sending so it runs without anyone remembering to do it.',
      'Report every result with its response count and margin of error, broken down by segment.',
      'Review it at the same meeting every month, and flag groups too small to read.',
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'CX lead or customer insights analyst',
    signal: 'Three consecutive monthly results with the same method, each reported with sample size and segment breakdown.',
    triggers: [
      { kind: 'answer-at-most', question: 'measurement.core-metrics', atMost: 2 },
      { kind: 'answer-at-most', question: 'measurement.review-rhythm', atMost: 2 },
      { kind: 'answer-at-most', question: 'measurement.segment-breakdown', atMost: 2 },
      { kind: 'dont-know', question: 'measurement.core-metrics' },
    ],
    source: 'seed 001: measure the progress',
  },
  {
    id: 'track-lifetime-value',
    title: 'Track customer lifetime value, not just revenue per sale',
    why:
      'Growth that lasts comes from customers who stay and buy again. Revenue per order cannot show whether you are winning customers ' +
      'or just renting them.',
    steps: [
      'Agree a simple definition: gross margin per customer over 24 months, or average order value × orders per year × expected years.',
      'Calculate it by monthly cohort and by segment from your order or billing data.',
      'Show it next to acquisition cost for each channel.',
      'Add it to the monthly customer review and refresh it every quarter.',
    ],
    effort: 'days',
    timeFrame: 'this quarter',
    owner: 'Finance lead with a data analyst',
    signal: 'A lifetime value report by cohort and segment, refreshed quarterly and quoted in at least one investment decision.',
    triggers: [
      { kind: 'answer-at-most', question: 'measurement.lifetime-value', atMost: 2 },
      { kind: 'dont-know', question: 'measurement.lifetime-value' },
      { kind: 'answer-at-most', question: 'incentives.retention-over-volume', atMost: 1 },
    ],
    source: 'seed 001: life-time value over transactional value',
  },
  {
    id: 'link-customer-metrics-to-results',
    title: 'Show with your own data how customer scores relate to revenue and churn',
    why:
      'Research connects learning from customers with better business performance, but leaders fund what their own numbers show. ' +
      'Proving that happy customers buy more keeps customer work on the budget.',
    steps: [
      "Join last year's survey responses to each respondent's later orders, renewals or cancellations.",
      'Compare repeat rate, revenue and churn for happy, lukewarm and unhappy customers (promoters, passives and detractors on NPS).',
      'Put a money figure on it, e.g. the revenue of unhappy customers, and present it to leadership.',
      'Repeat the analysis every quarter and use it in targets and investment cases.',
    ],
    effort: 'days',
    timeFrame: 'this quarter',
    owner: 'Data analyst with the finance lead',
    signal: 'A dated analysis showing repeat or churn rates by survey group, presented to leadership and refreshed each quarter.',
    triggers: [
      { kind: 'answer-at-most', question: 'measurement.business-link', atMost: 2 },
      { kind: 'dont-know', question: 'measurement.business-link' },
    ],
    source: 'seed 000: CQ link between customer understanding and performance',
  },

  // ── Customer understanding ─────────────────────────────────────────────────
  {
    id: 'define-priority-customers',
    title: 'Write down who your customer is and which customers matter most',
    why:
      'Teams that disagree on who the customer is pull in different directions, and trying to serve every customer equally leaves no ' +
      'one served well.',
    steps: [
      'Separate buyer, user and payer where they differ, and describe each in one paragraph.',
      'Rank segments by value, growth potential and influence on other buyers, using order data.',
      'Choose one priority segment and one thing you will do differently for it.',
      'Check the draft against five customer conversations before publishing it to all teams.',
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'Marketing lead with the customer outcome owner',
    signal: 'One shared customer definition used in marketing and product plans, and one deliberate change for the priority segment.',
    triggers: [
      { kind: 'answer-at-most', question: 'customer-understanding.who-is-the-customer', atMost: 2 },
      { kind: 'answer-at-most', question: 'customer-understanding.priority-customers', atMost: 2 },
      { kind: 'dont-know', question: 'customer-understanding.priority-customers' },
    ],
    source: 'seed 001: who is the customer, every customer or some',
  },
  {
    id: 'map-the-buying-journey',
    title: 'Map every stage of the buying journey with customer evidence',
    why:
      'Customers expect a good experience at every step and do not care which department runs it. Stages nobody has mapped are where ' +
      'customers quietly drop out.',
    steps: [
      'List the stages: discover, compare, buy, receive or onboard, use, get help, renew or reorder, recommend.',
      'For each stage, collect evidence: analytics drop-off, support tags, quotes from feedback and interviews.',
      'Mark stages with no customer feedback at all as blind spots.',
      'Name an owner and one metric per stage, and fix the worst stage first.',
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'CX lead with product and marketing',
    signal: 'A dated map with evidence and an owner for every stage, and no stage left without feedback.',
    triggers: [
      { kind: 'answer-at-most', question: 'customer-understanding.journey-map', atMost: 2 },
      { kind: 'dont-know', question: 'customer-understanding.journey-map' },
    ],
    source: 'seed 001: every stage of the buying process',
  },

  // ── Listening and acting ───────────────────────────────────────────────────
  {
    id: 'close-the-loop-with-detractors',
    title: 'Call back unhappy customers, then tell them what changed',
    why:
      'A personal call to an unhappy customer often saves the relationship and explains the score better than any dashboard. Telling ' +
      'them later what changed shows the feedback mattered.',
    steps: [
      'Name the person who owns follow-up and set a rule: every unhappy customer contacted within 3 working days.',
      'Start this week with the most recent unhappy customers, highest-value customers first.',
      'Log the reason and the agreed next step for each call in the CRM or help desk.',
      'When a fix ships, send a short "you told us, we changed it" note to those who raised it.',
    ],
    effort: 'hours',
    timeFrame: 'this week',
    owner: 'Customer support lead',
    signal: 'At least 80% of unhappy customers contacted within 3 working days, tracked monthly.',
    triggers: [
      { kind: 'answer-at-most', question: 'listening.close-the-loop', atMost: 2 },
      { kind: 'dont-know', question: 'listening.close-the-loop' },
      { kind: 'answer-at-most', question: 'listening.acts-on-feedback', atMost: 2 },
      // Unhappy customers who said why, and nobody who calls them back: the loop is open with names on it.
      { kind: 'all', of: [{ kind: 'unhappy-customers' }, { kind: 'answer-at-most', question: 'listening.close-the-loop', atMost: 2 }] },
      { kind: 'all', of: [{ kind: 'unhappy-customers' }, { kind: 'dont-know', question: 'listening.close-the-loop' }] },
      { kind: 'nps-below', below: 0 },
    ],
    names: 'unhappiest-customers',
    source: 'seed 003: act on feedback; CX practice',
  },
  {
    id: 'fix-the-top-detractor-theme',
    title: 'Fix the theme that drags your score down most',
    why:
      'Customers who mention this theme score far below those who do not, and enough of them say so for the gap to be real. Fixing the ' +
      'cause moves the score more than any campaign.',
    steps: [
      'Read every comment on the theme from the last three months, not just the quotes below.',
      'Name one owner and write down the two or three root causes the comments point to.',
      'Pick the cause that is cheapest to remove and ship the fix within the month.',
      "Tell the customers who raised it what changed, and watch the theme's pull in the next export.",
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'The head of the function that owns the theme (e.g. operations for delivery)',
    signal: "The theme's pull on the score halves, and its share of comments falls, within two months.",
    triggers: [{ kind: 'theme-drags', by: 10 }],
    names: 'worst-theme',
    source: 'CX practice: act on feedback (seed 003)',
  },
  {
    id: 'find-out-why-the-score-fell',
    title: 'Find out why the score fell',
    why:
      'A significant drop from one month to the next has a cause, usually an operational change. Found within days it is a fix; found ' +
      'next quarter it is churn.',
    steps: [
      'List what changed in the weeks before the drop: suppliers, prices, releases, staffing, policies.',
      'Read the comments of the month that fell side by side with the month before.',
      'Call three customers who scored low that month and ask what happened.',
      'Write the cause and the fix on one page and share it with the leadership team by Friday.',
    ],
    effort: 'hours',
    timeFrame: 'this week',
    owner: 'CX lead with the head of operations',
    signal: "A named cause and an owner for its fix within 7 days; the next month's score recovers.",
    triggers: [{ kind: 'score-falling' }],
    names: 'falling-month',
    source: 'seed 003: keep listening and act with agility',
  },
  {
    id: 'understand-the-unhappiest-segment',
    title: 'Spend a day with the segment that scores lowest',
    why:
      'An average hides the group that is leaving. When one segment scores well below the rest, its customers are telling you the ' +
      'offer does not fit them.',
    steps: [
      "Pull the segment's comments and its three most frequent themes.",
      'Interview five of its customers about what they expected and what they got.',
      'Decide whether to change the offer for them, change how they are sold to, or stop selling to them.',
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'Product or segment lead',
    signal: "The segment's gap to the rest narrows in the next two exports.",
    triggers: [{ kind: 'segment-below', by: 10 }],
    names: 'worst-segment',
    source: 'seed 001: which customers matter most',
  },
  {
    id: 'keep-listening',
    title: 'Replace the one-off study with listening that never stops',
    why:
      'Customer needs move on; research from the launch year describes customers you may no longer have. Steady listening, and acting ' +
      'on it, keeps the company adjusting as customers change.',
    steps: [
      'Write down the date and sample of the research your big decisions still rely on.',
      'Set up at least two always-on channels, e.g. a post-purchase survey and tagged support tickets.',
      "Give one person an hour a week to read them and post the week's themes.",
      'Each quarter, ask which belief about customers the new evidence contradicts, and what you will change or stop.',
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'Customer insights lead',
    signal: 'Weekly theme summaries posted for a full quarter, and one practice changed or retired because of them.',
    triggers: [
      { kind: 'answer-at-most', question: 'listening.continuous', atMost: 2 },
      { kind: 'dont-know', question: 'listening.continuous' },
      { kind: 'answer-at-most', question: 'culture.adapts-to-customers', atMost: 2 },
    ],
    source: 'seed 003: listen persistently, not once',
  },

  // ── Co-creation ────────────────────────────────────────────────────────────
  {
    id: 'bring-in-lead-users',
    title: 'Bring lead users into product development',
    why:
      "The customers who push your product furthest often meet tomorrow's needs first and have already improvised solutions. Working " +
      'with them early gives you ideas research would miss.',
    steps: [
      'Find five to ten lead users: heaviest users, people who modify or hack the product, those with unusual requests.',
      'Invite them to a paid co-design session on a problem you are about to tackle.',
      'Show them rough ideas, not finished designs, and let them change them.',
      'Tell them what you built from their input and invite them back next quarter.',
    ],
    effort: 'days',
    timeFrame: 'this quarter',
    owner: 'Head of product',
    signal: 'One co-design session held this quarter and at least one lead-user idea on the roadmap.',
    triggers: [
      { kind: 'answer-at-most', question: 'co-creation.lead-users', atMost: 2 },
      { kind: 'dont-know', question: 'co-creation.lead-users' },
    ],
    source: 'seed 004: lead users in innovation (3M, von Hippel)',
  },
  {
    id: 'invite-customer-made-media',
    title: 'Invite customers to make media about you, and feature it',
    why:
      'Content made by customers is trusted more than advertising and reaches audiences your budget cannot. Companies that invite it ' +
      'turn buyers into a creative team.',
    steps: [
      'Pick a simple, specific prompt customers will enjoy, e.g. a photo, a video or their own recipe.',
      'Agree the rules up front: credit, permission to reuse and a small reward.',
      "Feature the best entries in your main channels with the creator's name.",
      'Count entries and the reach of featured pieces against your own posts.',
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'Marketing or community manager',
    signal: 'At least 25 customer-made pieces in the first month, and featured pieces out-performing brand posts.',
    triggers: [
      { kind: 'answer-at-most', question: 'co-creation.customer-media', atMost: 2 },
      { kind: 'dimension-below', dimension: 'co-creation', below: 40 },
    ],
    source: 'seed 004: customer-generated media (GM Super Bowl ad challenge)',
  },
  {
    id: 'find-word-of-mouth-hubs',
    title: 'Find the customers at the centre of word of mouth and work with them',
    why:
      'A small group of customers brings in a large share of new ones. Knowing who they are lets you thank them, learn from them and ' +
      'give them something worth passing on.',
    steps: [
      'Add a "how did you hear about us?" question and referral codes if you have neither.',
      'From referral and order data, list the 20 customers who brought in the most others.',
      'Call five of them: why do they recommend you, and to whom?',
      'Invite them to an early-access or ambassador group and track referrals from it.',
    ],
    effort: 'days',
    timeFrame: 'this month',
    owner: 'Growth or marketing lead',
    signal: 'Top 20 referrers known by name, five interviewed, and referral revenue reported monthly.',
    triggers: [
      { kind: 'answer-at-most', question: 'co-creation.word-of-mouth-hubs', atMost: 2 },
      { kind: 'dont-know', question: 'co-creation.word-of-mouth-hubs' },
    ],
    source: 'seed 004: word-of-mouth hubs (Marsden)',
  },
  {
    id: 'run-a-customer-shark-tank',
    title: 'Run a "Shark Tank" session where customers pitch ideas to executives',
    why:
      "Putting customers and executives in one room as equals cuts through filtered research. In one published case, a shopper's pitch " +
      'to Mars executives became an omni-channel campaign credited with a rise in sales.',
    steps: [
      'Pick one business question, e.g. "how do we win back lapsed subscribers?"',
      'Recruit eight to twelve customers and pair them with staff for a half-day workshop.',
      'Let customer teams pitch their ideas to the leadership team, who must decide in the room.',
      'Fund at least one idea with an owner and a date, and report back to the customers.',
    ],
    effort: 'days',
    timeFrame: 'this quarter',
    owner: 'CEO as sponsor, run by the CX or marketing lead',
    signal: 'Session held, at least one customer idea funded with an owner, and pitchers told the result within 30 days.',
    triggers: [
      { kind: 'answer-at-most', question: 'co-creation.shark-tank', atMost: 2 },
      { kind: 'dimension-below', dimension: 'co-creation', below: 40 },
    ],
    source: "seed 000: customers pitch to executives (Mars, M&M's)",
  },

  // ── Culture ────────────────────────────────────────────────────────────────
  {
    id: 'cite-customer-evidence',
    title: 'Require customer evidence in every proposal',
    why:
      'When no one asks what customers said, the loudest opinion wins. One required section in the proposal template changes what ' +
      'people bring to the meeting.',
    steps: [
      'Add a "customer evidence" section to the proposal and roadmap templates: data, quotes or research, with dates.',
      'Make the chair of each decision meeting ask "what did customers say?" before approving.',
      'Send back proposals with an empty section, however senior the author.',
      'After a quarter, count how many approved proposals cited customer evidence.',
    ],
    effort: 'hours',
    timeFrame: 'this month',
    owner: 'Head of product or chief of staff',
    signal: 'At least 80% of proposals approved next quarter cite dated customer evidence.',
    triggers: [
      { kind: 'answer-at-most', question: 'culture.customer-evidence', atMost: 2 },
      { kind: 'dont-know', question: 'culture.customer-evidence' },
    ],
    source: 'seed 003: decisions shaped by customers; CX practice',
  },
];
