import type { Finding } from '../checks/check.js';
import type { GateResult, Thresholds } from '../checks/gate/index.js';
import { formatSigned } from '../format.js';
import { describeFinding } from '../report/words.js';

/** The `--fail-under*` flags of `centricity audit`, and the `--min-group-size` that decides when an NPS is too thin to gate. */
export interface ThresholdFlags {
  failUnder?: number;
  failUnderDimension?: Record<string, number>;
  failUnderNps?: number;
  minGroupSize?: number;
}

/** Where a threshold was set: a flag as typed, or a key of a config file. */
type Source = { flag: string; typed: string } | { key: string; file: string };

export interface Gate {
  thresholds: Thresholds;
  /** `minGroupSize` is absent when the default stands. */
  sources: { overall?: Source; dimensions: Record<string, Source>; nps?: Source; minGroupSize?: Source };
}

/**
 * The thresholds of a run and where each was set. A flag replaces the config file's threshold
 * of the same kind (for a dimension, of the same dimension); the rest of the config's stand.
 */
export function gateOf(flags: ThresholdFlags, config: Thresholds, configFile: string | null, configMinGroupSize?: number): Gate {
  // Keys as the user would look for them: inside "centricity" when the settings came from package.json.
  const fromConfig = (key: string): Source => ({
    key: configFile === 'package.json' ? `centricity.${key}` : key,
    file: configFile ?? 'the config',
  });
  const sources: Gate['sources'] = { dimensions: {} };
  if (config.overall !== undefined) sources.overall = fromConfig('thresholds.overall');
  if (flags.failUnder !== undefined) sources.overall = { flag: '--fail-under', typed: String(flags.failUnder) };
  for (const id of Object.keys(config.dimensions ?? {})) sources.dimensions[id] = fromConfig(`thresholds.dimensions.${id}`);
  for (const [id, minimum] of Object.entries(flags.failUnderDimension ?? {}))
    sources.dimensions[id] = { flag: '--fail-under-dimension', typed: `${id}=${minimum}` };
  if (config.nps !== undefined) sources.nps = fromConfig('thresholds.nps');
  if (flags.failUnderNps !== undefined) sources.nps = { flag: '--fail-under-nps', typed: String(flags.failUnderNps) };
  if (configMinGroupSize !== undefined) sources.minGroupSize = fromConfig('feedback.minGroupSize');
  if (flags.minGroupSize !== undefined) sources.minGroupSize = { flag: '--min-group-size', typed: String(flags.minGroupSize) };
  const thresholds: Thresholds = {
    ...config,
    ...(flags.failUnder !== undefined && { overall: flags.failUnder }),
    ...(flags.failUnderDimension && { dimensions: { ...config.dimensions, ...flags.failUnderDimension } }),
    ...(flags.failUnderNps !== undefined && { nps: flags.failUnderNps }),
  };
  return { thresholds, sources };
}

/**
 * The gate's result in words, each threshold named where it was set: "the overall score 41 is
 * below --fail-under 90", or "… below 90 (thresholds.overall in centricity.config.yaml)". A
 * threshold that names what the report lacks is a usage error: `unusable` is its one sentence,
 * for the caller to stop with once it has shown the rest, so that no other result is hidden.
 */
export function describeGate(result: GateResult, gate: Gate): { failed: string[]; unchecked: string[]; unusable: string[] } {
  return {
    failed: result.failed.map((finding) => {
      const source = sourceOf(finding, gate);
      const minimum = Number(finding.data.minimum);
      const threshold =
        'flag' in source ? where(source) : `${finding.check === 'gate-nps' ? formatSigned(minimum) : minimum} (${where(source)})`;
      return describeFinding({ ...finding, data: { ...finding.data, minimum: threshold } });
    }),
    unchecked: result.unchecked.map(
      (finding) => `${where(sourceOf(finding, gate))}: ${describeFinding(finding)}${groupSize(finding, gate)}`,
    ),
    unusable: result.unusable.map((finding) => {
      const source = sourceOf(finding, gate);
      return `${'flag' in source ? source.flag : where(source)} ${describeFinding(finding)}.`;
    }),
  };
}

/** After an NPS too thin to gate, where the minimum group size it fell short of was set. */
function groupSize(finding: Finding, { sources }: Gate): string {
  if (finding.check !== 'gate-nps' || finding.messageId !== 'tooFew') return '';
  return sources.minGroupSize ? ` (${where(sources.minGroupSize)})` : ' (the default; --min-group-size or feedback.minGroupSize sets it)';
}

function where(source: Source): string {
  return 'flag' in source ? `${source.flag} ${source.typed}` : `${source.key} in ${source.file}`;
}

function sourceOf(finding: Finding, { sources }: Gate): Source {
  const source =
    finding.check === 'gate-overall'
      ? sources.overall
      : finding.check === 'gate-nps'
        ? sources.nps
        : sources.dimensions[String(finding.data.dimension)];
  if (!source) throw new Error(`the gate found ${finding.check}/${finding.messageId} for a threshold nobody set`);
  return source;
}
