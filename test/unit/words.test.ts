/**
 * Words a team lead trusts: due dates on working days, owners named as people, the smallest
 * difference that matters, and star or CSAT data never worded as NPS.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/catalogue.js';
import { assigneeOf, ownerLabel, repeatedOwners, roleOf, unmatchedOwners } from '../../src/actions/owners.js';
import { addDays, dueDate, workingDayFrom } from '../../src/calendar.js';
import { differenceThatMatters, worstTheme } from '../../src/checks/evidence.js';
import type { FeedbackSummary, ThemeFigures } from '../../src/feedback/model.js';
import { buildReport } from '../../src/report/build.js';
import { renderSummary } from '../../src/report/summary.js';
import { describeFinding } from '../../src/report/words.js';
import { DEFAULT_SCORING } from '../../src/scoring/model.js';
import { csat, DEMO, teamScore } from './checks/fixtures.js';

/** The report of a team that answered 1 everywhere, on a day, with the feedback and owners given. */
function reportOn(generatedOn: string, feedback: FeedbackSummary[], owners?: Record<string, string>) {
  return buildReport({
    answers: { answers: {} } as never,
    score: teamScore(1),
    catalogue: ACTIONS,
    levels: DEFAULT_SCORING.levels,
    generatedOn,
    version: 'test',
    feedback,
    ...(owners && { owners }),
  });
}

