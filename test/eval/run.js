// Evaluations against human labels on the real data in ../shared/data/real: `npm run eval`.
//
// Each `*.eval.js` beside this file exports a default async function that prints its own table and
// returns the figures the issue set targets for: [{ name, value, target }] (higher is better).
// This script runs them in name order, prints the targets, and exits 1 when one is missed, so a
// change that makes centricity read customers worse is seen. Not part of `npm test`: it reads
// about 50 MB of labelled text and takes a minute or two.

import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const evaluations = readdirSync(here)
  .filter((name) => name.endsWith('.eval.js'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)))
  .sort();

const results = [];
for (const name of evaluations) {
  console.log(`\n## ${name.replace(/\.eval\.js$/, '')}\n`);
  const { default: evaluate } = await import(pathToFileURL(join(here, name)).href);
  results.push(...(await evaluate()));
}

console.log('\n## Targets\n');
console.log('| figure | value | target | |\n| --- | ---: | ---: | --- |');
for (const { name, value, target } of results) {
  const met = value !== null && value >= target;
  console.log(`| ${name} | ${value === null ? 'no data' : value.toFixed(3)} | ≥ ${target} | ${met ? 'met' : 'MISSED'} |`);
}
process.exitCode = results.every(({ value, target }) => value !== null && value >= target) ? 0 : 1;
