/**
 * The theme plan of a file: which trade it is from, the themes its comments are read with, and
 * the matcher built from it. Planning reads a sample of comments (the pipeline gives those it read
 * from every part of the file; about {@link WORD_BUDGET} words of them are read) and returns plain
 * data, so worker threads rebuild the same matcher from it.
 *
 * Themes come in three kinds, in this order, and the first kind wins a comment's main theme:
 * - the team's own themes from the config (their keywords weigh {@link TEAM_WEIGHT});
 * - the themes of the trade's pack (./packs.ts), with the discovered phrases they cover;
 * - emerging themes: discovered groups that no pack theme covers, named by their phrases and
 *   weighing {@link DISCOVERED_WEIGHT}, so a pack theme is preferred when a comment fits both.
 */

import { errorMessage, InputError } from '../../errors.js';
import { formatList, formatShare } from '../../format.js';
import { compileKeywords } from '../keywords.js';
import { tokenize } from '../text.js';
import { compareText, discoverThemes, discoveryText, type SalientPhrase } from './discover.js';
import { DOMAIN_PACKS, type DomainId, packOf, THEMES, type Theme } from './packs.js';

/** A team's additions: more keywords for a built-in theme (by id), or a new theme with its title. */
export type ThemeExtensions = Readonly<Record<string, readonly string[] | { title: string; keywords: readonly string[] }>>;

/** One of a team's keywords outweighs any likely number of the pack's in one comment: the team's theme is its main one. */
const TEAM_WEIGHT = 100;
/** A discovered phrase counts less than a pack keyword: a comment that fits both gets the pack's theme. */
const DISCOVERED_WEIGHT = 0.5;
/**
 * A discovered group, or one of its phrases, is a theme's when that theme already tags at least this share of its
 * comments. A phrase the theme covers itself becomes one of its keywords ("missed connection" joins the delays); one
 * only its group is covered by stays a name ("hours": on hold, and late). Of 0.5, 0.6, 0.7 and 0.8, 0.5 agreed best
 * with the human reasons of the airline tweets.
 */
const COVERED = 0.5;
/**
 * …and it becomes a keyword only when the theme tags its comments at least this many times as often as comments at
 * large: in reviews where product quality tags four comments in five, "dress" says nothing of quality.
 */
const KEYWORD_LIFT = 1.5;
/** An emerging theme must be said in at least this share of the comments: fewer is an anecdote, not a theme. */
export const MIN_EMERGING_SHARE = 0.01;
/**
 * Words read to plan the themes: about 6,000 short comments. 300,000 words cost four times as much and found the same
 * themes (NMI with the airline tweets' human reasons within 0.002).
 */
export const WORD_BUDGET = 100_000;
/** Below this share of comments using a trade's words, no trade is said to stand out. */
const MIN_DOMAIN_SHARE = 0.05;

export interface PlannedTheme extends Theme {
  readonly origin: 'config' | 'pack' | 'discovered';
  /** Discovered phrases: those a pack theme took in, or those naming an emerging theme. */
  readonly phrases?: readonly string[];
}

export interface PlanOptions {
  /** The trade whose pack to use, instead of the one the comments' words point to; set by `--domain` (option) or the config. */
  domain?: DomainId;
  domainFrom?: 'option' | 'config';
  extensions?: ThemeExtensions;
}

export interface ThemePlan {
  domain: { id: DomainId; title: string; from: 'vocabulary' | 'config' | 'option'; evidence: string };
  /** How many comments the plan was made from: every `every`-th of those it was given. */
  comments: number;
  every: number;
  /** The team's (config) first, then the pack's, then the emerging ones. */
  themes: PlannedTheme[];
  /** Ids of the discovered themes that no pack theme covers. */
  emerging: string[];
}

export interface ThemeSet {
  readonly themes: readonly (Theme | PlannedTheme)[];
  /** Ids of the themes a comment mentions, best fit first (the first is its main theme), each once. */
  themesOf(tokens: readonly string[]): string[];
  /**
   * How well a comment fits a theme: the theme's share (0–1) of the comment's weighted keyword
   * matches, 0 when it is not mentioned. Right after `themesOf` on the same (unchanged) tokens
   * array it is one array read; otherwise the comment is matched again.
   */
  fitOf(tokens: readonly string[], id: string): number;
  /** True when a token belongs to some theme keyword: what "frequent terms no theme covers" should leave out. */
  isThemeWord(token: string): boolean;
}

