// `npm run bench`: prints the figures the README quotes. Timings are measured here, never asserted in tests.
import { benchStartup } from './startup.js';

const format = (ms) => `${ms.toFixed(1)} ms`;

console.log(`centricity benchmarks on Node ${process.version}, ${process.platform}/${process.arch}\n`);
console.log('Start-up (median of 21 runs):');
for (const row of benchStartup()) {
  console.log(`  ${row.what.padEnd(28)} ${format(row.ms).padStart(10)}${row.overBaseline === undefined ? '' : `   (+${format(row.overBaseline)} over node)`}`);
}
