import type { Check } from './check.js';
import { GAP_CHECKS } from './gap/index.js';
import { GATE_CHECKS } from './gate/index.js';
import { QUALITY_CHECKS } from './quality/index.js';
import { TRIGGER_CHECKS } from './triggers/index.js';

// biome-ignore lint/suspicious/noExplicitAny: a registry holds checks of every parameter and input type.
type AnyCheck = Check<any, any, string>;

/**
 * Every check centricity runs, in one list: action triggers, perception-gap rules, threshold
 * gates and data-quality notes. Each group adds its checks here; the views look up the words
 * of a finding by its check's id.
 */
export const CHECKS: readonly AnyCheck[] = [...TRIGGER_CHECKS, ...GAP_CHECKS, ...GATE_CHECKS, ...QUALITY_CHECKS];

const BY_ID = new Map(CHECKS.map((check) => [check.id, check]));

/** The message template of one message of one check, for src/report/words.ts. */
export function messageOf(check: string, messageId: string): string | undefined {
  return (BY_ID.get(check)?.messages as Record<string, string> | undefined)?.[messageId];
}