function themeSet(themes: readonly Theme[]): ThemeSet {
  const match = compileKeywords(themes);
  let last: readonly string[] | null = null;
  let lastLength = -1;
  const rank = (tokens: readonly string[]): string[] => {
    last = tokens;
    lastLength = tokens.length;
    return match.ranked(tokens);
  };
  return {
    themes,
    themesOf: rank,
    fitOf: (tokens, id) => {
      if (tokens !== last || tokens.length !== lastLength) rank(tokens);
      return match.lastFit(id);
    },
    isThemeWord: (token) => match.covers(token),
  };
}

/** The matcher of a plan: plain data in, the same matcher in every thread. */
export function compileThemePlan(plan: ThemePlan): ThemeSet {
  return themeSet(plan.themes);
}

/** A domain's pack with a team's themes first and its keywords added; throws an InputError on a config mistake. */
function themesFor(domain: DomainId, extensions: ThemeExtensions | undefined): PlannedTheme[] {
  const pack: PlannedTheme[] = packOf(domain).themes.map((theme) => {
    const extra = extensions?.[theme.id];
    return { ...theme, origin: 'pack', keywords: Array.isArray(extra) ? [...theme.keywords, ...extra] : theme.keywords };
  });
  const team: PlannedTheme[] = [];
  for (const [id, extension] of Object.entries(extensions ?? {})) {
    if (pack.some((theme) => theme.id === id)) continue;
    // Keywords for a theme of another trade's pack: the team wants that theme here too.
    const elsewhere = DOMAIN_PACKS.flatMap((other) => other.themes).find((theme) => theme.id === id);
    if (Array.isArray(extension)) {
      if (!elsewhere)
        throw new InputError(`themes.${id}: there is no built-in theme ${id}; give a new theme a title: { title: …, keywords: [ … ] }.`);
      team.push({ ...elsewhere, keywords: [...elsewhere.keywords, ...extension], weight: TEAM_WEIGHT, origin: 'config' });
    } else {
      const { title, keywords } = extension as { title: string; keywords: readonly string[] };
      team.push({ id, title, keywords, weight: TEAM_WEIGHT, origin: 'config' });
    }
  }
  const themes = [...team, ...pack];
  try {
    compileKeywords(themes);
  } catch (error) {
    throw new InputError(`the theme keywords cannot be used: ${errorMessage(error).replace(/^compileKeywords: /, '')}.`);
  }
  return themes;
}

/** The built-in themes of a trade (retail when not given) with a team's keywords and themes added; compiled once per file read. */
export function extendThemes(extensions: ThemeExtensions | undefined, domain: DomainId = 'retail'): ThemeSet {
  if (domain === 'retail' && (!extensions || Object.keys(extensions).length === 0)) return BUILT_IN_THEMES;
  return themeSet(themesFor(domain, extensions));
}

export const BUILT_IN_THEMES: ThemeSet = themeSet(THEMES);

/**
 * Plans the themes of a file from a sample of its comments (all of them, or every k-th to about
 * {@link WORD_BUDGET} words): the trade (from their words, or `options.domain`, from `--domain` or
 * the config), the pack's themes with the team's, and the discovered themes,
 * each merged into the pack theme that covers it or kept as an emerging theme. Pure and
 * deterministic: the same comments and options give the same plan.
 */
