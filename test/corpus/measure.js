// Prints the README's redaction table: `npm run build && node test/corpus/measure.js`.
import { findPersonalData } from '../../dist/feedback/redact.js';
import { generateCorpus, measure } from './personal-data.js';

const corpus = generateCorpus();
const result = measure(corpus, findPersonalData);
const percent = (part, whole) => `${((100 * part) / whole).toFixed(2)}%`;
console.log(`${corpus.length} sentences (seed 7).\n`);
console.log('| Kind | Planted | Found | Recall |\n| --- | ---: | ---: | ---: |');
for (const [kind, { planted, found }] of Object.entries(result.kinds))
  console.log(`| ${kind} | ${planted} | ${found} | ${percent(found, planted)} |`);
console.log(`\n| Harmless look-alikes | Wrongly redacted | Rate | Other text wrongly redacted |\n| ---: | ---: | ---: | ---: |`);
console.log(
  `| ${result.lookalikes} | ${result.wronglyRedacted} | ${percent(result.wronglyRedacted, result.lookalikes)} | ${result.strays} |`,
);
for (const { kind, value } of result.missed) console.log(`missed ${kind}: ${value}`);
for (const { label } of result.wrong) console.log(`wrongly redacted: ${label}`);
