import type { FeedbackSummary } from '../model.js';
import { round1 } from '../stats.js';
import type { Accumulator, FinishContext } from './accumulator.js';
import type { RowFacts } from './row.js';

/** Headers such as "Annual value (GBP)" or "revenue_eur" say the currency; amounts never do in exports. */
const CURRENCIES: readonly [RegExp, string][] = [
  [/\bgbp\b|£/i, '£'],
  [/\beur\b|€|euro/i, '€'],
  [/\busd\b|\$/i, '$'],
];

/** The customers' value held at each score: revenue-weighted NPS and revenue at risk; a sum per score, so order does not matter. */
export class ValueTally implements Accumulator<ReadonlyMap<number, number>, Pick<FeedbackSummary, 'value'>> {
  private readonly amounts = new Map<number, number>();

  /** @param column the header of the value column, when the export has one. */
  constructor(private readonly column: string | undefined) {}

  add({ score, amount }: RowFacts): void {
    if (score !== null && amount !== undefined && amount >= 0) this.amounts.set(score, (this.amounts.get(score) ?? 0) + amount);
  }

  toState(): ReadonlyMap<number, number> {
    return this.amounts;
  }

  merge(state: ReadonlyMap<number, number>): void {
    for (const [score, amount] of state) this.amounts.set(score, (this.amounts.get(score) ?? 0) + amount);
  }

  finish({ headline: scale }: FinishContext): Pick<FeedbackSummary, 'value'> {
    if (!scale || this.column === undefined) return { value: null };
    let total = 0;
    let top = 0;
    let bottom = 0;
    for (const [score, amount] of this.amounts) {
      if (score < scale.min || score > scale.max) continue;
      total += amount;
      if (score >= scale.topFrom) top += amount;
      if (score <= scale.bottomTo) bottom += amount;
    }
    return {
      value: {
        column: this.column,
        currency: currencyOf(this.column),
        total: Math.round(total),
        weightedNps: scale.id === 'nps' && total > 0 ? round1(((top - bottom) / total) * 100) : null,
        atRisk: Math.round(bottom),
        atRiskShare: total > 0 ? round1((bottom / total) * 100) : null,
      },
    };
  }
}

function currencyOf(header: string): string {
  const words = header.replace(/_/g, ' ');
  return CURRENCIES.find(([pattern]) => pattern.test(words))?.[1] ?? '';
}
