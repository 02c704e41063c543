import { existsSync } from 'node:fs';
import { lstat, rename } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import { formatAnswers } from '../../answers/format.js';
import { freeBackupName } from '../../answers/store.js';
import { InputError } from '../../errors.js';
import { ensureFolder } from '../../io/files.js';
import { DEFAULT_QUESTIONNAIRE } from '../../questionnaire/index.js';
import { DEFAULT_ANSWERS_FILE } from '../defaults.js';
import { EXIT } from '../exit-codes.js';
import { acquireLock } from '../lock.js';
import { writeOutput } from '../output.js';
import { VERSION } from '../version.js';

export interface InitOptions {
  force?: boolean;
  /** Where the workflow installs centricity from (see checkInstallSource); the published package by default. */
  installFrom?: string;
}

const CONFIG = `# centricity settings: see the README's "Configuration". Flags on the command line win.
feedback:
  # columns: { score: "How likely are you to recommend us?", comment: "Why?" }   # when detection needs help
  minGroupSize: 30
# The CI gate: centricity exits 1 when a result is under one of these. Set them once the first
# audit has given you a baseline.
# thresholds:
#   overall: 40
#   dimensions: { incentives: 30 }
#   nps: 0
`;

/** Node's active LTS line; 22 is in maintenance until April 2027. */
const WORKFLOW_NODE_VERSION = 24;
const WORKFLOW_FILE = '.github/workflows/centricity.yml';
const REPORT_FILE = 'centricity-report.md';
const REPORT_PAGE = 'centricity-report.html';

/** Where the workflow installs centricity from when no --install-from is given: this version, from the registry. */
export const PUBLISHED_PACKAGE = `centricity@${VERSION}`;

/**
 * The GitHub Actions workflow: on a supported Node LTS, centricity installed from one pinned
 * place, the audit gated by the config's thresholds (exit 1) and adding its summary to the job's
 * page (GITHUB_STEP_SUMMARY), and the report, in Markdown and as a web page, kept as an artifact even
 * when the gate fails.
 * npm's cache is keyed on this file, which holds the one thing installed: the key changes with it.
 */
export function workflowFile(installFrom: string = PUBLISHED_PACKAGE): string {
  return `# Runs the customer-centricity audit on every push and every Monday morning, fails the build
# under the thresholds in centricity.config.yaml, and keeps the report as an artifact.
name: Customer-centricity audit
on:
  push:
  schedule:
    - cron: "0 7 * * 1"
  workflow_dispatch:
permissions:
  contents: read
jobs:
  audit:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${WORKFLOW_NODE_VERSION}
          cache: npm
          cache-dependency-path: ${WORKFLOW_FILE}
      - name: Install centricity
        run: |
          npm install --global --no-audit --no-fund ${shellQuote(installFrom)}
      - name: Audit
        # Add --feedback exports/latest-nps.csv once the feedback export is in the repository (here and below).
        run: |
          centricity audit --answers ${DEFAULT_ANSWERS_FILE} --out ${REPORT_FILE}
      - name: Web page
        # The same report as a page with charts, for readers who do not open Markdown. Exit 1 is the
        # gate above, already reported; any other failure fails this step.
        if: always()
        run: |
          centricity audit --answers ${DEFAULT_ANSWERS_FILE} --out ${REPORT_PAGE} --quiet || [ $? -eq 1 ]
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: centricity-report
          path: |
            ${REPORT_FILE}
            ${REPORT_PAGE}
`;
}

/** The spec inside single quotes, for the shell: checkInstallSource has refused quotes and spaces. */
const shellQuote = (spec: string): string => `'${spec}'`;

