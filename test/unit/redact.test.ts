import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE_LENGTH, findPersonalData, quote, redact, shownId, withoutPersonalData } from '../../src/feedback/redact.js';

const EMAIL_SHAPE = /\S+@\S+\.\S+/;

describe('redact', () => {
  // [input, expected output]
  const redacted: [string, string][] = [
    // e-mail addresses
    ['Write to john.smith@example.com please', 'Write to [email] please'],
    ['(jane+tag@mail.co.uk),', '([email]),'],
    ['mailto:ricardo@frenet.com.br.', 'mailto:[email].'],
    ['Two: a@b.io and c_d@e-f.org', 'Two: [email] and [email]'],
    ['Unicode: andré@société.fr', 'Unicode: [email]'],
    ['Broken shape: <<a@@b..c>>', 'Broken shape: [email]'],
    // payment cards
    ['Card 4111 1111 1111 1111 was charged twice', 'Card [card] was charged twice'],
    ['Card 4111-1111-1111-1111', 'Card [card]'],
    ['4111111111111111', '[card]'],
    ['Amex 3782 822463 10005', 'Amex [card]'],
    ['Amex 378282246310005 ok', 'Amex [card] ok'],
    ['Diners 30569309025904', 'Diners [card]'],
    ['Visa 4222222222222', 'Visa [card]'],
    ['any 4-4-4-4 grouping, Luhn or not: 1234 5678 9012 3456', 'any 4-4-4-4 grouping, Luhn or not: [card]'],
    ['19 digits 4111 1111 1111 1111 003', '19 digits [card]'],
    // phone numbers
    ['Call +44 7700 900123 now', 'Call [phone] now'],
    ['Call +1 (555) 010-9999', 'Call [phone]'],
    ['+33 6 12 34 56 78', '[phone]'],
    ['+33612345678', '[phone]'],
    ['+44 (0)20 7123 4567', '[phone]'],
    ['0044 20 7123 4567', '[phone]'],
    ['mobile 07700 900123', 'mobile [phone]'],
    ['London 020 7123 4567', 'London [phone]'],
    ['Berlin 030 1234567', 'Berlin [phone]'],
    ['appelez le 06 12 34 56 78 svp', 'appelez le [phone] svp'],
    ['ou le 06.12.34.56.78', 'ou le [phone]'],
    ['tel:0612345678', 'tel:[phone]'],
    ['(555) 123-4567', '[phone]'],
    ['555-123-4567 or 555.123.4567', '[phone] or [phone]'],
    ['1-800-555-0199', '[phone]'],
    ['two: 07700 900123, 07700 900456', 'two: [phone], [phone]'],
    ['0033 6 12 34 56 78 et 030/1234567', '[phone] et [phone]'],
    ['Ruf an: 0171/1234567 oder +49 (0)30 1234567', 'Ruf an: [phone] oder [phone]'],
    ['Llámenme al 612 345 678 o al 91 123 45 67', 'Llámenme al [phone] o al [phone]'],
    ['Il mio numero è 333 123 4567', 'Il mio numero è [phone]'],
    ['Bel 06-12345678', 'Bel [phone]'],
    ['call 5552345678', 'call [phone]'],
    // obfuscated e-mail addresses
    ['john (at) example (dot) com', '[email]'],
    ['john[at]example', '[email]'],
    ['jane@gmail and j.doe4@company, not serv@ice or .@united', '[email] and [email], not serv@ice or .@united'],
    ['JOHN AT EXAMPLE DOT COM please', '[email] please'],
    ['john dot smith at gmail dot com', '[email]'],
    ['jane at gmail.com', '[email]'],
    ['mail jane @ example . com', 'mail [email]'],
    ['jean (arobase) orange (point) fr', '[email]'],
    // IBANs, any spacing and case
    ['IBAN DE89 3704 0044 0532 0130 00.', 'IBAN [iban].'],
    ['to gb29nwbk60161331926819 please', 'to [iban] please'],
    ['FR14 2004 1010 0505 0001 3M02 606', '[iban]'],
    // IP addresses
    ['from 192.168.1.23 and 2001:db8::8a2e:370:7334', 'from [ip] and [ip]'],
    // postcodes
    ['London SW1A 1AA', 'London [postcode]'],
    ['Springfield, IL 62704 and 90210-1234', 'Springfield, IL [postcode] and [postcode]'],
    ['1012 AB Amsterdam', '[postcode] Amsterdam'],
    ['Livraison à 75002 Paris.', 'Livraison à [postcode] Paris.'],
    ['I live in 10115 Berlin and wait', 'I live in [postcode] Berlin and wait'],
    // street addresses
    ['I live at 221B Baker Street, London', 'I live at [address], London'],
    ["J'habite au 12 rue de la Paix", "J'habite au [address]"],
    ['Ich wohne in der Hauptstraße 5', 'Ich wohne in der [address]'],
    ['Vivo en la Calle Mayor 12', 'Vivo en la [address]'],
    ['Abito in Via Roma, 10', 'Abito in [address]'],
    // names
    ['Hello, my name is Jane Doe and I am cross', 'Hello, my name is [name] and I am cross'],
    ['my name is jane and', 'my name is [name] and'],
    ["Bonjour, je m'appelle Marie", "Bonjour, je m'appelle [name]"],
    ['Ich heiße Jürgen Müller.', 'Ich heiße [name].'],
    ['Ask for Sarah at the desk', 'Ask for [name] at the desk'],
    ['Please tell Mr Smith', 'Please tell Mr [name]'],
    ['Late again. Thanks, John', 'Late again. Thanks, [name]'],
    ['Grazie, Giulia van Dijk :)', 'Grazie, [name] :)'],
    // A name ends with its sentence; an initial does not end one.
    ["Good morning, Tamara. We'll try to help", "Good morning, [name]. We'll try to help"],
    ['Ask for Anna. She knows', 'Ask for [name]. She knows'],
    ['I spoke to J. Smith at the desk', 'I spoke to [name] at the desk'],
    // whitespace
    ['line one\r\nline two\n\n\tthree', 'line one line two three'],
    ['  padded\u00a0text\u2028end  ', 'padded text end'],
    ['nel\u0085char', 'nel char'],
  ];
  it.each(redacted)('redacts %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  const kept: string[] = [
    'Costs £12.50 or $1,299.99 or 1 299,00 €',
    'Ordered on 2026-05-03, arrived 03/05/2026 (03.05.2026)',
    'At 10:30, or 14h30',
    'Up 45% since 2019; 2019-2020 season',
    'I am 5\'4" and 140 lbs, size 32 34 36',
    'Order number 123456789',
    'Order 4000123456789 (fails Luhn)',
    'Ref 1234567890123456789',
    'User 3074457347487777543',
    'Flight 1585 from gate 12',
    'Plain 5551234567 without a phone shape',
    'Version 1.2.3 and version 10.0.19041.1',
    'Order 0612345678 and ticket #07700900123 and commande n° 0612345678',
    '944.479.519 Kunden, 50000 Kunden verloren, 1024 MB, 2000 AD',
    '24/7, 5 stars, in 2024, £12.50, 4.5/5, 10:30:45, 45%',
    'ask for a refund, spoke to Customer Service, my name is on the account',
    'Thanks, great service!',
    'shop at amazon.com, look at this dot com bubble',
    'PS5 2TB and IP67',
    'confidence 0.6629999999999999, tweet 568558478039625728',
    'baggage tags 0016 964012, 0016 964077',
    '8 Reviews , 11329 Followers, would have only been 6600 UA',
    'Thank you! Great Product! Merci Botanic.',
    'the 25th @ night. Is there, thanks @VerizonWireless . App',
    'Room 101, 3 floors, 12 people',
    '@united where is my bag?',
  ];
  it.each(kept)('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('does not read digits glued to letters as phones or cards', () => {
    expect(redact('sku AB0612345678 and 0612345678x')).toBe('sku AB0612345678 and 0612345678x');
  });

  it('does not decode entities (quote does)', () => {
    expect(redact('a &amp; b')).toBe('a &amp; b');
  });
});

