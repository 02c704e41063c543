// A seeded corpus for measuring redaction: sentences in six languages with personal data planted
// in many formats (each with its kind and place), and sentences with harmless look-alikes (each
// with its place) that must stay. Same seed, same corpus. Used by
// test/unit/redaction-corpus.test.ts and by test/corpus/measure.js (the README table).

import { mulberry32 } from '../helpers/seeded.js';

const FIRST_NAMES = [
  'John',
  'Mary',
  'Sarah',
  'James',
  'Emily',
  'Pierre',
  'Marie',
  'Camille',
  'Hans',
  'Jürgen',
  'Anna',
  'María',
  'José',
  'Lucía',
  'Luca',
  'Giulia',
  'Jan',
  'Sanne',
  'Priya',
  'Wei',
  'Aisha',
  'Oluwaseun',
  'Zoë',
  'Siobhan',
  'Jean-Luc',
  'Björn',
  'Małgorzata',
  'Chloé',
];
const SURNAMES = [
  'Smith',
  'Jones',
  'Dupont',
  'Lefèvre',
  'Müller',
  'Schmidt',
  'García',
  'Fernández',
  'Rossi',
  'Bianchi',
  'de Vries',
  'van Dijk',
  "O'Brien",
  'Nguyen',
  'Kowalski',
  'Patel',
  'MacDonald',
  'Okafor',
  'Johansson',
  'Da Silva',
];
const STREET_NAMES = ['Baker', 'High', 'Church', 'Station', 'Victoria', 'Mill', 'Queen', 'Park', 'Kings', 'Oak', 'Elm', 'Windsor'];
const TOWNS = [
  'Paris',
  'Lyon',
  'Marseille',
  'Berlin',
  'Hamburg',
  'München',
  'Madrid',
  'Sevilla',
  'Roma',
  'Milano',
  'Bordeaux',
  'Köln',
  'Nantes',
];
const DOMAINS = [
  'example.com',
  'mail.co.uk',
  'gmail.com',
  'yahoo.fr',
  'web.de',
  'outlook.es',
  'libero.it',
  'ziggo.nl',
  'company.io',
  'uni-koeln.de',
  'société.fr',
  'posteo.net',
];
const MAIL_HOSTS = ['example', 'gmail', 'yahoo', 'orange', 'web', 'gmx', 'hotmail', 'libero', 'ziggo', 'company'];
const TLDS = ['com', 'fr', 'de', 'es', 'it', 'nl', 'co.uk', 'net', 'org', 'io'];
const UK_AREAS = ['SW', 'EC', 'W', 'N', 'E', 'M', 'B', 'L', 'G', 'EH', 'CF', 'BS', 'LS', 'NE', 'OX', 'CB', 'BT', 'KT', 'RG', 'GU'];
const US_CITIES = [
  ['Springfield', 'IL'],
  ['Austin', 'TX'],
  ['Portland', 'OR'],
  ['Boston', 'MA'],
  ['Denver', 'CO'],
  ['Seattle', 'WA'],
];
const DUTCH_TOWNS = ['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Eindhoven'];

function generator(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const digits = (n, first = '0123456789') => {
    let out = pick(first.split(''));
    for (let i = 1; i < n; i++) out += String(int(0, 9));
    return out;
  };
  const upper = (n) => Array.from({ length: n }, () => String.fromCharCode(65 + int(0, 25))).join('');
  return { pick, int, digits, upper };
}

