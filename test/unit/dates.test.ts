import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateEvidence, type DateOrder, parseDate, parseMonth } from '../../src/feedback/dates.js';

const date = (iso: string, placeholder = false) => ({ kind: 'date', iso, placeholder });

describe('parseDate', () => {
  it.each([
    // ISO dates and timestamps.
    ['2026-05-03', 'dmy', '2026-05-03'],
    ['2026-05-03', 'mdy', '2026-05-03'],
    ['2026-05-03T10:00:00Z', 'dmy', '2026-05-03'],
    ['2026-05-03T10:00:00.123+02:00', 'mdy', '2026-05-03'],
    ['2026-05-03 23:59:59.999999', 'dmy', '2026-05-03'],
    ['2015-02-24 11:35:52 -0800', 'dmy', '2015-02-24'],
    ['2026/5/3', 'mdy', '2026-05-03'],
    ['2026.05.03', 'dmy', '2026-05-03'],
    ['2024-02-29', 'dmy', '2024-02-29'],
    // Day and month as the order says, 2- and 4-digit years, times after the date.
    ['03/05/2026', 'dmy', '2026-05-03'],
    ['03/05/2026', 'mdy', '2026-03-05'],
    ['12/6/2018 14:03:22', 'mdy', '2018-12-06'],
    ['12/6/2018 14:03:22', 'dmy', '2018-06-12'],
    ['22/02/2026 10:00', 'dmy', '2026-02-22'],
    ['12/06/2018 2:03 PM', 'dmy', '2018-06-12'],
    ['03/14/2026 10:02:11 AM', 'mdy', '2026-03-14'],
    ['25.05.2019', 'dmy', '2019-05-25'],
    ['25-05-19', 'dmy', '2019-05-25'],
    ['5/25/99', 'mdy', '1999-05-25'],
    ['26/02/22', 'ymd', '2026-02-22'],
    // Month names in seven languages, with or without dot, ordinals and weekdays.
    ['31-Jul-18', 'dmy', '2018-07-31'],
    ['22-Feb-26', 'mdy', '2026-02-22'],
    ['22 Feb 2026', 'mdy', '2026-02-22'],
    ['Feb 22, 2026', 'dmy', '2026-02-22'],
    ['March 3rd, 2026', 'dmy', '2026-03-03'],
    ['3rd March 2026', 'dmy', '2026-03-03'],
    ['Jul 4 2021 10:00', 'dmy', '2021-07-04'],
    ['Mon, 22 Feb 2026 10:00:00 GMT', 'mdy', '2026-02-22'],
    ['Tuesday, March 3, 2026', 'dmy', '2026-03-03'],
    ['22 févr. 2026', 'dmy', '2026-02-22'],
    ['3 mars 2026', 'dmy', '2026-03-03'],
    ['1er août 2025', 'dmy', '2025-08-01'],
    ['lundi 22 février 2026', 'dmy', '2026-02-22'],
    ['22 février 2026 à 10:00', 'dmy', '2026-02-22'],
    ['22. Februar 2026', 'dmy', '2026-02-22'],
    ['3. März 2026', 'dmy', '2026-03-03'],
    ['Montag, 2. Mrz. 2026', 'dmy', '2026-03-02'],
    ['22 de febrero de 2026', 'dmy', '2026-02-22'],
    ['3 ene. 2026', 'dmy', '2026-01-03'],
    ['domingo, 22 de febrero de 2026', 'dmy', '2026-02-22'],
    ['22 febbraio 2026', 'dmy', '2026-02-22'],
    ['3 gen 2026', 'dmy', '2026-01-03'],
    ['22 februari 2026', 'dmy', '2026-02-22'],
    ['3 mrt. 2026', 'dmy', '2026-03-03'],
    ['22 de fevereiro de 2026', 'dmy', '2026-02-22'],
    ['3 out. 2026', 'dmy', '2026-10-03'],
    ['segunda-feira, 2 de março de 2026', 'dmy', '2026-03-02'],
    // Excel serial numbers.
    ['45234', 'dmy', '2023-11-04'],
    ['45234.75', 'mdy', '2023-11-04'],
  ] as const)('reads %j (%s) as %s', (raw, order, iso) => {
    expect(parseDate(raw, order)).toEqual(date(iso));
  });

  it.each([
    ['3 days ago', '2026-03-10'],
    ['a month ago', '2026-02-13'],
    ['2 weeks ago', '2026-02-27'],
    ['an hour ago', '2026-03-13'],
    ['45 minutes ago', '2026-03-13'],
    ['1 year ago', '2025-03-13'],
    ['yesterday', '2026-03-12'],
    ['Today', '2026-03-13'],
    ['il y a 3 jours', '2026-03-10'],
    ['Il y a une semaine', '2026-03-06'],
    ['il y a 2 heures', '2026-03-13'],
    ['hier', '2026-03-12'],
    ['aujourd’hui', '2026-03-13'],
    ['vor 2 Tagen', '2026-03-11'],
    ['vor einer Woche', '2026-03-06'],
    ['vor einem Monat', '2026-02-13'],
    ['gestern', '2026-03-12'],
    ['hace 3 días', '2026-03-10'],
    ['hace una semana', '2026-03-06'],
    ['ayer', '2026-03-12'],
    ['3 giorni fa', '2026-03-10'],
    ["un'ora fa", '2026-03-13'],
    ['ieri', '2026-03-12'],
    ['3 dagen geleden', '2026-03-10'],
    ['een week geleden', '2026-03-06'],
    ['gisteren', '2026-03-12'],
    ['há 3 dias', '2026-03-10'],
    ['há um mês', '2026-02-13'],
    ['ontem', '2026-03-12'],
  ])('reads the relative date %j against the export’s date as %s', (raw, iso) => {
    expect(parseDate(raw, 'dmy', '2026-03-13')).toEqual(date(iso));
  });

  it('counts a month back to the last day of a shorter month', () => {
    expect(parseDate('a month ago', 'dmy', '2026-03-31')).toEqual(date('2026-02-28'));
    expect(parseDate('vor 2 Tagen', 'dmy', '2026-03-01')).toEqual(date('2026-02-27'));
    expect(parseDate('1 year ago', 'dmy', '2024-02-29')).toEqual(date('2023-02-28'));
    expect(parseDate('yesterday', 'dmy', '0050-01-01')).toEqual(date('0049-12-31'));
    expect(parseDate('a year ago', 'dmy', '0001-06-01')).toEqual({ kind: 'invalid' });
  });

  it('cannot place a relative date without the export’s date', () => {
    expect(parseDate('3 days ago', 'dmy')).toEqual({ kind: 'relative-unplaced', text: '3 days ago' });
    expect(parseDate('gestern', 'mdy')).toEqual({ kind: 'relative-unplaced', text: 'gestern' });
    expect(parseDate('gestern', 'mdy', '2026-02-30')).toEqual({ kind: 'relative-unplaced', text: 'gestern' });
  });

  it.each(['1970-01-01', '1900-01-01', '1899-12-30', '1899-12-31', '0001-01-01', '9999-12-31', '01/01/1970', '1970-01-01T00:00:00Z'])(
    'flags the placeholder %j',
    (raw) => {
      const cell = parseDate(raw, 'dmy');
      expect(cell).toMatchObject({ kind: 'date', placeholder: true });
    },
  );

  it.each(['', '   ', undefined, 'N/A', '-'])('reads %j as blank', (raw) => {
    expect(parseDate(raw, 'dmy')).toEqual({ kind: 'blank' });
  });

  it.each([
    ['31/02/2026', 'dmy'],
    ['02/31/2026', 'mdy'],
    ['13/13/2020', 'dmy'],
    ['5/25/2019', 'dmy'],
    ['25/5/2019', 'mdy'],
    ['2026-13-01', 'dmy'],
    ['2026-02-29', 'dmy'],
    ['2026-00-10', 'dmy'],
    ['0000-01-01', 'dmy'],
    ['03/05/2026', 'ymd'],
    ['12345', 'dmy'],
    ['2026', 'dmy'],
    ['2026-05-03 is the day', 'dmy'],
    ['31 Feb 2026', 'dmy'],
    ['22 Foo 2026', 'dmy'],
    ['a few days ago', 'dmy'],
    ['3 bananas ago', 'dmy'],
    ['soon', 'dmy'],
  ] as const)('reads %j (%s) as no date', (raw, order) => {
    expect(parseDate(raw, order, '2026-03-13')).toEqual({ kind: 'invalid' });
  });

  it('never throws, and every date it returns is a real calendar date', () => {
    const cells = fc.oneof(
      fc.string(),
      fc.stringMatching(/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}( \d{1,2}:\d{2})?$/),
      fc
        .tuple(
          fc.integer({ min: 0, max: 40 }),
          fc.constantFrom('Feb', 'févr.', 'Februar', 'de febrero de', 'mrt'),
          fc.integer({ min: 0, max: 2100 }),
        )
        .map((parts) => parts.join(' ')),
      fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom('days ago', 'jours', 'Tagen', 'meses')).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(
        cells,
        fc.constantFrom<DateOrder>('dmy', 'mdy', 'ymd'),
        fc.constantFrom(undefined, '2026-03-13', '0001-01-01'),
        (raw, order, reference) => {
          const cell = parseDate(raw, order, reference);
          if (cell.kind !== 'date') return;
          const [year, month, day] = cell.iso.split('-').map(Number) as [number, number, number];
          expect(cell.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const real = new Date(0);
          real.setUTCFullYear(year, month - 1, day);
          expect([real.getUTCFullYear(), real.getUTCMonth() + 1, real.getUTCDate()]).toEqual([year, month, day]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('parseMonth', () => {
  it.each([
    ['2026-05-03', 'dmy', '2026-05'],
    ['03/05/2026', 'mdy', '2026-03'],
    ['45234', 'dmy', '2023-11'],
    ['1970-01-01', 'dmy', null],
    ['yesterday', 'dmy', null],
    ['nonsense', 'dmy', null],
  ] as const)('reads %j (%s) as %s', (raw, order, expected) => {
    expect(parseMonth(raw, order)).toBe(expected);
  });

  it('places relative dates when given the export’s date', () => {
    expect(parseMonth('yesterday', 'dmy', '2026-03-01')).toBe('2026-02');
  });
});

describe('DateEvidence', () => {
  const fallback = { order: 'dmy', reason: 'the headers are in French' } as const;

  function decide(cells: string[], given: { order: 'dmy' | 'mdy'; reason: string } = fallback) {
    const evidence = new DateEvidence();
    for (const cell of cells) evidence.add(cell);
    return evidence.finish(given);
  }

  it('reads a Google Forms column month first when any date says so, so a December survey stays December', () => {
    const cells = ['12/6/2018 14:03:22', '12/7/2018 09:10:00', '12/13/2018 11:00:01', '12/6/2018 18:30:00'];
    const decision = decide(cells);
    expect(decision).toMatchObject({ order: 'mdy', decidedBy: 'dates', reason: null, conflicting: false });
    expect(decision.counts).toMatchObject({ monthFirst: 1, dayFirst: 0, ambiguous: 3 });
    expect(decision.examples.monthFirst).toEqual(['12/13/2018 11:00:01']);
    expect(cells.map((cell) => parseMonth(cell, decision.order))).toEqual(['2018-12', '2018-12', '2018-12', '2018-12']);
  });

  it('reads day first when a day above 12 says so', () => {
    expect(decide(['12/6/2018', '13/6/2018'], { order: 'mdy', reason: 'the headers are in English' })).toMatchObject({
      order: 'dmy',
      decidedBy: 'dates',
    });
  });

  it('uses the fallback, and its reason, when no date tells the order', () => {
    const decision = decide(['1/2/2026', '3/4/2026', '5/5/2026', '22 Feb 2026'], { order: 'mdy', reason: 'the headers are in English' });
    expect(decision).toMatchObject({ order: 'mdy', decidedBy: 'fallback', reason: 'the headers are in English', conflicting: false });
    expect(decision.counts).toMatchObject({ ambiguous: 3, unordered: 1 });
  });

  it('lets the majority decide when dates disagree, and says so', () => {
    const decision = decide(['25/5/2019', '26/5/2019', '5/27/2019']);
    expect(decision).toMatchObject({ order: 'dmy', decidedBy: 'dates', conflicting: true });
    expect(decision.counts).toMatchObject({ dayFirst: 2, monthFirst: 1 });
  });

  it('takes a file of ISO dates as year first', () => {
    expect(decide(['2026-03-02 09:14:11', '2026-03-05T18:01:09Z'])).toMatchObject({ order: 'ymd', decidedBy: 'dates' });
  });

  it('counts what it cannot read, placeholders and relative dates, with examples', () => {
    const cells = ['soon', '31/02/2026', 'soon', '1970-01-01', '3 days ago', 'hier', 'vor 2 Tagen', 'il y a 3 jours', '', 'N/A'];
    const decision = decide(cells);
    expect(decision.counts).toEqual({
      dayFirst: 0,
      monthFirst: 0,
      yearFirst: 0,
      ambiguous: 0,
      unordered: 0,
      unreadable: 3,
      placeholder: 1,
      relative: 4,
    });
    expect(decision.examples.unreadable).toEqual(['soon', '31/02/2026']);
    expect(decision.examples.relative).toEqual(['3 days ago', 'hier', 'vor 2 Tagen']);
  });

  it('merges the evidence of workers as if one had read every cell', () => {
    const cells = ['12/6/2018', '12/13/2018', 'soon', '25/5/2019', '2026-01-01', '1970-01-01', 'Feb 22, 2026', '3 days ago', 'x', 'y', 'z'];
    const whole = decide(cells);
    const [left, right] = [new DateEvidence(), new DateEvidence()];
    for (const [index, cell] of cells.entries()) (index % 2 === 0 ? left : right).add(cell);
    const merged = new DateEvidence();
    merged.merge(JSON.parse(JSON.stringify(left.toState())));
    merged.merge(JSON.parse(JSON.stringify(right.toState())));
    const decision = merged.finish(fallback);
    expect(decision.counts).toEqual(whole.counts);
    expect(decision.order).toBe(whole.order);
    expect(decision.conflicting).toBe(true);
    expect(decision.examples.unreadable).toHaveLength(3);
  });

  it('reads a million timestamps quickly', () => {
    const evidence = new DateEvidence();
    const started = performance.now();
    for (let index = 0; index < 1_000_000; index++)
      evidence.add(`12/${1 + (index % 28)}/2018 ${index % 24}:${String(index % 60).padStart(2, '0')}:00`);
    expect(evidence.finish(fallback).counts.ambiguous + evidence.finish(fallback).counts.monthFirst).toBe(1_000_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
