/**
 * The cheap guard before personal data is looked for in each comment's words: it may say "maybe", never "no" wrongly;
 * a given name alone is the one find it may leave to the word count, which leaves out given names by id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AT_WORDS, DOT_WORDS, NAME_INTRODUCTIONS, NAME_REFERENCES, SIGN_OFFS, TITLES } from '../../src/feedback/personal-data.js';
import { findPersonalData, isGivenName, mayHoldPersonalData } from '../../src/feedback/redact.js';
import { tokenize } from '../../src/feedback/text.js';
import { idsOf } from '../../src/feedback/vocabulary.js';
import { generateCorpus } from '../corpus/personal-data.js';

const guardSays = (text: string) => mayHoldPersonalData(text, tokenize(text));

/** What the guard may leave unsearched: a span of one word, a given name that the word count never counts. */
function isLoneGivenName(text: string): boolean {
  const words = tokenize(text);
  return words.length === 1 && isGivenName.of(idsOf(words)[0]!);
}

/** Pieces that patterns start at, names, and what sits between words: glued together any way. */
const PIECES = [
  ...NAME_INTRODUCTIONS,
  ...NAME_REFERENCES,
  ...TITLES,
  ...SIGN_OFFS,
  ...AT_WORDS,
  ...DOT_WORDS,
  ...['Jane', 'Smith', 'van', 'Dijk', 'bob', 'Anna-Lena', 'the', 'delivery', 'was', 'late', 'example', 'com', 'gmail', 'arobaſe'],
  // Given names without a cue, and what keeps them: an everyday word, an article, a place word, case.
  ...[
    'Tom',
    'tom',
    'TOM',
    'Will',
    'Hope',
    'Priya',
    "Sandra's",
    "d'Amélie",
    'Jürgen',
    'Alexa',
    'alexa',
    'my',
    'to',
    'Thanks',
    'St',
    '_',
    '@',
  ],
  ...[
    ' ',
    '  ',
    '\t',
    '\n',
    ', ',
    '. ',
    '! ',
    ': ',
    '-',
    "'",
    '’',
    '.',
    'x',
    'ª',
    'µ',
    'é',
    'Ж',
    '😀',
    '',
    'İ',
    '\u00a0',
    '(',
    ')',
    '[',
    ']',
    '<',
    '>',
    '{',
    '}',
  ],
];

describe('mayHoldPersonalData', () => {
  it('says "maybe" for every text in which personal data is found (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.boolean(), (pieces, upper) => {
        const text = upper ? pieces.map((piece) => piece.charAt(0).toUpperCase() + piece.slice(1)).join('') : pieces.join('');
        if (guardSays(text)) return;
        for (const span of findPersonalData(text)) expect(isLoneGivenName(text.slice(span.start, span.end)), text).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('says "maybe" for every sentence of the redaction corpus with personal data found in it, but a given name alone', () => {
    const corpus = generateCorpus();
    const found = corpus.filter(({ text }) => findPersonalData(text).length > 0);
    expect(found.length).toBeGreaterThan(5000);
    for (const { text } of found) {
      if (guardSays(text)) continue;
      expect(
        findPersonalData(text).every((span) => isLoneGivenName(text.slice(span.start, span.end))),
        text,
      ).toBe(true);
    }
  });

  it('says "no" for ordinary comments, so that they are not searched', () => {
    const ordinary = [
      'The delivery was late and nobody answered.',
      'Great coffee, friendly staff!',
      "Don't change a thing",
      'Will buy again',
      'tom',
      // A given name alone: one word, which the word count leaves out by id.
      'Tom was great',
      'Priya replied within an hour',
    ];
    for (const text of ordinary) {
      expect(guardSays(text), text).toBe(false);
    }
    // Each alone is reason to look.
    for (const text of [
      'mail me at jane@example.com',
      'call 555',
      'my name is jane',
      'i spoke to Anna',
      'Thanks, Bob',
      'Mr Bean',
      'Tom Smith was great',
      'Thanks to Anna van Dijk',
      'Will Smith helped',
    ]) {
      expect(guardSays(text), text).toBe(true);
    }
  });

  it.each([
    'bob (arobaſe) example.com',
    'bob [at] example.com',
    'jane dot doe at gmail dot com',
    'ªmy name is Bob',
    "x'my name is Bob",
    'demanderBob please',
    'MY NAME IS bob',
  ])('says "maybe" where the patterns and the words see edges or letters differently: %s', (text) => {
    expect(findPersonalData(text)).not.toEqual([]);
    expect(guardSays(text)).toBe(true);
  });
});
