/**
 * Sentiment of one comment: the VADER lexicon (Hutto & Gilbert 2014, ~7,500 words and emoticons rated
 * −4..4 by ten people each), read from the `vader-sentiment` npm package, scored with VADER's rules
 * re-implemented here for speed (the package's own scorer runs 1,000–5,000 comments/s, this one
 * well over 100,000), plus a few customer-feedback adjustments. Chosen by measurement: see
 * `test/bench/sentiment.js` and the table in the README.
 *
 * Rules, as in VADER unless marked (*):
 * - negation: a negator up to 3 words before a rated word, in the same clause (*), scales it by −0.74
 *   ("not good" < 0, "not bad" > 0); "never so/this/such" emphasises instead; "least" negates except
 *   in "at least" / "very least";
 * - intensifiers and dampeners up to 3 words before ("very", "extremely", "slightly"…) move a rating
 *   ±0.293 away from or towards 0, less with distance;
 * - contrast: what comes before "but" (or "however" (*)) counts half, what follows counts 1.5 times,
 *   within the sentence (*): a "but" in the last sentence of a review does not halve the first;
 * - "!" (up to 4) and repeated "?" push the sum further in its own direction;
 * - emoticons from the lexicon (":)", ":-(", "<3") and a few common emoji (*) are rated words too;
 * - (*) @mentions and URLs are ignored ("@united" is a name, not praise), hashtags are read as words;
 * - (*) customer-feedback lexicon adjustments ({@link OVERRIDES}) and "unmet service" words that are
 *   neutral alone but a complaint when negated ("never arrived", "didn't work", "no response").
 * - (*) mixed: praise and complaint of about the same weight (4 rated words or more) make a neutral comment.
 * - (*) praise that is not a fact is not praise: in a question ("any good deals?"), after a modal verb
 *   ("it would be nice to get an answer") it counts 0; after a counterfactual ("would have been perfect",
 *   "I wish it were softer", "I wanted to love it") it is a regret, a mild complaint;
 * - (*) "too" before a word the lexicon does not rate is a complaint ("too small", "too long"; "not too big" is not);
 * - (*) thanks in a comment that complains are politeness or sarcasm ("thanks for ruining my trip"): 0.
 * The sum s is squashed to s / √(s² + 15), VADER's "compound" score, in (−1, 1).
 *
 * Languages: each comment's language is told first (./language.ts). French, German, Spanish, Italian,
 * Dutch and Portuguese comments are scored by the same rules with their own lexicon and rule words
 * (./sentiment-languages.ts). A comment too short to tell ('und': "ok", "Great!", an emoji) is
 * scored by whichever of those lexicons knows most of its words (English first on a tie). A
 * comment in any other language has no sentiment (null): it is counted, never scored as neutral.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  functionWordsOf,
  isReadable,
  languageOfWords,
  READABLE_LANGUAGES,
  type ReadableLanguage,
  scriptLanguage,
  UNDETERMINED,
} from './language.js';
import { INDEFINITE_ARTICLES, LANGUAGE_RULES, LITTLE } from './sentiment-languages.js';
import { decodeEntities, tokenize } from './text.js';
import { HASH_START, hashStep, idOfAscii, idsFor, idsOf, lowerAscii, makeRoom, PerWord, remember, wordOf } from './vocabulary.js';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

/**
 * |score| below this is neutral. VADER documents 0.05; 0.1 reads as well or better on each of the five
 * labelled sets of `npm run eval` (macro-F1 +0.000 to +0.006, most on the long reviews, whose mixed praise
 * and complaint lands near 0), so it is the cut here.
 */
const NEUTRAL_BAND = 0.1;
const NEGATION_SCALAR = -0.74;
const BOOST = 0.293;
const NEVER_SO = 1.25;
const WINDOW = 3;
const BEFORE_BUT = 0.5;
const AFTER_BUT = 1.5;
const EXCLAMATION = 0.292;
const QUESTION = 0.18;
const ALPHA = 15;
/**
 * (*) A comment of at least MIXED_MIN_RATED rated words whose praise and complaint balance within
 * MIXED_BALANCE ((P − N) / (P + N)) is mixed: neutral. Of 0.2–0.6 and 3–5 words, 0.3 and 4 lift the
 * star-rated reviews most (neutral F1 0.09 → 0.27 on the clothing reviews) for the least loss on the
 * tweets, where one "thanks" in a complaint does not make it mixed (see test/eval/sentiment.eval.js).
 */
const MIXED_BALANCE = 0.3;
const MIXED_MIN_RATED = 4;
/** A negated "unmet service" word ("never arrived") is rated like a mild negative word. */
const UNMET = -1.2;
/** (*) Praise after a counterfactual ("would have been perfect") is a regret: its rating times this. */
const COUNTERFACTUAL = -0.5;
/** (*) "too" and an unrated word ("too small") are rated like a mild negative word. */
const EXCESS = -1.0;

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'nowhere',
  'nope',
  'cannot',
  'without',
  'rarely',
  'seldom',
  'despite',
  'hardly',
  'barely',
  'scarcely',
  ...[
    'ain',
    'aren',
    'can',
    'couldn',
    'daren',
    'didn',
    'doesn',
    'don',
    'hadn',
    'hasn',
    'haven',
    'isn',
    'mightn',
    'mustn',
    'needn',
    'oughtn',
    'shan',
    'shouldn',
    'wasn',
    'weren',
    'won',
    'wouldn',
  ].flatMap((stem) => [`${stem}'t`, `${stem}t`]),
]);
// "cant" and "wont" are also words, but in comments they are nearly always the contractions.

const BOOSTERS = new Map<string, number>([
  ...[
    'absolutely',
    'amazingly',
    'awfully',
    'completely',
    'considerably',
    'decidedly',
    'deeply',
    'effing',
    'enormously',
    'entirely',
    'especially',
    'exceptionally',
    'extremely',
    'fabulously',
    'flipping',
    'flippin',
    'fricking',
    'frickin',
    'frigging',
    'friggin',
    'fully',
    'fucking',
    'greatly',
    'hella',
    'highly',
    'hugely',
    'incredibly',
    'intensely',
    'majorly',
    'more',
    'most',
    'particularly',
    'purely',
    'quite',
    'really',
    'remarkably',
    'so',
    'substantially',
    'thoroughly',
    'totally',
    'tremendously',
    'uber',
    'unbelievably',
    'unusually',
    'utterly',
    'very',
    'truly',
    'too',
    'way',
  ].map((word): [string, number] => [word, BOOST]),
  ...[
    'almost',
    'kinda',
    'kindof',
    'less',
    'little',
    'marginally',
    'occasionally',
    'partly',
    'slightly',
    'somewhat',
    'sorta',
    'sortof',
    'fairly',
    'pretty',
  ].map((word): [string, number] => [word, -BOOST]),
]);

