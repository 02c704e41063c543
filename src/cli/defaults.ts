/** Defaults shared by the flag definitions and the commands; a light module, safe on the --help path. */
export const DEFAULT_ANSWERS_FILE = 'centricity-answers.yaml';
