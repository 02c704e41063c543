/**
 * centricity's command line, in layers: this file defines the commands and their flags with
 * commander and owns exit codes and the one top-level catch; each command module under
 * commands/ turns flags into typed options and calls the pure core (src/audit.ts and
 * friends); prompts, colours and files stay at this edge. Command modules are imported only
 * when their command runs, so `--help` does not load prompts or templates.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { errorMessage, InputError } from '../errors.js';
import { formatList } from '../format.js';
import { printableLines } from '../printable.js';
import { REPORT_FORMATS, type ReportFormat, reportFormatNamed } from '../report/formats.js';
import type { AuditOptions } from './commands/audit.js';
import type { HistoryOptions } from './commands/history.js';
import type { InitOptions } from './commands/init.js';
import type { QuestionsOptions } from './commands/questions.js';
import type { ScoreOptions } from './commands/score.js';
import { DEFAULT_ANSWERS_FILE } from './defaults.js';
import { EXIT } from './exit-codes.js';
import { addFeedbackOptions, parseDate } from './feedback-options.js';
import { undoOnSignals, watchStandardOutput } from './signals.js';
import { VERSION } from './version.js';

export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  undoOnSignals();
  const standardOutputFailed = watchStandardOutput();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    process.exitCode = reportError(error);
  }
  // A command's own exit code must not hide an output that never arrived.
  if (standardOutputFailed()) process.exitCode = EXIT.usage;
}

function buildProgram(): Command {
  const program = new Command('centricity')
    .description(
      "Audit how customer-centric your team is: a questionnaire, your customers' feedback, and a scored report with concrete actions.",
    )
    .version(VERSION, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(add --help for the options)')
    // One voice for every error: commander's own get the same prefix as centricity's.
    // Messages quote what they were given (an unknown option, a file name): shown without its control characters.
    .configureOutput({ outputError: (text, write) => write(`centricity: ${printableLines(text.replace(/^error: /, ''))}`) })
    .configureHelp({ sortOptions: false });

  const audit = program
    .command('audit')
    .description('run the questionnaire (or read answers) and write a scored report: Markdown, HTML or JSON')
    .option(
      '--answers <files...>',
      'score answers files (YAML, or CSV; - for stdin) without asking anything: one person per file; ' +
        'several files, a folder or a quoted glob merge a team',
    )
    .option('--named', "name the respondents beside their answers (by default a team's report names nobody)")
    .option('--feedback <files...>', 'customer-feedback exports (CSV, TSV) to summarise in the report')
    .option('--demo', 'run on the sample answers and feedback bundled with centricity; asks nothing')
    .option('--actions <file>', 'add your own actions (YAML or JSON) to the catalogue; the same id replaces a built-in one')
    .option('--resume', 'go on with an interrupted questionnaire from its first unanswered question')
    .option(
      '--save-answers <file>',
      `where the questionnaire saves answers as they are given (default: ${DEFAULT_ANSWERS_FILE}, or one file per --respondent)`,
    )
    .option('--respondent <name>', 'who answers the questionnaire: saves to centricity-answers.<name>.yaml, one file per person')
    .option('-o, --out <file>', 'where to write the report; "-" for standard output (default: centricity-report.md, .json or .html)')
    .option(
      '-f, --format <format>',
      'md to read on GitHub, html for a page with charts to open or print, json for tools (default: from --out, or md)',
      parseFormat,
    )
    .option('--template <file>', 'render the report (Markdown, and the HTML made from it) with your own Handlebars template')
    .option('--date <yyyy-mm-dd>', 'date the report and its action deadlines (default: today)', parseDate)
    .option('--fail-under <score>', 'exit with code 1 when the overall score (0–100) is below this', parseScore)
    .option(
      '--fail-under-dimension <id=score>',
      'exit with code 1 when a dimension scores below this; repeat for several',
      collectDimensionThreshold,
    )
    .option('--fail-under-nps <nps>', "exit with code 1 when the customers' NPS (−100..100) is below this", parseNps)
    .option('--force', 'overwrite an existing output file that centricity did not write')
    .option('--history <dir>', 'the folder of earlier audits to compare with, and where this one is kept (default: .centricity/history)')
    .option('--no-history', 'neither compare with earlier audits nor keep this one')
    .option('--compare <file>', 'compare with this snapshot (a file of the history folder) instead of the previous audit')
    .option('-q, --quiet', 'print no summary, only errors')
    .addHelpText(
      'after',
      `
Examples:
  $ centricity audit                          ask the questions, write centricity-report.md
  $ centricity audit --demo                   see a full report on sample answers and feedback
  $ centricity audit --demo --out report.html the same as a web page with charts, to open or print
  $ centricity audit --answers team.yaml --feedback nps-export.csv
  $ centricity audit --answers team.yaml --format json --out - | jq .overall
  $ centricity audit --answers team.yaml --fail-under 50   # CI gate
  $ centricity audit --respondent ana         # one file per person: centricity-answers.ana.yaml
  $ centricity audit --answers "centricity-answers.*.yaml"   # the whole team: medians, spread, an agenda
  $ centricity audit --answers team.yaml --feedback nps.csv --fail-under-dimension incentives=40 --fail-under-nps 0

Exit codes: 0 done, 1 under a --fail-under threshold, 2 usage or input error, or too few answers to gate, 130 interrupted (answers saved).`,
    )
    .action(async (options: AuditOptions) => {
      const { auditCommand } = await import('./commands/audit.js');
      process.exitCode = await auditCommand(options);
    });
  addFeedbackOptions(audit);

  addFeedbackOptions(
    program
      .command('score')
      .description('score customer-feedback exports (CSV, TSV): one report per file and an index comparing them')
      .argument(
        '<files...>',
        'CSV or TSV exports, or quoted glob patterns such as "exports/*" (a glob takes only .csv .tsv .txt .tab files)',
      )
      .option('-d, --out-dir <dir>', 'where to write the reports', 'centricity-scores')
      .addOption(
        new Option('-f, --format <formats>', 'md, html or json, or several: md,html,json').default(['md'], 'md').argParser(parseFormats),
      )
      .option('--date <yyyy-mm-dd>', 'date the reports (default: today)', parseDate)
      .option('--tagged <file>', 'also write every response to this CSV: its line, id, score, language, sentiment and themes')
      .option('--force', 'overwrite output files that centricity did not write')
      .option('--keep-going', 'exit 0 even when some files cannot be read (they are still listed)')
      .option('-q, --quiet', 'print nothing but errors'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ centricity score survey.csv
  $ centricity score "exports/*.csv" --format md,html,json --out-dir reports
  $ centricity score nps.csv --score-column "Q1" --comment-column "Q2" --scale nps
  $ centricity score survey.csv --tagged survey-tagged.csv

Files are scored in parallel, one worker thread per core (--threads); a large single file is
cut into parts read in parallel instead.

Exit codes: 0 done, 2 usage or input error, or files that could not be read (the others are
still scored and listed; --keep-going makes that 0).`,
    )
    .action(async (files: string[], options: ScoreOptions) => {
      const { scoreCommand } = await import('./commands/score.js');
      process.exitCode = await scoreCommand(files, options);
    });

  program
    .command('init')
    .description('write a starter config, an answers template and a GitHub Actions workflow (existing files are kept)')
    .option('--force', 'replace files that already exist')
    .option(
      '--install-from <spec>',
      'where the workflow installs centricity from until it is published: a tarball in this repository, ' +
        "a tarball's URL, or a git URL with a tag or commit (default: the published centricity of this version)",
    )
    .action(async (options: InitOptions) => {
      const { initCommand } = await import('./commands/init.js');
      process.exitCode = await initCommand(options);
    });

  program
    .command('history')
    .description("list the audits kept in the history folder: date, respondents, overall score, level and the customers' figure")
    .option('--history <dir>', "the history folder (default: .centricity/history, or the config's history)")
    .addOption(new Option('-f, --format <format>', 'a table to read, or json for tools').choices(['table', 'json']).default('table'))
    .option('--config <file>', 'a config file whose history folder is used')
    .action(async (options: HistoryOptions) => {
      const { historyCommand } = await import('./commands/history.js');
      process.exitCode = await historyCommand(options);
    });

  program
    .command('questions')
    .description('print the questionnaire (ids, questions, the five answers of each, why it matters), to collect answers elsewhere')
    .addOption(
      new Option('-f, --format <format>', 'md to read, csv for a spreadsheet or form, json for tools')
        .choices(['md', 'csv', 'json'])
        .default('md'),
    )
    .option('-o, --out <file>', 'where to write it; "-" for standard output', '-')
    .option('--force', 'overwrite an output file that centricity did not write')
    .option('--config <file>', 'a config file whose extra questions are included')
    .action(async (options: QuestionsOptions) => {
      const { questionsCommand } = await import('./commands/questions.js');
      process.exitCode = await questionsCommand(options);
    });

  return program;
}

const EXPECTED_FORMATS = `expected ${formatList([...REPORT_FORMATS], 'or')}`;

function parseFormat(value: string): ReportFormat {
  const format = reportFormatNamed(value);
  if (format) return format;
  const why = value.includes(',')
    ? ' (audit writes one report; centricity score writes several formats)'
    : /^\s*pdf\s*$/i.test(value)
      ? ' (for a PDF, write html and print the page from a browser)'
      : '';
  throw new InvalidArgumentError(`${EXPECTED_FORMATS}${why}.`);
}

function parseFormats(value: string): ReportFormat[] {
  const formats = value.split(',').map(reportFormatNamed);
  if (formats.includes(null)) throw new InvalidArgumentError(`${EXPECTED_FORMATS}, or several separated by commas such as md,html.`);
  return [...new Set(formats as ReportFormat[])];
}

function parseNps(value: string): number {
  const nps = Number(value);
  if (value.trim() === '' || !Number.isFinite(nps) || nps < -100 || nps > 100)
    throw new InvalidArgumentError('expected an NPS from -100 to 100.');
  return nps;
}

function collectDimensionThreshold(value: string, previous: Record<string, number> = {}): Record<string, number> {
  const match = /^([a-z-]+)=(.+)$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a dimension id and a score, e.g. incentives=40.');
  return { ...previous, [match[1]!]: parseScore(match[2]!) };
}

function parseScore(value: string): number {
  const score = Number(value);
  if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new InvalidArgumentError('expected a score from 0 to 100.');
  }
  return score;
}

/** The one place errors become messages and exit codes; stack traces only with DEBUG=centricity. */
function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; help and version are not errors.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof InputError) {
    // Messages quote headers, labels and file names from the input: shown, never obeyed, by the terminal.
    process.stderr.write(`centricity: ${printableLines(error.message)}\n`);
    return EXIT.usage;
  }
  const message = printableLines(errorMessage(error));
  process.stderr.write(
    `centricity: internal error: ${message}. This is a bug; please report it with the command you ran${
      process.env.DEBUG?.includes('centricity') ? '' : ' (set DEBUG=centricity to see the stack trace)'
    }.\n`,
  );
  if (process.env.DEBUG?.includes('centricity') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.usage;
}
