import type { z } from 'zod';

/** A value a finding carries: plain JSON, so that the JSON view can hand it on as it is. */
export type FindingValue = string | number | boolean | null | readonly FindingValue[] | { readonly [key: string]: FindingValue };
export type FindingData = { readonly [key: string]: FindingValue };

/**
 * What a check found, as data: which check, which of its messages words it, the figures that
 * message is made of, and how pressing it is. Words are made from it only by the views.
 */
// A type, not an interface, so that a finding is itself a FindingValue: one finding can carry
// another (a clause it is worded with), and the JSON view hands both on as they are.
export type Finding<MessageId extends string = string, Data extends FindingData = FindingData> = {
  /** The id of the check that found it, e.g. `nps-below`. */
  check: string;
  messageId: MessageId;
  data: Data;
  /** 0–100: how pressing it is, for ordering. */
  severity: number;
};

/** Whether a value is a finding, e.g. one of the parts a composite finding holds in its data. */
export function isFinding(value: unknown): value is Finding {
  return (
    typeof value === 'object' &&
    value !== null &&
    'check' in value &&
    typeof value.check === 'string' &&
    'messageId' in value &&
    typeof value.messageId === 'string' &&
    'data' in value &&
    typeof value.data === 'object' &&
    value.data !== null &&
    'severity' in value &&
    typeof value.severity === 'number'
  );
}

/** The findings a composite finding is made of, at any depth; none for a simple one. */
export function partsOf(finding: Finding): Finding[] {
  const parts = finding.data.findings;
  return Array.isArray(parts) ? parts.filter(isFinding).flatMap((part) => [part, ...partsOf(part)]) : [];
}

/**
 * One check, self-describing as ESLint describes a rule: its id, the schema of its parameters,
 * a short description (the README's tables are tested against it), the templates its findings
 * are worded with, and an evaluate function that returns findings and no words.
 *
 * A message template names the finding's data in braces, optionally with a format from
 * src/format.ts: `customers give an NPS of {nps|signed} (n = {n|count})`.
 */
export interface Check<Schema extends z.ZodType, Input, MessageId extends string> {
  id: string;
  description: string;
  params: Schema;
  messages: Readonly<Record<MessageId, string>>;
  // The message ids come from `messages`: a finding may only name one that exists.
  evaluate(params: z.infer<Schema>, input: Input): Finding<NoInfer<MessageId>>[];
}

/** Declares a check; an identity function that lets TypeScript infer the parameters and message ids from the declaration. */
export function defineCheck<Schema extends z.ZodType, Input, MessageId extends string>(
  check: Check<Schema, Input, MessageId>,
): Check<Schema, Input, MessageId> {
  return check;
}

/**
 * Message templates the report words its own findings with, outside the registry of checks (the
 * summary's lines, the specifics an action names): a lookup for src/report/words.ts, and a
 * maker of findings whose message ids are checked against the templates.
 */
export function messageBook<Messages extends Readonly<Record<string, Readonly<Record<string, string>>>>>(messages: Messages) {
  const book = new Map<string, Readonly<Record<string, string>>>(Object.entries(messages));
  return {
    lookup: (check: string, messageId: string): string | undefined => book.get(check)?.[messageId],
    finding: <K extends keyof Messages & string>(check: K, messageId: keyof Messages[K] & string, data: FindingData = {}): Finding => ({
      check,
      messageId,
      data,
      severity: 0,
    }),
  };
}
