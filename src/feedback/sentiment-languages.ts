/**
 * The sentiment lexicons and rule words of the languages other than English that centricity reads
 * (English, with VADER, is in ./sentiment.ts), as data.
 *
 * Lexicons ship inside the `@nlpjs/lang-*` packages (MIT), keyed by Snowball stems of lower-cased
 * words without accents: Pattern (French, Italian, Dutch; CLiPS, ratings −1..1), ML-Senticon (German,
 * Spanish; ratings −1..1) and a Portuguese AFINN (−5..5). Each is scaled to VADER's −4..4, so that
 * the rules (negation, intensifiers, contrast) and the neutral band are the same in every language.
 * Chosen by measurement: see test/eval/sentiment.eval.js and the README.
 *
 * The rule words are surface words (lower-cased, accents kept), as are the feedback overrides: the
 * general-purpose lexicons rate "cher" (dear, and expensive) and "attente" (expectation, and a wait)
 * as praise, and lack the complaints customers write most. Function words (`stopwords-iso`) are never
 * rated by the lexicon, whose stems they collide with ("que", "para", "plus"): the few that judge
 * ("bon", "mejor", "peggio") are rated here.
 */
import type { ReadableLanguage } from './language.js';

export interface LanguageRules {
  /** The lexicon: the `@nlpjs/lang-*` package's file under src/sentiment/, and the factor that brings its ratings to −4..4. */
  lexicon: { file: string; scale: number };
  /** Words that turn the rating of what follows (up to 3 words, same clause); French "n'…" forms count too (see ./sentiment.ts). */
  negations: readonly string[];
  /** Intensifiers ("très") and dampeners ("assez"), as VADER's. */
  boosters: readonly string[];
  dampeners: readonly string[];
  /** "but": what comes before counts half, what follows 1.5 times. */
  contrast: readonly string[];
  /** Neutral alone, a complaint when negated ("n'est jamais arrivé", "funktioniert nicht", "pas assez de choix"). */
  unmet: readonly string[];
  /**
   * "Too" and "too little": before a word the lexicon does not rate, a complaint ("trop petit", "trop de monde",
   * "peu de choix"); before a rated word, what the word already is (an intensifier, a negator).
   */
  excess: readonly string[];
  /** "Nothing to say": no complaint, rated as mild praise; its negation reaches no further ("rien à dire, parfait"). */
  noComplaint: readonly string[];
  /** Conditionals: praise after them is supposed, not said ("il serait bien d'avoir…", "sollte besser sein"). */
  modals: readonly string[];
  /** Ratings on −4..4 that replace the lexicon's (0 removes a word's rating); a rated word is never an intensifier. */
  overrides: Readonly<Record<string, number>>;
}

/** A word and its inflections, all with one rating. */
const rate = (rating: number, ...words: string[]) => Object.fromEntries(words.map((word) => [word, rating]));

/** Pattern and Senticon rate −1..1, VADER −4..4. */
const ONE_TO_FOUR = 4;
/** AFINN rates −5..5. */
const AFINN_TO_VADER = 0.8;

