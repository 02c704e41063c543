import { describe, expect, it } from 'vitest';
import { formatAnswers } from '../../../src/answers/format.js';
import { parseAnswers } from '../../../src/answers/parse.js';
import { auditReport } from '../../../src/audit.js';
import { settingsFromConfig } from '../../../src/config/config.js';
import { compareSnapshots, customerChange, historyReport, previousSnapshot } from '../../../src/history/compare.js';
import { markDone, reportChecklist, snapshotOfReport } from '../../../src/history/done.js';
import { snapshotOf } from '../../../src/history/of-report.js';
import { formatSnapshot, readSnapshot } from '../../../src/history/parse.js';
import type { CustomerFigure, Snapshot } from '../../../src/history/snapshot.js';
import { historyTable, sparkline } from '../../../src/history/words.js';
import { readYaml } from '../../../src/io/yaml.js';
import { DEFAULT_QUESTIONNAIRE } from '../../../src/questionnaire/index.js';

/** A finished snapshot with every dimension at `score`, one action targeting incentives and the customers. */
function snapshot(date: string, score: number, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    kind: 'centricity-snapshot',
    schemaVersion: 1,
    date,
    generatedOn: date,
    generator: { version: 'test' },
    team: 'Team',
    respondents: 1,
    overall: { score, level: { id: 'aware', title: 'Customer-aware' }, answered: 2, questionCount: 2 },
    dimensions: [
      { id: 'incentives', title: 'Incentives', score, lowConfidence: false },
      { id: 'goals', title: 'Goals', score, lowConfidence: false },
    ],
    questions: [
      { id: 'incentives.bonus', dimension: 'incentives', text: 'Do bonuses include customer outcomes?', answer: 2 },
      { id: 'goals.old', dimension: 'goals', text: 'An old question?', answer: 3 },
    ],
    customers: { scale: 'nps', measure: 'nps', value: 10, n: 200, tooSmall: false },
    actions: [{ id: 'pay-for-customers', title: 'Pay for *customer* outcomes', targets: ['incentives', 'customers'], done: false }],
    ...overrides,
  };
}

describe('snapshotOf', () => {
  const answers = {
    schemaVersion: 1 as const,
    date: '2026-08-31',
    status: 'complete' as const,
    answers: Object.fromEntries(
      DEFAULT_QUESTIONNAIRE.questions.map((question, index) => [
        question.id,
        { answer: ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5, note: 'SECRET NOTE from Jane at jane@example.com' },
      ]),
    ),
  };
  const model = auditReport(answers, { generatedOn: '2026-09-01', version: 'test' });

  it('keeps the scores, the questions by id and the plan, keyed by the answers date', () => {
    const kept = snapshotOf(model, '2026-08-31');
    expect(kept.date).toBe('2026-08-31');
    expect(kept.generatedOn).toBe('2026-09-01');
    expect(kept.overall.score).toBe(model.overall.score);
    expect(kept.dimensions.map((dimension) => dimension.id)).toEqual(model.dimensions.map((dimension) => dimension.id));
    expect(kept.questions).toHaveLength(DEFAULT_QUESTIONNAIRE.questions.length);
    expect(kept.actions.length).toBeGreaterThan(0);
    expect(kept.actions.every((action) => !action.done)).toBe(true);
    expect(kept.respondents).toBe(1);
  });

  it('keeps no note and no text beyond the fields it names', () => {
    const text = formatSnapshot(snapshotOf(model, '2026-08-31'));
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('jane@example.com');
    expect(readSnapshot(text)).toEqual({ snapshot: snapshotOf(model, '2026-08-31') });
  });
});

