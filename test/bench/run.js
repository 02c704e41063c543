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
/** Runs of each measurement: the machine may be shared, so each size is measured several times, alternately. */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const format = (ms) => `${ms.toFixed(1)} ms`;

console.log(`centricity benchmarks on Node ${process.version}, ${process.platform}/${process.arch}\n`);
console.log('Start-up (median of 21 runs):');
for (const row of benchStartup()) {
  console.log(
    `  ${row.what.padEnd(28)} ${format(row.ms).padStart(10)}` +
      (row.overBaseline === undefined ? '' : `   (+${format(row.overBaseline)} over node)`),
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
  console.log(
    `against raw csv-parse counting the records of the same file, each in its own process, in turn, ${REPEAT} times (medians):\n`,
  );
  const columns = [9, 5, 14, 10, 5, 13, 10, 5, 31];
  const line = (cells) => console.log(`  ${cells.map((cell, index) => String(cell).padStart(columns[index])).join('  ')}`);
  line(['rows', 'MB', 'wall csv-parse', 'centricity', 'ratio', 'CPU csv-parse', 'centricity', 'ratio', 'peak RSS csv-parse / centricity']);
  for (const rows of SIZES) {
    const file = join(work, `feedback-${rows}.csv`);
    const bytes = await generateFeedback(file, rows);
    const runs = { raw: [], ours: [] };
    for (let run = 0; run < REPEAT; run++) {
      runs.raw.push(measure('raw', file, work));
      runs.ours.push(measure('centricity', file, join(work, `out-${rows}`)));
    }
    for (const result of [...runs.raw, ...runs.ours]) {
      if (result.rows !== rows) throw new Error(`row counts differ: generated ${rows}, read ${result.rows}`);
    }
    const median = (results, figure) => results.map((result) => result[figure]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
    // Wall and CPU ratios are the medians of each run's own ratio: a run is compared with its neighbour, under the same load.
    const ratio = (figure) =>
      median(
        runs.ours.map((ours, index) => ({ value: ours[figure] / runs.raw[index][figure] })),
        'value',
      );
    const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
    line([
      rows.toLocaleString('en-GB'),
      (bytes / 1e6).toFixed(0),
      seconds(median(runs.raw, 'ms')),
      seconds(median(runs.ours, 'ms')),
      ratio('ms').toFixed(2),
      seconds(median(runs.raw, 'cpuMs')),
      seconds(median(runs.ours, 'cpuMs')),
      ratio('cpuMs').toFixed(2),
      `${median(runs.raw, 'peakMB').toFixed(0)} MB / ${median(runs.ours, 'peakMB').toFixed(0)} MB`,
    ]);
  }
  console.log(
    '\n  ratio = centricity ÷ csv-parse (wall target ≤ 1.5 on 2 cores); CPU includes worker threads; peak RSS target < 200 MB and flat.',
  );

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