/** (*) Rated words that are only intensifiers before a rated word: "super" is praise, "super frustrating" is not. */
const RATED_INTENSIFIERS = ['super', 'crazy', 'damn', 'freaking', 'ridiculously', 'seriously', 'terribly', 'insanely', 'wicked'];

const CONTRAST = new Set(['but', 'however', 'unfortunately', 'sadly', 'unfortunatly', 'except']);

/**
 * (*) Modal verbs: praise after them (in the same clause, up to a "but") is hypothetical ("it would be nice to
 * hear back", "could you be more helpful"), and with "have" a regret ("should have been better").
 */
const MODALS = new Set(['would', 'could', 'should', 'might']);
/** (*) Counterfactuals: praise after them is a regret ("I wish it were softer", "I wanted to love it"). */
const COUNTERFACTUALS = new Set([
  'wish',
  'wished',
  'wanted',
  'hoped',
  'expected',
  "would've",
  "could've",
  "should've",
  "might've",
  'woulda',
  'coulda',
  'shoulda',
]);
/** (*) Thanks: politeness, or sarcasm, in a comment that complains. */
const GRATITUDE = new Set(['thanks', 'thank', 'thankyou', 'thx', 'ty', 'appreciate', 'appreciated']);
/** (*) "too" before a word the lexicon does not rate: an excess, so a complaint ("too small", "too long"). */
const EXCESSIVE = new Set(['too']);
const ARTICLES: ReadonlySet<string> = new Set(INDEFINITE_ARTICLES);
const NEVER_SO_NEXT = new Set(['so', 'this', 'such']);

/**
 * Words that say the service did its job. Alone they carry no sentiment; negated they are a complaint:
 * "never arrived", "didn't work", "no response", "doesn't fit", "no help".
 */
const UNMET_SERVICE = new Set([
  'work',
  'works',
  'worked',
  'working',
  'arrive',
  'arrived',
  'receive',
  'received',
  'deliver',
  'delivered',
  'fix',
  'fixed',
  'resolve',
  'resolved',
  'answer',
  'answered',
  'answers',
  'respond',
  'responded',
  'response',
  'reply',
  'replied',
  'help',
  'helped',
  'helping',
  'refunded',
  'show',
  'showed',
  'come',
  'came',
  'callback',
  'update',
  'updated',
  'updates',
  'info',
  'information',
  'notified',
  'notification',
  'fit',
  'fits',
  'sense',
]);

/** (*) Two-word phrases whose words alone say nothing, or something else ("on hold", "runs small"). */
const PHRASES: Record<string, number> = {
  'on hold': -1.2,
  'hung up': -1.5,
  'hangs up': -1.5,
  'hang up': -1.2,
  'never again': -2.0,
  'runs small': -0.8,
  'runs large': -0.8,
  'runs big': -0.8,
  'run small': -0.8,
  'run large': -0.8,
  'run big': -0.8,
  'falls apart': -2.0,
  'fell apart': -2.0,
  'falling apart': -2.0,
  'rip off': -2.5,
  'ripped off': -2.5,
};

/** What a word is rated where its context says so, undefined elsewhere (the tokens, the word's index). */
type RatingInContext = (tokens: readonly string[], at: number) => number | undefined;

/**
 * (*) Sending a product back is a verdict on it whatever the words around it say ("loved the colour, but it
 * is going back"): a verb of return followed by what is returned ("returned it", "sending them back").
 */
const RETURNED_THINGS = new Set(['it', 'them', 'this', 'these', 'both', 'mine', 'back']);
const SENT_BACK = -1.5;
const returnsIt: RatingInContext = (tokens, at) => (RETURNED_THINGS.has(tokens[at + 1] ?? '') ? SENT_BACK : undefined);
const sendsItBack: RatingInContext = (tokens, at) =>
  tokens[at + 1] === 'back' || (RETURNED_THINGS.has(tokens[at + 1] ?? '') && tokens[at + 2] === 'back') ? SENT_BACK : undefined;

/** (*) A wait counted in hours or days ("2 hours on the phone", "three days later") is a complaint. */
const LONG_WAIT = -1.0;
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'many', 'few']);
const isCount = (token: string | undefined) =>
  token !== undefined && (COUNT_WORDS.has(token) || (/^\d+$/.test(token) && Number(token) >= 2));
/** Words that make a count of days a speed: "arrived in 2 days", "within 24 hours". */
const SPEEDY = new Set(['in', 'within', 'under', 'only', 'just']);
const waitedLong: RatingInContext = (tokens, at) =>
  at > 0 && isCount(tokens[at - 1]) && !SPEEDY.has(tokens[at - 2] ?? '') ? LONG_WAIT : undefined;

/**
 * (*) A "why" question is a complaint ("why is my bag in Houston?"), unless it explains ("that's why I love
 * it") or suggests ("why not add…").
 */
const WHY = -1.0;
const EXPLAINS_WHY = new Set(["that's", 'thats', 'is', 'reason', 'see', 'know', 'understand', 'why']);
const asksWhy: RatingInContext = (tokens, at) =>
  (at > 0 && EXPLAINS_WHY.has(tokens[at - 1]!)) || tokens[at + 1] === 'not' ? undefined : WHY;

/** (*) A request to fix something says it is broken ("can you fix this?"); negated, it is a service unmet. */
const FIX_REQUEST = -1.0;
const asksToFix: RatingInContext = () => FIX_REQUEST;

/**
 * (*) Being unable to do something is a complaint ("can't get through", "unable to check in"), unless a
 * rated word follows, which the negation turns ("can't complain", "can't wait"), or it is praise in disguise.
 */
const UNABLE = -0.8;
const PRAISING_INABILITY = new Set(['say', 'stop', 'believe', 'beat', 'go', 'ask', 'tell', 'imagine']);
const unableTo: RatingInContext = (tokens, at) => {
  const next = tokens[at + 1] === 'to' ? tokens[at + 2] : tokens[at + 1];
  return next === undefined || (looked[at + 1]?.valence ?? 0) !== 0 || PRAISING_INABILITY.has(next) ? undefined : UNABLE;
};

/** The phrases by their first word: the rating of the phrase that starts at a word, if one does. */
const phraseStarting: RatingInContext = (tokens, at) => PHRASES[`${tokens[at]} ${tokens[at + 1]}`];

