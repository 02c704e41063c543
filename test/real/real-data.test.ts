/**
 * Every real export in ../shared/data/real (see its SOURCES files) scores, with the right
 * columns and scale detected, and its figures match an independent computation done here
 * with csv-parse's synchronous parser and plain arithmetic.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { withQualityFindings } from '../../src/checks/quality/index.js';
import { type AnalysedFeedback, analyseFeedbackFile } from '../../src/feedback/index.js';
import { hasRealData, REAL_DATA } from '../helpers/real-data.js';

const REAL = REAL_DATA;
const available = hasRealData;

interface Expected {
  file: string;
  columns: Record<string, string>;
  scale: string | null;
  /** How to read the file independently: its delimiter, encoding and score column. */
  independent: { delimiter: string; encoding: BufferEncoding | 'windows-1252'; score?: string; comment: string };
}

const FILES: Expected[] = [
  {
    file: 'botanic-nps-survey.csv',
    columns: { score: 'nps', comment: 'explication', id: 'id', value: 'CaTicket' },
    scale: 'nps',
    independent: { delimiter: ',', encoding: 'windows-1252', score: 'nps', comment: 'explication' },
  },
  {
    file: 'miro-nps-feedback.csv',
    columns: { score: 'NPS_Score', comment: 'text', id: 'user_id' },
    scale: 'nps',
    independent: { delimiter: ',', encoding: 'utf8', score: 'NPS_Score', comment: 'text' },
  },
  {
    file: 'carpentries-longterm-survey-2017.csv',
    // The free text is in the sparse "Other" columns; the checkbox columns repeat one long label each.
    columns: { score: 'Likely-To-Recommend', comment: 'Column38', segment: 'Country' },
    scale: 'nps',
    independent: { delimiter: ',', encoding: 'utf8', score: 'Likely-To-Recommend', comment: 'Column38' },
  },
  {
    file: 'miro-feature-feedback.csv',
    columns: { score: 'FF_Score', comment: 'text', id: 'user_id' },
    scale: 'stars',
    independent: { delimiter: ',', encoding: 'utf8', score: 'FF_Score', comment: 'text' },
  },
  {
    file: 'womens-clothing-reviews.csv',
    columns: { score: 'Rating', comment: 'Review Text', segment: 'Division Name' },
    scale: 'stars',
    independent: { delimiter: ',', encoding: 'utf8', score: 'Rating', comment: 'Review Text' },
  },
  {
    file: 'amazon-alexa-reviews.tsv',
    columns: { score: 'rating', comment: 'verified_reviews', date: 'date' },
    scale: 'stars',
    independent: { delimiter: '\t', encoding: 'utf8', score: 'rating', comment: 'verified_reviews' },
  },
  {
    file: 'zomato-restaurant-reviews.csv',
    columns: { score: 'Rating', comment: 'Review', date: 'Time' },
    scale: 'stars',
    independent: { delimiter: ',', encoding: 'utf8', score: 'Rating', comment: 'Review' },
  },
  {
    file: 'airline-tweets.csv',
    columns: { comment: 'text', date: 'tweet_created', id: 'tweet_id', segment: 'airline' },
    scale: null,
    independent: { delimiter: ',', encoding: 'utf8', comment: 'text' },
  },
];

/** Each file is analysed once, whichever test asks first. */
const summaries = new Map<string, Promise<AnalysedFeedback>>();
function summaryOf(file: string): Promise<AnalysedFeedback> {
  if (!summaries.has(file)) summaries.set(file, analyseFeedbackFile(REAL + file));
  return summaries.get(file)!;
}

/** The file read by other means: csv-parse/sync on the whole text, rows as objects. */
function independentRows({ file, independent }: Expected): Record<string, string>[] {
  const bytes = readFileSync(REAL + file);
  const text =
    independent.encoding === 'windows-1252' ? new TextDecoder('windows-1252').decode(bytes) : bytes.toString(independent.encoding);
  return parse(text, {
    columns: true,
    bom: true,
    delimiter: independent.delimiter,
    relax_column_count: true,
    relax_quotes: true,
  }) as Record<string, string>[];
}

