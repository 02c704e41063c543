import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { localToday } from '../../calendar.js';
import { loadSettings } from '../../config/find.js';
import { InputError } from '../../errors.js';
import { analyseFeedbackFiles, type FileResult } from '../../feedback/batch.js';
import { EXPORT_EXTENSIONS, isExportName } from '../../feedback/file-kind.js';
import type { AnalysedFeedback } from '../../feedback/index.js';
import { formatCount, formatPlural, formatSigned } from '../../format.js';
import { ensureFolder } from '../../io/files.js';
import { mapStrings, printable, printableLines, UNPRINTABLE } from '../../printable.js';
import { buildFeedbackReport, buildIndex, describeWithheld, indexEntry } from '../../report/feedback.js';
import type { ReportFormat } from '../../report/formats.js';
import { type FeedbackReportJson, feedbackIndexJson, feedbackReportJson, renderJson } from '../../report/json.js';
import { FEEDBACK_TEMPLATE, INDEX_TEMPLATE, loadPartials, loadTemplate, renderMarkdown } from '../../report/markdown.js';
import { renderReport } from '../../report/render.js';
import { taggedCsv } from '../../report/tagged.js';
import { EXIT } from '../exit-codes.js';
import type { FeedbackFlags } from '../feedback-options.js';
import { toFeedbackOptions } from '../feedback-settings.js';
import { appendStepSummary, checkOutput, isStandardOutput, templateWarnings, writeOutput } from '../output.js';
import { ProgressLine } from '../progress-line.js';
import { progressFor, styleFor } from '../terminal.js';
import { VERSION } from '../version.js';

export interface ScoreOptions extends FeedbackFlags {
  outDir: string;
  format: ReportFormat[];
  date?: string;
  force?: boolean;
  quiet?: boolean;
  /** Exit 0 even when some files could not be read (they are still listed). */
  keepGoing?: boolean;
  /** Where to write every response, one row each (see src/report/tagged.ts). */
  tagged?: string;
}

