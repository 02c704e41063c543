import { mergeCatalogue, parseActions } from '../../actions/parse.js';
import { loadAnswers, loadTeamAnswers, respondentAnswersFile } from '../../answers/store.js';
import type { Answers } from '../../answers/types.js';
import { auditReport } from '../../audit.js';
import { checkThresholds } from '../../checks/gate/index.js';
import { loadSettings } from '../../config/find.js';
import { InputError } from '../../errors.js';
import { analyseFeedbackFiles } from '../../feedback/batch.js';
import type { FeedbackOptions } from '../../feedback/index.js';
import type { AnalysedFeedback } from '../../feedback/model.js';
import { readTextFile } from '../../io/files.js';
import { packageFile } from '../../io/package-files.js';
import { printable } from '../../printable.js';
import { withActionsDone } from '../../report/build.js';
import { describeWithheld } from '../../report/feedback.js';
import { formatOfPath, type ReportFormat } from '../../report/formats.js';
import { reportJson } from '../../report/json.js';
import { loadPartials, loadTemplate, renderMarkdown, STEP_SUMMARY_TEMPLATE } from '../../report/markdown.js';
import { renderReport } from '../../report/render.js';
import { renderSummary } from '../../report/summary.js';
import { type HistoryFlags, prepareHistory } from '../audit-history.js';
import { DEFAULT_ANSWERS_FILE } from '../defaults.js';
import { EXIT } from '../exit-codes.js';
import type { FeedbackFlags } from '../feedback-options.js';
import { toFeedbackOptions } from '../feedback-settings.js';
import { describeGate, gateOf, type ThresholdFlags } from '../gate.js';
import { invokedAs, resumeCommand } from '../invocation.js';
import { appendStepSummary, isStandardOutput, templateWarnings, writeOutput } from '../output.js';
import { ProgressLine } from '../progress-line.js';
import { canPrompt, progressFor, styleFor } from '../terminal.js';
import { VERSION } from '../version.js';
import { collectAnswers } from './questionnaire-session.js';

export interface AuditOptions extends FeedbackFlags, ThresholdFlags, HistoryFlags {
  /** Answers files, folders or quoted glob patterns: one respondent per file (per row of a CSV). */
  answers?: string[];
  /** A YAML or JSON file of the team's own actions, added to the catalogue. */
  actions?: string;
  /** Customer-feedback exports whose summary goes into the report. */
  feedback?: string[];
  demo?: boolean;
  resume?: boolean;
  /** Where the questionnaire saves; default centricity-answers.yaml, or centricity-answers.<name>.yaml with `respondent`. */
  saveAnswers?: string;
  /** Who answers the questionnaire: their own answers file, and their name in it. */
  respondent?: string;
  /** Name the respondents beside their answers in the report. */
  named?: boolean;
  out?: string;
  /** Unset: from the extension of `--out`, else Markdown. */
  format?: ReportFormat;
  template?: string;
  date?: string;
  force?: boolean;
  quiet?: boolean;
}

export const DEMO_ANSWERS = packageFile('templates/demo/answers.yaml');
export const DEMO_FEEDBACK = packageFile('templates/demo/feedback.csv');

