/**
 * The words and tables that personal-data redaction (redact.ts) recognises, as data in one
 * place. Lists are lower case unless said otherwise; matching ignores case where the pattern
 * says so.
 */

/** Top-level domains accepted at the end of an obfuscated or spaced address ("john at example dot com"); written addresses take any. */
export const KNOWN_TLDS: readonly string[] = (
  'com net org edu gov mil int info biz name pro io co me tv cc ly ai app dev xyz online site shop store tech email ' +
  'uk de fr es it nl be ch at eu us ca au nz ie pt pl se no dk fi cz sk hu ro bg gr ru ua tr il in jp cn kr sg hk tw ' +
  'br mx ar cl za lu li mc ad sm va is ee lv lt si hr rs ba'
).split(' ');

/** Words written for "@" and "." by people hiding an address from robots. */
export const AT_WORDS: readonly string[] = ['at', 'arobase', 'arroba', 'chiocciola', 'apenstaartje', 'klammeraffe'];
export const DOT_WORDS: readonly string[] = ['dot', 'point', 'punto', 'punkt', 'punt'];

/** Mail providers: "jane at gmail.com" is an address, "shop at amazon.com" is not. */
export const MAIL_PROVIDERS: readonly string[] = (
  'gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol gmx web protonmail proton mail yandex zoho fastmail ' +
  'orange free laposte wanadoo sfr bbox libero virgilio tiscali alice ziggo kpnmail hetnet planet telenet skynet btinternet sky ' +
  'virginmedia talktalk comcast verizon att sbcglobal t-online freenet posteo'
).split(' ');

/** After these the next words are a name whatever their case: the writer says it is one. */
export const NAME_INTRODUCTIONS: readonly string[] = [
  'my name is',
  "my name's",
  'my name’s',
  'i am called',
  "i'm called",
  'je m’appelle',
  "je m'appelle",
  'mon nom est',
  'ich heiße',
  'ich heisse',
  'mein name ist',
  'me llamo',
  'mi nombre es',
  'mi chiamo',
  'il mio nome è',
  'mijn naam is',
  'ik heet',
];

/** After these, capitalised words are a name ("ask for Sarah"); lower-case ones are not ("ask for a refund"). */
export const NAME_REFERENCES: readonly string[] = [
  'ask for',
  'asked for',
  'asking for',
  'speak to',
  'speak with',
  'spoke to',
  'spoke with',
  'speaking to',
  'speaking with',
  'talked to',
  'call me',
  'contact me',
  'served by',
  'helped by',
  'named',
  'nommé',
  'nommée',
  'prénommé',
  'prénommée',
  'genannt',
  'llamado',
  'llamada',
  'chiamato',
  'chiamata',
  'genaamd',
  'demandez',
  'demander',
  'parlé à',
  'parlé avec',
  'fragen sie nach',
  'fragen nach',
  'sprach mit',
  'gesprochen mit',
  'preguntar por',
  'pregunte por',
  'hablé con',
  'chiedere di',
  'chiedete di',
  'parlato con',
  'vraag naar',
  'gesproken met',
  'sprak met',
];

/** Forms of address before a surname or a full name ("Mr Smith", "Frau Müller"); matched with their case. */
export const TITLES: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Mme',
  'Mlle',
  'M.',
  'Monsieur',
  'Madame',
  'Herr',
  'Frau',
  'Sr',
  'Sra',
  'Srta',
  'Señor',
  'Señora',
  'Sig',
  'Sig.ra',
  'Signor',
  'Signora',
  'Dhr',
  'Mevr',
];

