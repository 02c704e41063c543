// One measurement in a process of its own, so that its peak memory is its own:
//   node measure.js raw|centricity FILE [OUT_DIR]   →   {"rows":…, "ms":…, "cpuMs":…, "peakMB":…} on stdout
// CPU time is the whole process's, worker threads included (user and system).
// "centricity" runs `centricity score FILE --format md,json` end to end, through the CLI's own code.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { main } from '../../dist/cli/main.js';

const [mode, file, outDir] = process.argv.slice(2);
const started = performance.now();
let rows = 0;
if (mode === 'raw') {
  // The baseline: csv-parse alone, counting records, as fast as a streaming reader can be.
  await pipeline(createReadStream(file), parse({ relax_column_count: true }), async (records) => {
    for await (const _record of records) rows++;
  });
  rows--; // the header
} else {
  await main(['node', 'centricity', 'score', file, '--out-dir', outDir, '--format', 'md,json', '--quiet', '--force']);
  if (process.exitCode) throw new Error(`centricity score exited ${process.exitCode}`);
  const { readFileSync } = await import('node:fs');
  rows = JSON.parse(readFileSync(`${outDir}/index.json`, 'utf8')).files[0].rows;
}
const ms = performance.now() - started;
const usage = process.resourceUsage();
process.stdout.write(JSON.stringify({ rows, ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakMB: usage.maxRSS / 1024 }));
