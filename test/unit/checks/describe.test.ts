import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../src/audit.js';
import { formatSigned } from '../../../src/format.js';
import { GENERATED_MARKER } from '../../../src/io/marker.js';
import { buildFeedbackReport, buildIndex, indexEntry } from '../../../src/report/feedback.js';
import { feedbackIndexJson, feedbackReportJson } from '../../../src/report/json.js';
import { FEEDBACK_TEMPLATE, INDEX_TEMPLATE, loadPartials, loadTemplate, renderMarkdown } from '../../../src/report/markdown.js';
import { renderSummary } from '../../../src/report/summary.js';
import { describeFinding } from '../../../src/report/words.js';
import { answersWith } from '../../helpers/answers.js';
import { DEMO, withheld } from './fixtures.js';

const body = (markdown: string) => markdown.slice(GENERATED_MARKER.length + 1).trimEnd();
const plain = { bold: String, dim: String, red: String, yellow: String, green: String };

describe('findings in the views', () => {
  const model = auditReport(answersWith(3), {
    generatedOn: '2026-11-23',
    feedback: [{ ...withheld([5, 9], 12), source: { ...DEMO.source, file: 'q3_*final*.csv' } }],
  });

  it('the describe helper words a finding from its data as typed, and escapes the sentence whole', () => {
    expect(describeFinding(model.summary.customers)).toBe(
      'Customers: the figures of q3_*final*.csv are withheld: 3% of the rows could not be read (lines 5, 9, …); ' +
        'fix the file or add --allow-partial.',
    );
    expect(body(renderMarkdown(model, '{{describe summary.customers}}'))).toBe(
      'Customers: the figures of q3\\_\\*final\\*.csv are withheld: 3% of the rows could not be read (lines 5, 9, …); ' +
        'fix the file or add --allow-partial.',
    );
  });

  it('shows a finding no template words as nothing, and anything else that is not a finding too', () => {
    const stray = { check: 'from-another-version', messageId: 'gone', data: {}, severity: 0 };
    const inside = { ...model.summary.gap, data: { row: stray } };
    expect(body(renderMarkdown({ stray, inside, text: 'x' }, '[{{describe stray}}][{{describe inside}}][{{describe text}}]'))).toBe(
      '[][][]',
    );
  });

  it('the terminal picks the customers line by its key, whatever its words', () => {
    expect(renderSummary(model, plain)).toContain(`\n${describeFinding(model.summary.customers)}\n`);
  });

  it('the feedback partial lists what the file could not say, and only that', () => {
    const comments = auditReport(answersWith(3), {
      generatedOn: '2026-11-23',
      feedback: [{ ...DEMO, source: { ...DEMO.source, columns: { ...DEMO.source.columns, date: undefined, value: undefined } } }],
    });
    expect(comments.feedback[0]!.findings.map((finding) => finding.messageId)).toEqual(['date', 'value']);
    const markdown = renderMarkdown(
      comments.feedback[0]!,
      '{{#with (findingsOf findings "missing-column") as |missing|}}{{#each missing}}{{describe this}};{{/each}}{{/with}}',
    );
    expect(body(markdown)).toBe(
      "no date column: no monthly trend;no value column (revenue, order amount, plan value): no amounts on unhappy customers' answers;",
    );
  });

  it('the index keeps the reason a file is withheld as a finding, and writes it in words in the JSON and the Markdown', async () => {
    const entry = indexEntry({ ...withheld([5, 9], 12), source: { ...DEMO.source, file: 'q3_*final*.csv' } }, 'q3.md');
    expect(entry.withheld).toMatchObject({ check: 'rows-withheld', messageId: 'lostRecordsAt', data: { lines: [5, 9], moreLines: true } });
    expect(indexEntry(DEMO, 'demo.md').withheld).toBeNull();
    const index = buildIndex([entry, indexEntry(DEMO, 'demo.md')], [], '2026-11-23', '1.0.0');
    const sentence = 'withheld: 3% of the rows could not be read (lines 5, 9, …); fix the file or add --allow-partial';
    const [written, given] = feedbackIndexJson(index).files;
    expect(written).toMatchObject({ withheld: sentence, withheldFinding: entry.withheld });
    expect(given).toMatchObject({ withheld: null, withheldFinding: null });
    expect(Object.keys(written!).slice(-2)).toEqual(['withheld', 'withheldFinding']);
    expect(renderMarkdown(feedbackIndexJson(index), await loadTemplate(INDEX_TEMPLATE))).toContain(
      `\n- q3\\_\\*final\\*.csv: ${sentence}.\n`,
    );
    // Sentiment runs from −1 to +1: signed, with a true minus, as every signed figure.
    const sentiment = formatSigned(DEMO.comments!.sentiment.mean);
    expect(renderMarkdown(feedbackIndexJson(index), await loadTemplate(INDEX_TEMPLATE))).toContain(` | ${sentiment} | `);
  });

  it('the feedback partial makes each noun agree with its count and lists the lines a withheld file lost', async () => {
    const partials = await loadPartials();
    const nps = DEMO.scores!.nps!;
    const one = { ...DEMO, scores: { ...DEMO.scores!, nps: { ...nps, promoters: 1, passives: 1, detractors: 1 } } };
    const markdown = renderMarkdown(
      feedbackReportJson(buildFeedbackReport(one, '2026-11-23', '1.0.0')),
      await loadTemplate(FEEDBACK_TEMPLATE),
      'f',
      partials,
    );
    expect(markdown).toMatch(/: 1 promoter \([\d.]+%\), 1 passive, 1 detractor \(/);
    const lost = renderMarkdown(
      feedbackReportJson(buildFeedbackReport(withheld([5, 9], 12), '2026-11-23', '1.0.0')),
      await loadTemplate(FEEDBACK_TEMPLATE),
      'f',
      partials,
    );
    expect(lost).toContain('could not be read (lines 5, 9, …)');
    const single = renderMarkdown(
      feedbackReportJson(buildFeedbackReport(withheld([5], 1), '2026-11-23', '1.0.0')),
      await loadTemplate(FEEDBACK_TEMPLATE),
      'f',
      partials,
    );
    expect(single).toMatch(/could not be read \(line 5[,)]/);
  });
});
