import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReadable, languageName, languageOfWords, scriptLanguage } from '../../src/feedback/language.js';
import { readComment, sentimentLabel } from '../../src/feedback/sentiment.js';
import { tokenize } from '../../src/feedback/text.js';
import { idsOf } from '../../src/feedback/vocabulary.js';

const languageOf = (text: string) => readComment(text).language;

describe('the language of a comment', () => {
  it.each([
    ['en', 'The staff were friendly but the delivery took far too long.'],
    ['en', 'I would not recommend this shop to anyone, it was a waste of money.'],
    ['en', 'Why is there no way to change my password in the app?'],
    ['en', '@united my flight was delayed again and nobody told us anything'],
    ['fr', 'Le personnel est très aimable mais les prix sont trop élevés.'],
    ['fr', "Je ne suis pas satisfait du service, c'est la troisième fois que j'attends."],
    ['fr', 'Tres bon accueil, je reviendrai avec plaisir'],
    ['de', 'Die Lieferung war schnell und der Kundenservice sehr freundlich.'],
    ['de', 'Alles super, gerne wieder!'],
    ['es', 'No estoy contento con la entrega, llegó tarde y dañado.'],
    ['es', 'Nunca más compro en esta tienda'],
    ['it', 'Non sono soddisfatto, il prodotto è arrivato rotto.'],
    ['nl', 'Geen antwoord op mijn vraag gekregen, erg jammer.'],
    ['pt', 'A entrega demorou muito e ninguém respondeu aos meus e-mails.'],
  ])('reads %s in "%s"', (expected, text) => {
    expect(languageOf(text)).toBe(expected);
    expect(isReadable(languageOf(text))).toBe(true);
  });

  it.each([
    ['pl', 'Obsługa klienta była bardzo miła, ale dostawa trwała za długo.'],
    ['tr', 'Müşteri hizmetleri hiç yardımcı olmadı.'],
    ['sv', 'Jag är inte nöjd med produkten, den gick sönder efter en vecka.'],
    ['cs', 'Nejsem spokojený s tímto výrobkem.'],
    ['ro', 'Nu sunt mulțumit de acest produs, a ajuns stricat.'],
    ['id', 'Saya tidak puas dengan produk ini karena rusak.'],
    ['ja', '配送がとても早くて、スタッフも親切でした。'],
    ['zh', '送货很快，服务态度也很好。'],
    ['ko', '배송이 빠르고 직원들이 친절했어요.'],
    ['ru', 'Доставка была быстрой, а персонал очень вежливым.'],
    ['uk', 'Доставка була швидкою, і персонал дуже привітний.'],
    ['ar', 'كان التوصيل سريعا والموظفون لطفاء جدا.'],
    ['he', 'המשלוח היה מהיר והצוות היה נחמד מאוד.'],
    ['el', 'Η παράδοση ήταν γρήγορη και το προσωπικό πολύ ευγενικό.'],
  ])('knows %s as a language it cannot read: "%s"', (expected, text) => {
    const reading = readComment(text);
    expect(reading.language).toBe(expected);
    expect(reading.sentiment).toBeNull();
  });

  it('says "und" for what is too short to tell, and scores it with the lexicon that knows its words', () => {
    for (const text of ['ok', 'Great!', '👍', 'Merci', '10/10', 'top', '', '!!!']) expect(languageOf(text), text).toBe('und');
    expect(readComment('Great!').sentiment).toBeGreaterThan(0.05);
    expect(readComment('Merci').sentiment).toBeGreaterThan(0.05);
    expect(readComment('Nul').sentiment).toBeLessThan(-0.05);
    expect(readComment('👎').sentiment).toBeLessThan(-0.05);
    expect(readComment('10/10').sentiment).toBe(0);
  });

  it('goes by most of the words in a mixed comment, and by the letters of the script most of it is in', () => {
    expect(languageOf('Très bon service, merci beaucoup. The app is great')).toBe('fr');
    expect(languageOf('The staff were lovely, the shop is clean and tidy, merci')).toBe('en');
    expect(languageOf('The iPhone 配送がとても早くて、スタッフも親切でした')).toBe('ja');
    expect(languageOf('Great service at the Москва store, thank you')).toBe('en');
  });

  it('calls a comment unreadable only when its language leads the readable ones well, never for a stray word', () => {
    // "sju" is Swedish for seven, "in" and "is" are Swedish too: an airport code in an English tweet.
    const stray = readComment('Lilly M in SJU check in is fabulous!');
    expect(stray.language).toBe('und');
    expect(stray.sentiment).toBeGreaterThan(0);
    expect(languageOf('Tack så mycket, det var en mycket bra resa och jag är nöjd')).toBe('sv');
  });

  it('counts a word once, however often it is repeated', () => {
    // "nice" is a Turkish stop word as well as an English word.
    expect(languageOf('Nice quality, beautiful colors. so nice i bought another as a gift.')).toBe('en');
  });

  it('names languages in English', () => {
    expect(languageName('pl')).toBe('Polish');
    expect(languageName('ja')).toBe('Japanese');
    expect(languageName('und')).toBe('too short to tell');
  });

  it('tells the script of Latin text as none', () => {
    expect(scriptLanguage('Déjà vu, ça marche')).toBeNull();
    expect(scriptLanguage('')).toBeNull();
    expect(scriptLanguage('Привет')).toBe('ru');
    expect(scriptLanguage('سلام، چطوری؟')).toBe('fa');
  });

  it('never throws and gives the same answer twice, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 })), (text) => {
        const first = readComment(text);
        expect(readComment(text)).toEqual(first);
        expect(first.language).toMatch(/^([a-z]{2}|und)$/);
        if (first.sentiment !== null) expect(Math.abs(first.sentiment)).toBeLessThanOrEqual(1);
        else expect(isReadable(first.language)).toBe(false);
        const words = tokenize(text);
        expect(languageOfWords(idsOf(words), words.length)).toBe(languageOfWords(idsOf(words), words.length));
      }),
      { numRuns: 1000 },
    );
  });
});

