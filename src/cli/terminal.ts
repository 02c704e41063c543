import { Chalk, type ChalkInstance } from 'chalk';
import ora from 'ora';
import { printable } from '../printable.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Colour level for one stream: NO_COLOR (any non-empty value) turns colour off, FORCE_COLOR
 * turns it on (0 or false turns it off), otherwise colour only on a terminal.
 */
export function colourLevel(stream: { isTTY?: boolean; getColorDepth?: () => number }, env: Env = process.env): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR) return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '0' || forced === 'false') return 0;
    const level = Number(forced);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  const depth = stream.getColorDepth?.() ?? 4;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : 1;
}

export function styleFor(stream: { isTTY?: boolean; getColorDepth?: () => number }, env: Env = process.env): ChalkInstance {
  return new Chalk({ level: colourLevel(stream, env) });
}

/** Questions are asked only with a person at a terminal: never in CI, never from a pipe. */
export function canPrompt(env: Env = process.env): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY) && !env.CI;
}

export interface Progress {
  start(text: string): void;
  update(text: string): void;
  stop(): void;
  /** What to print before a line of one's own while the spinner runs, so the two do not mix. */
  clearLine(): string;
}

/**
 * A spinner with a progress line on a terminal; nothing at all elsewhere (CI, pipes, files), with
 * `quiet`, or on a terminal of no width (a pseudo-terminal nobody sized), where the spinner could
 * not tell how many lines to clear.
 */
export function progressFor(stream: NodeJS.WriteStream, { quiet = false } = {}, env: Env = process.env): Progress {
  if (quiet || !stream.isTTY || !stream.columns || env.CI || env.TERM === 'dumb')
    return { start() {}, update() {}, stop() {}, clearLine: () => '' };
  const spinner = ora({ stream, discardStdin: false, color: colourLevel(stream, env) > 0 ? 'cyan' : false });
  return {
    // File names come from users and globs: shown without the escape sequences they may hold.
    start: (text) => {
      spinner.start(printable(text));
    },
    update: (text) => {
      spinner.text = printable(text);
    },
    stop: () => {
      spinner.stop();
    },
    clearLine: () => {
      spinner.clear();
      return '';
    },
  };
}