const IN_CONTEXT: Record<string, RatingInContext> = {
  ...Object.fromEntries(Object.keys(PHRASES).map((phrase) => [phrase.slice(0, phrase.indexOf(' ')), phraseStarting])),
  ...Object.fromEntries(["can't", 'cant', 'cannot', "couldn't", 'couldnt', 'unable'].map((word) => [word, unableTo])),
  ...Object.fromEntries(['return', 'returned', 'returning', 'returns'].map((word) => [word, returnsIt])),
  ...Object.fromEntries(['send', 'sent', 'sending', 'sends'].map((word) => [word, sendsItBack])),
  ...Object.fromEntries(['hours', 'hrs', 'days'].map((word) => [word, waitedLong])),
  why: asksWhy,
  fix: asksToFix,
  resolve: asksToFix,
};

/** Customer-feedback adjustments to the VADER lexicon (0 removes a word's rating). */
const OVERRIDES: Record<string, number> = {
  // Ambiguous in feedback: requests ("please help", "I want a refund", "hope you fix it"), names and
  // nouns ("United", "credit", "number", "top" the garment, "free" as in "gluten-free"), fillers and
  // function words ("like", "well", "kind of", "yes", "sure", "lol").
  ...Object.fromEntries(
    [
      'like',
      'united',
      'please',
      'help',
      'want',
      'hope',
      'hoping',
      'hopefully',
      'wish',
      'care',
      'credit',
      'number',
      'top',
      'tops',
      'fit',
      'kind',
      'pretty',
      'well',
      'sure',
      'yes',
      'yeah',
      'true',
      'free',
      'huge',
      'chance',
      'support',
      'award',
      'friend',
      'friends',
      'party',
      'giving',
      'special',
      'straight',
      'hand',
      'agree',
      'joke',
      'lol',
    ].map((word) => [word, 0]),
  ),
  // Service failures and value judgements the general-purpose lexicon lacks or under-rates.
  delayed: -1.5,
  delay: -1.3,
  delays: -1.3,
  cancelled: -1.5,
  canceled: -1.5,
  cancellation: -1.0,
  cancel: -1.0,
  late: -1.0,
  waiting: -0.8,
  waited: -0.8,
  wait: -0.5,
  stuck: -1.3,
  rude: -2.2,
  slow: -1.2,
  unhelpful: -1.8,
  overpriced: -1.8,
  expensive: -1.0,
  pricey: -0.8,
  mediocre: -1.5,
  average: -0.3,
  bland: -1.3,
  stale: -1.5,
  overcooked: -1.3,
  undercooked: -1.3,
  tasteless: -1.8,
  scratchy: -1.0,
  unflattering: -1.5,
  stranded: -2.0,
  disconnected: -1.5,
  hungup: -1.5,
  atrocious: -3.0,
  abysmal: -3.0,
  nightmare: -2.5,
  hassle: -1.5,
  shoddy: -2.0,
  flimsy: -1.5,
  cheaply: -1.2,
  unreliable: -1.8,
  unresponsive: -1.8,
  overcharged: -2.0,
  overcharge: -1.8,
  ripoff: -2.5,
  filthy: -2.5,
  smelly: -1.8,
  cramped: -1.5,
  lukewarm: -1.0,
  soggy: -1.5,
  greasy: -1.2,
  burnt: -1.5,
  inedible: -2.5,
  unusable: -2.3,
  unwearable: -2.3,
  buggy: -1.8,
  glitchy: -1.8,
  crashes: -1.8,
  crashed: -1.8,
  crashing: -1.8,
  laggy: -1.5,
  froze: -1.2,
  unanswered: -1.5,
  misplaced: -1.3,
  overbooked: -1.5,
  downgraded: -1.5,
  shrunk: -1.5,
  shrank: -1.5,
  faded: -1.0,
  pilled: -1.5,
  pilling: -1.5,
  frayed: -1.3,
  unraveled: -1.5,
  frumpy: -1.5,
  boxy: -0.8,
  pointless: -1.8,
  disgraceful: -2.8,
  shambles: -2.5,
  subpar: -2.0,
  junk: -2.0,
  garbage: -2.3,
  incorrect: -1.5,
  inaccurate: -1.8,
  outdated: -1.2,
  complicated: -1.0,
  clunky: -1.5,
  cluttered: -1.0,
  stain: -1.2,
  stains: -1.2,
  stained: -1.5,
  holes: -1.0,
  snag: -1.0,
  snagged: -1.5,
  wrinkled: -1.0,
  shrinks: -1.5,
  poorly: -1.8,
  sloppy: -1.8,
  condescending: -2.2,
  dismissive: -2.0,
  unorganized: -1.8,
  understaffed: -1.8,
  crowded: -1.0,
  scammed: -2.8,
  robbed: -2.5,
  negligence: -2.2,
  negligent: -2.2,
  mishandled: -2.0,
  mistreated: -2.5,
  pricy: -0.8,
  unsafe: -2.0,
  unsanitary: -2.5,
  prompt: 1.2,
  quick: 1.0,
  convenient: 1.5,
  affordable: 1.5,
  reasonable: 1.2,
  spacious: 1.8,
  roomy: 1.5,
  cozy: 1.8,
  impeccable: 2.8,
  exceptional: 2.5,
  accommodating: 2.0,
  punctual: 1.8,
  seamless: 2.0,
  effortless: 1.8,
  spotless: 2.0,
  knowledgeable: 2.0,
  attentive: 2.0,
  reliable: 1.8,
  intuitive: 1.8,
  comfy: 2.0,
  sturdy: 1.5,
  durable: 1.5,
  tasty: 2.2,
  professional: 1.5,
  polite: 1.8,
  smooth: 1.5,
  ok: 0.3,
  okay: 0.3,
  decent: 0.8,
  // A few common emoji (the package's lexicon has emoticons but no emoji).
  '😀': 2.2,
  '😃': 2.2,
  '😄': 2.2,
  '😁': 2.2,
  '😊': 2.2,
  '🙂': 1.5,
  '😍': 3.0,
  '🥰': 3.0,
  '😘': 2.3,
  '👍': 1.8,
  '👌': 1.8,
  '❤': 2.7,
  '💕': 2.7,
  '💯': 2.0,
  '🎉': 2.0,
  '🔥': 1.5,
  '⭐': 1.5,
  '🙏': 1.0,
  '😂': 1.4,
  '🤣': 1.4,
  '😞': -2.0,
  '😢': -2.0,
  '😭': -2.2,
  '😠': -2.5,
  '😡': -2.8,
  '🤬': -3.0,
  '👎': -1.8,
  '😒': -1.8,
  '🙁': -1.6,
  '☹': -1.6,
  '😤': -1.8,
  '💩': -2.0,
  '🤮': -2.5,
  '😩': -2.0,
  '😫': -2.0,
};

