import { afterAll, describe, expect, it } from 'vitest';
import { analyseFeedbackFile } from '../../src/feedback/index.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { readAll, writeFixture } from '../helpers/feedback.js';

const directory = temporaryDirectory();
afterAll(() => directory.remove());

/** A CSV from header names and rows of cells, quoted where needed. */
function csv(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
  return `${[headers, ...rows].map((row) => row.map(cell).join(',')).join('\n')}\n`;
}

const SENTENCES = [
  'The delivery came two days late and nobody told me why',
  'Lovely staff at the counter, they remembered my name',
  'Prices went up again this spring, I am looking elsewhere',
  'The app crashed twice while I was paying for my order',
  'Great choice of plants and the advice was spot on',
  'Parking is a nightmare on Saturdays, please fix it',
  'I waited twenty minutes on the phone to change an order',
  'Fresh products, clean shop, friendly people every time',
];
const sentence = (index: number) => `${SENTENCES[index % SENTENCES.length]} (visit ${index})`;

describe('columns chosen from the whole file', () => {
  it('takes the free text as comments, not a multiple-choice column whose header says comment', async () => {
    const choices = ['Price', 'Delivery', 'Staff', 'Other'];
    const rows = Array.from({ length: 120 }, (_, index) => [index % 11, choices[index % 4]!, sentence(index)]);
    const path = writeFixture(directory.path, 'choice.csv', csv(['Recommend score', 'Comment category', 'Tell us more'], rows));
    const { source } = await readAll(path);
    expect(source.columns).toMatchObject({ score: 'Recommend score', comment: 'Tell us more' });
    expect(source.choices.find((choice) => choice.role === 'comment')?.evidence).toMatch(/^120 free-text answers, \d+ words on average$/);
  });

  it('never takes a checkbox column repeating one long label, and reads a sparse free-text column instead', async () => {
    const ticked = 'Using programming languages like R or Python, or the command line to automate repetitive tasks.';
    const rows = Array.from({ length: 200 }, (_, index) => [
      index % 11,
      index % 3 === 0 ? '' : ticked,
      index % 2 === 0 ? 'Reusing code written by others in my own projects.' : '',
      // "Other, please specify": a few people write their own words.
      index % 12 === 0 ? sentence(index) : '',
    ]);
    const path = writeFixture(directory.path, 'checkboxes.csv', csv(['Likely-To-Recommend', 'Column27', 'Column28', 'Column29'], rows));
    const { source } = await readAll(path);
    expect(source.columns).toMatchObject({ score: 'Likely-To-Recommend', comment: 'Column29' });
    expect(source.choices.filter((choice) => choice.role === 'comment' || choice.role === 'other-comment')).toHaveLength(1);
  });

  it('counts the free-text answers of the comment column as the comments are counted: a placeholder is no answer', async () => {
    const placeholders = ['.', '.', '-', "don't know", 'N/A'];
    const rows = Array.from({ length: 60 }, (_, index) => [
      index % 11,
      index < placeholders.length ? placeholders[index]! : sentence(index),
    ]);
    const summary = await analyseFeedbackFile(writeFixture(directory.path, 'placeholders.csv', csv(['NPS', 'Comment'], rows)));
    // "don't know" is an answer in words; the other four stand for nothing.
    expect(summary.comments?.count).toBe(56);
    expect(summary.source.choices.find((choice) => choice.role === 'comment')?.evidence).toMatch(/^56 free-text answers/);
  });

  it('takes a column headed Comment even when the comments are short', async () => {
    const short = [
      'ok',
      'fine',
      'great',
      'slow',
      'too dear',
      'love it',
      'meh',
      'late again',
      'rude',
      'perfect',
      'nice',
      'so-so',
      'cold',
      'quick',
    ];
    const rows = Array.from({ length: 40 }, (_, index) => [index % 11, `${short[index % short.length]} ${index}`]);
    const { source } = await readAll(writeFixture(directory.path, 'short.csv', csv(['NPS', 'Comment'], rows)));
    expect(source.columns.comment).toBe('Comment');
  });

  it('reads several open questions as comment sets of their own, labelled by their question', async () => {
    const rows = Array.from({ length: 60 }, (_, index) => [index % 11, sentence(index), sentence(index + 3)]);
    const path = writeFixture(
      directory.path,
      'two-open.csv',
      csv(['How likely are you to recommend us?', 'What do you like most?', 'What do you like least?'], rows),
    );
    const summary = await analyseFeedbackFile(path);
    expect(summary.source.columns.comment).toBe('What do you like most?');
    expect(summary.otherComments).toHaveLength(1);
    expect(summary.otherComments[0]).toMatchObject({ column: 'What do you like least?', count: 60 });
    expect(
      summary.otherComments[0]!.sentiment.positive +
        summary.otherComments[0]!.sentiment.neutral +
        summary.otherComments[0]!.sentiment.negative,
    ).toBe(60);
  });

  it('leads with the recommend question and scores the other rating questions on their own scales', async () => {
    const rows = Array.from({ length: 90 }, (_, index) => [1 + (index % 5), index % 11, 1 + ((index * 3) % 7), sentence(index)]);
    const path = writeFixture(
      directory.path,
      'ratings.csv',
      csv(['Overall satisfaction', 'How likely is it that you would recommend us to a friend?', 'Ease of ordering', 'Why?'], rows),
    );
    const summary = await analyseFeedbackFile(path);
    expect(summary.source.columns.score).toBe('How likely is it that you would recommend us to a friend?');
    expect(summary.source.scale?.id).toBe('nps');
    expect(summary.otherScores.map((other) => [other.column, other.scale?.id, other.n])).toEqual([
      ['Overall satisfaction', 'csat', 90],
      ['Ease of ordering', 'ces', 90],
    ]);
    const satisfaction = summary.otherScores[0]!;
    expect(satisfaction.mean).toBe(3);
    expect(satisfaction.topShare).toBe(40);
  });

  it.each([
    ['¿Qué tan probable es que recomiendes nuestra tienda a un amigo?'],
    ['Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?'],
    ['Quanto è probabile che consiglieresti il negozio?'],
    ['Com que probabilidade recomendaria a nossa loja?'],
    ['Hoe waarschijnlijk is het dat u ons zou aanbevelen?'],
    ['Quelle est la probabilité que vous nous recommandiez ?'],
  ])('finds the recommend question in %s', async (header) => {
    const rows = Array.from({ length: 40 }, (_, index) => [index % 11, sentence(index)]);
    const { source } = await readAll(writeFixture(directory.path, 'language.csv', csv([header, 'Pourquoi / Why'], rows)));
    expect(source.columns.score).toBe(header);
  });

  it('refuses a rating answered in words no scale holds, however few answered it, naming the words and --labels', async () => {
    const path = writeFixture(
      directory.path,
      'odd.csv',
      csv(
        ['Rating', 'Comment'],
        [
          ['Meh', 'too slow'],
          ['Superb', 'great'],
          ['Meh', 'ok'],
        ],
      ),
    );
    await expect(readAll(path)).rejects.toThrow(
      /the score column “Rating” holds answers in words that fit no known scale: “Meh”, “Superb”; .*--labels/,
    );
  });

  it('quotes a label with a line break on one line, as any text from a file is shown in a message', async () => {
    // Found by the property test of the score command: a quote left open over a line break, then a letter.
    const path = writeFixture(directory.path, 'broken-label.csv', Buffer.from('\uFEFFnps;why\n"\n"\xe9', 'latin1'));
    const message = await readAll(path).then(
      () => 'no error',
      (error: Error) => error.message,
    );
    expect(message).toMatch(/holds answers in words that fit no known scale: “" "é”; give every label/);
    expect(message).not.toContain('\n');
  });

  it('never takes a name or e-mail column as comments', async () => {
    const rows = Array.from({ length: 50 }, (_, index) => [index % 11, `Firstname${index} Lastname${index} of Somewhere Street ${index}`]);
    const { source } = await readAll(writeFixture(directory.path, 'names.csv', csv(['NPS', 'Full name'], rows)));
    expect(source.columns.comment).toBeUndefined();
  });
});

