// A seeded, realistic feedback export of any size: NPS scores, dates, plans, regions, values,
// and comments of one to eight sentences (three rows in four have one; short ones are the most
// common) with commas, doubled quotes, embedded newlines, now and then an e-mail address or a
// phone number, blanks and N/A. About 130 bytes a row. Same seed, same bytes.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mulberry32 } from '../helpers/seeded.js';

const OPENINGS = ['', '', 'Honestly, ', 'To be fair ', 'Well... ', 'As a long-time customer, ', 'Third order now and ', 'ok so '];
const HAPPY = [
  'the coffee is fresh and tastes amazing',
  'delivery was quick and the parcel arrived on time',
  'support sorted my problem in one reply, thank you',
  'great value for the price',
  'the app makes it easy to skip a month',
  'lovely packaging, fully recyclable',
  'Tom in customer service was brilliant',
  'I have recommended you to all my friends',
];
const UNHAPPY = [
  'the parcel was late again and the courier left it in the rain',
  'I was charged twice and still waiting for a refund',
  'not happy with the price rise, it is too expensive now',
  'the website keeps crashing when I try to change my grind',
  'support never replied to my email',
  'the beans tasted stale and bitter',
  'cancelling my subscription was far too hard',
  'tracking said delivered but nothing arrived',
];
const MIXED = ['good coffee but slow delivery', 'nice taste, not great value', 'fine I guess', 'no complaints', 'it does the job'];
const CLOSINGS = ['.', '.', '.', '!', '!!', ' :)', ' :(', '. Would not recommend.', '. Keep it up.'];
const CONTACTS = ['Call me on 07700 900123', 'my email is jo.bloggs@example.com', 'ring 020 7946 0018 after 5pm'];
/** Sentences per comment, 1 to 8, by how often each is drawn: most comments are short, a few run long. */
const SENTENCES = Object.entries({ 1: 35, 2: 10, 3: 5, 4: 3, 5: 2, 6: 2, 7: 1, 8: 1 }).flatMap(([count, weight]) =>
  Array(weight).fill(Number(count)),
);
const PLANS = ['monthly', 'monthly', 'quarterly', 'annual', 'one-off'];
const REGIONS = ['UK', 'UK', 'UK', 'EU', 'EU', 'US'];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function sentence(random, pool) {
  let text = pick(random, OPENINGS) + pick(random, pool);
  if (random() < 0.1) text += `, and ${pick(random, random() < 0.5 ? pool : MIXED)}`;
  return text[0].toUpperCase() + text.slice(1) + pick(random, CLOSINGS);
}

function comment(random, score) {
  const pool = score >= 9 ? HAPPY : score <= 6 ? UNHAPPY : MIXED;
  const sentences = Array.from({ length: pick(random, SENTENCES) }, () => sentence(random, pool));
  if (random() < 0.05) sentences.push('\nAlso: the "gift" option is "hidden" on the site.');
  if (random() < 0.01) sentences.push(`${pick(random, CONTACTS)}.`);
  return sentences.join(' ');
}

function quoted(text) {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes `rows` responses to `path` and resolves with its size in bytes. */
export async function generateFeedback(path, rows, seed = 42) {
  const random = mulberry32(seed);
  const out = createWriteStream(path);
  out.write('Response ID,Submitted,How likely are you to recommend us? (0-10),Why?,Plan,Region,Annual value\n');
  let bytes = 0;
  let buffer = '';
  for (let index = 0; index < rows; index++) {
    const roll = random();
    const score = roll < 0.004 ? '' : roll < 0.006 ? 'N/A' : String(Math.min(10, Math.floor(random() * 7) + (random() < 0.6 ? 4 : 0)));
    const text = random() < 0.75 ? comment(random, Number(score || 7)) : '';
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    buffer += `R-${100000 + index},${date},${score},${quoted(text)},${pick(random, PLANS)},${pick(random, REGIONS)},`;
    buffer += `${(80 + random() * 240).toFixed(2)}\n`;
    if (buffer.length > 1 << 16) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return bytes;
}