const GIT_SPEC = /^(?:git\+|git:\/\/|git@|github:|gitlab:|bitbucket:)|\.git(?:#|$)/;
const URL_SPEC = /^https?:\/\//;
const TARBALL_PATH = /\.(?:tgz|tar\.gz|tar)$/;

/**
 * What `--install-from` may name, in the form the workflow's install step uses: a git URL pinned
 * to a tag or commit (`#v0.1.0`), a tarball's URL, or a tarball committed in this repository (the
 * runner sees only the checkout). Refused in one sentence: anything else, and what a shell line
 * or a YAML block would not carry as it is (spaces, quotes, control characters).
 */
export function checkInstallSource(spec: string, exists: (path: string) => boolean): string {
  const refuse = (reason: string) => new InputError(`--install-from ${JSON.stringify(spec)}: ${reason}`);
  if (spec === '' || /[\s'"\\\p{Cc}]/u.test(spec)) {
    throw refuse('expected a tarball path or URL, or a git URL, without spaces or quotes.');
  }
  if (GIT_SPEC.test(spec)) {
    if (!/#[^#]+$/.test(spec)) {
      throw refuse(
        'a git URL needs a tag or commit after # (e.g. github:owner/centricity#v0.1.0), so that every run installs the same code.',
      );
    }
    return spec;
  }
  if (URL_SPEC.test(spec)) return spec;
  if (!TARBALL_PATH.test(spec)) {
    throw refuse('expected a tarball (.tgz) path or URL, or a git URL (git+https://…#tag, github:owner/repo#tag).');
  }
  const path = spec.replace(/^\.\//, '');
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..')) {
    throw refuse('a tarball must be a path inside this repository (the workflow sees only the checkout): copy it here and commit it.');
  }
  if (!exists(path)) throw refuse("no such file here: run init from the repository's root, with the tarball in it (npm pack writes one).");
  // npm reads "vendor/x.tgz" as a GitHub shorthand; "./vendor/x.tgz" as a file.
  return `./${path}`;
}

/**
 * Every question, commented out with its five answers: a valid (empty) answers file that the team
 * fills in by uncommenting a line and setting its answer, or by running the questionnaire.
 */
function answersTemplate(): string {
  return formatAnswers({ schemaVersion: 1, status: 'in-progress', answers: {} }, DEFAULT_QUESTIONNAIRE, { unanswered: 'commented' });
}

/** `centricity init`: a starter config, an answers template and a GitHub Actions workflow; never overwrites. */
export async function initCommand(options: InitOptions): Promise<number> {
  const installFrom = options.installFrom === undefined ? PUBLISHED_PACKAGE : checkInstallSource(options.installFrom, existsSync);
  const files: [string, string][] = [
    ['centricity.config.yaml', CONFIG],
    [DEFAULT_ANSWERS_FILE, answersTemplate()],
    [WORKFLOW_FILE, workflowFile(installFrom)],
  ];
  // The answers file may be open in an audit: wait for it (or refuse) before writing anything.
  const say = (message: string) => process.stderr.write(`centricity: ${message}\n`);
  const lock = await acquireLock(DEFAULT_ANSWERS_FILE, { command: 'init', onWait: say, onTakeOver: say });
  try {
    for (const [path, content] of files) {
      // Anything at the path is kept, a link to nowhere included; --force replaces files and links, never what they point to.
      const exists = await lstat(path).then(
        (stats) => stats,
        () => null,
      );
      if (exists && !options.force) {
        process.stdout.write(`kept ${path} (it exists; --force replaces it)\n`);
        continue;
      }
      // Answers are never replaced without a backup, even with --force.
      if (exists?.isFile() && path === DEFAULT_ANSWERS_FILE) {
        const backup = await freeBackupName(path);
        await rename(path, backup);
        process.stdout.write(`kept the previous answers as ${backup}\n`);
      }
      await ensureFolder(dirname(path));
      await writeOutput(path, content, { force: true });
      process.stdout.write(`wrote ${path}\n`);
    }
  } finally {
    lock.release();
  }
  process.stdout.write(
    `\nNext: answer the questions (npx centricity audit --resume fills in ${DEFAULT_ANSWERS_FILE} in a terminal, or edit it), ` +
      'set the thresholds in centricity.config.yaml, and commit all three.\n',
  );
  return EXIT.ok;
}
