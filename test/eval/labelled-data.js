// The labelled real data sets of ../shared/data/real (never copied into this repo) and the metrics the
// sentiment evaluation (sentiment.eval.js) and the analyser comparison (test/bench/sentiment.js) share:
//   - airline-tweets.csv: human labels positive / neutral / negative (CC BY-NC-SA: evaluation only);
//   - star-rated reviews (womens-clothing, amazon-alexa, zomato): 1–2 stars = negative, 3 = neutral, 4–5 = positive;
//   - botanic-nps-survey.csv (French, windows-1252): NPS proxy labels, 9–10 = positive, 7–8 = neutral, 0–6 = negative;
//     and 300 of its comments labelled by reading them, blind to the score (botanic-read-labels.json: row ids and
//     labels only, how they were drawn and the rules in the file), with their NPS groups as `proxy`, so the evaluation
//     can say how far the proxy itself agrees with what the comments say.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const here = dirname(fileURLToPath(import.meta.url));
export const dataDir = process.env.SENTIMENT_DATA ?? resolve(here, '../../../shared/data/real');

function readCsv(file, options = {}) {
  const path = join(dataDir, file);
  if (!existsSync(path)) return undefined;
  const buffer = readFileSync(path);
  const text = options.encoding ? new TextDecoder(options.encoding).decode(buffer) : buffer.toString('utf8');
  return parse(text, { columns: true, bom: true, relax_column_count: true, skip_empty_lines: true, delimiter: options.delimiter ?? ',' });
}

const stars = (rating) => {
  const value = Number(rating);
  // Half stars (zomato: 144 rows) and non-numbers ("Like", blanks) are left out: the 1–2 / 3 / 4–5 rule is for whole stars.
  if (!Number.isInteger(value) || value < 1 || value > 5) return undefined;
  return value <= 2 ? 'negative' : value === 3 ? 'neutral' : 'positive';
};

const nps = (score) => {
  const value = Number(score);
  if (!Number.isInteger(value) || value < 0 || value > 10) return undefined;
  return value <= 6 ? 'negative' : value <= 8 ? 'neutral' : 'positive';
};

function rows(records, textColumn, labelOf, proxyOf) {
  const out = [];
  for (const record of records ?? []) {
    const text = record[textColumn];
    const label = labelOf(record);
    if (typeof text !== 'string' || text.trim() === '' || text === 'NA' || label === undefined) continue;
    out.push(proxyOf ? { text, label, proxy: proxyOf(record) } : { text, label });
  }
  return out;
}

const botanic = () => readCsv('botanic-nps-survey.csv', { encoding: 'windows-1252' });
// Keyed by the survey's first column, the quoted row number (its header is "").
const readLabels = JSON.parse(readFileSync(join(here, 'botanic-read-labels.json'), 'utf8')).labels;
const readLabelOf = (record) => (Object.hasOwn(readLabels, record['']) ? readLabels[record['']] : undefined);

export const DATASETS = [
  { name: 'airline-tweets', lang: 'en', load: () => rows(readCsv('airline-tweets.csv'), 'text', (r) => r.airline_sentiment) },
  { name: 'womens-clothing', lang: 'en', load: () => rows(readCsv('womens-clothing-reviews.csv'), 'Review Text', (r) => stars(r.Rating)) },
  {
    name: 'amazon-alexa',
    lang: 'en',
    load: () => rows(readCsv('amazon-alexa-reviews.tsv', { delimiter: '\t' }), 'verified_reviews', (r) => stars(r.rating)),
  },
  { name: 'zomato', lang: 'en', load: () => rows(readCsv('zomato-restaurant-reviews.csv'), 'Review', (r) => stars(r.Rating)) },
  { name: 'botanic-fr (NPS)', lang: 'fr', load: () => rows(botanic(), 'explication', (r) => nps(r.nps)) },
  { name: 'botanic-fr (read labels)', lang: 'fr', load: () => rows(botanic(), 'explication', readLabelOf, (r) => nps(r.nps)) },
];

export const CLASSES = ['negative', 'neutral', 'positive'];

/** Accuracy, macro-F1 over the three classes, each class's F1, and the confusion counts (confusion[gold][predicted]). */
export function metrics(gold, predicted) {
  let correct = 0;
  const confusion = Object.fromEntries(CLASSES.map((c) => [c, { negative: 0, neutral: 0, positive: 0 }]));
  const tp = { negative: 0, neutral: 0, positive: 0 };
  const fp = { ...tp };
  const fn = { ...tp };
  for (let i = 0; i < gold.length; i++) {
    confusion[gold[i]][predicted[i]]++;
    if (gold[i] === predicted[i]) {
      correct++;
      tp[gold[i]]++;
    } else {
      fp[predicted[i]]++;
      fn[gold[i]]++;
    }
  }
  const f1 = {};
  for (const c of CLASSES) {
    const denominator = 2 * tp[c] + fp[c] + fn[c];
    f1[c] = denominator === 0 ? 0 : (2 * tp[c]) / denominator;
  }
  return { accuracy: correct / gold.length, macroF1: CLASSES.reduce((sum, c) => sum + f1[c], 0) / CLASSES.length, f1, confusion };
}
