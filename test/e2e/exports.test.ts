import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, temporaryDirectory } from '../helpers/cli.js';

/**
 * Acceptance test of issue 9: centricity reads hand-made exports in the real shapes of Google
 * Forms, Typeform, Qualtrics, SurveyMonkey, Trustpilot, Google Play and the App Store, in four
 * languages, and finds the figures test/fixtures/exports/expectations.json says they hold
 * (computed by make.mjs from the values it generated, never by centricity).
 */

// ------------------------------------------------------------------ the one place that knows centricity's JSON

interface ScoreFigures {
  column: string;
  scale: string | null;
  n: number | null;
  mean: number | null;
  topShare: number | null;
  nps: number | null;
}

/** What the manifest states, in neutral names. */
interface Figures {
  encoding: string | null;
  score: ScoreFigures | null;
  leadComments: { column: string; count: number | null } | null;
  otherComments: { column: string; count: number | null }[];
  otherScores: ScoreFigures[];
  dateOrder: string | null;
  /** How the order was decided: 'dates', 'headers' (the locale of the headers) or 'option'. */
  dateOrderEvidence: string | null;
  /** Answers with a score, per YYYY-MM. */
  months: Record<string, number>;
  /** Dates that could not be placed in a month (relative dates without an export date). */
  unplacedDates: number | null;
}

// biome-ignore lint/suspicious/noExplicitAny: the report is read as the CLI wrote it; this adapter is where its shape is known.
type Json = any;

/**
 * The neutral figures of one `centricity score --format json` report (schema v1:
 * templates/schema/feedback-report.v2.schema.json, src/feedback/model.ts). Update this function,
 * and only this one, when the JSON changes.
 */
function figuresOf(report: Json): Figures {
  const feedback = report.feedback;
  const source = feedback.source;
  const scoreOf = (column: string, scale: Json, scores: Json): ScoreFigures => ({
    column,
    scale: typeof scale === 'string' ? scale : (scale?.id ?? null),
    n: scores?.n ?? null,
    mean: scores?.mean ?? null,
    topShare: scores?.topShare ?? null,
    nps: scores?.nps?.nps ?? null,
  });
  return {
    encoding: source.encoding ?? null,
    score: source.columns.score === undefined ? null : scoreOf(source.columns.score, source.scale, feedback.scores),
    leadComments: source.columns.comment === undefined ? null : { column: source.columns.comment, count: feedback.comments?.count ?? 0 },
    // Not in schema v1 yet: the most likely names, `feedback.otherComments[]` and `feedback.otherScores[]`,
    // each entry naming its column and carrying the same figures as the lead's.
    otherComments: (feedback.otherComments ?? []).map((set: Json) => ({
      column: set.column,
      count: set.count ?? set.comments?.count ?? null,
    })),
    otherScores: (feedback.otherScores ?? []).map((set: Json) => scoreOf(set.column, set.scale, set.scores ?? set)),
    dateOrder: source.columns.date === undefined ? null : source.dateOrder.order,
    dateOrderEvidence: source.columns.date === undefined ? null : source.dateOrder.decidedBy,
    months: Object.fromEntries((feedback.trend ?? []).map((month: Json) => [month.name, month.n])),
    unplacedDates: feedback.quality.dates.unplaced,
  };
}

// ------------------------------------------------------------------ the manifest

interface ExpectedScore extends Omit<ScoreFigures, 'scale'> {
  /** One scale id, or the ids a correct reader may choose between (a quality label set: CSAT or stars). */
  scale: string | string[];
}

interface Expectation {
  file: string;
  encoding: string;
  score?: ExpectedScore;
  comments?: { lead: { column: string; count: number }; others: { column: string; count: number }[]; allowed: string[] };
  otherScores?: { expected: ExpectedScore[]; allowed: string[] };
  dates?: { order: string | null; evidence?: string; months: Record<string, number>; unplaced: number };
  refusal?: { exitCode: number; mentions: string[] };
}

const EXPORTS = fileURLToPath(new URL('../fixtures/exports/', import.meta.url));
const manifest: Expectation[] = JSON.parse(readFileSync(join(EXPORTS, 'expectations.json'), 'utf8')).fixtures;

// ------------------------------------------------------------------ running the CLI, a few files at a time

interface Run {
  status: number | null;
  stderr: string;
  report: Json | null;
}

const PARALLEL = 3;
let directory: ReturnType<typeof temporaryDirectory>;
const runs = new Map<string, Run>();

