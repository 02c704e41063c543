import { describe, expect, it } from 'vitest';
import { JourneyTally } from '../../../src/feedback/accumulators/journey.js';
import { addAll, contextOf, expectMergesLikeOne, facts } from '../../helpers/accumulators.js';

describe('JourneyTally', () => {
  const rows = [
    facts({ line: 2, comment: 'support never replied to my email' }),
    facts({ line: 3, comment: 'support was slow, I will recommend you anyway' }),
    facts({ line: 4, comment: 'nice' }),
  ];

  it('counts the comments that mention each stage, and names the stages none mention', () => {
    const { journey, blindSpots } = addAll(new JourneyTally(), rows).finish(contextOf(rows));
    expect(journey.find((stage) => stage.stage === 'support')?.mentions).toBe(2);
    expect(journey.find((stage) => stage.stage === 'advocate')?.mentions).toBe(1);
    expect(journey).toHaveLength(7);
    expect(blindSpots).toEqual(['Discover', 'Buy', 'Onboard', 'Use', 'Renew or leave']);
  });

  it('names no blind spot when there is no comment at all', () => {
    expect(new JourneyTally().finish(contextOf([])).blindSpots).toEqual([]);
  });

  it('merges parts into the figures of the whole, however the rows are split', () => {
    expectMergesLikeOne(() => new JourneyTally());
  });
});