describe('date order from every date in the file', () => {
  it('reads a December survey month first when a date far past the first 64 KB settles it', async () => {
    // 12/1 … 12/12 are ambiguous; 12/13 onwards can only be month/day. The decisive ones come last.
    const rows = Array.from({ length: 3000 }, (_, index) => {
      const day = index < 2900 ? 1 + (index % 12) : 13 + (index % 15);
      return [index % 11, `12/${day}/2018 14:03:22`, sentence(index)];
    });
    const summary = await analyseFeedbackFile(writeFixture(directory.path, 'december.csv', csv(['Score', 'Timestamp', 'Comments'], rows)));
    expect(summary.source.dateOrder.order).toBe('mdy');
    expect(summary.source.dateOrder.evidence).toBe('100 dates can only be read month first (e.g. 12/18/2018 14:03:22)');
    expect(summary.trend.map((month) => [month.name, month.n])).toEqual([['2018-12', 3000]]);
  });

  it('follows the language of the headers when no date settles it, and says so', async () => {
    const rows = Array.from({ length: 40 }, (_, index) => [index % 11, `0${1 + (index % 9)}/0${1 + (index % 3)}/2026`, sentence(index)]);
    const french = await readAll(writeFixture(directory.path, 'fr.csv', csv(['Note', 'Horodateur', 'Commentaire'], rows)));
    expect(french.source.dateOrder).toEqual({
      order: 'dmy',
      decidedBy: 'headers',
      evidence: expect.stringContaining('the headers are in French, which dates day first'),
    });
    const english = await readAll(writeFixture(directory.path, 'en.csv', csv(['Score', 'Timestamp', 'Comments'], rows)));
    expect(english.source.dateOrder.order).toBe('mdy');
    const forced = await readAll(writeFixture(directory.path, 'en.csv', csv(['Score', 'Timestamp', 'Comments'], rows)), {
      dateOrder: 'dmy',
    });
    expect(forced.source.dateOrder).toEqual({ order: 'dmy', decidedBy: 'option', evidence: 'set with --date-order' });
  });
});