describe('findPersonalData', () => {
  it('says where each kind is, overlapping finds merged', () => {
    const text = 'Mail a@b.co, call +44 7700 900123, IBAN DE89 3704 0044 0532 0130 00';
    expect(findPersonalData(text).map((span) => [span.kind, text.slice(span.start, span.end)])).toEqual([
      ['email', 'a@b.co'],
      ['phone', '+44 7700 900123'],
      ['iban', 'DE89 3704 0044 0532 0130 00'],
    ]);
  });

  it('finds nothing in plain text', () => {
    expect(findPersonalData('The parcel was late again and support never replied.')).toEqual([]);
  });
});

describe('withoutPersonalData', () => {
  it('cuts personal data out, leaving no placeholder to count as a word', () => {
    expect(withoutPersonalData('my name is Jane, mail jane@x.org')).toBe('my name is  , mail  ');
  });

  it('returns the same string when there is none', () => {
    const text = 'nothing personal here';
    expect(withoutPersonalData(text)).toBe(text);
  });
});

describe('shownId', () => {
  it('shows an id without personal data as it is', () => {
    expect(shownId('R-100234', 'key')).toBe('R-100234');
  });

  it('turns e-mail addresses, phone numbers and full names into stable pseudonyms', () => {
    const pseudonym = shownId('Jane.Doe@example.com', 'key');
    expect(pseudonym).toMatch(/^respondent-[0-9a-f]{6}$/);
    expect(shownId(' jane.doe@EXAMPLE.com ', 'key')).toBe(pseudonym);
    expect(shownId('jane.doe@example.com', 'another key')).not.toBe(pseudonym);
    expect(shownId('john@example.com', 'key')).not.toBe(pseudonym);
    expect(shownId('+44 7700 900123', 'key')).toMatch(/^respondent-/);
    expect(shownId('Jane Doe', 'key')).toMatch(/^respondent-/);
  });

  it.each(['ABDUL MAJEED', 'A Vinod Kumar', 'Manojkumar D Nambisan', 'María José de la Fuente', 'jdoe', "O'Brien"])(
    'takes an id written like a name, in any case and with initials, as personal: %s',
    (id) => {
      expect(shownId(id, 'key')).toMatch(/^respondent-[0-9a-f]{6}$/);
    },
  );

  it.each(['R-100234', '5a7f3c', 'user_1042', '2026-11-29 10:04'])('shows a code with digits as it is: %s', (id) => {
    expect(shownId(id, 'key')).toBe(id);
  });

  it('falls back to placeholders without a key', () => {
    expect(shownId('jane@example.com', undefined)).toBe('[email]');
  });
});

