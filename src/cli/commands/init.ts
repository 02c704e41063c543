import { lstat, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatAnswers } from '../../answers/format.js';
import { freeBackupName } from '../../answers/store.js';
import { ensureFolder } from '../../io/files.js';
import { DEFAULT_QUESTIONNAIRE } from '../../questionnaire/index.js';
import { DEFAULT_ANSWERS_FILE } from '../defaults.js';
import { EXIT } from '../exit-codes.js';
import { acquireLock } from '../lock.js';
import { writeOutput } from '../output.js';
import { VERSION } from '../version.js';

export interface InitOptions {
  force?: boolean;
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

const WORKFLOW = `# Runs the customer-centricity audit on every push and every Monday morning, fails the build
# under the thresholds in centricity.config.yaml, and keeps the report as an artifact.
name: Customer-centricity audit
on:
  push:
  schedule:
    - cron: "0 7 * * 1"
  workflow_dispatch:
jobs:
  audit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Audit
        # Add --feedback exports/latest-nps.csv once the feedback export is in the repository.
        run: npx --yes centricity@${VERSION} audit --answers ${DEFAULT_ANSWERS_FILE} --out centricity-report.md
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: centricity-report
          path: centricity-report.md
`;

/**
 * Every question, commented out with its five answers: a valid (empty) answers file that the team
 * fills in by uncommenting a line and setting its answer, or by running the questionnaire.
 */
function answersTemplate(): string {
  return formatAnswers({ schemaVersion: 1, status: 'in-progress', answers: {} }, DEFAULT_QUESTIONNAIRE, { unanswered: 'commented' });
}

/** `centricity init`: a starter config, an answers template and a GitHub Actions workflow; never overwrites. */
export async function initCommand(options: InitOptions): Promise<number> {
  const files: [string, string][] = [
    ['centricity.config.yaml', CONFIG],
    [DEFAULT_ANSWERS_FILE, answersTemplate()],
    ['.github/workflows/centricity.yml', WORKFLOW],
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
