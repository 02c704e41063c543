/** Given names without a cue ("Tom in support was great"): caught in each language centricity reads, look-alike words kept. */
import { describe, expect, it } from 'vitest';
import { givenNamesFromPackages, splitGivenNames } from '../../scripts/given-names-source.mjs';
import { isEverydayWord } from '../../src/feedback/everyday-words.js';
import { GIVEN_NAMES, GIVEN_NAMES_ALSO_WORDS } from '../../src/feedback/given-names.js';
import { findPersonalData, quote, redact } from '../../src/feedback/redact.js';

describe('given names without a cue', () => {
  it.each([
    // English
    ['Tom in customer service was brilliant', '[name] in customer service was brilliant'],
    ['Priya replied within an hour', '[name] replied within an hour'],
    ['Thanks to Sandra at the Leeds branch', 'Thanks to [name] at the Leeds branch'],
    ["Sandra's help was great", '[name] help was great'],
    ['The agent, Rachel Wong, sorted it out', 'The agent, [name], sorted it out'],
    ['Will Smith at the desk was lovely', '[name] at the desk was lovely'],
    // A name outside the list, after "named": a cue like "spoke to"
    ['a flight attendant named Shaquille was great', 'a flight attendant named [name] was great'],
    // French
    ['Merci à Julie pour son aide', 'Merci à [name] pour son aide'],
    ["Un grand merci d'Amélie et de Matthieu au rayon jardin", "Un grand merci d'[name] et de [name] au rayon jardin"],
    // German
    ['Jürgen war super, sehr freundlich', '[name] war super, sehr freundlich'],
    ['Danke an Sabine für die schnelle Hilfe', 'Danke an [name] für die schnelle Hilfe'],
    // Spanish
    ['Gracias a Lucía por la atención', 'Gracias a [name] por la atención'],
    // Italian
    ['Grazie a Giulia, gentilissima', 'Grazie a [name], gentilissima'],
    // Dutch
    ['Daan aan de balie was erg behulpzaam', '[name] aan de balie was erg behulpzaam'],
    // Portuguese
    ['Obrigado ao João pela ajuda', 'Obrigado ao [name] pela ajuda'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    // Given names that are everyday words, alone
    'Will buy again',
    'May I suggest a bigger size',
    'Hope this helps',
    'I hope they fix it',
    'Sunny day, fast delivery',
    'Pierre est une pierre précieuse',
    'Ernst gemeint: das war schlecht',
    // Things: an article or possessive, a handle, the same word in lower case
    'Love my Alexa',
    'the Rose gold colour is lovely',
    '@Delta lost my bag',
    'alexa is dumb but Alexa plays music',
    // Places: after a place word, in a longer proper noun
    'My flight to Dallas was late',
    'Stuck in Charlotte overnight',
    'Virgin America refused to help',
    'Missed my connection to St. Louis',
    'Ich wohne in 47275 Roma.',
    // Capitals are no evidence
    'TOM WAS GREAT',
    // Lower case is no evidence either
    'tom was great',
  ])('keeps %s', (text) => {
    // "47275" is a postcode: only names are looked at here.
    expect(findPersonalData(text).filter((span) => span.kind === 'name')).toEqual([]);
  });

  it('shows the placeholder in a quote', () => {
    expect(quote('Tom in support sorted my refund in minutes')).toBe('[name] in support sorted my refund in minutes');
    expect(quote('Tom in support sorted my refund in minutes', 160, true)).toBe('Tom in support sorted my refund in minutes');
  });

  it('ships the lists its packages give (regenerate with `npm run build && node scripts/given-names.mjs`)', async () => {
    const { names, alsoWords } = splitGivenNames(await givenNamesFromPackages(), isEverydayWord);
    expect(GIVEN_NAMES.split(' ')).toEqual(names);
    expect(GIVEN_NAMES_ALSO_WORDS.split(' ')).toEqual(alsoWords);
    expect(names.length).toBeGreaterThan(8000);
    for (const name of ['tom', 'priya', 'sandra', 'julie', 'jürgen', 'giulia', 'joão', 'daan']) expect(names).toContain(name);
    for (const word of ['will', 'hope', 'sunny', 'pierre', 'ernst']) expect(alsoWords).toContain(word);
  });
});
