// Themes against human labels: the airline tweets' negative reasons (`npm run eval`; contract in run.js).
//
// For the negative tweets, plan the themes on all their texts (as the reading pipeline plans on a
// file's first comments), then compare each tweet's main theme (or "none") with the reason a
// person gave (`negativereason`): normalised mutual information, NMI = I(theme; reason) divided by
// the arithmetic mean of H(theme) and H(reason), and the share of tweets with a theme. The fixed
// retail taxonomy is printed beside it. Then, for a human check, each real file's trade with its
// evidence and top 8 themes, and how fast planning and matching are.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { tokenize } from '../../dist/feedback/text.js';
import { BUILT_IN_THEMES, compileThemePlan, planThemes } from '../../dist/feedback/themes.js';

const here = dirname(fileURLToPath(import.meta.url));
const REAL = join(here, '../../../shared/data/real');
const DEMO = join(here, '../../templates/demo/feedback.csv');

/** Each real file's comment column (carpentries: its longest free-text answers). */
const FILES = [
  ['airline-tweets.csv', 'text'],
  ['womens-clothing-reviews.csv', 'Review Text'],
  ['botanic-nps-survey.csv', 'explication'],
  ['miro-nps-feedback.csv', 'text'],
  ['miro-feature-feedback.csv', 'text'],
  ['amazon-alexa-reviews.tsv', 'verified_reviews'],
  ['zomato-restaurant-reviews.csv', 'Review'],
  ['carpentries-longterm-survey-2017.csv', null],
];

function rowsOf(path) {
  const text = readFileSync(path, 'utf8');
  return parse(text, {
    columns: true,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    delimiter: path.endsWith('.tsv') ? '\t' : ',',
  });
}

function commentsOf(rows, column) {
  const name =
    column ??
    Object.keys(rows[0] ?? {}).sort(
      (a, b) => rows.reduce((n, row) => n + (row[b]?.length ?? 0), 0) - rows.reduce((n, row) => n + (row[a]?.length ?? 0), 0),
    )[0];
  return rows.map((row) => (row[name] ?? '').trim()).filter((text) => text !== '' && text !== 'NA');
}

const entropy = (counts, total) => [...counts.values()].reduce((h, n) => h - (n / total) * Math.log(n / total), 0);

/** NMI with the arithmetic-mean normalisation: I(X;Y) / ((H(X) + H(Y)) / 2). */
export function nmi(xs, ys) {
  const total = xs.length;
  const cx = new Map();
  const cy = new Map();
  const cxy = new Map();
  xs.forEach((x, i) => {
    const y = ys[i];
    cx.set(x, (cx.get(x) ?? 0) + 1);
    cy.set(y, (cy.get(y) ?? 0) + 1);
    const key = `${x}\u0000${y}`;
    cxy.set(key, (cxy.get(key) ?? 0) + 1);
  });
  const hx = entropy(cx, total);
  const hy = entropy(cy, total);
  const mutual = hx + hy - entropy(cxy, total);
  return hx + hy === 0 ? 0 : mutual / ((hx + hy) / 2);
}

const pct = (share) => `${(100 * share).toFixed(1)}%`;

function mainThemes(set, comments) {
  return comments.map((text) => set.themesOf(tokenize(text))[0] ?? 'none');
}

function topThemes(plan, comments) {
  const set = compileThemePlan(plan);
  const counts = new Map();
  for (const text of comments) for (const id of set.themesOf(tokenize(text))) counts.set(id, (counts.get(id) ?? 0) + 1);
  const title = (id) => plan.themes.find((theme) => theme.id === id)?.title ?? id;
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([id, n]) => `${title(id)}${plan.emerging.includes(id) ? ' (emerging)' : ''} ${pct(n / comments.length)}`);
}

function perSecond(set, comments) {
  const tokens = comments.map((text) => tokenize(text));
  for (const t of tokens) set.themesOf(t);
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < 500) {
    for (const t of tokens) set.themesOf(t);
    rounds++;
  }
  return (rounds * tokens.length) / ((performance.now() - start) / 1000);
}

