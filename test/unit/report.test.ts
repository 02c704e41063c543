import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/parse.js';
import { DONT_KNOW } from '../../src/answers/types.js';
import { auditReport } from '../../src/audit.js';
import { InputError } from '../../src/errors.js';
import { GENERATED_MARKER } from '../../src/io/marker.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';
import { renderJson, reportJson } from '../../src/report/json.js';
import { escapeMarkdown, loadTemplate, renderMarkdown } from '../../src/report/markdown.js';
import { REPORT_SCHEMA_VERSION } from '../../src/report/model.js';
import { renderSummary } from '../../src/report/summary.js';
import { describeFinding } from '../../src/report/words.js';
import { answersWith } from '../helpers/answers.js';

const demoAnswers = parseAnswers(
  readFileSync(new URL('../../templates/demo/answers.yaml', import.meta.url), 'utf8'),
  'answers.yaml',
  DEFAULT_QUESTIONNAIRE,
);
const demo = auditReport(demoAnswers, { generatedOn: '2026-11-23', version: '9.9.9' });
const plain = { bold: String, dim: String, red: String, yellow: String, green: String };

describe('the report model', () => {
  it('is versioned and dated by its input, not the clock', () => {
    expect(demo.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(demo.generatedOn).toBe('2026-11-23');
    expect(demo.generator).toEqual({ name: 'centricity', version: '9.9.9' });
    expect(auditReport(demoAnswers, { generatedOn: '2026-11-23', version: '9.9.9' })).toEqual(demo);
  });

  it('lists strengths from the best and focus areas from the worst dimensions', () => {
    const scores = demo.dimensions.map((dimension) => dimension.score!);
    expect(demo.weakest[0]!.score).toBe(Math.min(...scores));
    expect(demo.strengths.every((area) => area.score! >= 60)).toBe(true);
    expect(demo.weakest.every((area) => area.score! < 60)).toBe(true);
  });

  it('sets the next level and the distance to it', () => {
    const next = demo.overall.nextLevel!;
    expect(next.from).toBeGreaterThan(demo.overall.score!);
    expect(next.pointsToGo).toBeCloseTo(next.from - demo.overall.score!, 5);
  });

  it('dates actions from the report date by time frame', () => {
    for (const action of demo.actions.thisWeek) expect(action.dueBy).toBe('2026-11-30');
    for (const action of demo.actions.thisMonth) expect(action.dueBy).toBe('2026-12-23');
    // 90 days after 2026-11-23 is Sunday 2027-02-21: due the Monday after.
    for (const action of demo.actions.thisQuarter) expect(action.dueBy).toBe('2027-02-22');
  });

  it('keeps gaps traceable to the questions', () => {
    expect(demo.gaps.dontKnow.map((question) => question.id).sort()).toEqual(['goals.long-term', 'measurement.business-link']);
    expect(demo.gaps.claimedNotEvidenced.map((question) => question.id).sort()).toEqual([
      'culture.use-own-product',
      'customer-understanding.who-is-the-customer',
      'responsibilities.leadership-agenda',
    ]);
  });
});

describe('the Markdown view', () => {
  it('renders every section of the default template', async () => {
    const markdown = renderMarkdown(reportJson(demo), await loadTemplate());
    expect(markdown.startsWith(`${GENERATED_MARKER}\n# Customer-centricity audit: Fernhill Coffee Co.\n`)).toBe(true);
    for (const heading of [
      '## Summary',
      '## Scores by dimension',
      "## The team's view and the customers' view",
      '## Action plan',
      '### This week',
      '## Evidence',
      '### Strengths',
      '### Where to focus',
      '### Claimed, not evidenced',
      '### What the team does not know',
      '### Every answer',
    ]) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
    expect(markdown).toContain(`- Overall ${demo.overall.score}/100: ${demo.overall.level!.title}`);
    expect(markdown).toMatch(/\| Incentives \| \d+ \| `█*░*` \|/);
    expect(markdown).not.toMatch(/\n{3,}/);
    expect(markdown).not.toContain('undefined');
  });

  it('shows notes as typed, never as HTML, links or table cells', () => {
    const hostile = auditReport(
      answersWith(1, { 'goals.short-term': { answer: 2, note: '<script>alert(1)</script> | **bold** [x](http://evil)\nnext line' } }),
      { generatedOn: '2026-11-23' },
    );
    const markdown = renderMarkdown(hostile, '{{#each dimensions}}{{#each questions}}{{note}}{{/each}}{{/each}}');
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*bold\\*\\* \\[x\\](`http://evil`) next line');
    expect(markdown).not.toContain('<script>');
  });

  it('words findings with the describe helper, and escapes the words made from data', () => {
    const [action] = demo.actions.thisWeek;
    const finding = {
      check: 'dimension-below',
      messageId: 'below',
      data: { dimension: 'x', title: '<b>Mine</b> [x](http://evil) @team', score: 10 },
    };
    const model = { ...demo, actions: { ...demo.actions, thisWeek: [{ ...action!, findings: [{ ...finding, severity: 90 }] }] } };
    const markdown = renderMarkdown(
      model,
      '{{#each actions.thisWeek}}{{#each findings}}[{{describe this}}]{{/each}}[{{describe title}}]{{/each}}',
    );
    expect(markdown).toContain('[&lt;b&gt;Mine&lt;/b&gt; \\[x\\](`http://evil`) `@team` scored 10/100][]');
    // A finding no registered check words (a model from another version) shows as nothing.
    const unknown = {
      ...model,
      actions: { ...model.actions, thisWeek: [{ ...action!, findings: [{ ...finding, check: 'gone', severity: 1 }] }] },
    };
    expect(renderMarkdown(unknown, '{{#each actions.thisWeek}}[{{#each findings}}{{describe this}}{{/each}}]{{/each}}')).toContain('[]');
  });

  it("shows the respondent's note on a question behind an action on its own line, not in the reasons", async () => {
    const note = 'Nobody owns follow-up; see #12';
    const model = auditReport(answersWith(3, { 'culture.meet-customers': { answer: 1, note } }), { generatedOn: '2026-11-23' });
    const action = Object.values(model.actions)
      .flat()
      .find((candidate) => candidate.id === 'talk-to-five-customers')!;
    const text = DEFAULT_QUESTIONNAIRE.questions.find((question) => question.id === 'culture.meet-customers')!.text;
    expect(action.notes).toEqual([{ question: text, note }]);
    const markdown = renderMarkdown(reportJson(model), await loadTemplate());
    const because = markdown.split('\n').find((line) => line.startsWith(`  - *Because* "${text}" was answered 1/5`));
    expect(because).not.toContain('Nobody owns');
    expect(markdown).toContain(`\n  - *Your note on* "${text}": Nobody owns follow-up; see \`#12\`\n`);
  });

  it('escapes the Markdown and HTML that people type', () => {
    expect(escapeMarkdown('a_b *c* `d` # e & <f> | g\r\nh')).toBe('a\\_b \\*c\\* \\`d\\` \\# e &amp; &lt;f&gt; \\| g h');
  });

  it('lets a user template format the model but not run code', () => {
    expect(renderMarkdown(demo, '{{audit.team}} {{score overall.score}}')).toContain(
      `Fernhill Coffee Co. ${Math.round(demo.overall.score!)}`,
    );
    expect(renderMarkdown(demo, '[{{constructor.name}}][{{audit.constructor}}]')).toContain('[][]');
  });

  it('reports a broken user template as an input error', () => {
    expect(() => renderMarkdown(demo, '{{#each dimensions}}', 'template mine.hbs')).toThrow(InputError);
    expect(() => renderMarkdown(demo, '{{#each dimensions}}', 'template mine.hbs')).toThrow(/template mine\.hbs cannot be rendered/);
  });

  it('says plainly when nothing was answered', async () => {
    const empty = auditReport(answersWith(DONT_KNOW), { generatedOn: '2026-11-23' });
    const markdown = renderMarkdown(reportJson(empty), await loadTemplate());
    expect(markdown).toContain('- No overall score or level: no question was answered on the 1–5 scale.');
    expect(markdown).toContain('## What the team does not know');
  });
});

describe('the JSON view', () => {
  it('is the report model itself', () => {
    expect(JSON.parse(renderJson(demo))).toEqual(JSON.parse(JSON.stringify(demo)));
  });

  it("adds each action's findings in words, without the respondent's notes, as schema version 2 has them", () => {
    const json = reportJson(demo);
    const actions = Object.values(json.actions).flat();
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(action.because).toEqual(action.findings.map(describeFinding));
      for (const { note } of action.notes) expect(action.because.join(' ')).not.toContain(note);
    }
    expect(actions.some((action) => action.notes.length > 0)).toBe(true);
    // Beside the words, the rest is the model as it is (the summary, gap rows and feedback add their own words).
    const { actions: _words, summary: _lines, summaryFindings, perceptionGap: _gap, feedback: _feedback, ...rest } = json;
    const { actions: _model, summary, perceptionGap: _rows, feedback: _summaries, ...model } = demo;
    expect(rest).toEqual(model);
    expect(summaryFindings).toEqual(summary);
  });
});

