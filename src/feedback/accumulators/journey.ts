import { JOURNEY_STAGES, stagesOf } from '../journey.js';
import type { CommentFigures } from '../model.js';
import type { Accumulator, FinishContext } from './accumulator.js';
import type { RowFacts } from './row.js';

/** How many comments mention each stage of the customer journey, and the stages none mention; order does not matter. */
export class JourneyTally implements Accumulator<ReadonlyMap<string, number>, Pick<CommentFigures, 'journey' | 'blindSpots'>> {
  private readonly stages = new Map<string, number>();

  add({ comment, tokens }: RowFacts): void {
    if (comment === '') return;
    const stages = stagesOf(tokens);
    for (let k = 0; k < stages.length; k++) this.stages.set(stages[k]!, (this.stages.get(stages[k]!) ?? 0) + 1);
  }

  toState(): ReadonlyMap<string, number> {
    return this.stages;
  }

  merge(state: ReadonlyMap<string, number>): void {
    for (const [stage, count] of state) this.stages.set(stage, (this.stages.get(stage) ?? 0) + count);
  }

  finish({ comments }: FinishContext): Pick<CommentFigures, 'journey' | 'blindSpots'> {
    const journey = JOURNEY_STAGES.map((stage) => ({ stage: stage.id, title: stage.title, mentions: this.stages.get(stage.id) ?? 0 }));
    return {
      journey,
      blindSpots: comments.count === 0 ? [] : journey.filter((stage) => stage.mentions === 0).map((stage) => stage.title),
    };
  }
}