describe('quote', () => {
  it('keeps short text whole, decoded and redacted', () => {
    expect(quote('It&#39;s great &amp; cheap, mail me: a@b.com')).toBe("It's great & cheap, mail me: [email]");
  });

  it('redacts what an entity was hiding', () => {
    expect(quote('john&#64;example.com')).toBe('[email]');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    const text = 'The delivery was late and nobody answered the phone when I called about it.';
    const short = quote(text, 30);
    expect(short).toBe('The delivery was late and…');
    expect(short.length).toBeLessThanOrEqual(31);
  });

  it('cuts long words hard rather than returning almost nothing', () => {
    expect(quote('a'.repeat(50), 10)).toBe(`${'a'.repeat(10)}…`);
  });

  it('never ends on half a placeholder or half a surrogate pair', () => {
    expect(quote('call 07700 900123 now', 9)).toBe('call…');
    expect(quote('😀😀😀😀😀😀', 5)).toBe('😀😀…');
  });

  it('does not turn a kept "x@y." into an e-mail shape with its ellipsis', () => {
    const short = quote('aaaa x@y. bbbbbbbb', 9);
    expect(short).toBe('aaaa x@y…');
    expect(short).not.toMatch(EMAIL_SHAPE);
  });

  it('keeps personal data when asked, still on one line', () => {
    expect(quote('Call 07700 900123\nor a@b.com', 100, true)).toBe('Call 07700 900123 or a@b.com');
  });

  it('never returns raw newlines', () => {
    expect(quote('one\ntwo\r\nthree\u2029four')).toBe('one two three four');
  });

  it('has a default length', () => {
    expect(quote('x '.repeat(500)).length).toBeLessThanOrEqual(DEFAULT_QUOTE_LENGTH + 1);
  });
});

/** Text full of the characters PII detection cares about. */
const piiText = fc
  .array(
    fc.oneof(
      fc.constantFrom(' ', '  ', '\n', '\t', '-', '.', '(', ')', '+', '/', ':', '@', '[', ']', 'a', 'x.', '%', '&#64;', '\u2028'),
      fc.stringMatching(/^\d{1,6}$/),
      fc.emailAddress(),
      fc.constantFrom('4111 1111 1111 1111', '+44 7700 900123', '06 12 34 56 78', '(555) 123-4567', '378282246310005'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(piiText, fc.string({ unit: 'binary', maxLength: 80 }));

describe('redaction properties', () => {
  it('never leaves an e-mail-shaped substring', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(redact(text)).not.toMatch(EMAIL_SHAPE);
        expect(quote(text, 1000)).not.toMatch(EMAIL_SHAPE);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = redact(text);
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps quotes within max + 1 characters, on one line', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 200 }), (text, max) => {
        const short = quote(text, max);
        expect(short.length).toBeLessThanOrEqual(max + 1);
        expect(short).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      }),
      { numRuns: 2000 },
    );
  });
});