/** Closing words after which a name ends the comment ("Thanks, John", "Cordialement, Marie Dupont"). */
export const SIGN_OFFS: readonly string[] = [
  'thanks',
  'thank you',
  'many thanks',
  'thanks again',
  'regards',
  'kind regards',
  'best regards',
  'warm regards',
  'best wishes',
  'all the best',
  'best',
  'cheers',
  'sincerely',
  'yours sincerely',
  'yours truly',
  'yours',
  'merci',
  'merci beaucoup',
  'cordialement',
  'bien à vous',
  'salutations',
  'bisous',
  'danke',
  'vielen dank',
  'danke schön',
  'viele grüße',
  'viele grüsse',
  'liebe grüße',
  'mit freundlichen grüßen',
  'grüße',
  'gruß',
  'lg',
  'mfg',
  'gracias',
  'muchas gracias',
  'saludos',
  'un saludo',
  'atentamente',
  'grazie',
  'grazie mille',
  'cordiali saluti',
  'saluti',
  'distinti saluti',
  'groeten',
  'met vriendelijke groet',
  'vriendelijke groeten',
  'bedankt',
  'dank je',
  'groetjes',
];

/**
 * Capitalised words that follow a name cue without being a name: "ask for Customer Service",
 * "spoke to Support", "Thanks, Everyone". Also days and months ("call me Monday").
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `customer customers service services support team sales billing help helpdesk desk care someone somebody anyone anybody everyone
everybody nobody manager managers supervisor agent agents staff refund refunds the a an all again so very much you guys lot in advance
god goodness again again and or but please sir madam madame monsieur nothing everything it this that them us me him her
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december today tomorrow tonight later soon now here there yes no ok okay hello hi hey bye dear team thanks thank
great good product products love awesome amazing excellent best perfect happy nice wonderful fantastic brilliant`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words before a given name that make it a thing, not a person: "my Alexa", "the Echo", "le Miro",
 * "mijn Delta". Only articles and possessives that never stand before a person's name in their
 * language: Portuguese "o"/"a" ("a Ana") and Italian "la" ("la Giulia") do, Spanish "a" and
 * French "de" are prepositions ("gracias a Julia", "l'aide de Julie"), Italian "ma" is "but".
 */
