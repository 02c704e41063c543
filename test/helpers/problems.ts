import { ValidationError } from '../../src/errors.js';

/** The problems a validating reader reports for `text`; fails the test when it accepts the text. */
export function problemsOf(read: (text: string) => unknown, text: string): readonly string[] {
  try {
    read(text);
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the text to be rejected');
}
