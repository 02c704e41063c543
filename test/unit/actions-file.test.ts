import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/catalogue.js';
import { mergeCatalogue, parseActions } from '../../src/actions/parse.js';
import { ValidationError } from '../../src/errors.js';
import { DEFAULT_QUESTIONNAIRE } from '../../src/questionnaire/index.js';

const parse = (text: string) => parseActions(text, 'actions.yaml', DEFAULT_QUESTIONNAIRE);
const OWN = `actions:
  - id: weekly-complaint-review
    title: Read ten complaints aloud at the Monday meeting
    why: Hearing customers' words changes minds faster than charts.
    steps: [Pick ten recent complaints, Read them aloud, Agree one fix]
    effort: minutes
    timeFrame: this week
    owner: Head of support
    signal: One fix agreed every Monday for a month.
    triggers:
      - { kind: all, of: [{ kind: unhappy-customers }, { kind: answer-at-most, question: culture.customer-evidence, atMost: 3 }] }
`;

describe("a file of the team's own actions", () => {
  it('is read and validated, triggers included', () => {
    const [action] = parse(OWN);
    expect(action).toMatchObject({ id: 'weekly-complaint-review', effort: 'minutes', source: 'your own catalogue' });
    expect(action!.triggers[0]).toEqual({
      kind: 'all',
      of: [{ kind: 'unhappy-customers' }, { kind: 'answer-at-most', question: 'culture.customer-evidence', atMost: 3 }],
    });
  });

  it('reports every problem with its line and path', () => {
    const broken = OWN.replace('effort: minutes', 'effort: weeks')
      .replace('culture.customer-evidence', 'culture.customer-evidense')
      .replace('    owner: Head of support\n', '');
    try {
      parse(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const problems = (error as ValidationError).problems.join('\n');
      expect(problems).toMatch(/line 6: actions\.0\.effort: expected one of "minutes"\|"hours"\|"days"\./);
      expect(problems).toMatch(/actions\.0\.owner: this field is required\./);
    }
    // Ids are checked once the shapes are right.
    expect(() => parse(OWN.replace('culture.customer-evidence', 'culture.customer-evidense'))).toThrow(
      /line 11: actions\.0\.triggers\.0\.of\.1\.question: no question has the id culture\.customer-evidense; did you mean culture\.customer-evidence\?/,
    );
  });

  it('adds to the built-in catalogue, and an action with a built-in id replaces it', () => {
    const own = parse(OWN.replace('weekly-complaint-review', 'talk-to-five-customers'));
    const merged = mergeCatalogue(ACTIONS, own);
    expect(merged).toHaveLength(ACTIONS.length);
    expect(merged.find((item) => item.id === 'talk-to-five-customers')?.owner).toBe('Head of support');
    expect(mergeCatalogue(ACTIONS, parse(OWN))).toHaveLength(ACTIONS.length + 1);
  });
});
