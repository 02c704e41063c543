// The given names that scripts/given-names.mjs ships, read from @faker-js/faker and, for German and
// Italian, whose faker lists are recent baby names without "Jürgen" or "Giuseppe", from
// gender-detection-from-name (MIT): shared with the test that checks the shipped list is up to date.
import { createRequire } from 'node:module';

/** faker's locales for the languages centricity reads (../src/feedback/language.ts), regional variants included. */
const LOCALE = /^(en|fr|de|es|it|nl|pt)(_|$)/;
/** faker's joke locales. */
const NOT_LOCALES = new Set(['en_AU_ocker', 'en_BORK']);

/** gender-detection-from-name's lists read: its English, French and Spanish ones hold thousands of rare spellings and words. */
const OLDER_NAMES = ['de', 'it'];

/** Lower-case single-word names of at least three letters ("Ana Clara" and "Al" are left out), sorted, each once. */
export async function givenNamesFromPackages() {
  const { allLocales } = await import('@faker-js/faker');
  const names = new Set();
  const add = (name) => {
    const lower = name.toLowerCase();
    if (/^\p{L}{3,}$/u.test(lower)) names.add(lower);
  };
  for (const [locale, definitions] of Object.entries(allLocales)) {
    if (!LOCALE.test(locale) || NOT_LOCALES.has(locale)) continue;
    const first = definitions.person?.first_name;
    const lists = Array.isArray(first) ? [first] : Object.values(first ?? {});
    for (const name of lists.flat()) add(name);
  }
  const require = createRequire(import.meta.url);
  for (const language of OLDER_NAMES) {
    for (const name of require(`gender-detection-from-name/names/${language}.js`).keys()) add(name);
  }
  return [...names].sort();
}

/**
 * The names apart from those that are also everyday words ("will", "hope", "pierre"), which are
 * redacted only before a surname: `isEverydayWord` is src/feedback/everyday-words.ts's.
 */
export function splitGivenNames(names, isEverydayWord) {
  return { names: names.filter((name) => !isEverydayWord(name)), alsoWords: names.filter((name) => isEverydayWord(name)) };
}