/**
 * Tokens: URLs and @mentions (kept whole, then skipped), words (apostrophes inside kept, as in
 * `tokenize()` in text.ts), clause ends `. ! ? ;`, emoticons not followed by a letter or digit
 * (so "re:done" is not ":d"), `<3`, and single emoji.
 */
const TOKEN =
  /(?:https?:\/\/|www\.)\S+|@[\p{L}\p{N}_]+|[\p{L}\p{N}]+(?:'\p{L}+)*|[.!?;]+|[:;=]['-]?[()[\]dpo/\\|*](?![\p{L}\p{N}])|<3|\p{Extended_Pictographic}/gu;

/** What a token is to the scorer. One lookup per token: most words are in none of the lists and cost only that. */
interface Entry {
  /** Lexicon rating, −4..4; 0 when the word is not rated. */
  valence: number;
  /** Intensifier (> 0) or dampener (< 0) step, 0 if neither. */
  boost: number;
  negation: boolean;
  contrast: boolean;
  unmet: boolean;
  /** {@link IN_CONTEXT}: what the word is rated where its context says so. */
  inContext: RatingInContext | null;
  /** A "little" word ("peu", "poco"): a negator, a dampener after an indefinite article ("un peu"). */
  little: boolean;
  /** {@link MODALS}, {@link COUNTERFACTUALS}, {@link GRATITUDE}, {@link EXCESSIVE}. */
  modal: boolean;
  counterfactual: boolean;
  gratitude: boolean;
  excessive: boolean;
  /** The words after this one of each "nothing to say" phrase it starts ("à dire" of "rien à dire"), or null. */
  noComplaint: readonly (readonly string[])[] | null;
}

const blankEntry = (): Entry => ({
  valence: 0,
  boost: 0,
  negation: false,
  contrast: false,
  unmet: false,
  inContext: null,
  little: false,
  modal: false,
  counterfactual: false,
  gratitude: false,
  excessive: false,
  noComplaint: null,
});

/** What an unrated word after "too" is rated ("too small"). */
const EXCESS_ENTRY: Entry = { ...blankEntry(), valence: EXCESS };

/** What a "nothing to say" phrase is rated, in place of its first word, a negation: mild praise, as "RAS" (nothing to report). */
const NO_COMPLAINT_ENTRY: Entry = { ...blankEntry(), valence: 1.5 };

/** The entry of a word in a table being built, made blank when the word has none yet. */
function entryIn(table: Map<string, Entry>, word: string): Entry {
  let found = table.get(word);
  if (found === undefined) {
    found = blankEntry();
    table.set(word, found);
  }
  return found;
}

/** Whether an entry says nothing: a 0 override of an unrated word. */
const saysNothing = (found: Entry) =>
  found.valence === 0 &&
  found.boost === 0 &&
  !found.negation &&
  !found.contrast &&
  !found.unmet &&
  found.inContext === null &&
  !found.modal &&
  !found.counterfactual &&
  !found.gratitude &&
  !found.excessive &&
  found.noComplaint === null;

/** Drops the words that ended up with nothing to say (a 0 override on an unrated word). */
function pruned(table: Map<string, Entry>): Map<string, Entry> {
  for (const [word, found] of table) if (saysNothing(found)) table.delete(word);
  return table;
}

let entries: Map<string, Entry> | undefined;

/** The VADER lexicon from the `vader-sentiment` package, {@link OVERRIDES} and the rule words; built once, on first use. */
function loadEntries(): Map<string, Entry> {
  const table = new Map<string, Entry>();
  const entry = (word: string) => entryIn(table, word);
  const path = createRequire(import.meta.url).resolve('vader-sentiment/vader_lexicon.txt');
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const word = line.slice(0, tab).toLowerCase();
    const valence = Number.parseFloat(line.slice(tab + 1));
    // The file repeats a few words (e.g. "lol", ":d" / ":D"): the first rating wins.
    if (Number.isFinite(valence) && !table.has(word)) entry(word).valence = valence;
  }
  for (const [word, valence] of Object.entries(OVERRIDES)) entry(word).valence = valence;
  for (const [word, boost] of BOOSTERS) Object.assign(entry(word), { valence: 0, boost });
  for (const word of RATED_INTENSIFIERS) entry(word).boost = BOOST;
  for (const word of NEGATIONS) entry(word).negation = true;
  for (const word of CONTRAST) entry(word).contrast = true;
  for (const word of UNMET_SERVICE) {
    const found = entry(word);
    if (found.valence === 0) found.unmet = true;
  }
  for (const [word, inContext] of Object.entries(IN_CONTEXT)) entry(word).inContext = inContext;
  for (const word of MODALS) entry(word).modal = true;
  // "hoped" is rated as praise: it is the opposite.
  for (const word of COUNTERFACTUALS) Object.assign(entry(word), { counterfactual: true, valence: 0 });
  for (const word of GRATITUDE) entry(word).gratitude = true;
  for (const word of EXCESSIVE) entry(word).excessive = true;
  return pruned(table);
}

/** The English table, built on first use. */
function lexicon(): Map<string, Entry> {
  entries ??= loadEntries();
  return entries;
}

const stripAccents = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * (*) The weakest rating a stem lexicon gives that is kept. Looked up by stem, a word takes the rating of
 * every word that shares its stem ("pourriez" (could you) gets "pourri"'s (rotten), "animaux" "animal"'s
 * (beastly)), and most such collisions are weak ratings of topic words ("qualité", "fleurs", "gens"):
 * below 1.5 of VADER's 4 they are more often noise than sentiment (French survey: macro-F1 0.407 → 0.435).
 */
const WEAKEST_STEM_RATING = 1.5;

/**
 * An entry for a language other than English: its rule words and overrides by surface word, its lexicon
 * by stem, except for function words (the language's `stopwords-iso` list: "que", "plus", "sur" collide
 * with rated stems), which are rated by the overrides only.
 */
