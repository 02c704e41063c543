import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Check, FindingData } from '../../src/checks/check.js';
import { describeFinding } from '../../src/report/words.js';

interface Case<Input> {
  name: string;
  /** The check's parameters, validated by its own schema before it runs. */
  params: unknown;
  input: () => Input;
}

export interface CheckCases<Input> {
  /** Cases where the check finds nothing. */
  valid: Case<Input>[];
  /** Cases where it finds something: each finding's message id, data and, when given, severity. */
  invalid: (Case<Input> & { findings: { messageId: string; data: FindingData; severity?: number }[] })[];
}

/**
 * Table tests of one check, as ESLint's RuleTester runs a rule: every valid case finds nothing;
 * every invalid case finds exactly the findings listed, each named after the check and worded
 * by one of its messages (through the registry the views use) with no placeholder left unfilled.
 */
export function testCheck<Input>(check: Check<z.ZodType, Input, string>, cases: CheckCases<Input>): void {
  const run = (params: unknown, input: Input) => check.evaluate(check.params.parse(params), input);
  describe(check.id, () => {
    it.each(cases.valid)('finds nothing: $name', ({ params, input }) => {
      expect(run(params, input())).toEqual([]);
    });
    it.each(cases.invalid)('finds: $name', ({ params, input, findings: expected }) => {
      const findings = run(params, input());
      expect(findings.map(({ messageId, data }) => ({ messageId, data }))).toEqual(
        expected.map(({ messageId, data }) => ({ messageId, data })),
      );
      for (const [index, finding] of findings.entries()) {
        expect(finding.check).toBe(check.id);
        if (expected[index]?.severity !== undefined) expect(finding.severity).toBe(expected[index].severity);
        expect(describeFinding(finding)).not.toMatch(/[{}]/);
      }
    });
  });
}