function luhnComplete(partial) {
  // The check digit that makes partial + digit pass Luhn.
  let sum = 0;
  let double = true;
  for (let i = partial.length - 1; i >= 0; i--) {
    let d = partial.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

function ibanWith(country, bban) {
  const rearranged = `${bban}${country}00`;
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

/** Groups a string: fixed groups of `size`, or random groups of 2–6 characters. */
function grouped(g, text, size, separator) {
  const parts = [];
  for (let i = 0; i < text.length; ) {
    const length = size ?? g.int(2, 6);
    parts.push(text.slice(i, i + length));
    i += length;
  }
  return parts.join(separator);
}

// Personal data, one maker per kind; each returns the text as a customer would type it.
const MAKERS = {
  email(g) {
    // A few forms carry text around the address that is not part of it ("mailto:").
    const first = g
      .pick(FIRST_NAMES)
      .toLowerCase()
      .replace(/[^a-zà-ÿ]/g, '');
    const last = g
      .pick(SURNAMES)
      .toLowerCase()
      .replace(/[^a-zà-ÿ]/g, '');
    const local = g.pick([
      first,
      `${first}.${last}`,
      `${first}${g.int(1, 99)}`,
      `${first}_${last}`,
      `${first}+news`,
      `${first[0]}.${last}`,
    ]);
    const host = g.pick(MAIL_HOSTS);
    const tld = g.pick(TLDS);
    return g.pick([
      () => `${local}@${g.pick(DOMAINS)}`,
      () => `${local}@${g.pick(DOMAINS)}`.toUpperCase(),
      () => `<${local}@${g.pick(DOMAINS)}>`,
      () => ({ before: 'mailto:', value: `${local}@${g.pick(DOMAINS)}`, after: '' }),
      () => `${local} (at) ${host} (dot) ${tld.replace('.', ' (dot) ')}`,
      () => `${local} [at] ${host} [dot] ${tld.replace('.', ' [dot] ')}`,
      () => `${local}{at}${host}{dot}${tld.replace('.', '{dot}')}`,
      () => `${local}(at)${host}.${tld}`,
      () => `${local}[at]${host}`,
      () => `${local} AT ${host} DOT ${tld.replace('.', ' DOT ')}`,
      () => `${first} at ${host} dot ${tld.replace('.', ' dot ')}`,
      () => `${first} dot ${last} at ${host} dot ${tld.replace('.', ' dot ')}`,
      () => `${local} at gmail.com`,
      () => `${local} @ ${host}.${tld}`,
      () => `${local}@ ${host} . ${tld}`,
      () => `${local} (arobase) ${host} (point) fr`,
      () => `${local} (at) ${host} (punkt) de`,
      () => `${local}@${host}`,
      () => `${local} [at] ${host} [dot] ${tld.replace('.', ' [dot] ')}`.toUpperCase(),
      () => `${local} at ${g.pick(['gmail', 'hotmail', 'yahoo', 'gmx', 'orange', 'libero'])}.${g.pick(['com', 'fr', 'de', 'it'])}`,
    ])();
  },
  phone(g) {
    const d = g.digits;
    const nanp = () => [d(3, '23456789'), d(3, '23456789'), d(4)];
    return g.pick([
      // US / Canada
      () => {
        const [a, b, c] = nanp();
        return `(${a}) ${b}-${c}`;
      },
      () => nanp().join('-'),
      () => nanp().join('.'),
      () => nanp().join(''),
      () => `+1 ${nanp().join(' ')}`,
      () => {
        const [a, b, c] = nanp();
        return `+1 (${a}) ${b}-${c}`;
      },
      () => `1-800-${d(3, '23456789')}-${d(4)}`,
      () => `+1${nanp().join('')}`,
      // UK
      () => `07${d(3)} ${d(6)}`,
      () => `07${d(9)}`,
      () => `+44 7${d(3)} ${d(6)}`,
      () => `+44 (0)7${d(3)} ${d(6)}`,
      () => `020 ${d(4, '3789')} ${d(4)}`,
      () => `(020) ${d(4, '3789')} ${d(4)}`,
      () => `+44 20 ${d(4, '3789')} ${d(4)}`,
      () => `0044 20 ${d(4, '3789')} ${d(4)}`,
      () => `01${d(3)} ${d(6)}`,
      () => `0161 ${d(3)} ${d(4)}`,
      // France
      () => `0${g.int(1, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      () => `0${g.int(6, 7)}.${d(2)}.${d(2)}.${d(2)}.${d(2)}`,
      () => `0${g.int(6, 7)}-${d(2)}-${d(2)}-${d(2)}-${d(2)}`,
      () => `0${g.int(1, 7)}${d(8)}`,
      () => `+33 ${g.int(1, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      () => `+33 (0)${g.int(1, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      () => `0033 ${g.int(1, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      () => `+33${g.int(6, 7)}${d(8)}`,
      // Germany
      () => `030 ${d(8, '123456789')}`,
      () => `030/${d(7, '123456789')}`,
      () => `(030) ${d(7, '123456789')}`,
      () => `01${g.int(5, 7)}${g.int(0, 9)} ${d(7)}`,
      () => `01${g.int(5, 7)}${g.int(0, 9)}/${d(7)}`,
      () => `01${g.int(5, 7)}${g.int(0, 9)}-${d(7)}`,
      () => `+49 1${g.int(5, 7)}${g.int(0, 9)} ${d(7)}`,
      () => `+49 (0)30 ${d(7, '123456789')}`,
      () => `0049 89 ${d(7, '123456789')}`,
      () => `089 ${d(3)} ${d(3)} ${d(2)}`,
      // Spain
      () => `6${d(2)} ${d(3)} ${d(3)}`,
      () => `6${d(8)}`,
      () => `9${d(2, '1345678')} ${d(2)} ${d(2)} ${d(2)}`,
      () => `+34 6${d(2)} ${d(3)} ${d(3)}`,
      () => `0034 9${d(8)}`,
      () => `91 ${d(3)} ${d(2)} ${d(2)}`,
      // Italy
      () => `02 ${d(4)} ${d(4)}`,
      () => `3${d(2)} ${d(3)} ${d(4)}`,
      () => `3${d(9)}`,
      () => `+39 3${d(2)} ${d(3)} ${d(4)}`,
      () => `+39 02 ${d(4)} ${d(4)}`,
      () => `06 ${d(4)} ${d(4)}`,
      // Netherlands
      () => `06-${d(8)}`,
      () => `06 ${d(8)}`,
      () => `020-${d(7, '123456789')}`,
      () => `020 ${d(3)} ${d(4)}`,
      () => `+31 6 ${d(8)}`,
      () => `+31 (0)20 ${d(3)} ${d(4)}`,
      // Others: BE, CH, AT, IE, PT, PL, SE, IN, AU, BR, JP
      () => `04${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      () => `+32 4${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      () => `07${g.int(5, 9)} ${d(3)} ${d(2)} ${d(2)}`,
      () => `+41 7${g.int(5, 9)} ${d(3)} ${d(2)} ${d(2)}`,
      () => `+43 664 ${d(7)}`,
      () => `08${g.int(3, 9)} ${d(3)} ${d(4)}`,
      () => `+351 9${d(2)} ${d(3)} ${d(3)}`,
      () => `+48 5${d(2)} ${d(3)} ${d(3)}`,
      () => `07${g.int(0, 6)}-${d(3)} ${d(2)} ${d(2)}`,
      () => `+91 9${d(4)} ${d(5)}`,
      () => `04${d(2)} ${d(3)} ${d(3)}`,
      () => `+61 4${d(2)} ${d(3)} ${d(3)}`,
      () => `+55 11 9${d(4)}-${d(4)}`,
      () => `+81 90-${d(4)}-${d(4)}`,
      // Mixed habits
      () => `+44 7${d(3)} ${d(3)} ${d(3)}`,
      () => `07${d(3)}-${d(3)}-${d(3)}`,
      () => `+33 6.${d(2)}.${d(2)}.${d(2)}.${d(2)}`,
      () => `+49-1${g.int(5, 7)}${g.int(0, 9)}-${d(7)}`,
      () => nanp().join(' '),
      () => {
        const [a, b, c] = nanp();
        return `1 (${a}) ${b}-${c}`;
      },
      () => `00${g.pick(['44', '33', '49', '34', '39', '31'])}${d(9, '123456789')}`,
    ])();
  },
  card(g) {
    const brand = g.pick([
      ['4', 16],
      ['4', 13],
      ['4', 19],
      ['51', 16],
      ['55', 16],
      ['2221', 16],
      ['34', 15],
      ['37', 15],
      ['6011', 16],
      ['36', 14],
      ['35', 16],
      ['6759', 19],
    ]);
    const number = luhnComplete(brand[0] + g.digits(brand[1] - brand[0].length - 1));
    const separator = g.pick([' ', '-', '.']);
    return g.pick([
      () => number,
      () => grouped(g, number, 4, separator),
      () => grouped(g, number, 4, ' '),
      () => (number.length === 15 ? `${number.slice(0, 4)} ${number.slice(4, 10)} ${number.slice(10)}` : grouped(g, number, 4, '-')),
      () => (number.length === 14 ? `${number.slice(0, 4)} ${number.slice(4, 10)} ${number.slice(10)}` : grouped(g, number, 4, ' ')),
      () => grouped(g, number, undefined, separator),
      () => grouped(g, number, undefined, ' '),
    ])();
  },
  iban(g) {
    const d = g.digits;
    const iban = g.pick([
      () => ibanWith('DE', d(18)),
      () => ibanWith('FR', d(23)),
      () => ibanWith('GB', `${g.upper(4)}${d(14)}`),
      () => ibanWith('ES', d(20)),
      () => ibanWith('IT', `${g.upper(1)}${d(22)}`),
      () => ibanWith('NL', `${g.upper(4)}${d(10)}`),
      () => ibanWith('BE', d(12)),
      () => ibanWith('CH', d(17)),
      () => ibanWith('AT', d(16)),
      () => ibanWith('PT', d(21)),
      () => ibanWith('PL', d(24)),
      () => ibanWith('IE', `${g.upper(4)}${d(14)}`),
      () => ibanWith('LU', d(16)),
    ])();
    return g.pick([
      () => iban,
      () => grouped(g, iban, 4, ' '),
      () => grouped(g, iban, 4, ' ').toLowerCase(),
      () => iban.toLowerCase(),
      () => grouped(g, iban, undefined, ' '),
      () => grouped(g, iban, 4, '-'),
      () => `${iban.slice(0, 4)} ${iban.slice(4)}`,
    ])();
  },
  ip(g) {
    const octet = () => String(g.int(0, 255));
    const hex = () => g.int(0, 0xffff).toString(16);
    return g.pick([
      () => `${g.int(1, 223)}.${octet()}.${octet()}.${octet()}`,
      () => `192.168.${g.int(0, 255)}.${g.int(1, 254)}`,
      () => `10.${octet()}.${octet()}.${g.int(1, 254)}`,
      () => `2001:db8:${hex()}:${hex()}::${hex()}`,
      () => `2001:0db8:${Array.from({ length: 6 }, () => hex().padStart(4, '0')).join(':')}`,
      () => `fe80::${hex()}:${hex()}:${hex()}:${hex()}`,
      () => `2a02:${hex()}:${hex()}::${g.int(1, 255).toString(16)}`,
    ])();
  },
  postcode(g) {
    const d = g.digits;
    const letter = () => 'ABDEFGHJLNPQRSTUWXYZ'[g.int(0, 19)];
    return g.pick([
      () => `${g.pick(UK_AREAS)}${g.int(1, 20)} ${g.int(0, 9)}${letter()}${letter()}`,
      () => `${g.pick(UK_AREAS)}${g.int(1, 9)}${g.pick(['A', 'B', 'W', 'X'])} ${g.int(0, 9)}${letter()}${letter()}`,
      () => `${d(5, '123456789')}-${d(4)}`,
      () => {
        const [city, state] = g.pick(US_CITIES);
        return { before: `${city}, ${state} `, value: d(5, '123456789'), after: '' };
      },
      () => ({
        before: '',
        value: `${d(4, '123456789')} ${letter()}${letter()}`.replace(/ (S[ADS])$/, ' AB'),
        after: ` ${g.pick(DUTCH_TOWNS)}`,
      }),
      () => `${d(4, '123456789')}${letter()}${letter()}`.replace(/(S[ADS])$/, 'AB'),
      () => ({ before: '', value: d(5, '123456789'), after: ` ${g.pick(TOWNS)}` }),
      () => ({ before: g.pick(['postcode ', 'zip code ', 'code postal ', 'PLZ ', 'CP ', 'CAP ']), value: d(5, '123456789'), after: '' }),
      () => `${g.pick(UK_AREAS)}${g.int(1, 20)} ${g.int(0, 9)}${letter()}${letter()}`.toLowerCase(),
    ])();
  },
  address(g) {
    const name = g.pick(STREET_NAMES);
    const number = String(g.int(1, 250));
    return g.pick([
      () => `${number} ${name} ${g.pick(['Street', 'Road', 'Avenue', 'Lane', 'Drive', 'Close', 'St', 'Rd'])}`,
      () => `${number}${g.pick(['A', 'B', 'a'])} ${name} ${g.pick(['Street', 'Road', 'Crescent'])}`,
      () =>
        `${number} ${g.pick(['rue', 'avenue', 'boulevard', 'place', 'chemin', 'allée', 'impasse'])} ` +
        g.pick(['de la ', 'du ', 'des ', '', "de l'"]) +
        g.pick(['Paix', 'Gare', 'République', 'Victor Hugo', 'Jean Jaurès', 'Église', 'Moulins']),
      () => `${number} bis rue ${g.pick(['Pasteur', 'Voltaire', 'Gambetta'])}`,
      () => `${number} ${name.toLowerCase()} ${g.pick(['street', 'road', 'avenue'])}`,
      () =>
        g.pick(['Haupt', 'Bahnhof', 'Schiller', 'Goethe', 'Linden', 'Berg']) +
        `${g.pick(['straße', 'strasse', 'str.', 'weg', 'allee', 'platz'])} ${number}`,
      () => `${g.pick(['Berliner', 'Kölner', 'Münchner'])} ${g.pick(['Straße', 'Allee', 'Platz'])} ${number}${g.pick(['', 'a', 'b'])}`,
      () => `${g.pick(['Kerk', 'Dorps', 'Molen', 'Stations', 'Prinsen'])}${g.pick(['straat', 'laan', 'plein', 'gracht', 'weg'])} ${number}`,
      () =>
        `${g.pick(['Calle', 'Avenida', 'Plaza', 'Paseo'])} ` +
        `${g.pick(['Mayor', 'de la Constitución', 'del Prado', 'de Gracia', 'Real'])} ${number}`,
      () => `C/ ${g.pick(['Mayor', 'Alcalá', 'Serrano'])}, ${number}`,
      () =>
        `${g.pick(['Via', 'Viale', 'Piazza', 'Corso'])} ` +
        `${g.pick(['Roma', 'Garibaldi', 'della Repubblica', 'Vittorio Emanuele', 'Dante'])}${g.pick([' ', ', '])}${number}`,
    ])();
  },
  name(g) {
    const first = g.pick(FIRST_NAMES);
    const full = g.random() < 0.5 ? first : `${first} ${g.pick(SURNAMES)}`;
    return { value: full, lower: first.toLowerCase() };
  },
};

// Where each kind is planted: `{x}` marks the place. Names have their own cues.
const CARRIERS = {
  email: [
    'Please write to me at {x} about the refund',
    'You can reach me on {x} if you need more details.',
    'My email is {x}',
    'Contact: {x} - nobody answered so far',
    'Répondez-moi à {x} svp',
    'Mon adresse : {x}, merci',
    'Bitte antworten Sie an {x}.',
    'Meine E-Mail ist {x}',
    'Escríbanme a {x} por favor',
    'Scrivetemi a {x}, grazie',
    'Mail mij op {x}',
  ],
  phone: [
    'Call me back on {x} please',
    'My number is {x}, I am home after 6',
    'Phone: {x}.',
    'I tried calling {x} three times and nobody picked up',
    'Rappelez-moi au {x} svp',
    'Mon numéro : {x}',
    'Bitte rufen Sie mich unter {x} an.',
    'Tel. {x}',
    'Llámenme al {x}, gracias',
    'Il mio numero è {x}',
    'Bel me op {x} alstublieft',
    'whatsapp {x}',
  ],
  card: [
    'You charged my card {x} twice',
    'Card number {x} was declined for no reason',
    'Payment with {x} failed',
    'Ma carte {x} a été débitée deux fois',
    'Meine Karte {x} wurde zweimal belastet',
    'Mi tarjeta {x} fue rechazada',
    'La mia carta {x} non funziona',
    'Mijn kaart {x} werd geweigerd',
  ],
  iban: [
    'Please refund to IBAN {x}',
    'My account: {x}',
    'Refund to {x} please, I am still waiting',
    'Remboursez sur mon IBAN {x} svp',
    'Bitte überweisen Sie auf {x}.',
    'Mi cuenta es {x}',
    'Il mio IBAN è {x}',
    'Mijn rekening: {x}',
  ],
  ip: [
    'The site blocked my IP {x} for no reason',
    'I was logged in from {x} which is not me',
    'Mon adresse IP {x} est bloquée',
    'Meine IP-Adresse ist {x}.',
    'Error from {x}: access denied',
  ],
  postcode: [
    'Please deliver to {x} next time',
    'I live in {x} and delivery takes a week',
    'The parcel went to {x} instead',
    'Livraison à {x}.',
    'Ich wohne in {x}.',
    'Vivo en {x}.',
    'Abito a {x}.',
    'Ik woon in {x}.',
  ],
  address: [
    'Please deliver to {x}, not the old address',
    'I live at {x} and the courier never comes',
    'The parcel was left at {x} instead of my house',
    "J'habite au {x} et le colis n'est jamais arrivé",
    'Ich wohne in der {x} und das Paket kam nie an',
    'Vivo en la {x} y nunca llegó',
    'Abito in {x} ma il pacco non è arrivato',
    'Ik woon op de {x} en het pakket kwam niet',
  ],
  name: [
    'Hello, my name is {x} and I have been a customer for years',
    'My name is {x}. The parcel never came',
    'Hi, my name is {lower} and the app keeps crashing',
    "Bonjour, je m'appelle {x} et je suis déçu",
    'Hallo, ich heiße {x} und bin enttäuscht',
    'Hola, me llamo {x} y estoy muy contento',
    'Ciao, mi chiamo {x} e sono soddisfatto',
    'Hoi, mijn naam is {x} en ik ben tevreden',
    'When you call, ask for {x} in the office',
    'I spoke to {x} on the phone and it was sorted',
    'The parcel was late again. Thanks, {x}',
    'Great service, keep it up! Kind regards, {x}',
    'Livraison rapide. Cordialement, {x}',
    'Alles bestens. Viele Grüße, {x}',
    'Todo bien. Saludos, {x}',
    'Tutto ok. Grazie, {x}',
    'Snelle levering. Groeten, {x}',
    'Thanks {x}',
    'Regards,\n{x}',
    'All good now. Cheers, {x} :)',
    'Please tell Mr {surname} the order is wrong',
  ],
};

// Harmless text that looks like personal data, and must stay.
const LOOKALIKES = [
  '5 stars',
  '5-star',
  '4.5/5',
  '9/10',
  '10/10',
  '9 out of 10',
  'version 2.3.1',
  'v2.3.1',
  'version 10.0.19041.1',
  'firmware 1.2.3.4',
  'in 2024',
  'since 1998',
  '£12.50',
  '$1,299.99',
  '€49,90',
  '1 299,00 €',
  '24/7',
  'order 12345',
  'order #123456789',
  'order number 0612345678',
  'ticket 07700900123',
  'commande n° 0612345678',
  'Bestellnummer 030123456',
  'pedido 612345678',
  'ordine 3331234567',
  'invoice 2024-00123',
  '2024-05-12',
  '12/05/2024',
  '05/12/2024',
  '12.05.2024',
  '12-05-2024',
  '12 May 2024',
  'May 12, 2024',
  '2024/05/12',
  '10:30',
  '10:30:45',
  '14h30',
  '45%',
  '12.5%',
  '3 times',
  '2-3 days',
  '10 minutes',
  '1.5 kg',
  '30 x 40 cm',
  '1024 MB',
  '2000 AD',
  '10,000 customers',
  '1.000.000 Kunden',
  '50000 Kunden verloren',
  '3rd',
  'Windows 11',
  'iPhone 15 Pro',
  'Covid-19',
  'B2B',
  'A4 paper',
  'MP3',
  'PS5 2TB',
  'room 101',
  'gate 12',
  'flight BA 117',
  'size 32 34 36',
  'page 2 of 3',
  'at 5pm',
  'at home',
  'shop at amazon.com',
  'www.example.com',
  'https://example.com/help',
  '@united',
  '#123',
  'ask for a refund',
  'spoke to customer service',
  'my name is on the account',
  'Thank you so much',
  'Route 66',
  'top 10',
  '100% cotton',
  '0% interest',
  'pack of 12',
  '3 for 2',
  'ISO 9001',
  'IP67',
  'Wi-Fi 6',
  '5G',
  '4K',
  'USB-C',
  '1080p',
  '60 Hz',
  '12 months',
  '2 years',
  '7 days',
  '48 hours',
  'step 1 of 4',
  '+1 for the app',
  '-20% off',
  '2x faster',
  'x2',
  '3/4 of the time',
  '1 in 5',
  '00:45',
  'week 23',
  'Q3 2024',
  'FY2023',
  'TV',
  'CD',
  'RS 232',
  'N26',
  'look at this',
  'at the end of the day',
  'point of sale',
  'Dr Martens boots',
  'Thanks, Amazon',
  'ask for Customer Service',
  'call me maybe',
  'Windows 10 Pro',
  '4 Non Blondes',
];
/** Harmless numbers made at random, so that the look-alikes are not only the few written above. */
function randomLookalike(g) {
  const { int, pick, digits } = g;
  return pick([
    () => `£${int(1, 999)}.${digits(2)}`,
    () => `$${int(1, 99)},${digits(3)}.${digits(2)}`,
    () => `${int(1, 9999)},${digits(2)} €`,
    () => `${int(1, 31)}/${int(1, 12)}/${int(1990, 2030)}`,
    () => `${int(1990, 2030)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
    () => `${String(int(1, 28)).padStart(2, '0')}.${String(int(1, 12)).padStart(2, '0')}.${int(1990, 2030)}`,
    () => `${int(0, 23)}:${digits(2, '012345')}`,
    () => `version ${int(0, 20)}.${int(0, 20)}.${int(0, 99)}`,
    () => `v${int(1, 9)}.${int(0, 9)}.${int(0, 9)}.${int(0, 999)}`,
    () => `order ${digits(int(5, 11))}`,
    () => `order #${digits(int(5, 11))}`,
    () => `ticket ${digits(int(6, 10))}`,
    () => `${int(1, 100)}%`,
    () => `${int(1, 5)} stars`,
    () => `${int(1, 10)}/10`,
    () => `${int(2, 500)} items`,
    () => `${int(1, 9)}-${int(2, 30)} days`,
    () => `in ${int(1950, 2030)}`,
    () => `${int(1, 999)},${digits(3)} customers`,
    () => `${int(1, 999)}.${digits(3)}.${digits(3)} Kunden`,
    () => `${int(10, 99)} ${digits(3)} ${digits(3)} visiteurs`,
    () => `${int(1, 200)} x ${int(1, 200)} cm`,
    () => `room ${int(1, 999)}`,
    () => `${int(1, 12)} months`,
    () => `${int(1, 9)}.${int(0, 9)} kg`,
  ])();
}

const LOOKALIKE_CARRIERS = [
  'I gave {x} because of the delivery',
  'Honestly {x}, would buy again',
  'It says {x} but nothing happened',
  'Après {x}, toujours rien',
  'Nach {x} immer noch nichts',
  'Después de {x}, nada',
  'Dopo {x}, niente',
  'Na {x} nog steeds niets',
  '{x}',
];

/**
 * The corpus: `sentences` items, each `{ text, planted: [{ kind, start, end }], lookalikes: [{ label, start, end }] }`.
 * About two thirds carry one planted piece of personal data, a third a harmless look-alike.
 */
export function generateCorpus(sentences = 9000, seed = 7) {
  const random = mulberry32(seed);
  const g = { ...generator(random), random };
  const kinds = Object.keys(MAKERS);
  const corpus = [];
  for (let index = 0; index < sentences; index++) {
    if (index % 3 === 2) {
      const label = g.random() < 0.5 ? g.pick(LOOKALIKES) : randomLookalike(g);
      const carrier = g.pick(LOOKALIKE_CARRIERS);
      const start = carrier.indexOf('{x}');
      corpus.push({ text: carrier.replace('{x}', label), planted: [], lookalikes: [{ label, start, end: start + label.length }] });
      continue;
    }
    const kind = kinds[index % kinds.length];
    corpus.push(plant(g, kind));
  }
  return corpus;
}

function plant(g, kind) {
  const carrier = g.pick(CARRIERS[kind]);
  let made = MAKERS[kind](g);
  let text;
  let start;
  let value;
  if (kind === 'name') {
    const surname = g.pick(SURNAMES).replace(/^(de|van|Da) /, '');
    value = carrier.includes('{lower}') ? made.lower : carrier.includes('{surname}') ? surname : made.value;
    const slot = carrier.match(/\{(x|lower|surname)\}/)[0];
    start = carrier.indexOf(slot);
    text = carrier.replace(slot, value);
  } else {
    if (typeof made === 'string') made = { before: '', value: made, after: '' };
    value = made.value;
    const filled = `${made.before}${made.value}${made.after}`;
    start = carrier.indexOf('{x}') + made.before.length;
    text = carrier.replace('{x}', filled);
  }
  return { text, planted: [{ kind, value, start, end: start + value.length }], lookalikes: [] };
}

/**
 * Measures a finder (text → spans) on a corpus. A planted piece is found when every letter and
 * digit of it is inside a span; a look-alike is wrongly redacted when a span touches it; a span
 * that touches neither is a stray.
 */
export function measure(corpus, find) {
  const kinds = {};
  let lookalikes = 0;
  let wronglyRedacted = 0;
  const wrong = [];
  const missed = [];
  let strays = 0;
  const strayExamples = [];
  for (const item of corpus) {
    const spans = find(item.text);
    const covered = (index) => spans.some((span) => span.start <= index && index < span.end);
    const touches = (start, end) => spans.some((span) => span.start < end && start < span.end);
    for (const planted of item.planted) {
      kinds[planted.kind] ??= { planted: 0, found: 0 };
      const tally = kinds[planted.kind];
      tally.planted++;
      let found = true;
      for (let i = planted.start; i < planted.end; i++) if (/[\p{L}\p{N}]/u.test(item.text[i]) && !covered(i)) found = false;
      if (found) tally.found++;
      else missed.push({ kind: planted.kind, text: item.text, value: planted.value });
    }
    for (const lookalike of item.lookalikes) {
      lookalikes++;
      if (touches(lookalike.start, lookalike.end)) {
        wronglyRedacted++;
        wrong.push({ label: lookalike.label, text: item.text });
      }
    }
    for (const span of spans) {
      const known = [...item.planted, ...item.lookalikes].some((part) => span.start < part.end && part.start < span.end);
      if (!known) {
        strays++;
        strayExamples.push({ text: item.text, span: item.text.slice(span.start, span.end) });
      }
    }
  }
  return { kinds, lookalikes, wronglyRedacted, wrong, missed, strays, strayExamples, sentences: corpus.length };
}
