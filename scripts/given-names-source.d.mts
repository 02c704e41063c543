// Types of scripts/given-names-source.mjs, for the tests written in TypeScript.
/** The given names scripts/given-names.mjs ships: lower case, single words of three letters or more, sorted, each once. */
export function givenNamesFromPackages(): Promise<string[]>;