function scoreOne(file: string): Promise<Run> {
  const outDir = join(directory.path, file);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(CI|GITHUB_|FORCE_COLOR|NO_COLOR|DEBUG)/.test(key)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'score', join(EXPORTS, file), '--format', 'json', '--out-dir', outDir, '--quiet'], {
      cwd: directory.path,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 30_000,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      let report: Json | null = null;
      try {
        const name = readdirSync(outDir).find((entry) => entry.endsWith('.json') && entry !== 'index.json');
        if (name) report = JSON.parse(readFileSync(join(outDir, name), 'utf8'));
      } catch {
        // No report written: the run's status and stderr say why.
      }
      resolve({ status, stderr, report });
    });
  });
}

beforeAll(async () => {
  directory = temporaryDirectory();
  const queue = manifest.map((entry) => entry.file);
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) runs.set(file, await scoreOne(file));
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}, 120_000);
afterAll(() => directory?.remove());

// ------------------------------------------------------------------ the comparison

const near = (actual: number | null | undefined, expected: number | null, tolerance: number, what: string) => {
  if (expected === null) return;
  expect.soft(actual, what).not.toBeNull();
  if (actual !== null && actual !== undefined)
    expect.soft(Math.abs(actual - expected), `${what}: ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
};

function compareScore(actual: ScoreFigures | undefined, expected: ExpectedScore, what: string) {
  expect.soft(actual?.column, `${what} column`).toBe(expected.column);
  if (!actual) return;
  expect.soft([expected.scale].flat(), `${what} scale ${actual.scale}`).toContain(actual.scale);
  expect.soft(actual.n, `${what} n`).toBe(expected.n);
  // centricity rounds the mean to 2 decimals and the shares and NPS to 1.
  near(actual.mean, expected.mean, 0.011, `${what} mean`);
  near(actual.topShare, expected.topShare, 0.051, `${what} top share`);
  near(actual.nps, expected.nps, 0.051, `${what} NPS`);
}

/** Every expected set is reported, and nothing outside the expected and the allowed ones. */
function compareSets<T extends { column: string }>(
  actual: T[],
  expected: T[],
  allowed: string[],
  what: string,
  compare: (a: T, e: T) => void,
) {
  for (const wanted of expected) {
    const found = actual.find((set) => set.column === wanted.column);
    expect.soft(found, `${what}: ${wanted.column} is reported`).toBeDefined();
    if (found) compare(found, wanted);
  }
  const known = new Set([...expected.map((set) => set.column), ...allowed]);
  expect
    .soft(
      actual.map((set) => set.column).filter((column) => !known.has(column)),
      `${what} reported but not expected`,
    )
    .toEqual([]);
}

describe('centricity score on hand-made exports (test/fixtures/exports)', () => {
  it.each(manifest.map((entry) => [entry.file, entry] as const))('%s', (_file, expected) => {
    const run = runs.get(expected.file)!;
    expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    if (expected.refusal) {
      expect.soft(run.status, `exit code; stderr: ${run.stderr}`).toBe(expected.refusal.exitCode);
      for (const word of expected.refusal.mentions) expect.soft(run.stderr, 'the error names it').toContain(word);
      return;
    }
    expect(run.status, `exit code; stderr: ${run.stderr}`).toBe(0);
    expect(run.report, 'a JSON report').not.toBeNull();
    const figures = figuresOf(run.report);

    expect.soft(figures.encoding, 'encoding').toBe(expected.encoding);
    if (expected.score) compareScore(figures.score ?? undefined, expected.score, 'score');
    if (expected.comments) {
      expect.soft(figures.leadComments, 'lead comments').toEqual(expected.comments.lead);
      compareSets(figures.otherComments, expected.comments.others, expected.comments.allowed, 'other comments', (actual, wanted) =>
        expect.soft(actual.count, `${wanted.column} count`).toBe(wanted.count),
      );
    }
    if (expected.otherScores) {
      compareSets(
        figures.otherScores,
        expected.otherScores.expected as ScoreFigures[],
        expected.otherScores.allowed,
        'other scores',
        (actual, wanted) => compareScore(actual, wanted as unknown as ExpectedScore, wanted.column),
      );
    }
    if (expected.dates) {
      if (expected.dates.order !== null) expect.soft(figures.dateOrder, 'date order').toBe(expected.dates.order);
      if (expected.dates.evidence) expect.soft(figures.dateOrderEvidence, 'date order decided by').toBe(expected.dates.evidence);
      expect.soft(figures.months, 'answers per month').toEqual(expected.dates.months);
      if (expected.dates.unplaced > 0) expect.soft(figures.unplacedDates, 'dates that could not be placed').toBe(expected.dates.unplaced);
    }
  });
});
