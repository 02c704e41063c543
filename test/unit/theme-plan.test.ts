import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsFromConfig } from '../../src/config/config.js';
import { compileKeywords } from '../../src/feedback/keywords.js';
import { tokenize } from '../../src/feedback/text.js';
import { discoverThemes } from '../../src/feedback/themes/discover.js';
import { compileThemePlan, planThemes, type ThemePlan } from '../../src/feedback/themes.js';
import { readYaml } from '../../src/io/yaml.js';
import { problemsOf as rejectedWith } from '../helpers/problems.js';

/** Comments repeated with a counter, so each is its own comment and the corpus is big enough to count on. */
const times = (count: number, ...texts: string[]) => Array.from({ length: count }, (_, i) => texts.map((text) => `${text} #${i}`)).flat();

// A small airline corpus: delays, lost bags, and a theme no pack has (the in-flight magazine's crossword).
const AIRLINE = [
  ...times(12, 'Flight delayed three hours, missed my connection', 'Delayed again, two hours on the tarmac'),
  ...times(10, 'Lost my luggage at the airport, bag never found'),
  ...times(9, 'The crossword puzzle in the inflight magazine was already filled in', 'Crossword puzzle pages torn out of the magazine'),
  ...times(8, 'The crew was not helpful at all', 'The crew was helpful and kind'),
];

const SURVEY = [
  ...times(15, 'Installing the package from CRAN failed with the new R version', 'Need more examples of ggplot packages'),
  ...times(10, 'The workshop instructor explained the code clearly'),
];

const themeOf = (plan: ThemePlan, text: string) => compileThemePlan(plan).themesOf(tokenize(text));

describe('discoverThemes', () => {
  const discovered = discoverThemes(AIRLINE.map((text) => tokenize(text)));
  const names = discovered.themes.map((theme) => theme.phrases.map((phrase) => phrase.name));

  it('finds the salient phrases and groups those said together, named by their most telling phrases', () => {
    expect(discovered.language).toBe('en');
    const crossword = names.find((group) => group.includes('crossword'));
    expect(crossword).toEqual(expect.arrayContaining(['crossword', 'magazine']));
    const luggage = names.find((group) => group.includes('luggage'));
    expect(luggage).toBeDefined();
    expect(luggage).not.toContain('crossword');
  });

  it('keeps a negated word apart from the word', () => {
    const phrases = discovered.themes.flatMap((theme) => theme.phrases);
    const notHelpful = phrases.find((phrase) => phrase.name === 'not helpful');
    expect(notHelpful?.negated).toBe(true);
    const helpful = phrases.find((phrase) => phrase.name === 'helpful');
    expect(helpful?.negated ?? false).toBe(false);
    expect(notHelpful?.comments).not.toEqual(helpful?.comments);
  });

  it('reads stopwords and stems of the comments’ language', () => {
    const french = discoverThemes(
      times(10, 'La livraison est arrivée en retard', 'Les plantes étaient fanées et abîmées').map((text) => tokenize(text)),
    );
    expect(french.language).toBe('fr');
    const words = french.themes.flatMap((theme) => theme.phrases.map((phrase) => phrase.name));
    expect(words).toContain('fanées');
    for (const stopword of ['les', 'est', 'en']) expect(words).not.toContain(stopword);
  });

  it('reads a contraction or an elided article as its word: no fragment such as "i\u2019ve" or "l\u2019" is a phrase', () => {
    const found = discoverThemes(
      times(12, "I've waited for the shuttle bus, the shuttle's driver never came", "We've had the shuttle's seats torn").map((text) =>
        tokenize(text),
      ),
    );
    const words = found.themes.flatMap((theme) => theme.phrases.flatMap((phrase) => phrase.forms));
    expect(words).toContain('shuttle');
    for (const fragment of ["i've", "we've", "shuttle's", 've']) expect(words).not.toContain(fragment);
    const french = discoverThemes(times(12, "L'accueil de l'hôtel était froid", "Personne à l'accueil").map((text) => tokenize(text)));
    expect(french.themes.flatMap((theme) => theme.phrases.map((phrase) => phrase.name))).toContain('accueil');
  });

  it('never names a theme after a person, in any case', () => {
    const found = discoverThemes(
      times(12, 'sandra at the garden counter was rude', 'Sandra at the garden counter again', 'the garden counter queue').map((text) =>
        tokenize(text),
      ),
    );
    const words = found.themes.flatMap((theme) => theme.phrases.flatMap((phrase) => phrase.forms));
    expect(words.join(' ')).toContain('counter');
    expect(words.join(' ')).not.toContain('sandra');
  });

  it('marks the phrases the sentiment lexicon rates', () => {
    const found = discoverThemes(times(12, 'Superb crossword', 'Superb magazine, superb crossword').map((text) => tokenize(text)));
    const phrases = found.themes.flatMap((theme) => theme.phrases);
    expect(phrases.find((phrase) => phrase.name === 'superb')?.rated).toBe(true);
    expect(phrases.find((phrase) => phrase.name === 'superb crossword')?.rated).toBe(true);
    expect(discovered.themes.flatMap((theme) => theme.phrases).find((phrase) => phrase.name === 'crossword')?.rated).toBe(false);
  });

  it('tells the comments’ language with the comment reader’s detector and reads its stopwords', () => {
    const german = discoverThemes(times(12, 'Das Kreuzworträtsel war schon ausgefüllt', 'Die Seiten waren zerrissen').map(tokenize));
    expect(german.language).toBe('de');
    const names = german.themes.flatMap((theme) => theme.phrases.map((phrase) => phrase.name));
    for (const stopword of ['das', 'war', 'die', 'waren']) expect(names).not.toContain(stopword);
  });

  it('finds nothing in too few comments', () => {
    expect(discoverThemes([tokenize('One comment about the crossword')]).themes).toEqual([]);
  });
});

