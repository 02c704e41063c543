/**
 * The progress line of `score` in a real pseudo-terminal against the built CLI: rows, share of the
 * bytes and (once it can be told) the time left while a large file is read, cleared at the end;
 * nothing at all off a terminal or with --quiet, and no colour with NO_COLOR.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFeedback } from '../bench/generate.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { assertBuilt, TerminalSession } from './terminal-session.js';

/** About 20 MB: a few seconds to read, time enough for the line to be drawn a few times. */
const ROWS = 150_000;
const PROGRESS = /Reading large\.csv: [\d,]+ rows?, \d+%/;

describe('progress on a terminal', () => {
  let directory: { path: string; remove: () => void };
  beforeAll(async () => {
    assertBuilt();
    directory = temporaryDirectory();
    await generateFeedback(join(directory.path, 'large.csv'), ROWS, 3);
    writeFileSync(join(directory.path, 'small.csv'), 'score,comment\n9,great\n3,slow delivery\n');
  });
  afterAll(() => directory.remove());

  async function inTerminal(args: readonly string[], env: Record<string, string> = {}) {
    const session = new TerminalSession(['score', ...args, '--out-dir', 'out', '--force'], { cwd: directory.path, env });
    try {
      const exit = await Promise.race([
        session.exited,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), 20_000)),
      ]);
      return { exit, raw: session.drawn, transcript: session.transcript };
    } finally {
      session.kill();
    }
  }

  it('shows the rows and the share of the bytes read while a large file is read, then clears the line', async () => {
    const { exit, raw, transcript } = await inTerminal(['large.csv']);
    expect(exit.exitCode).toBe(0);
    expect(transcript).toMatch(PROGRESS);
    // The line was gone (erased, cursor shown again) before the summary was written.
    const summaryAt = raw.lastIndexOf(': NPS ');
    const lastDrawn = raw.lastIndexOf(' rows, ');
    expect(summaryAt).toBeGreaterThan(lastDrawn);
    const between = raw.slice(lastDrawn, summaryAt);
    expect(between).toMatch(/\x1b\[[0-2]?K/);
    expect(between).toContain('\x1b[?25h');
  }, 30_000);

  it('off a terminal, standard error holds no progress at all', () => {
    const result = runCli(['score', 'large.csv', '--out-dir', 'out-plain', '--force'], { cwd: directory.path });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/large\.csv: NPS/);
  }, 30_000);

  it('--quiet draws no line on a terminal either', async () => {
    const { exit, transcript } = await inTerminal(['small.csv', '--quiet']);
    expect(exit.exitCode).toBe(0);
    expect(transcript).not.toMatch(/Reading/);
  }, 30_000);

  it('with NO_COLOR, the line is drawn without colour', async () => {
    const { exit, raw, transcript } = await inTerminal(['small.csv'], { NO_COLOR: '1' });
    expect(exit.exitCode).toBe(0);
    expect(transcript).toMatch(/Reading small\.csv/);
    expect(raw).not.toMatch(/\x1b\[[\d;]*m/);
  }, 30_000);
});
