import type { Finding } from '../check.js';
import { gateDimension } from './dimension.js';
import type { GateInput, GateOutcome } from './input.js';
import { gateNps } from './nps.js';
import { gateOverall } from './overall.js';

export type { GateInput, GateOutcome } from './input.js';

export const GATE_CHECKS = [gateOverall, gateDimension, gateNps] as const;

/** The thresholds a pipeline sets; a result under any of them fails the build (exit code 1). */
export interface Thresholds {
  overall?: number;
  /** Dimension id → minimum score (0–100). */
  dimensions?: Readonly<Record<string, number>>;
  /** Minimum NPS (−100..100) of the largest feedback file with an NPS. */
  nps?: number;
}

/**
 * The findings of every threshold set, by outcome. Each carries the figure and the threshold
 * (`minimum`, and `dimension` for a dimension's); the caller words it with where the threshold
 * was set, since only it knows whether that was a flag or a config file.
 */
export type GateResult = Record<GateOutcome, Finding[]>;

/** Checks a report against the thresholds set; a threshold met gives no finding. */
export function checkThresholds(report: GateInput, thresholds: Thresholds): GateResult {
  const findings = [
    ...(thresholds.overall === undefined ? [] : gateOverall.evaluate({ minimum: thresholds.overall }, report)),
    ...Object.entries(thresholds.dimensions ?? {}).flatMap(([dimension, minimum]) =>
      gateDimension.evaluate({ dimension, minimum }, report),
    ),
    ...(thresholds.nps === undefined ? [] : gateNps.evaluate({ minimum: thresholds.nps }, report)),
  ];
  const of = (outcome: GateOutcome) => findings.filter((finding) => finding.data.outcome === outcome);
  return { failed: of('failed'), unchecked: of('unchecked'), unusable: of('unusable') };
}
