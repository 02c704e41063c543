import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { readComment, sentimentLabel } from '../../dist/feedback/sentiment.js';
import { commentText } from '../../dist/feedback/values.js';
const text = new TextDecoder('windows-1252').decode(readFileSync('/work/shared/data/real/botanic-nps-survey.csv'));
const rows = parse(text, { columns: true, bom: true, relax_column_count: true, skip_empty_lines: true });
const read = JSON.parse(readFileSync('test/eval/botanic-read-labels.json', 'utf8')).labels;
const nps = (v) => (Number(v) >= 9 ? 'positive' : Number(v) >= 7 ? 'neutral' : 'negative');
const want = process.argv[2], got = process.argv[3];
let shown = 0; const counts = {};
for (const r of rows) {
  if (Object.hasOwn(read, r[''])) continue;
  const c = commentText(r.explication ?? ''); if (!c) continue;
  const g = nps(r.nps); const s = readComment(c).sentiment; const p = s === null ? 'neutral' : sentimentLabel(s);
  counts[`${g}->${p}`] = (counts[`${g}->${p}`] ?? 0) + 1;
  if (g === want && p === got && shown < Number(process.argv[4] ?? 40)) { shown++; console.log(r.nps, s?.toFixed(2), '|', c.slice(0, 200).replace(/\n/g, ' ')); }
}
console.log(counts);
