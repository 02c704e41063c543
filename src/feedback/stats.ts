/** The statistics of the brief, as small pure functions (formulas and a worked check in the README). */

const Z95 = 1.96;

export interface NpsFigures {
  /** Valid 0–10 answers. */
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, −100..100, one decimal; null when n = 0. */
  nps: number | null;
  /** Standard error in NPS points. */
  standardError: number | null;
  /** Wald 95% margin, ± points. */
  waldMargin: number | null;
  /**
   * Adjusted-Wald 95% interval (Rocks 2016), in points, clamped to −100..100 and widened to
   * reach the NPS itself where the adjustment pulls it past (a single answer does).
   */
  interval: { low: number; high: number } | null;
}

export function npsFigures(promoters: number, passives: number, detractors: number): NpsFigures {
  const n = promoters + passives + detractors;
  if (n === 0) {
    return { n, promoters, passives, detractors, nps: null, standardError: null, waldMargin: null, interval: null };
  }
  const p = promoters / n;
  const d = detractors / n;
  const standardError = Math.sqrt(npsVariance(p, d) / n) * 100;
  const adjustedN = n + 3;
  const pAdjusted = (promoters + 0.75) / adjustedN;
  const dAdjusted = (detractors + 0.75) / adjustedN;
  const adjustedMargin = Z95 * Math.sqrt(npsVariance(pAdjusted, dAdjusted) / adjustedN);
  const centre = pAdjusted - dAdjusted;
  const nps = round1((p - d) * 100);
  return {
    n,
    promoters,
    passives,
    detractors,
    nps,
    standardError: round2(standardError),
    waldMargin: round1(Z95 * standardError),
    // An interval that leaves out the figure it is the interval of would contradict it.
    interval: {
      low: Math.min(nps, round1(Math.max(-1, centre - adjustedMargin) * 100)),
      high: Math.max(nps, round1(Math.min(1, centre + adjustedMargin) * 100)),
    },
  };
}

/** Variance of one response's NPS contribution (+1, 0, −1). */
function npsVariance(p: number, d: number): number {
  return p + d - (p - d) ** 2;
}

export interface Difference {
  /** First minus second, in points. */
  difference: number;
  z: number;
  /** Two-sided, at the 95% level. */
  significant: boolean;
}

/** z-test of the difference of two NPS: z = (NPS₁ − NPS₂) / sqrt(V₁/n₁ + V₂/n₂). */
export function compareNps(first: NpsFigures, second: NpsFigures): Difference | null {
  if (first.n === 0 || second.n === 0) return null;
  const share = (count: number, n: number) => count / n;
  const v1 = npsVariance(share(first.promoters, first.n), share(first.detractors, first.n));
  const v2 = npsVariance(share(second.promoters, second.n), share(second.detractors, second.n));
  const difference = (first.promoters - first.detractors) / first.n - (second.promoters - second.detractors) / second.n;
  const spread = Math.sqrt(v1 / first.n + v2 / second.n);
  const z = spread === 0 ? (difference === 0 ? 0 : Math.sign(difference) * Infinity) : difference / spread;
  return { difference: round1(difference * 100), z: round2(z), significant: Math.abs(z) >= Z95 };
}

/** z-test of two means from their sums of values and squares (Welch's standard error). */
export function compareMeans(
  first: { n: number; sum: number; sumOfSquares: number },
  second: { n: number; sum: number; sumOfSquares: number },
): Difference | null {
  if (first.n < 2 || second.n < 2) return null;
  const variance = ({ n, sum, sumOfSquares }: typeof first) => Math.max(0, (sumOfSquares - (sum * sum) / n) / (n - 1));
  const difference = first.sum / first.n - second.sum / second.n;
  const spread = Math.sqrt(variance(first) / first.n + variance(second) / second.n);
  const z = spread === 0 ? (difference === 0 ? 0 : Math.sign(difference) * Infinity) : difference / spread;
  return { difference: round2(difference), z: round2(z), significant: Math.abs(z) >= Z95 };
}

/** z-test of the difference of two shares (`part` of `n` each), pooled; the difference in percentage points. */
export function compareShares(first: { part: number; n: number }, second: { part: number; n: number }): Difference | null {
  if (first.n === 0 || second.n === 0) return null;
  const pooled = (first.part + second.part) / (first.n + second.n);
  const difference = first.part / first.n - second.part / second.n;
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
  const z = spread === 0 ? (difference === 0 ? 0 : Math.sign(difference) * Infinity) : difference / spread;
  return { difference: round1(difference * 100), z: round2(z), significant: Math.abs(z) >= Z95 };
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `part` as a percentage of `whole`, one decimal; 0 of nothing. */
export function percentage(part: number, whole: number): number {
  return whole === 0 ? 0 : round1((100 * part) / whole);
}