export const THING_DETERMINERS: ReadonlySet<string> = new Set(
  `the my your our their this that these those every
le les un une mon mes ton ta ses notre votre nos vos ce cette
ein eine mein meine meinen dein deine unser unsere dieser diese dieses
el los las una mi mis tu tus este esta nuestro nuestra
il lo gli uno mio mia tuo tua questo questa nostro nostra
het een mijn jouw onze deze dit
um uma meu minha teu tua este esta nosso nossa`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words of thanks before "to" or "à" and a name: "Thanks to Sandra", "Merci à Julie", "Grazie a Giulia" (not "a flight to Dallas"). */
export const THANKS_WORDS: ReadonlySet<string> = new Set(
  'thanks thank thx kudos shoutout shout merci remerciements danke dank dankeschön gracias grazie bedankt obrigado obrigada'.split(' '),
);

/** Lower-case words that join the parts of a name or street ("Ludwig van Beethoven", "rue de la Paix"). */
export const NAME_PARTICLES: readonly string[] = [
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'el',
  'ten',
  'ter',
  "d'",
  "l'",
  'd’',
  'l’',
];

/** English street types after a house number and a capitalised name ("221B Baker Street", "10 Downing St"); matched with their case. */
export const STREET_TYPES_AFTER: readonly string[] = [
  'Street',
  'St',
  'Road',
  'Rd',
  'Avenue',
  'Ave',
  'Lane',
  'Ln',
  'Drive',
  'Dr',
  'Close',
  'Court',
  'Ct',
  'Boulevard',
  'Blvd',
  'Way',
  'Place',
  'Pl',
  'Terrace',
  'Crescent',
  'Square',
  'Sq',
  'Gardens',
  'Grove',
  'Mews',
  'Parkway',
  'Pkwy',
  'Highway',
  'Hwy',
  'Circle',
];

/** Street types written after the number and before the name, in any case ("12 rue de la Paix"). */
export const STREET_TYPES_BEFORE_NAME: readonly string[] = [
  'rue',
  'avenue',
  'av.',
  'boulevard',
  'bd',
  'place',
  'chemin',
  'allée',
  'impasse',
  'quai',
  'route',
  'cours',
  'passage',
];

/** Street types written before the name, the number last ("Calle Mayor 12", "Via Roma, 10"); matched capitalised. */
export const STREET_TYPES_NUMBER_LAST: readonly string[] = [
  'Calle',
  'C/',
  'Avenida',
  'Avda.',
  'Plaza',
  'Paseo',
  'Carrer',
  'Camino',
  'Via',
  'Viale',
  'Piazza',
  'Corso',
  'Largo',
  'Vicolo',
];

/**
 * German and Dutch street words, as the end of one word or a word of their own ("Hauptstraße 5", "Berliner Straße 12", "Kerkstraat 12a").
 */
export const STREET_SUFFIXES: readonly string[] = [
  'straße',
  'strasse',
  'str.',
  'weg',
  'allee',
  'platz',
  'gasse',
  'damm',
  'ufer',
  'chaussee',
  'straat',
  'laan',
  'plein',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'steeg',
];

/** Words after which a number is an order, ticket or product reference, not a phone number or postcode: it is kept. */
export const REFERENCE_WORDS: readonly string[] = [
  'order',
  'orders',
  'ref',
  'reference',
  'invoice',
  'ticket',
  'case',
  'booking',
  'tracking',
  'confirmation',
  'shipment',
  'parcel',
  'package',
  'sku',
  'item',
  'model',
  'part',
  'product',
  'article',
  'serial',
  'commande',
  'réf',
  'référence',
  'facture',
  'colis',
  'bestellung',
  'bestellnummer',
  'auftrag',
  'rechnung',
  'sendung',
  'pedido',
  'factura',
  'referencia',
  'ordine',
  'fattura',
  'riferimento',
  'bestelling',
  'factuur',
  'referentie',
];

/** Words after which dotted numbers are a version, not an IP address ("version 10.0.19041.1"). */
export const VERSION_WORDS: readonly string[] = [
  'version',
  'ver',
  'v',
  'build',
  'release',
  'firmware',
  'update',
  'versión',
  'versione',
  'versie',
];

/** UK postcode areas, the letters that start a postcode ("SW" of SW1A 1AA); upper case. */
export const UK_POSTCODE_AREAS: readonly string[] = (
  'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY ' +
  'HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO ' +
  'PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
).split(' ');

/** Words that name the number after them as a postcode: "postcode 75002", "PLZ 10115". */
export const POSTCODE_WORDS: readonly string[] = [
  'postcode',
  'post code',
  'postal code',
  'zip',
  'zip code',
  'zipcode',
  'code postal',
  'cp',
  'plz',
  'postleitzahl',
  'código postal',
  'cap',
];

/** Words before "75002 Paris" that make five digits and a capitalised word a place: "I live in 10115 Berlin and…". */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'to', 'at', 'from', 'near', 'à', 'au', 'en', 'vers', 'a', 'te', 'aus', 'naar'];

/**
 * Words after which a capitalised given name is a place ("a flight to Dallas", "stuck in
 * Charlotte", "Bank of America"), unless thanks come before them ({@link THANKS_WORDS}).
 */
export const PLACE_WORDS_BEFORE: ReadonlySet<string> = new Set([
  ...PLACE_PREPOSITIONS,
  'into',
  'via',
  'of',
  'nach',
  'para',
  'per',
  'da',
  'naar',
]);

/** US states, for "Springfield, IL 62704". Upper case, matched with their case. */
export const US_STATES: readonly string[] = (
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD ' +
  'TN TX UT VT VA WA WV WI WY'
).split(' ');

/**
 * Two capitals after four digits that are a unit or an era, not a Dutch postcode ("2000 AD", "1024 MB"). Dutch postcodes never use SA, SD,
 * SS.
 */
export const NOT_DUTCH_POSTCODE_LETTERS: ReadonlySet<string> = new Set(
  'SA SD SS AD BC CE AM PM MB KB GB TB PB KW MW HP PS EU US UK OK TV PC CD DJ VS HZ KM CM MM KG MG ML'.split(' '),
);

/** IBAN length by country (ISO 13616 registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};
