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

/** Per score: the sum of the amounts, and the negative amounts (refunds) apart, counted and summed. */
interface ValueState {
  amounts: ReadonlyMap<number, number>;
  refunds: ReadonlyMap<number, { count: number; total: number }>;
}

/**
 * The amounts of the value column held at each score: their total, the NPS weighted by them and
 * the share on unhappy customers' answers; a sum per score, so order does not matter. A negative
 * amount is a refund: counted and summed apart, never netted against the others.
 */
export class ValueTally implements Accumulator<ValueState, Pick<FeedbackSummary, 'value'>> {
  private readonly amounts = new Map<number, number>();
  private readonly refunds = new Map<number, { count: number; total: number }>();

  /** @param column the header of the value column, when the export has one. */
  constructor(private readonly column: string | undefined) {}

  add({ score, amount }: RowFacts): void {
    if (score === null || amount === undefined) return;
    if (amount >= 0) this.amounts.set(score, (this.amounts.get(score) ?? 0) + amount);
    else this.addRefunds(score, 1, amount);
  }

  toState(): ValueState {
    return { amounts: this.amounts, refunds: this.refunds };
  }

  merge(state: ValueState): void {
    for (const [score, amount] of state.amounts) this.amounts.set(score, (this.amounts.get(score) ?? 0) + amount);
    for (const [score, { count, total }] of state.refunds) this.addRefunds(score, count, total);
  }

  private addRefunds(score: number, count: number, total: number): void {
    const sum = this.refunds.get(score) ?? { count: 0, total: 0 };
    this.refunds.set(score, { count: sum.count + count, total: sum.total + total });
  }

  finish({ headline: scale }: FinishContext): Pick<FeedbackSummary, 'value'> {
    if (!scale || this.column === undefined) return { value: null };
    const onScale = (score: number) => score >= scale.min && score <= scale.max;
    let total = 0;
    let top = 0;
    let bottom = 0;
    for (const [score, amount] of this.amounts) {
      if (!onScale(score)) continue;
      total += amount;
      if (score >= scale.topFrom) top += amount;
      if (score <= scale.bottomTo) bottom += amount;
    }
    const refunds = { count: 0, total: 0 };
    for (const [score, sum] of this.refunds) {
      if (!onScale(score)) continue;
      refunds.count += sum.count;
      refunds.total += sum.total;
    }
    return {
      value: {
        column: this.column,
        currency: currencyOf(this.column),
        total: Math.round(total),
        weightedNps: scale.id === 'nps' && total > 0 ? round1(((top - bottom) / total) * 100) : null,
        atRisk: Math.round(bottom),
        atRiskShare: total > 0 ? round1((bottom / total) * 100) : null,
        // To the cent: a refund is often a small amount, and Math.round would take −47.5 to −47.
        refunds: { count: refunds.count, total: Math.round(refunds.total * 100) / 100 },
      },
    };
  }
}

function currencyOf(header: string): string {
  const words = header.replace(/_/g, ' ');
  return CURRENCIES.find(([pattern]) => pattern.test(words))?.[1] ?? '';
}
