// Types of scripts/given-names-source.mjs, for the tests written in TypeScript.
/** The given names scripts/given-names.mjs ships: lower case, single words of three letters or more, sorted, each once. */
export function givenNamesFromPackages(): Promise<string[]>;
/** The names apart from those that are also everyday words, which are redacted only before a surname. */
export function splitGivenNames(
  names: readonly string[],
  isEverydayWord: (word: string) => boolean,
): { names: string[]; alsoWords: string[] };