describe('the terminal summary', () => {
  it('shows the score, a bar per dimension and the actions for this week, without colour when given none', () => {
    const summary = renderSummary(demo, plain);
    expect(summary).toContain(`Fernhill Coffee Co.: ${demo.overall.score}/100, ${demo.overall.level!.title}`);
    for (const dimension of demo.dimensions) expect(summary).toContain(dimension.title);
    for (const action of demo.actions.thisWeek) expect(summary).toContain(action.title);
    expect(summary).not.toMatch(/\x1b\[/);
  });

  it('says "no answers" for a dimension nobody answered, as the report does, and "(few answers)" only beside a score', () => {
    const thin = auditReport(answersWith(DONT_KNOW, { 'culture.meet-customers': { answer: 4, note: '' } }), { generatedOn: '2026-11-23' });
    const lines = renderSummary(thin, plain).split('\n');
    const incentives = lines.find((line) => line.trimStart().startsWith('Incentives'))!;
    expect(incentives).toMatch(/░ no answers$/);
    expect(lines.find((line) => line.trimStart().startsWith('Culture'))).toMatch(/ \d+ {2}\(few answers\)$/);
  });
});

describe('the summary lines', () => {
  const line = (check: string, messageId: string, data: Record<string, number | string>) =>
    describeFinding({ check, messageId, data, severity: 0 });

  it('make each noun agree with its count, and give counts their separators', () => {
    expect(line('summary-gap', 'unchecked', { dontKnow: 1, claimed: 1 })).toBe(
      'Unchecked: 1 "don\'t know" answer and 1 high answer without evidence.',
    );
    expect(line('summary-gap', 'unchecked', { dontKnow: 2, claimed: 1200 })).toBe(
      'Unchecked: 2 "don\'t know" answers and 1,200 high answers without evidence.',
    );
    expect(line('summary-customers', 'dragNps', { theme: 'Price', mentions: 1240, pull: 39.6 })).toBe(
      '; price costs the most (the 1,240 who mention it score 39.6 NPS points lower)',
    );
  });
});
