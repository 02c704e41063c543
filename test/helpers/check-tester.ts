/**
 * Table tests for one check, as ESLint's RuleTester runs a rule: valid cases give no finding;
 * invalid cases give exactly the findings listed, by messageId and data (and severity or words
 * where a case gives them). Every finding must word with the check's templates, with no
 * placeholder left, and every message of the check must be reached by some case, so that no
 * template goes untested.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Check } from '../../src/checks/check.js';
import { isFinding } from '../../src/checks/check.js';
import { describeFinding } from '../../src/report/words.js';

interface Case<Schema extends z.ZodType, Input> {
  name: string;
  /** The check's parameters, validated by its own schema before it runs. */
  params: z.input<Schema>;
  /** What it reads; a function when it is only ready once the tests run (built in a beforeAll). */
  input: Input | (() => Input);
}

export interface CheckCases<Schema extends z.ZodType, Input> {
  valid: Case<Schema, Input>[];
  invalid: (Case<Schema, Input> & { findings: { messageId: string; data: unknown; severity?: number }[]; words?: string[] })[];
}

export function testCheck<Schema extends z.ZodType, Input, MessageId extends string>(
  check: Check<Schema, Input, MessageId>,
  cases: CheckCases<Schema, Input>,
): void {
  const run = ({ params, input }: Case<Schema, Input>) =>
    check.evaluate(check.params.parse(params), typeof input === 'function' ? (input as () => Input)() : input);
  describe(check.id, () => {
    it.each(cases.valid.map((valid) => [valid.name, valid] as const))('valid: %s', (_name, valid) => {
      expect(run(valid)).toEqual([]);
    });

    it.each(cases.invalid.map((invalid) => [invalid.name, invalid] as const))('invalid: %s', (_name, invalid) => {
      const findings = run(invalid);
      expect(findings.map(({ messageId, data }) => ({ messageId, data }))).toEqual(
        invalid.findings.map(({ messageId, data }) => ({ messageId, data })),
      );
      for (const [index, finding] of findings.entries()) {
        expect(finding.check).toBe(check.id);
        const severity = invalid.findings[index]?.severity;
        if (severity !== undefined) expect(finding.severity).toBe(severity);
        expect(finding.severity).toBeGreaterThanOrEqual(0);
        expect(finding.severity).toBeLessThanOrEqual(100);
      }
      const words = findings.map(describeFinding);
      for (const sentence of words) expect(sentence).not.toMatch(/\{\w+(\|\w+)?\}/);
      if (invalid.words) expect(words).toEqual(invalid.words);
    });

    it('reaches every message it declares', () => {
      const reached = new Set(cases.invalid.flatMap((invalid) => run(invalid).flatMap(ownMessages(check.id))));
      expect([...reached].sort()).toEqual(Object.keys(check.messages).sort());
    });

    it('has a one-sentence description', () => {
      expect(check.description).toMatch(/^[A-Z].{20,}[.)]$/);
    });
  });
}

/** The message ids of a finding and of the findings within it that the same check words. */
function ownMessages(check: string) {
  const walk = (value: unknown): string[] => {
    if (Array.isArray(value)) return value.flatMap(walk);
    if (!value || typeof value !== 'object') return [];
    const nested = Object.values(isFinding(value) ? value.data : value).flatMap(walk);
    return isFinding(value) && value.check === check ? [value.messageId, ...nested] : nested;
  };
  return walk;
}