const sign = (text: string) => {
  const { sentiment, language } = readComment(text);
  if (sentiment === null) throw new Error(`"${text}" read as ${language}, a language centricity cannot read`);
  return sentimentLabel(sentiment);
};

describe('sentiment in each language centricity reads', () => {
  // Per language: positive, negative, negated praise (negative), negated complaint (not negative), and a contrast whose second half wins.
  const CASES: Record<string, { positive: string; negative: string; negated: string; notBad: string; but: [string, string] }> = {
    fr: {
      positive: "Personnel très aimable et magasin magnifique, merci à toute l'équipe",
      negative: 'Service lamentable, le colis est arrivé cassé et personne ne répond',
      negated: "Je ne suis pas satisfait de l'accueil dans ce magasin",
      notBad: "Les prix ne sont pas chers et c'est pas mal du tout",
      but: ["Le personnel est aimable mais l'attente aux caisses est horrible", 'negative'],
    },
    de: {
      positive: 'Die Beratung war sehr freundlich und die Lieferung super schnell',
      negative: 'Schrecklicher Service, die Ware kam kaputt an und ist viel zu teuer',
      negated: 'Ich bin mit dem Service nicht zufrieden',
      notBad: 'Der Preis ist nicht schlecht für die Qualität',
      but: ['Die Ware ist schön, aber der Versand war leider sehr langsam und die Verpackung kaputt', 'negative'],
    },
    es: {
      positive: 'El servicio fue excelente y el personal muy amable',
      negative: 'Pésima atención, el pedido llegó roto y tarde',
      negated: 'No estoy contento con la atención de la tienda',
      notBad: 'El producto no es malo para el precio que tiene',
      but: ['La entrega fue lenta pero el producto es excelente y el trato muy amable', 'positive'],
    },
    it: {
      positive: 'Servizio ottimo e personale molto gentile, grazie',
      negative: 'Esperienza pessima, il prodotto è arrivato rotto e in ritardo',
      negated: 'Non sono soddisfatto del servizio clienti',
      notBad: 'Il prezzo non è caro per la qualità del prodotto',
      but: ['Il personale è gentile ma il negozio è sporco e i prezzi sono troppo cari', 'negative'],
    },
    nl: {
      positive: 'De bezorging was snel en de klantenservice heel vriendelijk',
      negative: 'Slechte service, het pakket was kapot en veel te laat',
      negated: 'Ik ben niet tevreden over de service van deze winkel',
      notBad: 'Het product is helemaal niet slecht voor die prijs',
      but: ['Het eten was lekker maar de bediening was traag en onvriendelijk', 'negative'],
    },
    pt: {
      positive: 'O atendimento foi excelente e os funcionários muito simpáticos',
      negative: 'Péssimo serviço, o meu produto chegou quebrado e com atraso, uma vergonha',
      negated: 'Não estou satisfeito com o atendimento da loja',
      notBad: 'O produto não é ruim para o preço que custa',
      but: ['A entrega demorou mas o produto é ótimo e o atendimento excelente', 'positive'],
    },
  };

  for (const [language, cases] of Object.entries(CASES)) {
    it(`reads ${languageName(language)}: praise, complaint, negation and contrast`, () => {
      for (const text of Object.values(cases).flat()) {
        if (text === 'positive' || text === 'negative') continue;
        expect(readComment(text).language, text).toBe(language);
      }
      expect(sign(cases.positive), cases.positive).toBe('positive');
      expect(sign(cases.negative), cases.negative).toBe('negative');
      expect(sign(cases.negated), cases.negated).toBe('negative');
      expect(sign(cases.notBad), cases.notBad).not.toBe('negative');
      expect(sign(cases.but[0]), cases.but[0]).toBe(cases.but[1]);
    });
  }

  it('reads "un peu" as a little, and "peu" alone as not', () => {
    expect(readComment('Le magasin est un peu cher mais le personnel est très aimable').sentiment).toBeGreaterThan(0);
    expect(sign('Le personnel est peu aimable et le magasin est sale')).toBe('negative');
  });

  it('reads "too", "too little" and "not enough" before an unrated word as a complaint', () => {
    for (const text of [
      'Pas assez de choix de fleurs',
      'Peu de choix au magasin',
      'Le parking est trop petit',
      'Il y a trop de monde le samedi',
      'Demasiado ruido en la sala',
      'Pocos vendedores en la tienda',
      'Troppi clienti e pochi commessi',
      'Nicht genug Personal an der Kasse',
      'Niet genoeg personeel in de winkel',
      'Pouco pessoal na loja',
    ])
      expect(sign(text), text).toBe('negative');
    // A little ("un peu de") and "not too" are no complaint; "trop" before praise still praises.
    expect(readComment('Il y a un peu de choix').sentiment).toBe(0);
    expect(sign('Pas trop de monde, très agréable')).toBe('positive');
    expect(sign('Trop bien ce magasin')).toBe('positive');
  });

  it('does not rate function words nor weak stem ratings, which are collisions of stems more often than sentiment', () => {
    // "pourriez" (could you) shares its stem with "pourri" (rotten); "fleurs", "plantes" are weakly rated topics.
    expect(readComment('Pourriez-vous me rappeler ?').sentiment).toBe(0);
    expect(readComment('Les fleurs et les plantes du magasin sont là').sentiment).toBe(0);
    // Senticon rates the stems of "es", "un", "para" (is, a, for).
    expect(readComment('Es un producto para la casa').sentiment).toBe(0);
    // Function words that judge are rated all the same.
    expect(sign("C'est un bon magasin")).toBe('positive');
    expect(sign('Es el mejor producto')).toBe('positive');
    expect(sign('Purtroppo il pacco è arrivato tardi')).toBe('negative');
    // A word rated 0 on purpose ("plus", "personnel") is not rated by its stem.
    expect(readComment('Il faut plus de personnel en caisse le samedi').sentiment).toBe(0);
  });

  it('knows French feedback words Pattern lacks, and reads its topics as topics', () => {
    expect(sign('Toujours des problèmes en caisse')).toBe('negative');
    expect(sign('Prix abusifs et choix restreint')).toBe('negative');
    expect(sign('Personnel compétent et chaleureux')).toBe('positive');
    // "pas terrible" is mediocre, not the opposite of awful.
    expect(sign('Le choix est pas terrible')).toBe('negative');
    // "Nothing to say" is no complaint, and its negation does not reach the praise after it.
    for (const text of [
      'rien à dire, parfait',
      "Il n'y a rien à redire, personnel au top",
      'nada que decir, perfecto',
      'niente da dire, perfetto',
      'Nichts zu meckern, super',
      'nada a dizer, perfeito',
    ])
      expect(sign(text), text).toBe('positive');
    expect(readComment("L'accueil et la qualité des plantes").sentiment).toBe(0);
    // Praise after a conditional is a wish, not a verdict, in each language.
    expect(readComment("Il serait bien d'avoir plus de choix").sentiment).toBe(0);
    expect(readComment('Der Kundendienst sollte besser sein').sentiment).toBe(0);
  });

  it('reads a comment too short to tell with the lexicon that knows most of its words', () => {
    // "plus" collides with a Spanish stem; French knows "trop", "plus", "ne", "jamais" as its own words.
    expect(readComment('prix trop élevés').language).toBe('und');
    expect(sign('prix trop élevés')).toBe('negative');
    expect(readComment('Il faudrait plus de choix en rayon').sentiment).toBe(0);
  });

  it('reads a long review of praise and complaint in equal measure as mixed: neutral', () => {
    const mixed =
      'I love the color and the fabric is soft and beautiful, but the fit is awful, the seams are poor, ' +
      'and it looks cheap and disappointing once washed. Lovely design though.';
    expect(sign(mixed)).toBe('neutral');
    expect(sign('I love the color and the fabric is soft and beautiful, the fit is perfect and it washes well')).toBe('positive');
  });
});
