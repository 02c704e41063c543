#!/usr/bin/env node
/**
 * Makes docs/html-report.png, the README's picture of the HTML report: the demo audit written as
 * HTML by the built CLI (run `npm run build` first; `npm run screenshot` does), on a fixed date so
 * that the picture changes only when the report does, then the top of it in headless Chromium.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChromiumError, screenshot } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const IMAGE = join(ROOT, 'docs', 'html-report.png');
// About the first screen and a half of the report at a laptop's width; one device pixel per CSS
// pixel keeps the PNG small (GitHub scales it down to the README's column anyway).
const SIZE = { width: 1200, height: 1800 };

async function main(folder) {
  const page = join(folder, 'report.html');
  const audit = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin', 'centricity.js'),
      'audit',
      '--demo',
      '--format',
      'html',
      '--out',
      page,
      '--no-history',
      '--date',
      '2026-11-23',
      '--quiet',
    ],
    { cwd: folder, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  // The CLI has said why on stderr.
  if (audit.status !== 0) return 2;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await screenshot(page, IMAGE, SIZE);
  process.stderr.write(`Wrote docs/html-report.png (${Math.round(statSync(IMAGE).size / 1024)} KB).\n`);
  return 0;
}

const folder = mkdtempSync(join(tmpdir(), 'centricity-readme-image-'));
try {
  process.exitCode = await main(folder);
} catch (error) {
  if (!(error instanceof ChromiumError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