export async function auditCommand(options: AuditOptions): Promise<number> {
  if ([options.answers, options.demo, options.resume].filter(Boolean).length > 1) {
    throw new InputError('choose one of --answers, --demo and --resume: each says where the answers come from.');
  }
  if (options.respondent !== undefined && (options.answers || options.demo)) {
    throw new InputError('--respondent names who answers the questionnaire: answers files name their respondent themselves.');
  }
  // Before any question is asked: a format the output's name contradicts is refused at once.
  const { format, out } = reportOutput(options);
  const { settings, from: configFile } = await loadSettings(options.config);
  const { questionnaire } = settings;
  let answers: Answers;
  if (options.demo) {
    answers = await loadAnswers(DEMO_ANSWERS, questionnaire);
  } else if (options.answers) {
    const team = await loadTeamAnswers(options.answers, questionnaire);
    answers = team.answers;
    for (const file of team.skipped) {
      process.stderr.write(
        `centricity: note: ${printable(file)} is left out: it is not an answers file (a config, a feedback export, a report).\n`,
      );
    }
    for (const draft of team.drafts) {
      process.stderr.write(
        `centricity: note: ${printable(draft)} is an unfinished draft; unanswered questions are listed in the report.\n`,
      );
    }
  } else if (!canPrompt()) {
    throw new InputError(
      'no terminal to ask the questions in: pass --answers FILE (a YAML answers file) or --demo, or run centricity audit in a terminal.',
    );
  } else {
    const path = options.saveAnswers ?? (options.respondent ? respondentAnswersFile(options.respondent) : DEFAULT_ANSWERS_FILE);
    const respondent = options.respondent?.trim();
    const collected = await collectAnswers({
      path,
      resume: Boolean(options.resume),
      questionnaire,
      resumeCommand: resumeCommand(invokedAs(), process.argv.slice(2)),
      ...(respondent && { respondent }),
    });
    if (!collected) return EXIT.interrupted;
    answers = collected;
  }

  const feedbackFiles = options.feedback ?? (options.demo ? [DEMO_FEEDBACK] : []);
  const feedback = (await readFeedbackFiles(feedbackFiles, toFeedbackOptions(options, settings.feedback), Boolean(options.quiet))).map(
    (summary) =>
      // The bundled sample is named as the README names it, not by where npm happened to install it.
      summary.source.file === DEMO_FEEDBACK
        ? { ...summary, source: { ...summary.source, file: 'the bundled sample templates/demo/feedback.csv' } }
        : summary,
  );
  const catalogue = options.actions
    ? mergeCatalogue(settings.catalogue, parseActions(await readTextFile(options.actions, 'actions file'), options.actions, questionnaire))
    : settings.catalogue;
  const bare = auditReport(answers, {
    questionnaire,
    scoring: settings.scoring,
    catalogue,
    version: VERSION,
    feedback,
    owners: settings.owners,
    ...(options.date && { generatedOn: options.date }),
    named: Boolean(options.named),
  });
  const history = await prepareHistory(bare, {
    flags: options,
    configured: settings.history,
    demo: Boolean(options.demo),
    answers,
    out,
    note: (message) => process.stderr.write(`centricity: note: ${printable(message)}\n`),
  });
  const model = withActionsDone({ ...bare, history: history.history }, history.done);
  // Templates see exactly the object the JSON writes, so that a name means one thing in both.
  const json = reportJson(model);
  const rendered = await renderReport(format, json, format === 'json' ? '' : await loadTemplate(options.template), {
    templateName: options.template ? `template ${options.template}` : 'default template',
    partials: await loadPartials(),
    warn: templateWarnings(options.quiet),
  });
  await writeOutput(out, rendered, { force: Boolean(options.force) });
  const kept = await history.save();

  if (!options.quiet) {
    // The summary is a result: on stdout, unless the report itself is going there.
    const stream = isStandardOutput(out) ? process.stderr : process.stdout;
    const style = styleFor(stream);
    stream.write(`\n${renderSummary(model, style)}`);
    if (!isStandardOutput(out)) stream.write(`\nReport written to ${printable(out)}\n`);
    if (kept) stream.write(`${printable(kept)}\n`);
    if (history.notKept) process.stderr.write(`centricity: note: ${history.notKept}\n`);
  }
  await appendStepSummary(async () => renderMarkdown(json, await loadTemplate(STEP_SUMMARY_TEMPLATE), 'step summary template'));
  const gate = gateOf(options, settings.thresholds, configFile, settings.feedback.minGroupSize);
  const { failed, unchecked, unusable } = describeGate(checkThresholds(model, gate.thresholds), gate);
  for (const failure of failed) process.stderr.write(`centricity: ${printable(failure)}.\n`);
  if (unchecked.length > 0) process.stderr.write(`centricity: too few answers to gate: ${printable(unchecked.join('; '))}.\n`);
  const withheld = feedback.filter((summary) => summary.withheld);
  for (const summary of withheld) process.stderr.write(`centricity: ${printable(summary.source.file)}: ${describeWithheld(summary)}.\n`);
  // A threshold that names what the report lacks stops the run, once the others have been shown.
  if (unusable[0]) throw new InputError(unusable[0]);
  // Withheld figures and thresholds that could not be checked outrank a threshold missed: the gate could not be applied honestly.
  if (unchecked.length > 0) return EXIT.usage;
  if (withheld.length > 0) return EXIT.withheld;
  return failed.length > 0 ? EXIT.belowThreshold : EXIT.ok;
}

/**
 * The report's format and file: `--format`, or the one `--out` names by its extension (`report.html`),
 * or Markdown. A format that contradicts the file's extension is refused: the file would hold what its
 * name says it does not.
 */
function reportOutput(options: AuditOptions): { format: ReportFormat; out: string } {
  const named = options.out === undefined || isStandardOutput(options.out) ? null : formatOfPath(options.out);
  const format = options.format ?? named ?? 'md';
  if (named !== null && named !== format) {
    throw new InputError(
      `--format ${format} does not fit --out ${printable(options.out!)}, whose extension says ${named}: ` +
        `give the file a .${format} name, or leave out --format.`,
    );
  }
  return { format, out: options.out ?? `centricity-report.${format}` };
}

/** Reads the feedback exports with the batch reader that `score` uses; a file that cannot be read stops the audit. */
async function readFeedbackFiles(files: readonly string[], options: FeedbackOptions, quiet: boolean): Promise<AnalysedFeedback[]> {
  if (files.length === 0) return [];
  const progress = progressFor(process.stderr, { quiet });
  const line = new ProgressLine(files, progress.update);
  progress.start(line.text());
  try {
    const results = await analyseFeedbackFiles(files, { ...options, onProgress: line.onProgress }, options.threads ?? 1, (_, finished) =>
      line.onDone(finished),
    );
    return results.map((result) => {
      if ('error' in result) throw new InputError(result.error);
      return result.summary;
    });
  } finally {
    progress.stop();
  }
}
