import type { Histogram } from '../histogram.js';
import type { FeedbackSummary } from '../model.js';
import type { Accumulator, FinishContext } from './accumulator.js';
import { type GroupsState, groupFigures, groupOf } from './groups.js';
import type { RowFacts } from './row.js';

/** The scores of each month, each compared with the month before; order does not matter. */
export class TrendTally implements Accumulator<GroupsState, Pick<FeedbackSummary, 'trend'>> {
  private readonly months = new Map<string, Histogram>();

  add({ score, month }: RowFacts): void {
    if (score !== null && month !== null) groupOf(this.months, month).add(score);
  }

  toState(): GroupsState {
    return this.months;
  }

  merge(state: GroupsState): void {
    for (const [month, histogram] of state) groupOf(this.months, month).merge(histogram);
  }

  finish({ headline, minGroupSize }: FinishContext): Pick<FeedbackSummary, 'trend'> {
    if (!headline) return { trend: [] };
    const months = [...this.months.keys()].sort();
    return {
      trend: months.map((month, index) => {
        const previous = index > 0 ? this.months.get(months[index - 1]!)! : null;
        return groupFigures(month, this.months.get(month)!, headline, minGroupSize, previous);
      }),
    };
  }
}
