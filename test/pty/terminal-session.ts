/**
 * A tiny driver for running the built CLI in a real pseudo-terminal (node-pty): it records
 * everything drawn, lets a test wait for text to appear since a mark, and types keys.
 * Screen matching is done on the output with ANSI escape sequences and carriage returns removed.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pty from '@lydell/node-pty';

export const BIN = fileURLToPath(new URL('../../bin/centricity.js', import.meta.url));
export const BUILT_MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export const KEY = { enter: '\r', ctrlC: '\x03', backspace: '\x7f' } as const;

/** CSI sequences (colours, cursor moves, erase), OSC sequences, other two-byte escapes, carriage returns. */
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|\r/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export interface Exit {
  exitCode: number;
  signal?: number;
}

interface Waiter {
  pattern: RegExp;
  resolve(match: RegExpExecArray): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** CI markers that would make the CLI refuse to prompt (or change how it draws). */
const CI_VARIABLES = [
  'CI',
  'CONTINUOUS_INTEGRATION',
  'GITHUB_ACTIONS',
  'GITLAB_CI',
  'BUILDKITE',
  'CIRCLECI',
  'TRAVIS',
  'TF_BUILD',
  'JENKINS_URL',
  'BUILD_NUMBER',
  'RUN_ID',
  'TEAMCITY_VERSION',
];

export function terminalEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined) env[name] = value;
  }
  for (const name of [...CI_VARIABLES, 'NO_COLOR', 'FORCE_COLOR', 'DEBUG']) delete env[name];
  // The tests run under npm, which marks its children; the CLI would take itself for one started by npx.
  for (const name of Object.keys(env)) if (name.startsWith('npm_')) delete env[name];
  // Colours stay on (a real terminal): every match below runs on output with ANSI codes stripped.
  env.TERM = 'xterm-256color';
  return env;
}

export class TerminalSession {
  readonly exited: Promise<Exit>;
  private readonly term: pty.IPty;
  private raw = '';
  private markAt = 0;
  private exit: Exit | undefined;
  private waiters = new Set<Waiter>();

  /** `env`: variables set on top of terminalEnv(), e.g. what npx sets. */
  constructor(args: readonly string[], options: { cwd: string; cols?: number; rows?: number; env?: Record<string, string> }) {
    this.term = pty.spawn(process.execPath, [BIN, ...args], {
      name: 'xterm-256color',
      cols: options.cols ?? 120,
      rows: options.rows ?? 40,
      cwd: options.cwd,
      env: { ...terminalEnv(), ...options.env },
    });
    this.term.onData((data) => {
      this.raw += data;
      this.check();
    });
    this.exited = new Promise<Exit>((resolve) => {
      this.term.onExit(({ exitCode, signal }) => {
        this.exit = signal ? { exitCode, signal } : { exitCode };
        // Output that arrived with the exit may still settle a waiter; anything else never will.
        this.check();
        for (const waiter of this.waiters)
          this.fail(waiter, `the CLI exited (${JSON.stringify(this.exit)}) before ${waiter.pattern} appeared`);
        resolve(this.exit);
      });
    });
  }

  /** The CLI's process id (node-pty runs node itself, not a shell). */
  get pid(): number {
    return this.term.pid;
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  /** Everything drawn so far, as drawn (escape sequences and all). */
  get drawn(): string {
    return this.raw;
  }

  /** Everything drawn so far, ANSI codes stripped. */
  get transcript(): string {
    return stripAnsi(this.raw);
  }

  /** Everything drawn since the last mark, ANSI codes stripped. */
  get screen(): string {
    return stripAnsi(this.raw.slice(this.markAt));
  }

  /** Later waits only look at output drawn from now on. */
  mark(): void {
    this.markAt = this.raw.length;
  }

  send(keys: string): void {
    if (!this.running) throw new Error(`cannot type ${JSON.stringify(keys)}: the CLI has exited.\n${this.tail()}`);
    this.term.write(keys);
  }

  /** Mark, then type: the usual way to act and then wait for the answer to the action. */
  markAndSend(keys: string): void {
    this.mark();
    this.send(keys);
  }

  /** Resolves once `pattern` matches the stripped output since the mark. */
  waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<RegExpExecArray> {
    const found = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(this.screen);
    if (found) return Promise.resolve(found);
    if (!this.running)
      return Promise.reject(new Error(`the CLI has exited (${JSON.stringify(this.exit)}); ${pattern} never appeared.\n${this.tail()}`));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        pattern,
        resolve,
        reject,
        timer: setTimeout(() => this.fail(waiter, `timed out after ${timeoutMs} ms waiting for ${pattern}`), timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  kill(): void {
    if (this.running) this.term.kill('SIGKILL');
  }

  private check(): void {
    if (this.waiters.size === 0) return;
    const screen = this.screen;
    for (const waiter of this.waiters) {
      const found = new RegExp(waiter.pattern.source, waiter.pattern.flags.replace('g', '')).exec(screen);
      if (!found) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve(found);
    }
  }

  private fail(waiter: Waiter, message: string): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
    waiter.reject(new Error(`${message}.\n${this.tail()}`));
  }

  private tail(): string {
    const screen = this.screen;
    return `--- output since the mark (last 2500 characters, ANSI stripped) ---\n${screen.slice(-2500)}\n--- end ---`;
  }
}

export function assertBuilt(): void {
  if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run npm run build before the pseudo-terminal tests.`);
}
