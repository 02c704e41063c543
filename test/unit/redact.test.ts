import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE_LENGTH, quote, redact } from '../../src/feedback/redact.js';

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
    'Version 1.2.3 and IP 192.168.1.1',
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
