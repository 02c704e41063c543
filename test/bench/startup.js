// Start-up cost of the CLI against bare Node, measured in the same run: `--help` must not load
// prompts, templates or the scoring core.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/centricity.js', import.meta.url));
const RUNS = 21;

function medianMs(args) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)];
}

export function benchStartup() {
  const baseline = medianMs(['-e', '0']);
  const help = medianMs([BIN, '--help']);
  const auditHelp = medianMs([BIN, 'audit', '--help']);
  return [
    { what: 'node -e 0 (baseline)', ms: baseline },
    { what: 'centricity --help', ms: help, overBaseline: help - baseline },
    { what: 'centricity audit --help', ms: auditHelp, overBaseline: auditHelp - baseline },
  ];
}