export function planThemes(comments: readonly string[], options: PlanOptions = {}): ThemePlan {
  const { tokens, every } = sampleTokens(comments);
  const { domain: given, domainFrom = 'config' } = options;
  const domain = given
    ? {
        id: given,
        title: packOf(given).title,
        from: domainFrom,
        evidence: domainFrom === 'option' ? `Set with --domain ${given}.` : `The config sets themes.domain to ${given}.`,
      }
    : pickDomain(tokens);
  const base = themesFor(domain.id, options.extensions);
  const match = compileKeywords(base);
  // Each comment's base themes, read only for the comments of discovered themes.
  const tagged: (string[] | undefined)[] = [];
  const tagsOf = (comment: number): string[] => {
    tagged[comment] ??= match(tokens[comment]!);
    return tagged[comment];
  };

  const inContext = compileKeywords([
    { id: 'senses', keywords: base.flatMap((theme) => theme.keywords.filter((keyword) => SENSE.test(keyword)).map(withoutSense)) },
  ]);
  // How many of the sample's comments each theme tags: read once, when a phrase may become a keyword.
  let tagCounts: Map<string, number> | undefined;
  /** True when a theme tags a phrase's comments much more often than comments at large: the phrase says that theme. */
  const tells = (phrase: SalientPhrase, id: string): boolean => {
    if (!tagCounts) {
      tagCounts = new Map();
      for (let comment = 0; comment < tokens.length; comment++)
        for (const tag of tagsOf(comment)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    }
    const inPhrase = phrase.comments.filter((comment) => tagsOf(comment).includes(id)).length / phrase.comments.length;
    return inPhrase >= KEYWORD_LIFT * ((tagCounts.get(id) ?? 0) / tokens.length);
  };
  // The discovered phrases a theme takes in: named with it, and when it covers them, keywords of it (the file's own words).
  const merged = new Map<string, { phrases: string[]; keywords: string[] }>();
  const mergeInto = (id: string, phrase: SalientPhrase, asKeyword: boolean) => {
    const entry = merged.get(id) ?? { phrases: [], keywords: [] };
    entry.phrases.push(phrase.name);
    // A word a theme reads in context keeps its senses: a "package" that is not a parcel stays no parcel.
    if (asKeyword && !phrase.forms.some((form) => form.split(' ').some((word) => inContext.covers(word))))
      entry.keywords.push(...keywordsOf(phrase));
    merged.set(id, entry);
  };
  const cues = compileKeywords([{ id: 'trade', keywords: packOf(domain.id).cues }]);
  const isTradeWord = (phrase: SalientPhrase) => phrase.name.split(' ').every((word) => cues([word]).length > 0);
  const emerging: PlannedTheme[] = [];
  const minComments = MIN_EMERGING_SHARE * tokens.length;
  for (const theme of discoverThemes(tokens).themes) {
    const cover = coveringTheme(theme.comments, tagsOf, base);
    const uncovered: SalientPhrase[] = [];
    for (const phrase of theme.phrases) {
      const phraseCover = coveringTheme(phrase.comments, tagsOf, base);
      const telling = phraseCover !== null && tells(phrase, phraseCover);
      // Covered: the theme already tags its comments; its phrases are kept as that theme's discovered wording.
      if (cover !== null) mergeInto(cover, phrase, telling && phraseCover === cover);
      else if (phraseCover !== null) mergeInto(phraseCover, phrase, telling);
      else uncovered.push(phrase);
    }
    // A verdict ("superb", "works, perfect") says how, not what: it neither names nor tags a theme. The trade's own words
    // ("airline", "plane") say what the whole file is about: a theme needs another word, which comes first in its name.
    const unrated = uncovered.filter((phrase) => !phrase.rated);
    const telling = unrated.filter((phrase) => !isTradeWord(phrase));
    const comments = new Set(unrated.flatMap((phrase) => phrase.comments));
    if (telling.length === 0 || comments.size < minComments) continue;
    const names = namesOf([...telling, ...unrated.filter((phrase) => isTradeWord(phrase))]);
    let id = `emerging-${slug(names[0]!)}`;
    while (emerging.some((other) => other.id === id) || base.some((other) => other.id === id)) id += '-2';
    emerging.push({
      id,
      title: names.join(', '),
      keywords: unrated.flatMap(keywordsOf),
      weight: DISCOVERED_WEIGHT,
      origin: 'discovered',
      phrases: unrated.map((phrase) => phrase.name),
    });
  }
  const themes = base.map((theme): PlannedTheme => {
    const found = merged.get(theme.id);
    return found ? { ...theme, keywords: [...theme.keywords, ...found.keywords], phrases: found.phrases } : theme;
  });
  return { domain, comments: tokens.length, every, themes: [...themes, ...emerging], emerging: emerging.map((theme) => theme.id) };
}

/**
 * The words of the comments to plan from: all of them, or when they hold more than about
 * {@link WORD_BUDGET} words, every k-th comment (k from their characters, at about six to a
 * word), so that a sample spread over the file stays spread and planning costs the same whatever
 * the length of the comments.
 */
function sampleTokens(comments: readonly string[]): { tokens: string[][]; every: number } {
  let characters = 0;
  for (const comment of comments) characters += comment.length;
  const every = Math.max(1, Math.ceil(characters / (WORD_BUDGET * CHARACTERS_PER_WORD)));
  const tokens: string[][] = [];
  for (let index = 0; index < comments.length; index += every) tokens.push(tokenize(discoveryText(comments[index]!)));
  return { tokens, every };
}

/** About this many characters to a word, spaces and punctuation included, in the languages read. */
const CHARACTERS_PER_WORD = 6;

/** The base theme that already tags the most of some comments, if it tags at least the share `covered` of them. */
function coveringTheme(comments: readonly number[], tagsOf: (comment: number) => string[], base: readonly Theme[]): string | null {
  const counts = new Map<string, number>();
  for (const comment of comments) for (const id of tagsOf(comment)) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const candidate of base) {
    const n = counts.get(candidate.id) ?? 0;
    if (n > bestCount) {
      best = candidate.id;
      bestCount = n;
    }
  }
  return bestCount >= COVERED * comments.length ? best : null;
}