describe.skipIf(!available)('the real data sets', () => {
  it.each(FILES)('$file: columns, scale and figures', async (expected) => {
    const summary = await summaryOf(expected.file);
    expect(summary.source.columns).toMatchObject(expected.columns);
    expect(summary.source.scale?.id ?? null).toBe(expected.scale);

    const rows = independentRows(expected);
    expect(summary.quality.rows).toBe(rows.length);
    // Exports write NA, nan, a dash or a dot for an empty cell: not a comment.
    const comments = rows.filter(
      (row) => !/^(|na|n\/a|nan|null|none|-+|—|\.|#n\/a)$/i.test((row[expected.independent.comment] ?? '').trim()),
    );
    if (expected.independent.comment) expect(summary.comments?.count).toBe(comments.length);
    if (!expected.independent.score) {
      expect(summary.scores).toBeNull();
      expect(withQualityFindings(summary).findings).toContainEqual(
        expect.objectContaining({ check: 'missing-column', messageId: 'score' }),
      );
      return;
    }
    const values = rows
      .map((row) => Number((row[expected.independent.score!] ?? '').trim()))
      .filter((value, index) => rows[index]![expected.independent.score!]!.trim() !== '' && Number.isFinite(value));
    const scores = summary.scores!;
    expect(scores.n).toBe(values.length);
    const share = (predicate: (value: number) => boolean) => Math.round((values.filter(predicate).length / values.length) * 1000) / 10;
    expect(scores.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 2);
    if (expected.scale === 'nps') {
      expect(scores.nps!.nps).toBeCloseTo(share((value) => value >= 9) - share((value) => value <= 6), 0);
      expect(scores.nps!.promoters).toBe(values.filter((value) => value >= 9).length);
      expect(scores.nps!.detractors).toBe(values.filter((value) => value <= 6).length);
    } else {
      expect(scores.topShare).toBe(share((value) => value >= 4));
      expect(scores.bottomShare).toBe(share((value) => value <= 2));
      expect(scores.nps).toBeNull();
    }
  });

  it('reads the free-text answers of a survey export, never its checkbox columns', async () => {
    const summary = await summaryOf('carpentries-longterm-survey-2017.csv');
    // Column28 repeats one checkbox label in 260 rows; Column33 and Column52 are "Other" answers written by hand.
    expect(summary.otherComments.map((comments) => comments.column)).toEqual(['Column33', 'Column52']);
    expect(summary.source.choices.filter((choice) => choice.role === 'other-comment').map((choice) => choice.header)).toEqual([
      'Column33',
      'Column52',
    ]);
  });

  it('matches the reference figures of SOURCES.md', async () => {
    const nps = async (file: string) => (await summaryOf(file)).scores!.nps!;
    expect(await nps('botanic-nps-survey.csv')).toMatchObject({ nps: 53.4, n: 13_612, promoters: 8465, passives: 3953, detractors: 1194 });
    expect(await nps('miro-nps-feedback.csv')).toMatchObject({ nps: 60.3, n: 441, promoters: 306, passives: 95, detractors: 40 });
    expect(await nps('carpentries-longterm-survey-2017.csv')).toMatchObject({
      nps: 36.3,
      n: 402,
      promoters: 215,
      passives: 118,
      detractors: 69,
    });
    const botanic = await summaryOf('botanic-nps-survey.csv');
    expect(botanic.quality.notApplicable).toBe(342);
    expect(botanic.comments?.count).toBe(3838);
    const stars = async (file: string) => (await summaryOf(file)).scores!;
    expect(await stars('womens-clothing-reviews.csv')).toMatchObject({ mean: 4.2, topShare: 77.5, bottomShare: 10.2 });
    expect(await stars('amazon-alexa-reviews.tsv')).toMatchObject({ mean: 4.46, topShare: 87, bottomShare: 8.2 });
    expect(await stars('zomato-restaurant-reviews.csv')).toMatchObject({ n: 9961, mean: 3.6, topShare: 63, bottomShare: 24.4 });
    expect(await stars('miro-feature-feedback.csv')).toMatchObject({ n: 1612, mean: 2.95, topShare: 33.7, bottomShare: 34.4 });
  });
});