export const LANGUAGE_RULES: Readonly<Record<Exclude<ReadableLanguage, 'en'>, LanguageRules>> = {
  fr: {
    lexicon: { file: 'pattern_fr.json', scale: ONE_TO_FOUR },
    // "ne … pas": "ne" (and "n'est", "n'ai"…, see ./sentiment.ts) before the verb, "pas" or "jamais" after it.
    negations: ['ne', 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'rien', 'peu', 'guère', 'manque'],
    boosters: ['très', 'tres', 'trop', 'vraiment', 'tellement', 'extrêmement', 'hyper', 'absolument', 'totalement', 'vachement'],
    dampeners: ['assez', 'plutôt', 'plutot', 'légèrement', 'moyennement'],
    contrast: ['mais', 'cependant', 'toutefois', 'pourtant', 'néanmoins'],
    unmet: [
      'reçu',
      'recu',
      'arrivé',
      'arrive',
      'livré',
      'livre',
      'fonctionne',
      'marche',
      'répondu',
      'réponse',
      'reponse',
      'aide',
      'trouvé',
      // Not enough: "pas assez de vendeurs".
      'assez',
      // "pas terrible" is mediocre; "terrible" alone is awful, or great, as the speaker goes.
      'terrible',
      'terribles',
    ],
    excess: ['trop', 'peu'],
    noComplaint: ['rien à dire', 'rien à redire', 'rien à signaler', 'rien à reprocher'],
    modals: [
      'pourrait',
      'pourraient',
      'pourriez',
      'pourrais',
      'pourrions',
      'devrait',
      'devraient',
      'devriez',
      'faudrait',
      'serait',
      'seraient',
      'aimerais',
      'aimerait',
      'souhaiterais',
      'souhaiterait',
      'voudrais',
    ],
    overrides: {
      ...rate(-1.0, 'cher', 'chère', 'chers', 'chères', 'chere', 'cheres'),
      ...rate(-0.8, 'attente', 'attendre', 'attendu', 'élevé', 'élevés', 'élevée', 'élevées', 'eleve', 'eleves'),
      ...rate(-1.3, 'retard', 'retards', 'lent', 'lente', 'lents', 'lentes', 'lenteur', 'cassé', 'cassée', 'abîmé', 'abimé', 'abimée'),
      ...rate(-1.5, 'sale', 'sales', 'désagréable', 'desagreable', 'impoli', 'impolie', 'décevant', 'décevante', 'deçu', 'dommage'),
      ...rate(-2.0, 'nul', 'nulle', 'déplorable', 'lamentable', 'inadmissible', 'inacceptable', 'scandaleux'),
      ...rate(1.5, 'bien', 'merci', 'ras', 'accueillant', 'accueillante', 'aimable', 'aimables', 'serviable', 'serviables', 'sympa'),
      ...rate(2.0, 'top', 'super', 'parfait', 'parfaite', 'satisfait', 'satisfaite', 'content', 'contente', 'agréable', 'agreable'),
      ...rate(2.8, 'bon', 'bonne', 'bons', 'bonnes'),
      ...rate(3.2, 'beau', 'belle', 'beaux', 'belles'),
      ...rate(2.4, 'remarquable'),
      ...rate(-1.6, 'hélas'),
      // Customer-feedback words the Pattern lexicon lacks, and topics it rates ("accueil", "qualité").
      ...rate(0, 'accueil', 'qualité', 'qualite'),
      ...rate(-1.7, 'problème', 'problèmes', 'probleme', 'problemes', 'regrette', 'regrettons', 'regrettable'),
      ...rate(-1.0, 'manque', 'manquant', 'manquante', 'manquants', 'manquantes', 'rupture', 'introuvable', 'restreint', 'restreinte'),
      ...rate(-0.8, 'moyen', 'moyenne', 'moyens', 'moyennes'),
      ...rate(-1.5, 'insuffisant', 'insuffisante', 'insuffisants', 'insuffisantes', 'déçue', 'déçus', 'déçues', 'decu', 'decue'),
      ...rate(-2.0, 'incompétent', 'incompétente', 'incompétents', 'incompétence', 'abusif', 'abusifs', 'abusive', 'abusives'),
      ...rate(-2.0, 'prohibitif', 'prohibitifs', 'prohibitive', 'prohibitives', 'excessif', 'excessifs', 'nuls', 'nulles'),
      ...rate(1.0, 'rapide', 'rapides', 'disponible', 'disponibles', 'propre', 'propres'),
      ...rate(1.8, 'compétent', 'compétente', 'compétents', 'compétentes', 'professionnel', 'professionnelle', 'professionnels'),
      ...rate(1.8, 'appréciable', 'appréciables', 'efficace', 'efficaces', 'qualifié', 'qualifiée', 'qualifiés'),
      ...rate(2.2, 'chaleureux', 'chaleureuse', 'chaleureuses', 'bravo', 'félicitations', 'felicitations'),
      ...rate(-2.4, 'pire'),
      // "plus" (more, no longer) and "personnel" (staff) are rated by the lexicon, and "pourriez" (could you)
      // takes "pourri"'s stem (rotten): neutral in feedback.
      ...rate(0, 'plus', 'personnel', 'pourrais', 'pourrait', 'pourriez', 'pourrions', 'pourraient'),
    },
  },
  de: {
    lexicon: { file: 'senticon_de.json', scale: ONE_TO_FOUR },
    negations: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nichts', 'ohne', 'weder', 'kaum'],
    boosters: ['sehr', 'wirklich', 'echt', 'extrem', 'total', 'absolut', 'zu', 'so', 'besonders', 'äußerst', 'richtig'],
    dampeners: ['ziemlich', 'etwas', 'eher', 'leicht', 'bisschen'],
    contrast: ['aber', 'jedoch', 'allerdings', 'trotzdem', 'dennoch'],
    unmet: [
      'funktioniert',
      'funktionierte',
      'angekommen',
      'geliefert',
      'erhalten',
      'antwort',
      'geantwortet',
      'hilfe',
      'geholfen',
      'gemeldet',
      'genug',
    ],
    // "zu" (too) is also the preposition "to" ("zu Hause"): it is an intensifier only.
    excess: [],
    noComplaint: ['nichts zu meckern', 'nichts zu bemängeln', 'nichts auszusetzen'],
    modals: ['könnte', 'könnten', 'sollte', 'sollten', 'würde', 'würden', 'wäre', 'wären', 'hätte', 'hätten'],
    overrides: {
      ...rate(-1.0, 'teuer', 'teure', 'teuren', 'überteuert'),
      ...rate(-1.3, 'langsam', 'verspätet', 'verspätung', 'wartezeit', 'warten', 'gewartet', 'kaputt', 'defekt', 'leider'),
      ...rate(-2.2, 'schrecklich', 'furchtbar', 'katastrophe', 'katastrophal', 'unfreundlich', 'enttäuscht', 'enttäuschend', 'mies'),
      ...rate(2.0, 'gut', 'gute', 'guter', 'gutes', 'guten', 'super', 'toll', 'prima', 'zufrieden', 'freundlich', 'freundliche', 'danke'),
      ...rate(1.5, 'dank'),
      ...rate(2.8, 'perfekt', 'hervorragend', 'ausgezeichnet', 'exzellent', 'top', 'klasse', 'spitze', 'empfehlenswert'),
      ...rate(-2.0, 'schlecht', 'schlechte', 'schlechter', 'schlechten', 'ärgerlich', 'unmöglich'),
    },
  },
  es: {
    lexicon: { file: 'senticon_es.json', scale: ONE_TO_FOUR },
    negations: ['no', 'nunca', 'jamás', 'jamas', 'ni', 'sin', 'nada', 'ningún', 'ninguna', 'ninguno', 'tampoco', 'poco', 'poca'],
    boosters: ['muy', 'realmente', 'demasiado', 'tan', 'extremadamente', 'totalmente', 'absolutamente', 'sumamente'],
    dampeners: ['bastante', 'algo', 'ligeramente'],
    contrast: ['pero'],
    unmet: [
      'funciona',
      'funcionó',
      'llegó',
      'llego',
      'llegado',
      'recibido',
      'recibí',
      'respuesta',
      'respondido',
      'ayuda',
      'ayudaron',
      'suficiente',
      'suficientes',
    ],
    excess: ['demasiado', 'demasiada', 'demasiados', 'demasiadas', 'poco', 'poca', 'pocos', 'pocas'],
    noComplaint: ['nada que decir', 'nada que objetar', 'nada que reprochar'],
    modals: ['podría', 'podrían', 'debería', 'deberían', 'sería', 'serían', 'gustaría'],
    overrides: {
      ...rate(-1.0, 'caro', 'cara', 'caros', 'caras'),
      ...rate(-1.3, 'lento', 'lenta', 'tarde', 'retraso', 'espera', 'esperar', 'roto', 'rota', 'dañado', 'defectuoso'),
      ...rate(-2.2, 'horrible', 'terrible', 'pésimo', 'pesimo', 'pésima', 'fatal', 'decepcionado', 'decepcionante', 'maleducado'),
      ...rate(-2.0, 'malo', 'mala', 'malos', 'malas', 'mal', 'peor', 'peores'),
      ...rate(2.0, 'buen', 'mejor', 'mejores'),
      ...rate(2.0, 'bueno', 'buena', 'buenos', 'buenas', 'bien', 'contento', 'contenta', 'amable', 'amables', 'gracias', 'genial', 'super'),
      ...rate(2.8, 'excelente', 'perfecto', 'perfecta', 'estupendo', 'encantado', 'encantada', 'maravilloso', 'recomendable'),
    },
  },
  it: {
    lexicon: { file: 'pattern_it.json', scale: ONE_TO_FOUR },
    negations: ['non', 'mai', 'senza', 'né', 'niente', 'nulla', 'nessun', 'nessuno', 'nessuna', 'poco', 'poca'],
    boosters: ['molto', 'davvero', 'veramente', 'troppo', 'tanto', 'così', 'estremamente', 'assolutamente', 'proprio'],
    dampeners: ['abbastanza', 'piuttosto', 'leggermente'],
    contrast: ['ma', 'però', 'tuttavia'],
    unmet: [
      'funziona',
      'funzionato',
      'arrivato',
      'arrivata',
      'ricevuto',
      'consegnato',
      'risposta',
      'risposto',
      'aiuto',
      'aiutato',
      'abbastanza',
    ],
    excess: ['troppo', 'troppa', 'troppi', 'troppe', 'poco', 'poca', 'pochi', 'poche'],
    noComplaint: ['niente da dire', 'nulla da dire', 'niente da segnalare', 'niente da ridire'],
    modals: ['potrebbe', 'potrebbero', 'dovrebbe', 'dovrebbero', 'sarebbe', 'sarebbero', 'vorrei'],
    overrides: {
      ...rate(-1.0, 'caro', 'cara', 'cari', 'care', 'costoso', 'costosa'),
      ...rate(-1.3, 'lento', 'lenta', 'ritardo', 'attesa', 'aspettare', 'rotto', 'rotta', 'difettoso'),
      ...rate(-2.2, 'pessimo', 'pessima', 'orribile', 'terribile', 'deluso', 'delusa', 'deludente', 'scortese', 'vergogna'),
      ...rate(2.0, 'buono', 'buona', 'bene', 'bravo', 'brava', 'gentile', 'gentili', 'contento', 'soddisfatto', 'soddisfatta', 'grazie'),
      ...rate(2.8, 'ottimo', 'ottima', 'eccellente', 'perfetto', 'perfetta', 'fantastico', 'consigliato', 'super', 'benissimo'),
      ...rate(2.0, 'meglio', 'migliore'),
      ...rate(-2.2, 'male', 'malissimo', 'peggio', 'peggiore'),
      ...rate(-1.5, 'purtroppo'),
    },
  },
  nl: {
    lexicon: { file: 'pattern_nl.json', scale: ONE_TO_FOUR },
    negations: ['niet', 'geen', 'nooit', 'zonder', 'niets', 'niemand', 'nergens', 'nauwelijks', 'amper'],
    boosters: ['heel', 'erg', 'zeer', 'echt', 'te', 'zo', 'enorm', 'ontzettend', 'extreem', 'hartstikke', 'bijzonder'],
    dampeners: ['nogal', 'best', 'redelijk', 'vrij', 'enigszins', 'beetje'],
    contrast: ['maar', 'echter', 'desondanks'],
    unmet: ['werkt', 'werkte', 'aangekomen', 'ontvangen', 'geleverd', 'bezorgd', 'antwoord', 'gereageerd', 'hulp', 'geholpen', 'genoeg'],
    // "te" (too) is also the infinitive's "to" ("te koop"): it is an intensifier only.
    excess: [],
    noComplaint: ['niets op aan te merken', 'niks op aan te merken'],
    modals: ['zou', 'zouden', 'kon', 'konden', 'moeten'],
    overrides: {
      ...rate(-1.0, 'duur', 'dure', 'prijzig'),
      ...rate(-1.3, 'traag', 'trage', 'langzaam', 'laat', 'vertraging', 'wachten', 'gewacht', 'wachttijd', 'kapot', 'defect', 'jammer'),
      ...rate(-2.2, 'slecht', 'slechte', 'vreselijk', 'verschrikkelijk', 'waardeloos', 'teleurgesteld', 'teleurstellend', 'onvriendelijk'),
      ...rate(2.0, 'goed', 'goede', 'fijn', 'fijne', 'prima', 'tevreden', 'vriendelijk', 'vriendelijke', 'bedankt', 'dank', 'leuk'),
      ...rate(2.8, 'uitstekend', 'perfect', 'perfecte', 'top', 'geweldig', 'geweldige', 'aanrader', 'super'),
    },
  },
  pt: {
    lexicon: { file: 'afinn_pt.json', scale: AFINN_TO_VADER },
    negations: ['não', 'nao', 'nunca', 'jamais', 'nem', 'sem', 'nada', 'nenhum', 'nenhuma', 'ninguém', 'pouco', 'pouca'],
    boosters: ['muito', 'muita', 'realmente', 'demais', 'tão', 'extremamente', 'totalmente', 'absolutamente', 'bem'],
    dampeners: ['bastante', 'meio', 'ligeiramente'],
    contrast: ['mas', 'porém', 'contudo', 'entretanto', 'todavia'],
    unmet: [
      'funciona',
      'funcionou',
      'chegou',
      'recebi',
      'recebido',
      'entregue',
      'resposta',
      'respondeu',
      'ajuda',
      'ajudou',
      'suficiente',
      'suficientes',
    ],
    excess: ['demasiado', 'demasiada', 'demasiados', 'demasiadas', 'pouco', 'pouca', 'poucos', 'poucas'],
    noComplaint: ['nada a dizer', 'nada a reclamar', 'nada a apontar'],
    modals: ['poderia', 'poderiam', 'deveria', 'deveriam', 'seria', 'seriam', 'gostaria'],
    overrides: {
      ...rate(-1.0, 'caro', 'cara', 'caros', 'caras'),
      ...rate(-1.3, 'lento', 'lenta', 'atraso', 'atrasado', 'atrasada', 'demorou', 'demora', 'espera', 'esperar', 'quebrado', 'defeito'),
      ...rate(-2.2, 'péssimo', 'péssima', 'pessimo', 'horrível', 'terrível', 'decepcionado', 'decepcionante', 'mal-educado'),
      ...rate(-2.0, 'ruim', 'mau', 'má', 'mal'),
      ...rate(2.0, 'bom', 'boa', 'bons', 'boas', 'satisfeito', 'satisfeita', 'simpático', 'simpática', 'obrigado', 'obrigada', 'gostei'),
      ...rate(2.8, 'ótimo', 'ótima', 'otimo', 'excelente', 'perfeito', 'perfeita', 'maravilhoso', 'recomendo', 'adorei', 'super'),
    },
  },
};

/** "Little" words negate ("peu aimable", "poco amable"), but after an indefinite article they only dampen ("un peu cher"). */
export const LITTLE = ['peu', 'poco', 'poca', 'pouco', 'pouca'] as const;
export const INDEFINITE_ARTICLES = ['un', 'um', 'una', 'uma'] as const;