function loadLanguage(language: Exclude<ReadableLanguage, 'en'>): (word: string) => Entry | null {
  const rules = LANGUAGE_RULES[language];
  const require = createRequire(import.meta.url);
  const ratings = require(`@nlpjs/lang-${language}/src/sentiment/${rules.lexicon.file}`) as Record<string, number>;
  const functionWords = new Set(functionWordsOf(language));
  const Stemmer = require(`@nlpjs/lang-${language}/src/stemmer-${language}.js`) as new () => { stem(word: string): string };
  const stemmer = new Stemmer();
  const table = new Map<string, Entry>();
  const entry = (word: string) => entryIn(table, word);
  for (const word of rules.boosters) entry(word).boost = BOOST;
  for (const word of rules.dampeners) entry(word).boost = -BOOST;
  for (const word of rules.negations) entry(word).negation = true;
  for (const word of LITTLE) if (table.get(word)?.negation) entry(word).little = true;
  for (const word of rules.contrast) entry(word).contrast = true;
  for (const word of rules.unmet) entry(word).unmet = true;
  for (const word of rules.modals) entry(word).modal = true;
  for (const word of rules.excess) entry(word).excessive = true;
  for (const phrase of rules.noComplaint) {
    const [first, ...rest] = phrase.split(' ');
    const found = entry(first!);
    found.noComplaint = [...(found.noComplaint ?? []), rest];
  }
  // A 0 override stays in the table, so that the word is not rated by its stem.
  for (const [word, valence] of Object.entries(rules.overrides)) Object.assign(entry(word), { valence, boost: 0, unmet: false });
  const elidedNegation = language === 'fr' ? entry('ne') : null;
  const byStem = (word: string): Entry | null => {
    if (functionWords.has(word)) return null;
    const valence = (ratings[stemmer.stem(stripAccents(word))] ?? 0) * rules.lexicon.scale;
    return Math.abs(valence) < WEAKEST_STEM_RATING ? null : { ...blankEntry(), valence };
  };
  return (word) => {
    // A word rated 0 stays known, so that a short comment with it is read in this language.
    const found = table.get(word);
    if (found !== undefined) return found;
    // Emoticons and emoji are the same in every language.
    if (!WORD_START.test(word)) return lexicon().get(word) ?? null;
    // An elided article or pronoun ("l'accueil", "qu'il", "dell'albergo") is read as the word after it; French "n'" negates.
    const apostrophe = word.lastIndexOf("'");
    if (apostrophe > 0) {
      if (elidedNegation !== null && word.startsWith("n'")) return elidedNegation;
      const rest = word.slice(apostrophe + 1);
      return table.get(rest) ?? byStem(rest);
    }
    return byStem(word);
  };
}

/** Each readable language's verdict on a word; null when the word says nothing. Lexicons other than English are loaded on first use. */
const verdictOf: Readonly<Record<ReadableLanguage, (word: string) => Entry | null>> = Object.fromEntries(
  READABLE_LANGUAGES.map((language) => {
    if (language === 'en') return [language, (word: string) => lexicon().get(word) ?? null];
    let entryOf: ((word: string) => Entry | null) | undefined;
    return [
      language,
      (word: string) => {
        entryOf ??= loadLanguage(language);
        return entryOf(word);
      },
    ];
  }),
) as Record<ReadableLanguage, (word: string) => Entry | null>;

/** Each readable language's verdict on each word, by its id in the shared vocabulary. */
const entryOfWord: Readonly<Record<ReadableLanguage, PerWord<Entry | null>>> = Object.fromEntries(
  READABLE_LANGUAGES.map((language) => [language, new PerWord<Entry | null>(verdictOf[language])]),
) as Record<ReadableLanguage, PerWord<Entry | null>>;

/** The readable languages whose lexicon knows a word, by id: bit i for READABLE_LANGUAGES[i]. */
const knownBy = new PerWord<number>((word) => {
  let mask = 0;
  for (const [index, language] of READABLE_LANGUAGES.entries()) {
    const found = verdictOf[language](word);
    // A word rated only in context ("on" of "on hold", "hours" after a count) is no sign of the language.
    if (found !== null && !(found.inContext !== null && saysNothing({ ...found, inContext: null }))) mask |= 1 << index;
  }
  return mask;
});

/** How many of a comment's words each readable language's lexicon knows, by index in READABLE_LANGUAGES (reused). */
const knownCounts = new Int32Array(READABLE_LANGUAGES.length);

/**
 * The readable language whose lexicon knows most of the words (English first on a tie). The tokens
 * that are not words (clause ends, emoticons) are read the same in every language, so they do not
 * change which knows most.
 */
function bestReader(ids: Int32Array, count: number): ReadableLanguage {
  knownCounts.fill(0);
  for (let i = 0; i < count; i++) {
    for (let rest = knownBy.of(ids[i]!); rest !== 0; rest &= rest - 1) knownCounts[31 - Math.clz32(rest & -rest)]!++;
  }
  let best = 0;
  for (let index = 1; index < READABLE_LANGUAGES.length; index++) if (knownCounts[index]! > knownCounts[best]!) best = index;
  return READABLE_LANGUAGES[best]!;
}

/** True when a language's lexicon rates the word of an id (from the latest `idsOf`): a verdict such as "superb", not a topic. */
export function isRatedWord(language: ReadableLanguage, id: number): boolean {
  return (entryOfWord[language].of(id)?.valence ?? 0) !== 0;
}

/** Polarity of one comment, -1 (very negative) to 1 (very positive), as {@link readComment} gives it. */
export function sentimentScore(text: string): number | null {
  return readComment(text).sentiment;
}

/** A comment as its readers see it (see {@link readComment}). */
export interface CommentReading {
  /** Lower-cased word tokens, as `tokenize` (./text.ts) gives them. */
  words: readonly string[];
  /** −1 (very negative) to 1 (very positive); null when the comment is in a language centricity cannot read. */
  sentiment: number | null;
  /** ISO 639-1 code, or 'und' when the comment is too short to tell (./language.ts). */
  language: string;
}

/**
 * A comment read once: its words, as `tokenize` gives them, its language and its sentiment. The
 * scorer's tokens are the words in order with clause ends and emoticons between them, so they are
 * found once; only a comment with a link, a handle or an emoticon, whose letters are words to
 * `tokenize` and not to the scorer, is read a second time for its words. The words are hashed to
 * ids here, once for every reader of the comment (./vocabulary.ts), and the language is told
 * from those ids.
 */
export function readComment(comment: string): CommentReading {
  const plainWords = readPlainComment(comment);
  if (plainWords !== null) return scoreComment(plainTokens, plainWords, true);
  const tokens = sentimentTokens(comment);
  const words: string[] = [];
  let wordsAreTokens = true;
  for (const token of tokens) {
    const kind = tokenKind(token);
    if (kind === 'word') words.push(token);
    else if (kind === 'other') {
      wordsAreTokens = false;
      break;
    }
  }
  const read = wordsAreTokens ? words : tokenize(comment);
  const script = scriptLanguage(comment);
  // Every language of a script other than Latin is one centricity cannot read.
  if (script !== null) return { words: read, sentiment: null, language: script };
  return scoreComment(tokens, read, wordsAreTokens);
}

