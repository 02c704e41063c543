// Sentiment against labels on the real data (see labelled-data.js): accuracy, macro-F1 and each class's F1 per
// data set, the languages found in each file, and comments/second of `readComment` (words, language and sentiment).
// A data set whose rows also carry a `proxy` label (the French comments read by hand, with their NPS groups) gets a
// second table: the proxy taken as predictions against the read labels (about the best a perfect reader could score
// against the proxy), and centricity against each, on the same rows, with their confusion matrices.
// Returns the three figures issue 12 sets targets for. A comment in a language centricity cannot read has no
// sentiment: it counts as neutral here (a miss, never a hit it did not earn), and the share of them is printed.
// The other analysers are compared in test/bench/sentiment.js.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLASSES, DATASETS, dataDir, metrics } from './labelled-data.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = { 'airline-tweets': 0.65, 'womens-clothing': 0.55, 'botanic-fr (NPS)': 0.45 };
const TIMING_MS = 400;

export default async function evaluate() {
  const { readComment, sentimentLabel } = await import(pathToFileURL(join(repo, 'dist/feedback/sentiment.js')).href);
  const { languageName } = await import(pathToFileURL(join(repo, 'dist/feedback/language.js')).href);
  const results = [];
  const comparisons = [];
  const percent = (x) => `${(x * 100).toFixed(1)}%`;
  console.log(`data: ${dataDir}\n`);
  console.log('| data set | n | accuracy | macro-F1 | F1 negative | F1 neutral | F1 positive | not read | comments/s | languages |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const dataset of DATASETS) {
    const rows = dataset.load();
    if (rows.length === 0) {
      if (dataset.name in TARGETS)
        results.push({ name: `sentiment macro-F1, ${dataset.name}`, value: null, target: TARGETS[dataset.name] });
      continue;
    }
    const languages = new Map();
    let unread = 0;
    const predicted = rows.map(({ text }) => {
      const { sentiment, language } = readComment(text);
      languages.set(language, (languages.get(language) ?? 0) + 1);
      if (sentiment === null) unread++;
      return sentiment === null ? 'neutral' : sentimentLabel(sentiment);
    });
    const gold = rows.map((row) => row.label);
    const m = metrics(gold, predicted);
    if (rows.some((row) => row.proxy !== undefined)) comparisons.push({ name: dataset.name, rows, predicted });
    let passes = 0;
    const start = performance.now();
    while (performance.now() - start < TIMING_MS) {
      for (const { text } of rows) readComment(text);
      passes++;
    }
    const perSecond = (rows.length * passes) / ((performance.now() - start) / 1000);
    const mix = [...languages]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([code, count]) => `${code === 'und' ? 'und' : languageName(code)} ${percent(count / rows.length)}`)
      .join(', ');
    console.log(
      `| ${dataset.name} | ${rows.length} | ${percent(m.accuracy)} | ${m.macroF1.toFixed(3)} | ` +
        `${CLASSES.map((c) => m.f1[c].toFixed(3)).join(' | ')} | ${percent(unread / rows.length)} | ` +
        `${Math.round(perSecond).toLocaleString('en-US')} | ${mix} |`,
    );
    if (dataset.name in TARGETS)
      results.push({ name: `sentiment macro-F1, ${dataset.name}`, value: m.macroF1, target: TARGETS[dataset.name] });
  }
  for (const comparison of comparisons) compareWithProxy(comparison);
  return results;
}

/** The proxy, centricity and the labels of the same rows, each pair as predictions against gold. */
function compareWithProxy({ name, rows, predicted }) {
  const kept = rows.flatMap((row, i) => (row.proxy === undefined ? [] : [{ ...row, predicted: predicted[i] }]));
  const column = (key) => kept.map((row) => row[key]);
  const pairs = [
    ['NPS group (proxy)', 'read labels', metrics(column('label'), column('proxy'))],
    ['centricity', 'read labels', metrics(column('label'), column('predicted'))],
    ['centricity', 'NPS group (proxy)', metrics(column('proxy'), column('predicted'))],
  ];
  console.log(`\n### ${name}: the NPS proxy and centricity against what the same ${kept.length} comments say\n`);
  console.log('| predictions | against | accuracy | macro-F1 | F1 negative | F1 neutral | F1 positive |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [predictions, against, m] of pairs)
    console.log(
      `| ${predictions} | ${against} | ${(m.accuracy * 100).toFixed(1)}% | ${m.macroF1.toFixed(3)} | ` +
        `${CLASSES.map((c) => m.f1[c].toFixed(3)).join(' | ')} |`,
    );
  for (const [predictions, against, m] of pairs) {
    console.log(`\nConfusion, ${predictions} (columns) against ${against} (rows):\n`);
    console.log(`| ${against} | ${CLASSES.join(' | ')} | total |\n| --- | ${CLASSES.map(() => '---:').join(' | ')} | ---: |`);
    for (const gold of CLASSES) {
      const counts = CLASSES.map((c) => m.confusion[gold][c]);
      console.log(`| ${gold} | ${counts.join(' | ')} | ${counts.reduce((a, b) => a + b, 0)} |`);
    }
  }
}
