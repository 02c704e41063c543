#!/usr/bin/env node
/**
 * Headless Chromium (Debian's package) for the HTML report: a screenshot or a PDF of a local page,
 * through Chromium's own command-line flags, with no browser download and no driver.
 * Usage: node scripts/chromium.mjs screenshot <page.html> <image.png> [--width 1200] [--height 1600]
 *        node scripts/chromium.mjs pdf <page.html> <document.pdf>
 * When Chromium is missing and this runs as root where apt-get is, it installs Debian's package.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const INSTALL_COMMAND = ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'];
const INSTALL_HINT = `install Debian's package (sudo ${INSTALL_COMMAND.join(' ')}) or name a Chromium or Chrome binary in CHROMIUM`;
const COMMON_NAMES = ['chromium', 'chromium-browser'];

// Headless, and quiet on a closed network: without the background-networking flags Chromium tries
// Google's hosts many times at every start; the resolver rule makes whatever is left fail at once.
const QUIET_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];
const DEFAULT_TIMEOUT_MS = 30_000;
const INSTALL_TIMEOUT_MS = 170_000;
// Chromium's stderr is mostly harmless noise (D-Bus, GPU); an error shows only its last lines.
const STDERR_TAIL_LINES = 12;

export class ChromiumError extends Error {
  name = 'ChromiumError';
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(name) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((folder) => join(folder, name))
    .find(isExecutable);
}

/** The Chromium to run: the one CHROMIUM names, else /usr/bin/chromium or chromium(-browser) on the PATH; undefined if none. */
export function findChromium() {
  const named = process.env.CHROMIUM;
  if (named) {
    if (!isExecutable(named)) throw new ChromiumError(`CHROMIUM names ${named}, which is not an executable file: fix it or unset it.`);
    return named;
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of COMMON_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs a command in a process group of its own, so that a timeout ends the browser's helpers too.
 * Resolves with its exit status and output; never rejects for the command's own failure.
 */
function run(command, args, { timeoutMs, env = process.env }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
    };
    child.stdout.setEncoding('utf8').on('data', collect);
    child.stderr.setEncoding('utf8').on('data', collect);
    let timedOut = false;
    const endGroup = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group has already ended.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      endGroup();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ChromiumError(`Could not start ${command}: ${error.message}.`));
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      // A helper the browser left behind would hold the profile folder open.
      endGroup();
      resolvePromise({ status, timedOut, output });
    });
  });
}

function tail(output) {
  const lines = output
    .split('\n')
    .filter((line) => line.trim() !== '' && !/dbus|unexpected operator/i.test(line))
    .slice(-STDERR_TAIL_LINES);
  return lines.length > 0 ? `\n${lines.join('\n')}` : '';
}

async function aptGetInstall() {
  // One time limit for every step, under the browser test's three minutes.
  const deadline = Date.now() + INSTALL_TIMEOUT_MS;
  const aptGet = (args) =>
    run('apt-get', args, { timeoutMs: Math.max(deadline - Date.now(), 1), env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const first = await aptGet(INSTALL_COMMAND.slice(1));
  if (first.status === 0) return first;
  // A fresh machine may have no package lists yet: fetch them, then try once more.
  if (!/Unable to locate package|has no installation candidate/.test(first.output)) return first;
  const update = await aptGet(['update']);
  if (update.status !== 0) return update;
  return aptGet(INSTALL_COMMAND.slice(1));
}

/**
 * The path of a Chromium to run. When none is found and this process is root where apt-get is,
 * installs Debian's package first (saying so in one line on stderr); otherwise throws a
 * ChromiumError that says how to install it.
 */
export async function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    throw new ChromiumError(`Chromium was not found: ${INSTALL_HINT}.`);
  }
  process.stderr.write(`Chromium was not found: installing Debian's package (${INSTALL_COMMAND.join(' ')}).\n`);
  const install = await aptGetInstall();
  const installed = findChromium();
  if (installed) return installed;
  if (install.status === 0) throw new ChromiumError(`apt-get installed chromium, but no Chromium was found after it; ${INSTALL_HINT}.`);
  const why = install.timedOut ? 'did not finish in time' : `failed (exit code ${install.status})`;
  throw new ChromiumError(`Installing Chromium with apt-get ${why}; ${INSTALL_HINT}.${tail(install.output)}`);
}