describe('compareSnapshots', () => {
  it('gives signed changes between the whole scores the report shows', () => {
    const comparison = compareSnapshots(snapshot('2026-08-31', 19.4), snapshot('2026-11-30', 43.6));
    expect(comparison.since).toBe('2026-08-31');
    expect(comparison.overall).toMatchObject({ from: 19, to: 44, change: 25 });
    expect(comparison.dimensions[0]).toEqual({ id: 'incentives', title: 'Incentives', from: 19, to: 44, change: 25 });
  });

  it('names a dimension without a score instead of a change', () => {
    const before = snapshot('2026-08-31', 40);
    const now = snapshot('2026-11-30', 50, { dimensions: [{ id: 'incentives', title: 'Incentives', score: null, lowConfidence: false }] });
    const comparison = compareSnapshots(before, now);
    expect(comparison.dimensions).toEqual([
      { id: 'incentives', title: 'Incentives', from: 40, to: null, change: null },
      { id: 'goals', title: 'Goals', from: 40, to: null, change: null },
    ]);
  });

  it('matches questions by id, so a reworded one is the same question, and names the added and removed ones', () => {
    const before = snapshot('2026-08-31', 40);
    const now = snapshot('2026-11-30', 50, {
      questions: [
        { id: 'incentives.bonus', dimension: 'incentives', text: 'Do bonuses pay for customer outcomes?', answer: 4 },
        { id: 'goals.new', dimension: 'goals', text: 'A new question?', answer: 3 },
      ],
    });
    expect(compareSnapshots(before, now).questions).toEqual({
      added: [{ id: 'goals.new', text: 'A new question?' }],
      removed: [{ id: 'goals.old', text: 'An old question?' }],
    });
  });

  it('follows each earlier action with the changes on what it targets, and whether it was done', () => {
    const before = markDone(snapshot('2026-08-31', 20), { ids: ['pay-for-customers'] });
    const now = snapshot('2026-11-30', 30, { customers: { scale: 'nps', measure: 'nps', value: 22.1, n: 390, tooSmall: false } });
    const [action] = compareSnapshots(before, now).actions;
    expect(action).toMatchObject({ id: 'pay-for-customers', done: true });
    expect(action!.dimensions.map((dimension) => [dimension.id, dimension.change])).toEqual([['incentives', 10]]);
    expect(action!.customers?.change).toBe(12.1);
  });
});

describe('customerChange', () => {
  const nps = (value: number, extra: Partial<CustomerFigure> = {}): CustomerFigure => ({
    scale: 'nps',
    measure: 'nps',
    value,
    n: 100,
    tooSmall: false,
    ...extra,
  });

  it('compares like with like only', () => {
    expect(customerChange(nps(10), nps(-5.5)).change).toBe(-15.5);
    const stars: CustomerFigure = { scale: 'stars', measure: 'mean', value: 4.2, n: 100, tooSmall: false };
    expect(customerChange(nps(10), stars)).toMatchObject({ change: null, incomparable: 'different-measure' });
    expect(customerChange(nps(10), nps(20, { tooSmall: true }))).toMatchObject({ change: null, incomparable: 'too-few' });
    expect(customerChange(null, nps(20))).toMatchObject({ change: null, incomparable: null });
  });
});

describe('history and trend', () => {
  const august = snapshot('2026-08-31', 20);
  const may = snapshot('2026-05-31', 10);
  const november = snapshot('2026-11-30', 40);

  it('takes the latest audit before this one as the previous', () => {
    expect(previousSnapshot([august, may, november], '2026-11-30')?.date).toBe('2026-08-31');
    expect(previousSnapshot([august], '2026-05-31')).toBeNull();
  });

  it('puts this audit in place of an earlier run of the same date, oldest first', () => {
    const rerun = snapshot('2026-11-30', 50);
    const report = historyReport(rerun, [november, may, august], { snapshot: august, chosen: false }, true);
    expect(report.trend.map((point) => [point.date, point.overall, point.current])).toEqual([
      ['2026-05-31', 10, false],
      ['2026-08-31', 20, false],
      ['2026-11-30', 50, true],
    ]);
    expect(report.comparison?.base).toBe('previous');
  });

  it('draws a sparkline that leaves an audit without a score blank', () => {
    expect(sparkline([0, 50, 100, null])).toBe('▁▅█ ');
  });

  it('lists audits as an aligned table', () => {
    const table = historyTable([
      { date: '2026-08-31', respondents: 3, overall: 19, level: 'Customer-aware', customers: null },
      { date: '2026-11-30', respondents: 12, overall: 44, level: null, customers: november.customers },
    ]);
    expect(table.split('\n')).toEqual([
      'Date        Respondents  Overall  Level           NPS or rating',
      '----------  -----------  -------  --------------  -----------------',
      '2026-08-31            3       19  Customer-aware  n/a',
      '2026-11-30           12       44  n/a             NPS +10 (n = 200)',
    ]);
  });
});

