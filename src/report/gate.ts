import { InputError } from '../errors.js';
import { missingAnswers } from './executive.js';
import { describeWithheld } from './feedback.js';
import type { ReportModel } from './model.js';

/** The thresholds a pipeline sets; a result under any of them fails the build (exit code 1). */
export interface Thresholds {
  overall?: number;
  /** Dimension id → minimum score (0–100). */
  dimensions?: Readonly<Record<string, number>>;
  /** Minimum NPS (−100..100) of the largest feedback file with an NPS. */
  nps?: number;
}

export interface GateResult {
  /** Every threshold the report falls under, as sentences (exit code 1). */
  failures: string[];
  /**
   * Thresholds the data are too thin to check, as sentences: a missing score must neither pass
   * a gate (it was never reached) nor fail it (it was never measured), so the run stops (exit 2).
   */
  unchecked: string[];
}

/**
 * Checks the report against the thresholds. A threshold that names something that does not
 * exist (an unknown dimension, an NPS gate with no NPS in the feedback) is a usage error.
 */
export function checkThresholds(model: ReportModel, thresholds: Thresholds): GateResult {
  const result: GateResult = { failures: [], unchecked: [] };
  if (thresholds.overall !== undefined) {
    const { score, coverage } = model.overall;
    if (score === null) result.unchecked.push(`--fail-under ${thresholds.overall}: ${missingAnswers(coverage)}`);
    else if (score < thresholds.overall) result.failures.push(`the overall score ${score} is below --fail-under ${thresholds.overall}`);
  }
  for (const [id, minimum] of Object.entries(thresholds.dimensions ?? {})) {
    const dimension = model.dimensions.find((candidate) => candidate.id === id);
    if (!dimension) {
      throw new InputError(
        `--fail-under-dimension names ${id}, which is not a dimension; use one of ${model.dimensions.map((candidate) => candidate.id).join(', ')}.`,
      );
    }
    if (dimension.score === null)
      result.unchecked.push(`--fail-under-dimension ${id}=${minimum}: no question of ${dimension.title} was answered on the 1–5 scale`);
    else if (dimension.score < minimum)
      result.failures.push(`${dimension.title} scores ${dimension.score}, below --fail-under-dimension ${id}=${minimum}`);
  }
  if (thresholds.nps !== undefined) {
    const scores = model.feedback
      .map((summary) => summary.scores)
      .filter((figures) => figures?.nps && figures.nps.nps !== null)
      .sort((a, b) => b!.n - a!.n)[0];
    if (!scores) {
      const withheld = model.feedback.find((summary) => summary.withheld);
      if (withheld) {
        // The NPS is there but cannot be trusted: that is thin data, not a usage error.
        result.unchecked.push(
          `--fail-under-nps ${thresholds.nps}: too few rows of ${withheld.source.file} could be read to trust its NPS: ${describeWithheld(withheld)}`,
        );
        return result;
      }
      throw new InputError(
        model.feedback.length === 0
          ? '--fail-under-nps needs feedback with a 0–10 recommend score: add --feedback FILE.'
          : `--fail-under-nps needs a 0–10 recommend score, and the feedback has none (${model.feedback
              .map(
                (summary) =>
                  `${summary.source.file}: ${summary.source.scale ? `read as ${summary.source.scale.title}` : 'no score column'}`,
              )
              .join('; ')}); name the recommend column with --score-column, or set --scale nps.`,
      );
    }
    const nps = scores.nps!.nps!;
    if (scores.tooSmall) {
      result.unchecked.push(
        `--fail-under-nps ${thresholds.nps}: the customers' NPS of ${nps} rests on ${scores.n} answers, fewer than the minimum group size (--min-group-size)`,
      );
    } else if (nps < thresholds.nps) result.failures.push(`the customers' NPS ${nps} is below --fail-under-nps ${thresholds.nps}`);
  }
  return result;
}