/**
 * The language and sentiment of a comment's tokens; `words` are its words, a subsequence of the
 * tokens when `wordsAreTokens`.
 */
function scoreComment(tokens: readonly string[], words: readonly string[], wordsAreTokens: boolean): CommentReading {
  const ids = idsOf(words);
  const language = languageOfWords(ids, words.length);
  if (language !== UNDETERMINED && !isReadable(language)) return { words, sentiment: null, language };
  if (wordsAreTokens) lookUp(tokens, words, ids, language !== UNDETERMINED ? language : bestReader(ids, words.length));
  else {
    // The words are not the scorer's (a link, a handle): the tokens are looked up on their own.
    const lookUpIn = (reader: ReadableLanguage) => lookUpTokens(tokens, reader);
    lookUpIn(language !== UNDETERMINED ? language : mostKnowing(lookUpIn, tokens));
  }
  return { words, sentiment: scoreTokens(tokens), language };
}

/** The readable language whose lexicon knows most tokens (English first on a tie), each lexicon looking them up in turn. */
function mostKnowing(lookUpIn: (reader: ReadableLanguage) => void, tokens: readonly string[]): ReadableLanguage {
  let best: ReadableLanguage = 'en';
  let mostKnown = -1;
  for (const reader of READABLE_LANGUAGES) {
    lookUpIn(reader);
    let known = 0;
    for (let i = 0; i < tokens.length; i++) if (looked[i] !== undefined) known++;
    if (known > mostKnown) {
      best = reader;
      mostKnown = known;
    }
  }
  return best;
}

/** What only {@link sentimentTokens} reads right: an entity, a curly apostrophe, anything past ASCII. */
const isNotPlain = (code: number) => code >= 0x80 || code === 0x26;

const isAsciiLetter = (code: number) => code >= 0x61 && code <= 0x7a;
const isAsciiWordCharacter = (code: number) => isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
/**
 * Each UTF-16 code's character lower-cased when it is an ASCII letter or digit, 0 otherwise (past
 * ASCII too: such a code ends the word, and the comment is then not plain): one load per character.
 */
const WORD_CODES = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) if (isAsciiWordCharacter(lowerAscii(code))) WORD_CODES[code] = lowerAscii(code);
/** The lower-cased code of the ASCII letter or digit at `at`, 0 for anything else or past the text's end. */
const wordCodeAt = (text: string, at: number) => (at < text.length ? WORD_CODES[text.charCodeAt(at)]! : 0);
/** The second character of an emoticon of {@link TOKEN}, lower-cased: `()[]dpo/\|*`. */
const isEmoticonMouth = (code: number) => code < 128 && EMOTICON_MOUTHS[code] === 1;
const EMOTICON_MOUTHS = new Uint8Array(128);
for (const mouth of '()[]dpo/\\|*') EMOTICON_MOUTHS[mouth.charCodeAt(0)] = 1;
const APOSTROPHE = 0x27;

/** The scorer's tokens of the last plain comment (reading is synchronous): cut to size from {@link tokenScratch}. */
let plainTokens: string[] = [];
/**
 * A plain comment's tokens and words as they are found, in arrays kept from comment to comment
 * (never shortened: setting an array's length frees its storage), then copied once at their
 * size: an array grown by pushes is reallocated two or three times on the way.
 */
const tokenScratch: string[] = [];
const wordScratch: string[] = [];

/**
 * The words of a plain ASCII comment without entities, its tokens left in {@link plainTokens}:
 * {@link TOKEN}'s matches found by hand, each word hashed into the vocabulary where it stands
 * (lower-cased on the way), so a word already met is neither cut out nor lower-cased again. Null for
 * what only the general reading gives: a character past ASCII, an entity, a link, a handle, a heart, an
 * emoticon with a letter (":d"), found on the way (a word touching a character past ASCII is not interned).
 * A property test holds the two equal.
 */
function readPlainComment(text: string): string[] | null {
  makeRoom();
  const length = text.length;
  const tokens = tokenScratch;
  const words = wordScratch;
  let tokenCount = 0;
  let wordCount = 0;
  let ids = idsFor(16);
  let at = 0;
  while (at < length) {
    const code = lowerAscii(text.charCodeAt(at));
    if (isAsciiWordCharacter(code)) {
      if ((code === 0x68 || code === 0x77) && startsLink(text, at)) return null;
      // Hashed as it is read, lower-cased.
      let hash = hashStep(HASH_START, code);
      let end = at + 1;
      for (let next = wordCodeAt(text, end); next !== 0; next = wordCodeAt(text, ++end)) {
        hash = hashStep(hash, next);
      }
      // (?:'\p{L}+)*: an apostrophe inside a word, followed by letters.
      while (text.charCodeAt(end) === APOSTROPHE && isAsciiLetter(lowerAscii(text.charCodeAt(end + 1)))) {
        hash = hashStep(hash, APOSTROPHE);
        end++;
        for (let next = lowerAscii(text.charCodeAt(end)); isAsciiLetter(next); next = lowerAscii(text.charCodeAt(++end))) {
          hash = hashStep(hash, next);
        }
      }
      // "café", "naïve": a word that runs on past ASCII is the general reading's.
      if (isNotPlain(text.charCodeAt(end)) || (text.charCodeAt(end) === APOSTROPHE && isNotPlain(text.charCodeAt(end + 1)))) return null;
      if (wordCount === ids.length) ids = idsFor(2 * ids.length);
      const id = idOfAscii(text, at, end, hash >>> 0);
      ids[wordCount] = id;
      const word = wordOf(id);
      words[wordCount++] = word;
      tokens[tokenCount++] = word;
      at = end;
    } else if (isClauseEnd(code)) {
      let end = at + 1;
      while (end < length && isClauseEnd(text.charCodeAt(end))) end++;
      tokens[tokenCount++] = end === at + 1 ? CLAUSE_ENDS[code]! : text.slice(at, end);
      at = end;
    } else if (code === 0x3a || code === 0x3d) {
      // [:;=]['-]?[()[\]dpo/\\|*](?![\p{L}\p{N}]); ";" ends a clause first.
      const mouth = text.charCodeAt(at + 1) === APOSTROPHE || text.charCodeAt(at + 1) === 0x2d ? at + 2 : at + 1;
      let end = emoticonEnd(text, mouth);
      if (end === -1 && mouth === at + 2) end = emoticonEnd(text, at + 1);
      if (end === -1) {
        at++;
        continue;
      }
      // ":d", ":p", ":o" hold a word to `tokenize`.
      if (isAsciiLetter(lowerAscii(text.charCodeAt(end - 1)))) return null;
      tokens[tokenCount++] = text.slice(at, end);
      at = end;
    } else if (
      (code === 0x40 && isHandleCharacter(text.charCodeAt(at + 1))) ||
      (code === 0x3c && text.charCodeAt(at + 1) === 0x33) ||
      isNotPlain(code)
    ) {
      return null;
    } else {
      at++;
    }
  }
  const read = words.slice(0, wordCount);
  plainTokens = tokens.slice(0, tokenCount);
  remember(read, ids);
  return read;
}

