/** Personal data in what a feedback summary shows: quotes, the call-back list, ids, segments, frequent words, data-quality examples. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseFeedbackFile } from '../../src/feedback/index.js';
import type { AnalysedFeedback } from '../../src/feedback/model.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { writeFixture } from '../helpers/feedback.js';

let directory: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  directory = temporaryDirectory();
});
afterEach(() => directory.remove());

const ROWS = [
  'email,score,comment,plan,date',
  'jane.doe@example.com,2,"Call me on 07700 900123, my name is Priyanka Okonkwo. The refund never came",priyanka@example.com,2026-01-05',
  'bob@example.org,1,"Refund to DE89 3704 0044 0532 0130 00 please, the refund is late. ' +
    'Thanks, Priyanka Okonkwo",bob@example.org,2026-01-06',
  'R-3,1,"Still no refund, write to priyanka (at) example (dot) com",pro,someone@example.com',
  'jane.doe@example.com,1,"Refund please, my name is Priyanka Okonkwo",pro,2026-01-08',
];

async function summaryOf(keepPersonalData = false): Promise<AnalysedFeedback> {
  const path = writeFixture(directory.path, 'feedback.csv', `${ROWS.join('\n')}\n`);
  return analyseFeedbackFile(path, {
    columns: { id: 'email', score: 'score', comment: 'comment', segment: 'plan', date: 'date' },
    minGroupSize: 1,
    keepPersonalData,
  });
}

describe('a summary of a file full of personal data', () => {
  it('shows none of it', async () => {
    const summary = await summaryOf();
    expect(summary.personalData).toBe('redacted');
    const shown = JSON.stringify({ ...summary, source: null });
    for (const secret of ['jane.doe', 'bob@', '07700', 'DE89', 'Priyanka', 'Okonkwo', 'priyanka', 'someone@'])
      expect(shown).not.toContain(secret);
  });

  it('shows ids that hold personal data as pseudonyms, the same for the same id, with their lines', async () => {
    const { unhappiest } = await summaryOf();
    const byLine = new Map(unhappiest.map((respondent) => [respondent.line, respondent.id]));
    expect(byLine.get(2)).toMatch(/^respondent-[0-9a-f]{6}$/);
    expect(byLine.get(5)).toBe(byLine.get(2));
    expect(byLine.get(3)).not.toBe(byLine.get(2));
    expect(byLine.get(4)).toBe('R-3');
    // The key is the file's own: the same file, the same pseudonyms on every run.
    expect((await summaryOf()).unhappiest).toEqual(unhappiest);
  });

  it('groups segments that differ only in personal data', async () => {
    const { segments } = await summaryOf();
    expect(segments.map((segment) => [segment.name, segment.n])).toEqual([
      ['[email]', 2],
      ['pro', 2],
    ]);
  });

  it('counts no word of a name or an address as a frequent word, nor names a discovered theme with one', async () => {
    const { comments } = await summaryOf();
    const words = [
      ...comments!.uncoveredTerms.map((term) => term.term),
      ...comments!.themes.flatMap((theme) => theme.title.toLowerCase().split(/\W+/)),
    ];
    expect(words).not.toContain('priyanka');
    expect(words).not.toContain('okonkwo');
    expect(words).not.toContain('example');
  });

  it('redacts a cell quoted in a data-quality example', async () => {
    const { quality } = await summaryOf();
    expect(quality.dates.examples.map((example) => example.reason)).toEqual(['date "[email]" cannot be read']);
  });

  it('keeps everything with keepPersonalData, and says so', async () => {
    const summary = await summaryOf(true);
    expect(summary.personalData).toBe('kept');
    expect(summary.unhappiest.find((respondent) => respondent.line === 2)).toMatchObject({
      id: 'jane.doe@example.com',
      segment: 'priyanka@example.com',
      quote: 'Call me on 07700 900123, my name is Priyanka Okonkwo. The refund never came',
    });
  });
});
