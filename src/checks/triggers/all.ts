import type { z } from 'zod';
import { defineCheck, type Finding } from '../check.js';
import type { Evidence } from '../evidence.js';

/**
 * `all`: every one of several triggers at once, e.g. unhappy customers and nobody who calls
 * them back. Its parts may be any trigger, `all` included, so its schema names the union of
 * every trigger: the group file (./index.ts) declares that recursive schema beside the union
 * and hands it here with the evaluator of one trigger.
 */
export function allCheck<Part>(
  params: z.ZodType<{ kind: 'all'; of: Part[] }>,
  evaluatePart: (part: Part, evidence: Evidence) => Finding[],
) {
  return defineCheck({
    id: 'all',
    description: 'Every one of a list of triggers, e.g. unhappy customers *and* nobody who calls them back.',
    params,
    messages: { all: '{findings|findings}' },
    evaluate: (trigger, evidence: Evidence) => {
      const findings: Finding[] = [];
      for (const part of trigger.of) {
        const [finding] = evaluatePart(part, evidence);
        if (!finding) return [];
        findings.push(finding);
      }
      if (findings.length === 0) return [];
      // Two findings that point the same way are more pressing than either alone.
      const severity = Math.min(100, Math.max(...findings.map((finding) => finding.severity)) + 10);
      return [{ check: 'all', messageId: 'all', data: { findings: findings.map((finding) => ({ ...finding })) }, severity }];
    },
  });
}