/** `centricity score FILE|GLOB...`: one report per export, and an index comparing them. */
export async function scoreCommand(patterns: string[], options: ScoreOptions): Promise<number> {
  if (options.outDir === '-') {
    throw new InputError(
      'score writes one report per file, so --out-dir needs a folder; for JSON on standard output, score one file into a folder and ' +
        'read it, or use centricity audit --feedback FILE --format json --out -.',
    );
  }
  if (options.tagged !== undefined) {
    if (isStandardOutput(options.tagged)) {
      throw new InputError('--tagged writes a CSV file, not standard output (which carries the summary): give it a file path.');
    }
    // The run makes its out-dir: a tagged file beside the reports needs it made before it is checked.
    if (resolve(dirname(options.tagged)) === resolve(options.outDir)) await ensureFolder(options.outDir);
    await checkOutput(options.tagged, { force: Boolean(options.force) });
  }
  const { files, skipped } = await expandPatterns(patterns);
  if (!options.quiet) for (const file of skipped) process.stderr.write(`centricity: skipped ${printable(file)}: not a CSV/TSV export.\n`);
  const generatedOn = options.date ?? localToday();
  const feedbackOptions = toFeedbackOptions(options, (await loadSettings(options.config)).settings.feedback);
  // JSON alone needs no template.
  const readable = options.format.some((format) => format !== 'json');
  const partials = readable ? await loadPartials() : {};
  const template = readable ? await loadTemplate(FEEDBACK_TEMPLATE) : '';
  const rendering = { templateName: 'feedback template', partials, warn: templateWarnings(options.quiet) };
  const reportNames = uniqueNames(files);
  if (options.tagged !== undefined)
    refuseTaggedOverReport(options.tagged, options.outDir, [...reportNames.values(), 'index'], options.format);
  const scored: { summary: AnalysedFeedback; name: string }[] = [];
  const reports: FeedbackReportJson[] = [];
  const failures: { file: string; message: string }[] = [];
  let withheld = 0;
  let unwritten = 0;
  // With --format json alone, stdout carries JSON for pipes (`| jq`), and the human lines go to stderr.
  const jsonOnStdout = options.format.length === 1 && options.format[0] === 'json';
  const human = jsonOnStdout ? process.stderr : process.stdout;
  const style = styleFor(human);
  const progress = progressFor(process.stderr, { quiet: options.quiet });

  const line = new ProgressLine(files, progress.update);
  progress.start(line.text());
  let results: FileResult[];
  try {
    results = await analyseFeedbackFiles(
      files,
      { ...feedbackOptions, onProgress: line.onProgress },
      feedbackOptions.threads ?? 1,
      (result, finished) => {
        if ('error' in result) process.stderr.write(`${progress.clearLine()}centricity: ${printableLines(result.error)}\n`);
        line.onDone(finished);
      },
    );
  } finally {
    // Also on an error: the line is cleared before the error is written.
    progress.stop();
  }
  if (results.every((result) => 'error' in result)) {
    // Nothing to report on: no folder, no empty index. One file's own error already says it all.
    if (files.length > 1) process.stderr.write(`centricity: none of the ${files.length} files could be scored, so nothing was written.\n`);
    return EXIT.usage;
  }
  await ensureFolder(options.outDir);

  for (const result of results) {
    if ('error' in result) {
      failures.push({ file: result.file, message: result.error });
      continue;
    }
    const { summary } = result;
    // Templates see exactly the object the JSON writes, so that a name means one thing in both.
    const json = feedbackReportJson(buildFeedbackReport(summary, generatedOn, VERSION));
    const name = reportNames.get(result.file)!;
    try {
      for (const format of options.format) {
        const rendered = await renderReport(format, json, template, rendering);
        await writeOutput(join(options.outDir, `${name}.${format}`), rendered, { force: Boolean(options.force) });
      }
    } catch (error) {
      // A report that may not be written (a file someone else wrote is in the way) costs that
      // report only: the others are written, and the index lists it with the reason.
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`${progress.clearLine()}centricity: ${error.message}\n`);
      failures.push({ file: result.file, message: `${result.file} was scored, but its report was not written: ${error.message}` });
      unwritten++;
      continue;
    }
    scored.push({ summary, name });
    if (summary.withheld) {
      withheld++;
      // On stderr whatever --quiet says: it is why the run fails.
      process.stderr.write(`centricity: ${printable(summary.source.file)}: ${describeWithheld(summary)}.\n`);
    }
    if (!options.quiet) human.write(`${summaryLine(summary, style)}\n`);
    reports.push(json);
  }

  // Each index links the reports of its own format.
  const indexIn = (format: ReportFormat) =>
    feedbackIndexJson(
      buildIndex(
        scored.map(({ summary, name }) => indexEntry(summary, `${name}.${format}`)),
        failures,
        generatedOn,
        VERSION,
      ),
    );
  // One file: its report. Several: the index that compares them (each report is in its file).
  if (jsonOnStdout) process.stdout.write(renderJson(files.length === 1 && reports[0] ? reports[0] : indexIn('json')));
  // The index is written last, so that it never lists a report that is not there.
  const indexTemplate = await loadTemplate(INDEX_TEMPLATE);
  const indexRendering = { ...rendering, templateName: 'index template' };
  for (const format of options.format) {
    const rendered = await renderReport(format, indexIn(format), indexTemplate, indexRendering);
    await writeOutput(join(options.outDir, `index.${format}`), rendered, { force: Boolean(options.force) });
  }
  // The Markdown index is also the GitHub step summary, whatever the formats.
  await appendStepSummary(async () =>
    renderMarkdown(indexIn(options.format[0]!), indexTemplate, 'index template', partials, rendering.warn),
  );
  if (options.tagged !== undefined) {
    const read = results.flatMap((result) => ('error' in result ? [] : [{ ...result, scale: result.summary.source.scale }]));
    await writeOutput(options.tagged, taggedCsv(read, files.length > 1), { force: Boolean(options.force) });
  }
  if (!options.quiet) {
    const unread = failures.length > unwritten ? `; ${failures.length - unwritten} could not be read` : '';
    const notWritten = unwritten ? `; ${unwritten} not written` : '';
    const scoredLine = `${formatCount(scored.length)} of ${formatPlural(files.length, 'file')} scored`;
    human.write(`\n${scoredLine}; reports in ${printable(options.outDir)}${unread}${notWritten}.\n`);
  }
  // Unreadable files fail the run unless the caller said a partial batch is fine; withheld figures and reports not written always do.
  if (withheld > 0) return EXIT.withheld;
  if (unwritten > 0) return EXIT.usage;
  return failures.length > 0 && !options.keepGoing ? EXIT.usage : EXIT.ok;
}

