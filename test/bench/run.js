// `npm run bench`: prints the figures the README quotes. Timings are measured here, never asserted in tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFeedback } from './generate.js';
import { benchStartup } from './startup.js';

const MEASURE = fileURLToPath(new URL('./measure.js', import.meta.url));
const SIZES = (process.env.BENCH_ROWS ?? '100000,1000000').split(',').map(Number);
const format = (ms) => `${ms.toFixed(1)} ms`;

console.log(`centricity benchmarks on Node ${process.version}, ${process.platform}/${process.arch}\n`);
console.log('Start-up (median of 21 runs):');
for (const row of benchStartup()) {
  console.log(
    `  ${row.what.padEnd(28)} ${format(row.ms).padStart(10)}${row.overBaseline === undefined ? '' : `   (+${format(row.overBaseline)} over node)`}`,
  );
}

function measure(mode, file, outDir) {
  const result = spawnSync(process.execPath, [MEASURE, mode, file, outDir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${mode} on ${file} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

const BIN = fileURLToPath(new URL('../../bin/centricity.js', import.meta.url));

function timeCli(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`centricity ${args[0]} failed: ${result.stderr}`);
  return performance.now() - started;
}

function medianOf(runs, measureOnce) {
  const times = Array.from({ length: runs }, measureOnce).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

const work = mkdtempSync(join(tmpdir(), 'centricity-bench-'));
try {
  console.log(
    '\nScoring a generated NPS export end to end (sentiment, themes, journey, trend, segments, value; Markdown and JSON written)',
  );
  console.log('against raw csv-parse counting the records of the same file, each in its own process:\n');
  console.log(
    `  ${'rows'.padStart(9)} ${'MB'.padStart(6)}  ${'csv-parse'.padStart(16)}  ${'centricity'.padStart(16)}  ${'ratio'.padStart(6)}  ${'peak RSS csv-parse / centricity'.padStart(32)}`,
  );
  for (const rows of SIZES) {
    const file = join(work, `feedback-${rows}.csv`);
    const bytes = await generateFeedback(file, rows);
    const raw = measure('raw', file, work);
    const ours = measure('centricity', file, join(work, `out-${rows}`));
    if (ours.rows !== rows || raw.rows !== rows)
      throw new Error(`row counts differ: generated ${rows}, csv-parse ${raw.rows}, centricity ${ours.rows}`);
    const rate = (result) => `${Math.round(rows / (result.ms / 1000)).toLocaleString('en-GB')} rows/s`;
    console.log(
      `  ${rows.toLocaleString('en-GB').padStart(9)} ${(bytes / 1e6).toFixed(0).padStart(6)}  ${rate(raw).padStart(16)}  ${rate(ours).padStart(16)}  ${(raw.ms / ours.ms).toFixed(2).padStart(6)}  ${`${raw.peakMB.toFixed(0)} MB / ${ours.peakMB.toFixed(0)} MB`.padStart(32)}`,
    );
  }
  console.log('\n  ratio = centricity throughput ÷ csv-parse throughput (target ≥ 0.5); peak RSS target < 200 MB and flat.');

  const BATCH = { files: 6, rows: 50_000 };
  const batch = [];
  for (let index = 0; index < BATCH.files; index++) {
    const file = join(work, `batch-${index}.csv`);
    await generateFeedback(file, BATCH.rows, 100 + index);
    batch.push(file);
  }
  console.log(
    `\nA batch of ${BATCH.files} files of ${BATCH.rows.toLocaleString('en-GB')} rows, \`centricity score\` end to end (median of 3):\n`,
  );
  const single = medianOf(3, () =>
    timeCli(['score', ...batch, '--out-dir', join(work, 'batch-1'), '--threads', '1', '--quiet', '--force']),
  );
  const double = medianOf(3, () =>
    timeCli(['score', ...batch, '--out-dir', join(work, 'batch-2'), '--threads', '2', '--quiet', '--force']),
  );
  console.log(`  1 worker:   ${(single / 1000).toFixed(2)} s`);
  console.log(`  2 workers:  ${(double / 1000).toFixed(2)} s   (${(single / double).toFixed(2)}× faster)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