describe('done actions', () => {
  it('reads the ticked boxes of a report, unescaping the titles', () => {
    const report = [
      '- [x] **Pay for \\*customer\\* outcomes** · owner: CEO · due 2026-09-07',
      '- [ ] **Talk to five customers** · owner: CX',
      '  - [x] **Not an action** inside a list',
    ].join('\n');
    expect(reportChecklist(report)).toEqual({
      titles: ['Pay for *customer* outcomes', 'Talk to five customers'],
      ticked: ['Pay for *customer* outcomes'],
    });
  });

  it('finds the audit whose plan a report lists, and marks its actions done', () => {
    const august = snapshot('2026-08-31', 20);
    const other = snapshot('2026-05-31', 10, { actions: [] });
    expect(snapshotOfReport(['Pay for *customer* outcomes'], [other, august])).toBe(august);
    expect(snapshotOfReport(['Something else'], [other, august])).toBeNull();
    expect(markDone(august, { titles: ['Pay for *customer* outcomes'] }).actions[0]!.done).toBe(true);
    expect(markDone(august, { ids: ['unknown'] })).toBe(august);
  });
});

describe('readSnapshot', () => {
  it('tells a foreign file from a broken snapshot, in words', () => {
    expect(readSnapshot('not json')).toEqual({ problem: 'it is not JSON', ours: false });
    expect(readSnapshot('{"name": "x"}')).toEqual({ problem: 'it is not a centricity snapshot', ours: false });
    expect(readSnapshot('{"kind": "centricity-snapshot", "schemaVersion": 9}')).toMatchObject({ ours: true });
    const broken = { ...snapshot('2026-08-31', 20), overall: { score: 'high' } };
    expect(readSnapshot(JSON.stringify(broken))).toMatchObject({ ours: true, problem: expect.stringContaining('overall') });
    // Every field out of shape is named, in words, not the validator's.
    const { generatedOn: _dropped, ...missing } = { ...broken, overall: 'high' } as Record<string, unknown>;
    expect(readSnapshot(JSON.stringify(missing))).toEqual({ ours: true, problem: 'generatedOn is missing, overall is out of shape' });
  });
});

describe('settings and answers for history', () => {
  const settings = (text: string) => settingsFromConfig(readYaml(text, 'centricity.config.yaml', 'empty'), 'centricity.config.yaml');

  it('reads the history folder from the config, false to keep none', () => {
    expect(settings('thresholds: {}').history).toBe('.centricity/history');
    expect(settings('history: audits/history').history).toBe('audits/history');
    expect(settings('history: false').history).toBe(false);
    expect(() => settings('history: 3')).toThrow(/history: expected a folder/);
  });

  it('reads the done actions of an answers file, and keeps them when it is written again', () => {
    const text = 'schemaVersion: 1\ndate: 2026-11-30\ndone: [talk-to-five-customers]\nanswers: {}\n';
    const answers = parseAnswers(text, 'team.yaml', DEFAULT_QUESTIONNAIRE);
    expect(answers.done).toEqual(['talk-to-five-customers']);
    expect(parseAnswers(formatAnswers(answers, DEFAULT_QUESTIONNAIRE), 'team.yaml', DEFAULT_QUESTIONNAIRE).done).toEqual(answers.done);
    expect(() => parseAnswers('schemaVersion: 1\ndone: yes\n', 'team.yaml', DEFAULT_QUESTIONNAIRE)).toThrow(
      /done: expected a list of action ids/,
    );
  });
});
