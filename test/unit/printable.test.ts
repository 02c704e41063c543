import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../src/answers/types.js';
import { auditReport } from '../../src/audit.js';
import { printable, printableLines, shorten } from '../../src/printable.js';
import { renderJson } from '../../src/report/json.js';
import { renderSummary } from '../../src/report/summary.js';
import { answersWith } from '../helpers/answers.js';

/** What must never come out: C0 and C1 controls (ESC among them), DEL, bidi controls, zero-width characters, line separators. */
const RAW = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const HOSTILE = [
  '\u001b',
  '\u009b',
  '\u0007',
  '\u0000',
  '\u007f',
  '\u0085',
  '\r',
  '\n',
  '\t',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u2028',
  '[',
];
/** Any text, with the hostile characters much more often than chance would give them. */
const anyText = fc.string({
  unit: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 60,
});
const printableText = fc.string({ unit: 'binary', maxLength: 60 }).filter((text) => !RAW.test(text));
const graphemeCount = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;

describe('printable', () => {
  it('never lets a control, bidi or zero-width character through', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(printable(text)).not.toMatch(RAW);
      }),
    );
  });

  it('leaves printable text exactly as it was, and is idempotent', () => {
    fc.assert(
      fc.property(printableText, (text) => {
        expect(printable(text)).toBe(text);
      }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(printable(printable(text))).toBe(printable(text));
      }),
    );
  });

  it('shows escape sequences instead of obeying them, and removes what only hides', () => {
    expect(printable('\u001b[31mred\u001b[0m')).toBe('␛[31mred␛[0m');
    expect(printable('\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007')).toBe('␛]8;;https://evil.example␇link␛]8;;␇');
    expect(printable('\u009b2J')).toBe('<U+009B>2J');
    expect(printable('invoice\u202efdp.exe')).toBe('invoice<U+202E>fdp.exe');
    expect(printable('\u2066a\u2069')).toBe('<U+2066>a<U+2069>');
    expect(printable('ad\u200bmin\ufeff @\u200deveryone\u2060')).toBe('admin @everyone');
    expect(printable('NUL\u0000 DEL\u007f')).toBe('NUL␀ DEL␡');
    expect(printable('two\r\nlines\tand\u2028more')).toBe('two lines and more');
    expect(printable('Café 👍 日本 مرحبا')).toBe('Café 👍 日本 مرحبا');
  });

  it('line by line for messages: their own line breaks kept, each line made printable', () => {
    expect(printableLines('file.csv has 2 problems:\n  - \u001b[2Jheader\r\n  - ok')).toBe(
      'file.csv has 2 problems:\n  - ␛[2Jheader \n  - ok',
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(printableLines(text).replace(/\n/g, '')).not.toMatch(RAW);
      }),
    );
  });
});

describe('shorten', () => {
  it('keeps text that fits, and cuts the rest to the width with an ellipsis, never inside a character', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('abcdefghijkl', 6)).toBe('abcde…');
    expect(shorten('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 3)).toBe('👨‍👩‍👧👨‍👩‍👧…');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 2, max: 40 }), (text, width) => {
        const short = shorten(text, width);
        expect(graphemeCount(short)).toBeLessThanOrEqual(width);
        if (graphemeCount(text) <= width) expect(short).toBe(text);
        else expect(text.startsWith(short.slice(0, -1).trimEnd())).toBe(true);
      }),
    );
  });
});

describe('the terminal summary and the JSON view, from hostile data', () => {
  const hostile = '\u001b[2J\u001b]0;pwned\u0007Team\u202e \u009b31m';
  const model = auditReport({ ...answersWith(1), team: hostile }, { generatedOn: '2026-11-23' });
  model.actions.thisWeek[0]!.title = `Call\u001b[5m back\u200b`;
  model.actions.thisWeek[0]!.owner = `Lead\u001b[8m (hidden)`;

  it('the summary shows every field without a raw control character', () => {
    const summary = renderSummary(model, { bold: String, dim: String, red: String, yellow: String, green: String });
    expect(summary.replace(/\n/g, '')).not.toMatch(RAW);
    expect(summary).toContain('␛[2J␛]0;pwned␇Team<U+202E> <U+009B>31m: ');
    expect(summary).toContain('  - Call␛[5m back (Lead␛[8m, by ');
  });

  it('the JSON keeps every value exactly, with no raw control, bidi or zero-width character in the file', () => {
    const json = renderJson(model);
    expect(json.replace(/\n/g, '')).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(model)));
    fc.assert(
      fc.property(anyText, (text) => {
        const rendered = renderJson({ text });
        expect(rendered.replace(/\n/g, '')).not.toMatch(RAW);
        expect(JSON.parse(rendered).text).toBe(text);
      }),
    );
  });

  it('says plainly when nothing was answered, whatever the team is called', () => {
    const empty = renderSummary(auditReport({ ...answersWith(DONT_KNOW), team: 'a\u001bb' }, { generatedOn: '2026-11-23' }), {
      bold: String,
      dim: String,
      red: String,
      yellow: String,
      green: String,
    });
    expect(empty).toMatch(/^a␛b: no overall score or level/);
  });
});