/**
 * The files to score: each file named as it is, and from each quoted glob the exports only
 * (README files, images and the like are skipped, one note each).
 */
async function expandPatterns(patterns: readonly string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const pattern of patterns) {
    const isPattern = /[*?[\]{}]/.test(pattern);
    if (!isPattern) {
      files.push(pattern);
      continue;
    }
    // Paths come back the way the pattern was written: absolute for an absolute pattern.
    const matches = (await glob(pattern, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern) })).sort();
    if (matches.length === 0)
      throw new InputError(`no file matches ${pattern}: check the pattern (quote it so that the shell leaves it to centricity).`);
    const exports = matches.filter(isExportName);
    if (exports.length === 0) {
      const shown = matches.slice(0, 3).join(', ') + (matches.length > 3 ? ` and ${matches.length - 3} more` : '');
      const extensions = `${EXPORT_EXTENSIONS.slice(0, -1).join(', ')} and ${EXPORT_EXTENSIONS.at(-1)}`;
      throw new InputError(`${pattern} matches no CSV/TSV export (only ${shown}): centricity scores ${extensions} files.`);
    }
    files.push(...exports);
    skipped.push(...matches.filter((match) => !isExportName(match)));
  }
  const unique = new Set(files);
  return { files: [...unique], skipped: [...new Set(skipped)].filter((file) => !unique.has(file)) };
}

const UNPRINTABLE_EVERYWHERE = new RegExp(UNPRINTABLE.source, 'g');

/** Report names from the file names, made unique when two inputs share a name. */
function uniqueNames(files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>(['index']);
  for (const file of files) {
    // A control or bidi character in a file name would be a terminal escape, or a spoof, wherever the report is listed.
    const stem = basename(file, extname(file)).replace(UNPRINTABLE_EVERYWHERE, '_') || 'feedback';
    let name = stem;
    for (let suffix = 2; used.has(name); suffix++) name = `${stem}-${suffix}`;
    used.add(name);
    names.set(file, name);
  }
  return names;
}

function summaryLine(typed: AnalysedFeedback, style: ReturnType<typeof styleFor>): string {
  // The file name, scale and theme titles come from files and configs: shown without their control characters.
  const summary = { ...typed, source: mapStrings(typed.source, printable), comments: mapStrings(typed.comments, printable) };
  const { scores, comments, quality } = summary;
  if (summary.withheld) return `${style.bold(summary.source.file)}: ${style.red(describeWithheld(summary))}`;
  const lost = quality.lost.records > 0 ? ` (${quality.lost.share}% of the rows could not be read and are left out)` : '';
  const reading = (interval: string) => (scores?.tooSmall ? ' (too few answers to read)' : interval);
  const interval = scores?.nps?.interval;
  const figure = scores?.nps
    ? `NPS ${formatSigned(scores.nps.nps)}${reading(` (${formatSigned(interval?.low)} to ${formatSigned(interval?.high)})`)}`
    : scores?.mean !== null && scores?.mean !== undefined
      ? `mean ${scores.mean} on ${summary.source.scale?.title}${reading('')}`
      : 'no score';
  const theme = comments?.themes[0] ? `, top theme ${comments.themes[0].title}` : '';
  const counts = `n = ${formatCount(scores?.n ?? 0)}, ${formatPlural(comments?.count ?? 0, 'comment')}`;
  return `${style.bold(summary.source.file)}: ${figure}${lost}, ${counts}${theme}`;
}

/** The export must not land where this run writes a report: the report would be lost, written over in the same run. */
function refuseTaggedOverReport(tagged: string, outDir: string, names: readonly string[], formats: readonly string[]): void {
  const target = resolve(tagged);
  for (const name of names) {
    for (const format of formats) {
      if (resolve(outDir, `${name}.${format}`) !== target) continue;
      throw new InputError(
        `--tagged ${printable(tagged)} is where this run writes its report ${printable(`${name}.${format}`)}: ` +
          'give the export another name.',
      );
    }
  }
}
