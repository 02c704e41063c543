import { InputError } from '../errors.js';
import type { ReportModel } from './model.js';

/** The thresholds a pipeline sets; a result under any of them fails the build (exit code 1). */
export interface Thresholds {
  overall?: number;
  /** Dimension id → minimum score (0–100). */
  dimensions?: Readonly<Record<string, number>>;
  /** Minimum NPS (−100..100) of the largest feedback file with an NPS. */
  nps?: number;
}

/**
 * Every threshold the report falls under, as sentences. A threshold that cannot be checked (an
 * unknown dimension, an NPS gate with no NPS in the feedback) is a usage error, not a pass.
 */
export function checkThresholds(model: ReportModel, thresholds: Thresholds): string[] {
  const failures: string[] = [];
  if (thresholds.overall !== undefined && (model.overall.score ?? 0) < thresholds.overall) {
    failures.push(`the overall score ${model.overall.score ?? 'n/a'} is below --fail-under ${thresholds.overall}`);
  }
  for (const [id, minimum] of Object.entries(thresholds.dimensions ?? {})) {
    const dimension = model.dimensions.find((candidate) => candidate.id === id);
    if (!dimension) {
      throw new InputError(
        `--fail-under-dimension names ${id}, which is not a dimension; use one of ${model.dimensions.map((candidate) => candidate.id).join(', ')}.`,
      );
    }
    if ((dimension.score ?? 0) < minimum) failures.push(`${dimension.title} scores ${dimension.score ?? 'n/a'}, below --fail-under-dimension ${id}=${minimum}`);
  }
  if (thresholds.nps !== undefined) {
    const nps = model.feedback
      .map((summary) => summary.scores?.nps)
      .filter((figures) => figures && figures.nps !== null)
      .sort((a, b) => b!.n - a!.n)[0];
    if (!nps) throw new InputError('--fail-under-nps needs feedback with a 0–10 recommend score: add --feedback FILE.');
    if (nps.nps! < thresholds.nps) failures.push(`the customers' NPS ${nps.nps} is below --fail-under-nps ${thresholds.nps}`);
  }
  return failures;
}
