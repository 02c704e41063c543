/**
 * Errors the user can act on. Deep code throws these; the CLI catches them once, prints the
 * message as one sentence and exits 2. Anything else is a bug and is reported as one.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string) {
    super(message);
  }
}

/** Several problems found in one file, reported together instead of one at a time. */
export class ValidationError extends InputError {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    const shown = problems.slice(0, MAX_SHOWN);
    const more = problems.length > MAX_SHOWN ? `\n  - and ${problems.length - MAX_SHOWN} more` : '';
    super(
      problems.length === 1
        ? `${file}: ${problems[0]}`
        : `${file} has ${problems.length} problems:\n${shown.map((problem) => `  - ${problem}`).join('\n')}${more}`,
    );
  }
}

/** Past this many, a list of problems stops helping: the first ones are fixed first anyway. */
const MAX_SHOWN = 10;

/** The message of whatever was thrown: an error's message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  const message = fieldOf(error, 'message');
  return typeof message === 'string' ? message : String(error);
}

/** The code of a system or library error (`ENOENT`, `EPIPE`, `CSV_QUOTE_NOT_CLOSED`), or undefined. */
export function errorCode(error: unknown): string | undefined {
  const code = fieldOf(error, 'code');
  return typeof code === 'string' ? code : undefined;
}

/** A field of a thrown object, which need not be an Error: a worker, a library or a test may throw anything. */
function fieldOf(error: unknown, field: string): unknown {
  return typeof error === 'object' && error !== null && field in error ? Reflect.get(error, field) : undefined;
}