export default async function evaluate() {
  const airline = join(REAL, 'airline-tweets.csv');
  if (!existsSync(airline)) {
    console.log('No airline tweets in ../shared/data/real: nothing to measure.');
    return [
      { name: 'themes NMI, airline negative reasons', value: null, target: 0.3 },
      { name: 'themes share themed, airline negative tweets', value: null, target: 0.85 },
    ];
  }
  const negative = rowsOf(airline).filter((row) => row.airline_sentiment === 'negative');
  const texts = negative.map((row) => row.text);
  const reasons = negative.map((row) => row.negativereason || 'none');
  const started = performance.now();
  const plan = planThemes(texts);
  const planMs = performance.now() - started;
  const planned = mainThemes(compileThemePlan(plan), texts);
  const fixed = mainThemes(BUILT_IN_THEMES, texts);
  const themed = planned.filter((id) => id !== 'none').length / planned.length;
  const score = nmi(planned, reasons);

  console.log(
    `Airline negative tweets: ${texts.length}, planned in ${planMs.toFixed(0)} ms; domain ${plan.domain.id}: ${plan.domain.evidence}\n`,
  );
  console.log('| themes | NMI with the human reason (arithmetic mean) | share themed |\n| --- | ---: | ---: |');
  console.log(
    `| fixed retail taxonomy | ${nmi(fixed, reasons).toFixed(3)} | ${pct(fixed.filter((id) => id !== 'none').length / fixed.length)} |`,
  );
  console.log(`| planned (pack + discovered) | ${score.toFixed(3)} | ${pct(themed)} |`);

  console.log('\n| main theme | tweets | most common human reason |\n| --- | ---: | --- |');
  const byTheme = new Map();
  planned.forEach((id, i) => {
    const reasonsOf = byTheme.get(id) ?? new Map();
    reasonsOf.set(reasons[i], (reasonsOf.get(reasons[i]) ?? 0) + 1);
    byTheme.set(id, reasonsOf);
  });
  for (const [id, reasonCounts] of [...byTheme].sort((a, b) => sum(b[1]) - sum(a[1]))) {
    const [reason, n] = [...reasonCounts].sort((a, b) => b[1] - a[1])[0];
    console.log(`| ${id} | ${sum(reasonCounts)} | ${reason} (${pct(n / sum(reasonCounts))}) |`);
  }

  console.log('\n| file | comments | domain | evidence | top 8 themes (share of comments) |\n| --- | ---: | --- | --- | --- |');
  const files = [...FILES.map(([file, column]) => [join(REAL, file), column]), [DEMO, 'What is the main reason for your score?']];
  let speed = null;
  for (const [path, column] of files) {
    if (!existsSync(path)) continue;
    const comments = commentsOf(rowsOf(path), column);
    const sample = comments.slice(0, 20_000);
    const start = performance.now();
    const filePlan = planThemes(sample);
    const ms = performance.now() - start;
    const name = path.split('/').pop();
    console.log(
      `| ${name} | ${comments.length} | ${filePlan.domain.id} (${ms.toFixed(0)} ms) | ${filePlan.domain.evidence} | ${topThemes(filePlan, comments).join('; ')} |`,
    );
    if (name === 'womens-clothing-reviews.csv') {
      speed = { before: perSecond(BUILT_IN_THEMES, comments), after: perSecond(compileThemePlan(filePlan), comments), ms };
    }
  }
  if (speed) {
    console.log(
      `\nWomen's clothing reviews: planThemes on the first 20,000 in ${speed.ms.toFixed(0)} ms; themesOf ` +
        `${Math.round(speed.before).toLocaleString('en')} comments/s with the fixed taxonomy, ` +
        `${Math.round(speed.after).toLocaleString('en')} with the plan.`,
    );
  }
  return [
    { name: 'themes NMI, airline negative reasons', value: score, target: 0.3 },
    { name: 'themes share themed, airline negative tweets', value: themed, target: 0.85 },
  ];
}

function sum(counts) {
  return [...counts.values()].reduce((total, n) => total + n, 0);
}
