import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settingsFromConfig } from '../../src/config/config.js';
import { readYaml } from '../../src/io/yaml.js';
import { problemsOf as rejectedWith } from '../helpers/problems.js';

const settings = (text: string) => settingsFromConfig(readYaml(text, 'centricity.config.yaml', 'empty'), 'centricity.config.yaml');
const problemsOf = (text: string) => rejectedWith(settings, text);

const CONFIG = `
feedback:
  columns: { score: Q1, comment: Q2 }
  scale: nps
  minGroupSize: 20
scoring:
  dimensionWeights: { co-creation: 0.5 }
  questionWeights: { incentives.gaming-guard: 2 }
  levels: { customer-aware: 20, customer-centric: 45 }
${readFileSync(new URL('../fixtures/extra-question.yaml', import.meta.url), 'utf8')}actions:
  - id: answer-the-phone
    title: Put a leader on the phones for an hour
    why: Direct contact.
    steps: [Book the hour, Take calls, Share notes]
    effort: hours
    timeFrame: this month
    owner: CEO
    signal: Notes shared.
    triggers: [{ kind: answer-at-most, question: culture.answers-the-phone, atMost: 2 }]
thresholds:
  overall: 40
  dimensions: { incentives: 30 }
  nps: 0
`;

describe('the config file', () => {
  it('changes weights, levels, questions, actions, thresholds and feedback reading', () => {
    const result = settings(CONFIG);
    expect(result.questionnaire.dimensions.find((dimension) => dimension.id === 'co-creation')?.weight).toBe(0.5);
    expect(result.questionnaire.questions.find((question) => question.id === 'incentives.gaming-guard')?.weight).toBe(2);
    // Asked with its own dimension: culture is the last dimension, so it comes last here.
    expect(result.questionnaire.questions.at(-1)).toMatchObject({ id: 'culture.answers-the-phone', weight: 1 });
    const dimensions = result.questionnaire.questions.map((question) => question.dimension);
    expect(dimensions).toEqual(
      [...dimensions].sort(
        (a, b) =>
          result.questionnaire.dimensions.findIndex((d) => d.id === a) - result.questionnaire.dimensions.findIndex((d) => d.id === b),
      ),
    );
    expect(result.scoring.levels.map((level) => level.from)).toEqual([0, 20, 45, 70, 85]);
    expect(result.catalogue.some((action) => action.id === 'answer-the-phone')).toBe(true);
    expect(result.thresholds).toEqual({ overall: 40, dimensions: { incentives: 30 }, nps: 0 });
    expect(result.feedback).toEqual({ columns: { score: 'Q1', comment: 'Q2' }, scale: 'nps', minGroupSize: 20 });
  });

  it('reports every problem at once, with lines and paths', () => {
    const problems = problemsOf(`
scoring:
  dimensionWeights: { kindness: 2 }
  questionWeights: { incentives.gaming-gard: 2 }
  levels: { customer-aware: 60, customer-centric: 45 }
thresholds:
  overall: 120
`);
    expect(problems.join('\n')).toMatch(/line 7: thresholds\.overall: expected at most 100, found 120\./);
    const semantic = problemsOf(`
scoring:
  dimensionWeights: { kindness: 2 }
  questionWeights: { incentives.gaming-gard: 2 }
  levels: { customer-aware: 60, customer-centric: 45 }
`);
    expect(semantic).toHaveLength(3);
    expect(semantic[0]).toMatch(/^line 3: scoring\.dimensionWeights\.kindness: kindness is not a dimension/);
    expect(semantic[1]).toMatch(
      /^line 4: scoring\.questionWeights\.incentives\.gaming-gard: no question has this id; did you mean incentives\.gaming-guard\?/,
    );
    expect(semantic[2]).toMatch(/^line 5: scoring\.levels: each level must start above the one before/);
  });

  it('maps owners to people, and names a bad value or a role no action has in one sentence each', () => {
    expect(settings('owners:\n  Customer support lead: Sam\n').owners).toEqual({ 'Customer support lead': 'Sam' });
    expect(settings('thresholds: {}\n').owners).toEqual({});
    expect(problemsOf('owners:\n  Customer support lead: 3\n')).toEqual([
      'line 2: owners.Customer support lead: expected the name of the person who holds the role, e.g. "Customer support lead": "Sam".',
    ]);
    expect(problemsOf('owners:\n  Customer support lead: "  "\n')[0]).toMatch(/^line 2: owners\.Customer support lead: expected the name/);
    expect(problemsOf('owners: [Sam]\n')[0]).toMatch(/^line 1: owners: expected roles and the people who hold them/);
    expect(problemsOf('owners:\n  Customer suport lead: Sam\n')).toEqual([
      'line 2: owners."Customer suport lead": no action is owned by this role; did you mean "Customer support lead"?',
    ]);
    expect(problemsOf('owners:\n  Founder: Sam\n')[0]).toMatch(/owners\."Founder": no action is owned by this role; write the role as/);
    expect(problemsOf('owners:\n  Team lead: Priya\n  team LEAD: Bob\n')).toEqual([
      'line 3: owners."team LEAD": the same role as "Team lead" (case and spaces aside); keep one.',
    ]);
  });

  it('rejects unknown sections and fields, naming the ones allowed', () => {
    expect(problemsOf('colours: true\n')[0]).toMatch(
      /unexpected field colours; allowed here: feedback, scoring, themes, questions, actions, owners, thresholds, history\./,
    );
  });

  it('checks extra questions and the triggers of extra actions', () => {
    const problems = problemsOf(`
questions:
  - id: culture.x
    dimension: kindness
    text: Q?
    why: W.
    evidence: E.
    scale: [a, b, c, d]
`);
    expect(problems.join('\n')).toMatch(/questions\.0\.scale: expected five answers/);
    expect(problems.join('\n')).toMatch(
      /line 4: questions\.0\.dimension: kindness is not a dimension; use one of responsibilities, incentives,/,
    );
  });
});