describe('due dates', () => {
  it('fall on working days: a Saturday or a Sunday moves to the Monday after, a weekday stays', () => {
    expect(workingDayFrom('2026-12-05')).toBe('2026-12-07'); // Saturday
    expect(workingDayFrom('2026-12-06')).toBe('2026-12-07'); // Sunday
    expect(workingDayFrom('2026-12-04')).toBe('2026-12-04'); // Friday
    expect(dueDate('2026-11-28', 7)).toBe('2026-12-07');
    expect(dueDate('2026-12-31', 1)).toBe('2027-01-01'); // across the year, a Friday
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('are never on a weekend, never before the plain count of days and at most two days after it', () => {
    const start = Date.UTC(2000, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 400 }), (offset, days) => {
        const from = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
        const due = dueDate(from, days);
        const weekday = new Date(`${due}T00:00:00Z`).getUTCDay();
        expect(weekday).not.toBe(0);
        expect(weekday).not.toBe(6);
        const late = (Date.parse(due) - Date.parse(addDays(from, days))) / 86_400_000;
        expect(late).toBeGreaterThanOrEqual(0);
        expect(late).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('of a report dated on a Monday, a week later, land on the Monday after', () => {
    const model = reportOn('2026-11-28', []);
    for (const action of model.actions.thisWeek) expect(action.dueBy).toBe('2026-12-07');
  });
});

describe('owners', () => {
  const owners = { 'Customer support lead': 'Sam', 'team LEAD': 'Priya' };

  it('name the person for a role, matched on the whole owner or on its role, whatever the case', () => {
    expect(assigneeOf('Customer support lead', owners)).toBe('Sam');
    expect(assigneeOf('Team lead (with one person from product or engineering on each call)', owners)).toBe('Priya');
    expect(assigneeOf('Head of product', owners)).toBeNull();
    expect(roleOf('Team lead (with one person from product)')).toBe('Team lead');
  });

  it('keep the role visible beside the name', () => {
    expect(ownerLabel('Customer support lead', 'Sam')).toBe('Sam (Customer support lead)');
    expect(ownerLabel('Team lead (with one person from product)', 'Priya')).toBe('Priya (Team lead, with one person from product)');
    expect(ownerLabel('Head of product', null)).toBe('Head of product');
  });

  it('match each role an owner holds, before a comma and on either side of "or" or "with", and refuse a role written twice', () => {
    expect(assigneeOf('Customer outcome owner, with the CEO as sponsor', { 'Customer outcome owner': 'Lee' })).toBe('Lee');
    expect(assigneeOf('CX lead or customer insights analyst', { 'cx lead': 'Ana' })).toBe('Ana');
    expect(assigneeOf('CX lead or customer insights analyst', { 'Customer insights analyst': 'Jo' })).toBe('Jo');
    expect(assigneeOf('CX lead with the head of operations', { 'Head of operations': 'Kim' })).toBe('Kim');
    expect(unmatchedOwners({ 'Customer outcome owner': 'Lee', 'CX lead': 'Ana' }, ACTIONS)).toEqual([]);
    expect(repeatedOwners({ 'Team lead': 'Priya', 'team  LEAD': 'Bob', 'Head of product': 'Lee' })).toEqual([
      { role: 'team  LEAD', first: 'Team lead' },
    ]);
  });

  it('name the roles that no action has', () => {
    expect(unmatchedOwners({ 'Customer suport lead': 'Sam', 'Head of product': 'Lee' }, ACTIONS)).toEqual(['Customer suport lead']);
  });

  it('reach the plan, the summary and the terminal, with the role', () => {
    const model = reportOn('2026-11-23', [DEMO], { ...owners, 'Marketing or community manager': 'Ana' });
    const call = model.actions.thisWeek.find((action) => action.owner === 'Customer support lead')!;
    expect(call).toMatchObject({ owner: 'Customer support lead', assignee: 'Sam' });
    const plain = (text: string) => text;
    const terminal = renderSummary(model, { bold: plain, dim: plain, red: plain, yellow: plain, green: plain });
    expect(terminal).toContain(`${call.title} (Sam, Customer support lead, by 2026-11-30)`);
    expect(model.actions.thisWeek[0]!.owner).toBe('Marketing or community manager');
    expect(describeFinding(model.summary.firstAction)).toContain('(owner: Ana (Marketing or community manager); due 2026-11-30)');
  });
});

/** A 1–5 star file whose answers spread as `counts` (1 to 5 stars) and whose themes are these. */
function stars(counts: number[], themes: Partial<ThemeFigures>[]): FeedbackSummary {
  const n = counts.reduce((a, b) => a + b, 0);
  const summary = csat(50);
  const theme = summary.comments!.themes[0]!;
  return {
    ...summary,
    scores: {
      ...summary.scores!,
      n,
      distribution: counts.map((count, index) => ({ value: index + 1, count, share: (count / n) * 100 })),
    },
    comments: {
      ...summary.comments!,
      themes: themes.map((figures, index) => ({
        ...theme,
        id: `theme-${index}`,
        title: `Theme ${index}`,
        tooSmall: false,
        difference: { difference: figures.pull ?? 0, z: -5, significant: true },
        ...figures,
      })),
    },
  };
}

describe('the smallest difference that matters', () => {
  it('is a fifth of the standard deviation of the answers, on their own scale', () => {
    // Answers 1 and 5, as many of each: a standard deviation of 2 stars.
    expect(differenceThatMatters(stars([50, 0, 0, 0, 50], []))).toEqual({ smallest: 0.4, deviation: 2 });
    // On NPS, each answer counts +100, 0 or −100.
    const nps = differenceThatMatters(DEMO)!;
    const { promoters, detractors, n } = DEMO.scores!.nps!;
    const [p, d] = [promoters / n, detractors / n];
    expect(nps.deviation).toBeCloseTo(100 * Math.sqrt(p + d - (p - d) ** 2), 1);
    expect(nps.smallest).toBeCloseTo(nps.deviation / 5, 1);
  });

  it('keeps a significant but tiny pull from being called the theme that costs the most', () => {
    // A 0.1-star pull from a very common theme, against a 0.5-star pull from a rarer one: spread about 1.1 stars.
    const summary = stars(
      [840, 1560, 2870, 5080, 13130],
      [
        { pull: -0.1, mentions: 18_500 },
        { pull: -0.5, mentions: 840 },
      ],
    );
    expect(worstTheme(summary)?.title).toBe('Theme 1');
    expect(worstTheme(stars([840, 1560, 2870, 5080, 13130], [{ pull: -0.1, mentions: 18_500 }]))).toBeNull();
  });

  it('says nothing without scores to measure the spread on', () => {
    expect(differenceThatMatters({ ...DEMO, scores: null })).toBeNull();
  });
});

describe('star and CSAT data', () => {
  it('speak of unhappy customers, never of detractors or promoters, in the plan and the summary', () => {
    const model = reportOn('2026-11-23', [csat(60)]);
    const actions = [...model.actions.thisWeek, ...model.actions.thisMonth, ...model.actions.thisQuarter];
    const words = [
      ...Object.values(model.summary).map(describeFinding),
      ...actions.flatMap((action) => [action.title, action.signal, ...action.steps, ...action.findings.map(describeFinding)]),
    ].join('\n');
    expect(actions.map((action) => action.id)).toContain('close-the-loop-with-detractors');
    expect(words).toContain('Call back unhappy customers');
    expect(words).not.toMatch(/detractor|promoter/i);
  });
});