/** A keyword's sense in brackets: `package [-install*]`. */
const SENSE = /\s*\[[^\]]*\]$/;
const withoutSense = (keyword: string) => keyword.replace(SENSE, '');

/** A phrase's wordings as keywords: a single word does not count after a negation ("not helpful" is not "helpful"). */
function keywordsOf(phrase: SalientPhrase): string[] {
  return phrase.forms.map((form) => (phrase.length === 1 && !phrase.negated ? `${form} [unnegated]` : form));
}

/** The 2–3 most telling names, leaving out a word already inside a chosen phrase. */
function namesOf(phrases: readonly SalientPhrase[]): string[] {
  const names: string[] = [];
  for (const phrase of phrases) {
    if (names.length === 3) break;
    const words = phrase.name.split(' ');
    if (names.some((name) => words.every((word) => name.split(' ').includes(word)))) continue;
    names.push(phrase.name);
  }
  return names;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'theme'
  );
}

/** The trade whose words the most comments use, with the sentence that says so. */
function pickDomain(tokens: readonly (readonly string[])[]): ThemePlan['domain'] {
  // One matcher with a group per cue word: one pass counts both the comments of each trade and its most used words.
  const cues = compileKeywords(DOMAIN_PACKS.flatMap((pack) => pack.cues.map((cue) => ({ id: `${pack.id} ${cue}`, keywords: [cue] }))));
  const commentsOf = new Map<DomainId, number>();
  const uses = new Map<string, number>();
  const seen = new Set<DomainId>();
  for (const comment of tokens) {
    seen.clear();
    for (const id of cues(comment)) {
      uses.set(id, (uses.get(id) ?? 0) + 1);
      seen.add(id.slice(0, id.indexOf(' ')) as DomainId);
    }
    for (const domain of seen) commentsOf.set(domain, (commentsOf.get(domain) ?? 0) + 1);
  }
  const ranked = DOMAIN_PACKS.map((pack) => ({ pack, share: (commentsOf.get(pack.id) ?? 0) / Math.max(1, tokens.length) })).sort(
    (a, b) => b.share - a.share,
  );
  const [best, next] = ranked;
  if (!best || best.share < MIN_DOMAIN_SHARE) {
    const retail = packOf('retail');
    return {
      id: 'retail',
      title: retail.title,
      from: 'vocabulary',
      evidence:
        `No trade's words stand out (at most ${formatShare(best?.share ?? 0)} of the comments use them), ` +
        `so the general ${inSentence(retail.title)} pack is used.`,
    };
  }
  const prefix = `${best.pack.id} `;
  const words = [...uses]
    .filter(([id]) => id.startsWith(prefix))
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, 3)
    .map(([id]) => id.slice(prefix.length).replace(/\*$/, ''));
  return {
    id: best.pack.id,
    title: best.pack.title,
    from: 'vocabulary',
    evidence:
      `${formatShare(best.share)} of the comments use words of ${inSentence(best.pack.title)} (${formatList(words)}), ` +
      `against ${formatShare(next?.share ?? 0)} for the next trade (${next ? inSentence(next.pack.title) : 'none'}).`,
  };
}

/** A title inside a sentence: its first letter in lower case, its acronyms ("SaaS") as they are. */
function inSentence(title: string): string {
  return title.charAt(0).toLowerCase() + title.slice(1);
}
