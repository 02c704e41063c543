import { z } from 'zod';
import { whyNotADay } from '../calendar.js';
import { SNAPSHOT_KIND, SNAPSHOT_VERSION, type Snapshot } from './snapshot.js';

const day = z.string().refine((date) => whyNotADay(date) === null, 'expected a date as YYYY-MM-DD');
const score = z.number().min(0).max(100).nullable();

const snapshotSchema = z.object({
  kind: z.literal(SNAPSHOT_KIND),
  schemaVersion: z.literal(SNAPSHOT_VERSION),
  date: day,
  generatedOn: day,
  generator: z.object({ version: z.string() }),
  team: z.string().nullable(),
  respondents: z.number().int().min(1),
  overall: z.object({
    score,
    level: z.object({ id: z.string(), title: z.string() }).nullable(),
    answered: z.number().int().min(0),
    questionCount: z.number().int().min(0),
  }),
  dimensions: z.array(z.object({ id: z.string(), title: z.string(), score, lowConfidence: z.boolean() })),
  questions: z.array(
    z.object({
      id: z.string(),
      dimension: z.string(),
      text: z.string(),
      answer: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal('dont-know')]).nullable(),
    }),
  ),
  customers: z
    .object({
      scale: z.string(),
      measure: z.enum(['nps', 'mean']),
      value: z.number().finite(),
      n: z.number().int().min(0),
      tooSmall: z.boolean(),
    })
    .nullable(),
  actions: z.array(z.object({ id: z.string(), title: z.string(), targets: z.array(z.string()), done: z.boolean() })),
});

/** What a file in the history folder holds: a snapshot, or why it is not one that can be used. */
export type SnapshotReading =
  | { snapshot: Snapshot }
  /** `ours`: the file says it is a centricity snapshot (it may be replaced); otherwise it is someone else's file. */
  | { problem: string; ours: boolean };

/** Reads a snapshot's text; never throws, so that one bad file costs only itself. */
export function readSnapshot(text: string): SnapshotReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'it is not JSON', ours: false };
  }
  const kind = typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;
  if (kind !== SNAPSHOT_KIND) return { problem: 'it is not a centricity snapshot', ours: false };
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SNAPSHOT_VERSION)
    return { problem: `it is a snapshot of version ${String(version)}, and this centricity reads version ${SNAPSHOT_VERSION}`, ours: true };
  const parsed = snapshotSchema.safeParse(data);
  if (!parsed.success) {
    // Every field that is out of shape, in words: a snapshot edited by hand may have more than one.
    const fields = parsed.error.issues.map((issue) => {
      const where = issue.path.join('.') || 'the snapshot';
      return issue.code === 'invalid_type' && /received undefined$/.test(issue.message)
        ? `${where} is missing`
        : `${where} is out of shape`;
    });
    return { problem: [...new Set(fields)].join(', '), ours: true };
  }
  return { snapshot: parsed.data as Snapshot };
}

/** A snapshot as the history folder keeps it: pretty-printed, so that a new audit is a readable diff in git. */
export function formatSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