/** A clause end of one character (". ! ? ;") by its code, the same string each time. */
const CLAUSE_ENDS: string[] = [];
for (const end of '.!?;') CLAUSE_ENDS[end.charCodeAt(0)] = end;

/** Where an emoticon whose mouth is at `mouth` ends; -1 when there is none there. */
function emoticonEnd(text: string, mouth: number): number {
  if (!isEmoticonMouth(lowerAscii(text.charCodeAt(mouth)))) return -1;
  return mouth + 1 < text.length && isAsciiWordCharacter(lowerAscii(text.charCodeAt(mouth + 1))) ? -1 : mouth + 1;
}

const isHandleCharacter = (code: number) => isAsciiWordCharacter(lowerAscii(code)) || code === 0x5f;

/** "http://", "https://" or "www." at `at`, in any case: compared where it stands (most words that start with h or w are no link). */
function startsLink(text: string, at: number): boolean {
  for (let k = 0; k < LINK_STARTS.length; k++) if (startsAt(text, at, LINK_STARTS[k]!)) return true;
  return false;
}

const LINK_STARTS = ['http://', 'https://', 'www.'];

/** Whether `text` holds the lower-case ASCII `start` at `at`, in any case. */
function startsAt(text: string, at: number, start: string): boolean {
  if (at + start.length > text.length) return false;
  for (let k = 0; k < start.length; k++) if (lowerAscii(text.charCodeAt(at + k)) !== start.charCodeAt(k)) return false;
  return true;
}

/** The matches of {@link TOKEN} in the text, its entities decoded, curly apostrophes straightened, lower-cased. */
function sentimentTokens(text: string): string[] {
  if (!text) return [];
  let normalised = decodeEntities(text);
  if (normalised.includes('’')) normalised = normalised.replace(/’/g, "'");
  return normalised.toLowerCase().match(TOKEN) ?? [];
}

const WORD_START = /^[\p{L}\p{N}]/u;

const isLetter = (code: number) => code >= 0x61 && code <= 0x7a;

/**
 * What a token of {@link TOKEN} is to `tokenize`: a word; no word (a clause end, an emoji, an
 * emoticon drawn without a letter); or other (a link, a handle, ":d", a heart), whose letters
 * and digits `tokenize` reads as words of their own, or joined to what follows.
 */
function tokenKind(token: string): 'word' | 'no-word' | 'other' {
  const first = token.charCodeAt(0);
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39)) {
    const link =
      (first === 0x68 || first === 0x77) && (token.startsWith('http://') || token.startsWith('https://') || token.startsWith('www.'));
    return link ? 'other' : 'word';
  }
  if (first === 0x2e || first === 0x21 || first === 0x3f || first === 0x3b) return 'no-word';
  // An emoticon drawn without a letter (":)", ":'(") holds no word; ":d" and ":p" hold one to `tokenize`.
  if (first === 0x3a || first === 0x3d) return isLetter(token.charCodeAt(token.length - 1)) ? 'other' : 'no-word';
  if (first < 128) return 'other';
  return WORD_START.test(token) ? 'word' : 'no-word';
}

/** The table's entry of each token, by index (reused: scoring is synchronous); clause ends have none. */
const looked: (Entry | undefined)[] = [];

const isClauseEnd = (first: number) => first === 0x2e || first === 0x21 || first === 0x3f || first === 0x3b;

/**
 * Fills {@link looked} for the tokens in one language: the words (a subsequence of them, the same
 * strings) by their ids, the other tokens (clause ends, emoticons, the same in every language) from
 * the English table.
 */
function lookUp(tokens: readonly string[], words: readonly string[], ids: Int32Array, language: ReadableLanguage): void {
  const verdicts = entryOfWord[language];
  const table = lexicon();
  let word = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === words[word]) looked[i] = verdicts.of(ids[word++]!) ?? undefined;
    else looked[i] = isClauseEnd(token.charCodeAt(0)) ? undefined : table.get(token);
  }
}

/** {@link lookUp} for tokens without ids (a comment with links or handles): English straight from its table, the others by id. */
function lookUpTokens(tokens: readonly string[], language: ReadableLanguage): void {
  if (language !== 'en') {
    lookUp(tokens, tokens, idsOf(tokens), language);
    return;
  }
  const table = lexicon();
  for (let i = 0; i < tokens.length; i++) looked[i] = table.get(tokens[i]!);
}

/** Whether the token at `at` says "too" or "too little" ("trop", "peu"): not "un peu", a little, which only dampens. */
function isExcess(tokens: readonly string[], at: number): boolean {
  const found = looked[at];
  if (found?.excessive !== true) return false;
  return !(found.little && at > 0 && ARTICLES.has(tokens[at - 1]!));
}

/**
 * Whether a "nothing to say" phrase starts at `at` ("rien à dire"): then it stands in {@link looked} as
 * {@link NO_COMPLAINT_ENTRY} and its other words as nothing, so that neither is read again nor negates what follows.
 */
function readAsNoComplaint(tokens: readonly string[], at: number, phrases: readonly (readonly string[])[]): boolean {
  const rest = phrases.find((words) => words.every((word, k) => tokens[at + 1 + k] === word));
  if (rest === undefined) return false;
  looked[at] = NO_COMPLAINT_ENTRY;
  for (let k = 1; k <= rest.length; k++) looked[at + k] = undefined;
  return true;
}

/** Whether one of the first `count` tokens {@link lookUp looked up} is a complaint word. */
function hasComplaint(count: number): boolean {
  for (let i = 0; i < count; i++) if ((looked[i]?.valence ?? 0) < 0) return true;
  return false;
}

/** Where the clause that starts at `from` ends: the index of its clause end, or the number of tokens. */
function clauseEndOf(tokens: readonly string[], from: number): number {
  let end = from;
  while (end < tokens.length && !isClauseEnd(tokens[end]!.charCodeAt(0))) end++;
  return end;
}

