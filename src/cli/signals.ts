import { errorCode } from '../errors.js';
import { undoPending } from '../io/cleanup.js';
import { EXIT } from './exit-codes.js';

const EXIT_ON: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };

// `main` may run more than once in one process (the tests do): each handler is installed once.
let undoing = false;
let watching = false;
/** Whether standard output failed during the current run. */
let outputFailed = false;

/**
 * On SIGINT or SIGTERM, removes what was left half-done (temporary files not yet renamed into
 * place) and exits with the shell's code for the signal.
 */
export function undoOnSignals(): void {
  if (undoing) return;
  undoing = true;
  for (const [signal, code] of Object.entries(EXIT_ON)) {
    process.once(signal, () => {
      undoPending();
      process.exit(code);
    });
  }
}

/**
 * A closed standard output (`centricity … | head -c 10`: EPIPE) fails the run with exit 2 and
 * one sentence, instead of a crash or a silent success. Returns whether it happened in this run.
 */
export function watchStandardOutput(): () => boolean {
  outputFailed = false;
  if (!watching) {
    watching = true;
    process.stdout.on('error', (error: Error) => {
      if (outputFailed) return;
      outputFailed = true;
      process.stderr.write(
        errorCode(error) === 'EPIPE'
          ? 'centricity: standard output was closed before everything was written ' +
              '(the program reading it stopped early): the output is incomplete.\n'
          : `centricity: cannot write to standard output: ${error.message}.\n`,
      );
      process.exitCode = EXIT.usage;
    });
  }
  return () => outputFailed;
}