/**
 * Opens `htmlFile` as a file:// URL in headless Chromium with a new profile, removed afterwards,
 * with `flags` that make it write `outputFile`; throws a ChromiumError (with the tail of
 * Chromium's output) when it fails, times out, or writes nothing.
 */
async function render(htmlFile, outputFile, flags, { timeoutMs = DEFAULT_TIMEOUT_MS, netLog } = {}) {
  if (!existsSync(htmlFile)) throw new ChromiumError(`${htmlFile} does not exist: give the path of an HTML page.`);
  const chromium = await ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'centricity-chromium-'));
  rmSync(outputFile, { force: true });
  try {
    const args = [...QUIET_FLAGS, `--user-data-dir=${profile}`, ...flags];
    if (netLog) args.push(`--log-net-log=${resolve(netLog)}`);
    args.push(pathToFileURL(resolve(htmlFile)).href);
    const result = await run(chromium, args, { timeoutMs });
    if (result.timedOut) throw new ChromiumError(`Chromium did not finish ${htmlFile} within ${timeoutMs} ms.${tail(result.output)}`);
    if (result.status !== 0) throw new ChromiumError(`Chromium failed on ${htmlFile} (exit code ${result.status}).${tail(result.output)}`);
    if (!existsSync(outputFile) || statSync(outputFile).size === 0) {
      throw new ChromiumError(`Chromium wrote no ${outputFile} for ${htmlFile}.${tail(result.output)}`);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * A PNG of the page's first `width` × `height` CSS pixels, at one device pixel each.
 * `netLog`, if given, is where Chromium writes its network log (read it with pageRequests).
 */
export function screenshot(htmlFile, pngFile, { width = 1200, height = 1600, timeoutMs, netLog } = {}) {
  const flags = [
    `--screenshot=${resolve(pngFile)}`,
    `--window-size=${width},${height}`,
    '--force-device-scale-factor=1',
    '--hide-scrollbars',
  ];
  return render(htmlFile, pngFile, flags, { timeoutMs, netLog });
}

/** The page printed to PDF as a browser's "Save as PDF" does, without the browser's header and footer. */
export function printToPdf(htmlFile, pdfFile, { timeoutMs, netLog } = {}) {
  return render(htmlFile, pdfFile, [`--print-to-pdf=${resolve(pdfFile)}`, '--no-pdf-header-footer'], { timeoutMs, netLog });
}

/**
 * The URLs a page opened from a file asked the network for, read from Chromium's network log:
 * the requests whose network isolation key is the file:// site (Chromium's own background
 * requests have another key, or none).
 */
export function pageRequests(netLogFile) {
  const log = JSON.parse(readFileSync(netLogFile, 'utf8'));
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === startJob && String(event.params?.network_isolation_key ?? '').startsWith('file://'))
    .map((event) => event.params.url);
}

const USAGE =
  'Usage: node scripts/chromium.mjs screenshot <page.html> <image.png> [--width N] [--height N] | pdf <page.html> <document.pdf>';

function sizeOption(args, name, fallback) {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new ChromiumError(`--${name} takes a whole number of pixels. ${USAGE}`);
  return value;
}

async function main(args) {
  const [command, htmlFile, outputFile] = args;
  if (!htmlFile || !outputFile) throw new ChromiumError(USAGE);
  if (command === 'screenshot') {
    await screenshot(htmlFile, outputFile, { width: sizeOption(args, 'width', 1200), height: sizeOption(args, 'height', 1600) });
  } else if (command === 'pdf') {
    await printToPdf(htmlFile, outputFile);
  } else {
    throw new ChromiumError(USAGE);
  }
  process.stderr.write(`Wrote ${outputFile}.\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    if (!(error instanceof ChromiumError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  });
}