describe('planThemes', () => {
  const plan = planThemes(AIRLINE);

  it('picks the trade from the comments’ words, and says why in one sentence', () => {
    expect(plan.domain).toMatchObject({ id: 'travel', title: 'Travel and hospitality', from: 'vocabulary' });
    expect(plan.domain.evidence).toMatch(/^\d+(\.\d)?% of the comments use words of travel and hospitality \(.*flight.*\), against/);
    expect(planThemes(SURVEY).domain.id).toBe('software');
    expect(planThemes(['hello', 'thanks']).domain).toMatchObject({
      id: 'retail',
      evidence: expect.stringMatching(/^No trade's words stand out/),
    });
  });

  it('uses the trade the config sets', () => {
    const set = planThemes(AIRLINE, { domain: 'services' });
    expect(set.domain).toEqual({
      id: 'services',
      title: 'Services and public sector',
      from: 'config',
      evidence: 'The config sets themes.domain to services.',
    });
    expect(set.themes.map((theme) => theme.id)).toContain('waiting');
    expect(set.themes.map((theme) => theme.id)).not.toContain('baggage');
  });

  it('fits the trade: a queue for the toilets is not a shop, a software package is not a parcel', () => {
    expect(themeOf(plan, 'Long queue for the toilets on board')).not.toContain('store');
    expect(themeOf(plan, 'Flight delayed and my bag lost')[0]).toBe('baggage');
    const survey = planThemes(SURVEY);
    expect(themeOf(survey, 'The package would not install')).toEqual(['setup']);
    expect(survey.themes.map((theme) => theme.id)).not.toContain('delivery');
  });

  it('reports a discovered theme no pack theme covers as emerging, and merges a covered one', () => {
    const emerging = plan.themes.filter((theme) => plan.emerging.includes(theme.id));
    expect(emerging.length).toBeGreaterThan(0);
    const crossword = emerging.find((theme) => theme.phrases?.includes('crossword'));
    expect(crossword).toMatchObject({ origin: 'discovered', id: expect.stringMatching(/^emerging-/) });
    expect(crossword?.title).toMatch(/crossword/);
    expect(themeOf(plan, 'Someone had done the crossword')).toEqual([crossword?.id]);
    // Luggage is the pack's baggage theme: no emerging theme of its own.
    expect(emerging.some((theme) => theme.phrases?.includes('luggage'))).toBe(false);
    expect(plan.themes.find((theme) => theme.id === 'baggage')?.phrases).toEqual(expect.arrayContaining(['luggage']));
  });

  it('makes a phrase a pack theme covers one of its keywords, the file’s own word for it', () => {
    const shuttles = planThemes([...AIRLINE, ...times(10, 'Delayed again, the shuttle bus was delayed too')]);
    expect(shuttles.themes.find((theme) => theme.id === 'delays')?.phrases).toContain('shuttle');
    expect(themeOf(shuttles, 'Where was the shuttle bus?')).toEqual(['delays']);
  });

  it('never names an emerging theme by a verdict or by the trade’s own words alone', () => {
    const verdicts = planThemes([...AIRLINE, ...times(10, 'Superb, simply superb', 'Superb and perfect')]);
    const titles = verdicts.themes.filter((theme) => theme.origin === 'discovered').map((theme) => theme.title);
    expect(titles.some((title) => /superb|perfect/.test(title))).toBe(false);
    // "airline" says what the whole file is about: alone it makes no theme; "airline lounge" says what the comment is about.
    const emerging = (comments: string[]) =>
      planThemes([...AIRLINE, ...comments])
        .themes.filter((theme) => theme.origin === 'discovered')
        .map((theme) => theme.title);
    expect(emerging(times(10, 'Worst airline ever', 'What an airline', 'Fly with another airline')).join()).not.toMatch(/airline|fly/);
    expect(emerging(times(10, 'The airline lounge was closed', 'Airline lounge shut')).join()).toMatch(/lounge/);
  });

  it('keeps no emerging theme said in fewer than 1% of the comments', () => {
    const rare = times(3, 'The crossword puzzle in the magazine');
    const common = times(133, 'Flight delayed three hours', 'Lost my bag at the airport', 'Seat was broken');
    expect(planThemes([...common, ...rare]).emerging).toEqual([]);
    expect(planThemes([...common, ...times(2, ...rare)]).emerging.length).toBeGreaterThan(0);
  });

  it('orders the team’s themes first, then the pack’s, then the emerging ones; a team’s theme wins the comment', () => {
    const withTeam = planThemes(AIRLINE, { extensions: { puzzles: { title: 'Puzzles', keywords: ['sudoku'] } } });
    const origins = withTeam.themes.map((theme) => theme.origin);
    expect(origins.indexOf('config')).toBe(0);
    expect(origins.lastIndexOf('config')).toBeLessThan(origins.indexOf('pack'));
    expect(origins.lastIndexOf('pack')).toBeLessThan(origins.indexOf('discovered'));
    expect(themeOf(withTeam, 'Sudoku page gone, flight delayed, bag lost, crew rude')[0]).toBe('puzzles');
    // A team's theme that covers a discovered one takes it in: no emerging theme for the crossword then.
    const crosswords = planThemes(AIRLINE, { extensions: { puzzles: { title: 'Puzzles', keywords: ['crossword', 'sudoku'] } } });
    expect(crosswords.emerging).toEqual([]);
    expect(crosswords.themes[0]?.phrases).toContain('magazine');
  });

  it('is deterministic, and a plan through JSON compiles to the same matcher (property)', () => {
    const word = fc.constantFrom('delayed', 'flight', 'bag', 'lost', 'crossword', 'magazine', 'not', 'helpful', 'crew', 'the', 'seat');
    const comment = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(comment, { minLength: 1, maxLength: 60 }), fc.array(comment, { maxLength: 10 }), (comments, probes) => {
        const first = planThemes(comments);
        expect(planThemes(comments)).toEqual(first);
        const copy = JSON.parse(JSON.stringify(first)) as ThemePlan;
        expect(copy).toEqual(first);
        const original = compileThemePlan(first);
        const rebuilt = compileThemePlan(copy);
        for (const probe of [...comments.slice(0, 10), ...probes]) {
          const tokens = tokenize(probe);
          expect(rebuilt.themesOf(tokens)).toEqual(original.themesOf(tokens));
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('keyword senses', () => {
  const match = compileKeywords([
    { id: 'parcel', keywords: ['package [-install* -cran]', 'late [+deliver* +order*]'] },
    { id: 'praise', keywords: ['helpful [unnegated]'] },
  ]);
  const run = (text: string) => match(tokenize(text));

  it.each([
    ['no forbidden word', 'The package came', ['parcel']],
    ['a forbidden word', 'The package will not install', []],
    ['a forbidden stem', 'Installing the package', []],
    ['a required word', 'My order was late', ['parcel']],
    ['no required word', 'Late night', []],
    ['not negated', 'So helpful', ['praise']],
    ['negated', 'Not helpful', []],
    ['negated with a word between', 'Not very helpful', []],
    ['negated by a contraction', "Wasn't helpful", []],
    ['negation too far', 'Not the staff, they were so helpful', ['praise']],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it('rejects a sense that is not +word, -word or unnegated', () => {
    expect(() => compileKeywords([{ id: 'x', keywords: ['late [flight]'] }])).toThrow(/not \+word, -word or unnegated/);
  });

  it('covers keyword words, not the words that only check a sense', () => {
    expect(match.covers('package')).toBe(true);
    expect(match.covers('install')).toBe(false);
  });
});

describe('themes.domain in the config', () => {
  const settings = (text: string) => settingsFromConfig(readYaml(text, 'centricity.config.yaml', 'empty'), 'centricity.config.yaml');

  it('sets the trade beside the team’s themes', () => {
    const result = settings('themes:\n  domain: travel\n  baggage: [stroller]\n  puzzles: { title: Puzzles, keywords: [crossword] }\n');
    expect(result.feedback.domain).toBe('travel');
    expect(result.feedback.themes).toEqual({ baggage: ['stroller'], puzzles: { title: 'Puzzles', keywords: ['crossword'] } });
  });

  it('keeps a config without a domain as it was', () => {
    const result = settings('themes:\n  delivery: [parcelforce]\n');
    expect(result.feedback.domain).toBeUndefined();
    expect(result.feedback.themes).toEqual({ delivery: ['parcelforce'] });
  });

  it('says in one sentence with its line what is wrong', () => {
    expect(rejectedWith(settings, 'themes:\n  domain: airline\n')).toEqual([
      expect.stringMatching(
        /line 2.*themes\.domain: expected keywords, \{ title, keywords \}, or for themes\.domain one of retail, software/,
      ),
    ]);
    expect(rejectedWith(settings, 'themes:\n  delivery: travel\n')).toEqual([
      expect.stringMatching(/line 2.*themes\.delivery: only themes\.domain takes a trade/),
    ]);
  });
});