/** What a clause says: a fact, a supposition (after a modal verb) or a regret (after a counterfactual). */
const FACT = 0;
const SUPPOSITION = 1;
const REGRET = 2;

/** The score of a comment's tokens (see {@link sentimentTokens}), their entries {@link lookUp looked up}. */
function scoreTokens(tokens: readonly string[]): number {
  if (tokens.length === 0) return 0;

  // Sums of the sentences done, and of the current one before and since its last "but".
  let sum = 0;
  let before = 0;
  let after = 0;
  // The same for the positive and the negative ratings apart: how mixed the comment is.
  let positive = 0;
  let negative = 0;
  let positiveBefore = 0;
  let positiveAfter = 0;
  let negativeBefore = 0;
  let negativeAfter = 0;
  let contrast = false;
  let rated = 0;
  let clauseStart = 0;
  let clauseEnd = -1;
  let question = false;
  let complains: boolean | undefined;
  let mood = FACT;
  let exclamations = 0;
  let questions = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    const first = token?.charCodeAt(0) ?? 0x2e;
    if (isClauseEnd(first)) {
      // . ! ? ; end a clause: negation and intensifiers do not reach across it, nor does "but" (the end of the text too).
      clauseStart = i + 1;
      sum += contrast ? before + after * AFTER_BUT : after;
      positive += contrast ? positiveBefore + positiveAfter * AFTER_BUT : positiveAfter;
      negative += contrast ? negativeBefore + negativeAfter * AFTER_BUT : negativeAfter;
      before = after = positiveBefore = positiveAfter = negativeBefore = negativeAfter = 0;
      contrast = false;
      mood = FACT;
      if (token === undefined) break;
      for (let k = 0; k < token.length; k++) {
        const c = token.charCodeAt(k);
        if (c === 0x21) exclamations++;
        else if (c === 0x3f) questions++;
      }
      continue;
    }
    // URLs and @mentions are never in the table, so they fall out here too.
    let entry = looked[i];
    if (entry === undefined) {
      if (i === clauseStart || !isExcess(tokens, i - 1)) continue;
      entry = EXCESS_ENTRY;
    }
    if (entry.noComplaint !== null && readAsNoComplaint(tokens, i, entry.noComplaint)) entry = NO_COMPLAINT_ENTRY;
    if (entry.contrast) {
      // A sentence that opens with "But" turns the whole comment so far, not just its own clause.
      if (i === clauseStart) {
        sum *= BEFORE_BUT;
        positive *= BEFORE_BUT;
        negative *= BEFORE_BUT;
      }
      before = (before + after) * BEFORE_BUT;
      after = 0;
      positiveBefore = (positiveBefore + positiveAfter) * BEFORE_BUT;
      positiveAfter = 0;
      negativeBefore = (negativeBefore + negativeAfter) * BEFORE_BUT;
      negativeAfter = 0;
      contrast = true;
      mood = FACT;
      if (entry.valence === 0) continue;
    }
    if (entry.counterfactual || (entry.modal && tokens[i + 1] === 'have')) mood = REGRET;
    else if (entry.modal && mood === FACT) mood = SUPPOSITION;
    let value = entry.valence;
    if (entry.inContext !== null) value = entry.inContext(tokens, i) ?? value;
    if (value === 0 && !entry.unmet) continue;
    if (entry.boost !== 0 && i + 1 < tokens.length && (looked[i + 1]?.valence ?? 0) !== 0) continue;
    // "no" is rated negative alone ("No, still no bag"), but before a rated word it is only its negator ("no problem").
    if (token === 'no' && i + 1 < tokens.length && (looked[i + 1]?.valence ?? 0) !== 0) continue;
    if (entry.gratitude) {
      complains ??= hasComplaint(tokens.length);
      if (complains) continue;
    }

    let negated = false;
    const from = Math.max(clauseStart, i - WINDOW);
    for (let j = i - 1; j >= from; j--) {
      const previous = looked[j];
      if (previous === undefined) continue;
      // "peu de choix": the excess is the word's own rating, not a negation of it.
      if (entry === EXCESS_ENTRY && j === i - 1 && previous.negation) continue;
      const distance = i - j === 1 ? 1 : i - j === 2 ? 0.95 : 0.9;
      // "un peu cher" is a little expensive, "peu aimable" unfriendly.
      const boost = previous.little && j > 0 && ARTICLES.has(tokens[j - 1]!) ? -BOOST : previous.boost;
      if (boost !== 0) {
        if (value !== 0) value += (value > 0 ? boost : -boost) * distance;
      } else if (previous.negation && entry !== NO_COMPLAINT_ENTRY) {
        // "Il n'y a rien à dire": the phrase holds its own negation.
        if (tokens[j] === 'never' && j + 1 < i && NEVER_SO_NEXT.has(tokens[j + 1]!)) value *= NEVER_SO;
        else negated = true;
      }
    }
    if (i > 0 && tokens[i - 1] === 'least' && (i < 2 || (tokens[i - 2] !== 'at' && tokens[i - 2] !== 'very'))) negated = true;

    if (entry.unmet && negated) value = UNMET;
    else if (entry.unmet && value === 0) continue;
    else if (negated) value *= NEGATION_SCALAR;
    if (value > 0) {
      // Praise that is not a fact: asked about, supposed, or regretted. Whether the clause asks is read once, for its first praise.
      if (i > clauseEnd) {
        clauseEnd = clauseEndOf(tokens, i);
        question = clauseEnd < tokens.length && tokens[clauseEnd]!.includes('?');
      }
      if (question || mood === SUPPOSITION) continue;
      if (mood === REGRET) value *= COUNTERFACTUAL;
    }
    after += value;
    rated++;
    if (value > 0) positiveAfter += value;
    else negativeAfter -= value;
  }

  if (sum !== 0) {
    const emphasis = Math.min(exclamations, 4) * EXCLAMATION + (questions > 1 ? Math.min(questions * QUESTION, 0.96) : 0);
    sum += sum > 0 ? emphasis : -emphasis;
  }
  // (*) Praise and complaint of about the same weight make a mixed comment: neutral, however long it is
  // (the squashed sum of a long mixed review is near ±1 whichever side wins by a little).
  const balance = positive + negative === 0 ? 0 : (positive - negative) / (positive + negative);
  if (rated >= MIXED_MIN_RATED && positive > 0 && negative > 0 && Math.abs(balance) < MIXED_BALANCE)
    return (balance / MIXED_BALANCE) * NEUTRAL_BAND * 0.99;
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  return Math.min(1, Math.max(-1, score));
}

export function sentimentLabel(score: number): SentimentLabel {
  return score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
}
