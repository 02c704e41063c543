import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { LABEL_SETS, labelValues, matchLabelSet, normaliseLabel, parseLabelsOption } from '../../src/feedback/labels.js';
import { parseRating } from '../../src/feedback/values.js';

/** A column's labels as the caller collects them: normalised label → count. */
function column(...cells: string[]): Map<string, number> {
  const labels = new Map<string, number>();
  for (const cell of cells) {
    const rating = parseRating(cell);
    if (rating.kind !== 'label') throw new Error(`${cell} is not a label`);
    labels.set(rating.label, (labels.get(rating.label) ?? 0) + 1);
  }
  return labels;
}

function valuesOf(cells: string[]): (number | undefined)[] {
  const match = matchLabelSet(column(...cells));
  if (match.kind !== 'matched') throw new Error(`not matched: ${JSON.stringify(match)}`);
  return cells.map((cell) => match.mapping.get(normaliseLabel(cell)));
}

describe('normaliseLabel', () => {
  it.each([
    ['  Very   Satisfied ', 'very satisfied'],
    ['Très satisfait', 'tres satisfait'],
    ['TRES SATISFAIT.', 'tres satisfait'],
    ['Pas d’accord', "pas d'accord"],
    ['"Good"', 'good'],
    ['«Bien»', 'bien'],
    ['Excellent!!', 'excellent'],
    ['Äußerst zufrieden', 'außerst zufrieden'],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normaliseLabel(raw)).toBe(expected);
  });
});

describe('the label sets', () => {
  it('give each set its points 1..n, with no label at two points (checked when the table is built)', () => {
    for (const set of LABEL_SETS) {
      expect(new Set(set.mapping.values())).toEqual(new Set(Array.from({ length: set.points }, (_, index) => index + 1)));
    }
  });
});

describe('matchLabelSet', () => {
  it('places Horrible / Bad / OK / Good / Excellent 1–5 as a set: one of each has a mean of 3.00', () => {
    const cells = ['Horrible', 'Bad', 'OK', 'Good', 'Excellent'];
    const values = valuesOf(cells);
    expect(values).toEqual([1, 2, 3, 4, 5]);
    expect((values as number[]).reduce((sum, value) => sum + value, 0) / values.length).toBe(3);
    expect(matchLabelSet(column(...cells))).toMatchObject({ kind: 'matched', set: 'quality-5-excellent', family: 'quality', points: 5 });
  });

  it.each([
    // Satisfaction, in each language.
    [['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'], [1, 2, 3, 4, 5], 'satisfaction-5'],
    [
      [
        'Extremely dissatisfied',
        'Somewhat dissatisfied',
        'Neither satisfied nor dissatisfied',
        'Somewhat satisfied',
        'Extremely satisfied',
      ],
      [1, 2, 3, 4, 5],
      'satisfaction-5',
    ],
    [
      ['Très insatisfait', 'Plutôt insatisfait', 'Ni satisfait ni insatisfait', 'Plutôt satisfait', 'Très satisfait'],
      [1, 2, 3, 4, 5],
      'satisfaction-5',
    ],
    [['Sehr unzufrieden', 'Unzufrieden', 'Teils/teils', 'Zufrieden', 'Sehr zufrieden'], [1, 2, 3, 4, 5], 'satisfaction-5'],
    [
      ['Muy insatisfecho', 'Insatisfecho', 'Ni satisfecho ni insatisfecho', 'Satisfecho', 'Muy satisfecho'],
      [1, 2, 3, 4, 5],
      'satisfaction-5',
    ],
    [
      ['Molto insoddisfatto', 'Insoddisfatto', 'Né soddisfatto né insoddisfatto', 'Soddisfatto', 'Molto soddisfatto'],
      [1, 2, 3, 4, 5],
      'satisfaction-5',
    ],
    [['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'], [1, 2, 3, 4, 5], 'satisfaction-5'],
    [
      ['Muito insatisfeito', 'Insatisfeito', 'Nem satisfeito nem insatisfeito', 'Satisfeito', 'Muito satisfeito'],
      [1, 2, 3, 4, 5],
      'satisfaction-5',
    ],
    // Agreement: five points, and seven with the "somewhat" steps.
    [['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'], [1, 2, 3, 4, 5], 'agreement-5'],
    [['Strongly disagree', 'Somewhat disagree', 'Somewhat agree', 'Agree', 'Strongly agree'], [1, 3, 5, 6, 7], 'agreement-7'],
    [["Pas du tout d'accord", "Plutôt pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"], [1, 3, 5, 7], 'agreement-7'],
    [['Stimme gar nicht zu', 'Stimme nicht zu', 'Weder noch', 'Stimme zu', 'Stimme voll und ganz zu'], [1, 2, 3, 4, 5], 'agreement-5'],
    [
      ['Totalmente en desacuerdo', 'En desacuerdo', 'Ni de acuerdo ni en desacuerdo', 'De acuerdo', 'Totalmente de acuerdo'],
      [1, 2, 3, 4, 5],
      'agreement-5',
    ],
    [['Discordo totalmente', 'Discordo', 'Não concordo nem discordo', 'Concordo', 'Concordo totalmente'], [1, 2, 3, 4, 5], 'agreement-5'],
    [['Helemaal mee oneens', 'Mee oneens', 'Neutraal', 'Mee eens', 'Helemaal mee eens'], [1, 2, 3, 4, 5], 'agreement-5'],
    // The three common quality sets: "Fair" and "Very good" move with the set.
    [['Poor', 'Fair', 'Good', 'Very good', 'Excellent'], [1, 2, 3, 4, 5], 'quality-5-poor-excellent'],
    [['Very poor', 'Poor', 'Fair', 'Good', 'Very good'], [1, 2, 3, 4, 5], 'quality-5-very-good'],
    [['Very poor', 'Poor', 'Average', 'Good', 'Excellent'], [1, 2, 3, 4, 5], 'quality-5-excellent'],
    [['Terrible', 'Bad', 'Average', 'Good', 'Great'], [1, 2, 3, 4, 5], 'quality-5-excellent'],
    [['Très mauvais', 'Mauvais', 'Moyen', 'Bon', 'Très bon'], [1, 2, 3, 4, 5], 'quality-5-very-good'],
    [['Sehr schlecht', 'Schlecht', 'Mittelmäßig', 'Gut', 'Sehr gut'], [1, 2, 3, 4, 5], 'quality-5-very-good'],
    [['Schlecht', 'Mittelmäßig', 'Gut', 'Sehr gut', 'Ausgezeichnet'], [1, 2, 3, 4, 5], 'quality-5-poor-excellent'],
    [['Malo', 'Regular', 'Bueno', 'Muy bueno', 'Excelente'], [1, 2, 3, 4, 5], 'quality-5-poor-excellent'],
    [['Pessimo', 'Scarso', 'Discreto', 'Buono', 'Eccellente'], [1, 2, 3, 4, 5], 'quality-5-excellent'],
    [['Zeer slecht', 'Slecht', 'Redelijk', 'Goed', 'Zeer goed'], [1, 2, 3, 4, 5], 'quality-5-very-good'],
    [['Péssimo', 'Ruim', 'Regular', 'Bom', 'Excelente'], [1, 2, 3, 4, 5], 'quality-5-excellent'],
    // Likelihood and effort.
    [['Not at all likely', 'Unlikely', 'Neutral', 'Likely', 'Extremely likely'], [1, 2, 3, 4, 5], 'likelihood-5'],
    [['Très peu probable', 'Peu probable', 'Probable', 'Très probable'], [1, 2, 4, 5], 'likelihood-5'],
    [['Sehr unwahrscheinlich', 'Wahrscheinlich', 'Sehr wahrscheinlich'], [1, 4, 5], 'likelihood-5'],
    [['Muy improbable', 'Muy probable'], [1, 5], 'likelihood-5'],
    [['Very difficult', 'Difficult', 'Neither easy nor difficult', 'Easy', 'Very easy'], [1, 2, 3, 4, 5], 'effort-5'],
    [['Very difficult', 'Somewhat difficult', 'Somewhat easy', 'Very easy'], [1, 3, 5, 7], 'effort-7'],
    [
      ['Muy difícil', 'Difícil', 'Algo difícil', 'Ni fácil ni difícil', 'Algo fácil', 'Fácil', 'Muy fácil'],
      [1, 2, 3, 4, 5, 6, 7],
      'effort-7',
    ],
    [['Molto facile', 'Facile', 'Difficile'], undefined, undefined],
  ] as [string[], number[] | undefined, string | undefined][])('places %j', (cells, values, set) => {
    const match = matchLabelSet(column(...cells));
    if (values === undefined) {
      // Easy/difficult without a "somewhat" step could be the 5- or the 7-point scale.
      expect(match).toEqual({ kind: 'ambiguous', candidates: ['effort-5', 'effort-7'] });
      return;
    }
    expect(match).toMatchObject({ kind: 'matched', set });
    expect(valuesOf(cells)).toEqual(values);
  });

  it('will not guess between sets that give the labels different values', () => {
    // Good is 3 of "Poor … Excellent" and 4 of "Terrible … Excellent".
    expect(matchLabelSet(column('Good', 'Excellent'))).toEqual({
      kind: 'ambiguous',
      candidates: ['quality-5-excellent', 'quality-5-poor-excellent'],
    });
    expect(matchLabelSet(column('Agree', 'Strongly agree'))).toEqual({ kind: 'ambiguous', candidates: ['agreement-5', 'agreement-7'] });
  });

  it('takes sets that agree on every label', () => {
    // "Very poor … Very good" and "Terrible … Excellent" both read these 1–4.
    expect(valuesOf(['Very poor', 'Poor', 'Fair', 'Good'])).toEqual([1, 2, 3, 4]);
  });

  it('names the labels it cannot place', () => {
    expect(matchLabelSet(column('Very satisfied', 'Satisfied', 'Satisfied', 'Meh'))).toEqual({ kind: 'unplaced', unplaced: ['meh'] });
    expect(matchLabelSet(column('Very poor', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'))).toMatchObject({ kind: 'unplaced' });
    expect(matchLabelSet(column('Very satisfied', 'Very satisfied', 'Strongly agree'))).toEqual({
      kind: 'unplaced',
      unplaced: ['strongly agree'],
    });
    expect(matchLabelSet(column('Blue', 'Green', 'Green'))).toEqual({ kind: 'unplaced', unplaced: ['green', 'blue'] });
    expect(matchLabelSet(new Map())).toEqual({ kind: 'unplaced', unplaced: [] });
  });

  it('gives the same answer whatever the order of the labels and how often each occurs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LABEL_SETS).chain((set) => fc.shuffledSubarray([...set.mapping.keys()], { minLength: 1 })),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 60, maxLength: 60 }),
        (labels, counts) => {
          const forwards = matchLabelSet(new Map(labels.map((label, index) => [label, counts[index]!])));
          const backwards = matchLabelSet(
            new Map([...labels].reverse().map((label, index) => [label, counts[counts.length - 1 - index]!])),
          );
          if (forwards.kind === 'unplaced' && backwards.kind === 'unplaced')
            expect(new Set(forwards.unplaced)).toEqual(new Set(backwards.unplaced));
          else expect(forwards).toEqual(backwards);
        },
      ),
    );
  });

  it('places any part of a set with that set’s values, unless that part fills another scale, or says it cannot tell', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...LABEL_SETS)
          .chain((set) => fc.tuple(fc.constant(set), fc.shuffledSubarray([...set.mapping.keys()], { minLength: 1 }))),
        ([set, labels]) => {
          const match = matchLabelSet(new Map(labels.map((label) => [label, 1])));
          expect(match.kind).not.toBe('unplaced');
          if (match.kind !== 'matched') return;
          const sameValues = labels.every((label) => match.mapping.get(label) === set.mapping.get(label));
          const fillsItsScale = new Set(labels.map((label) => match.mapping.get(label))).size === match.points;
          // Another set may win only when every one of its points was answered: labels drawn from several
          // languages at once ("bien", "mauvais", "redelijk"…) can fill another five-point set exactly.
          expect(sameValues || fillsItsScale).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('parseLabelsOption and labelValues', () => {
  it('reads --labels', () => {
    expect(parseLabelsOption('Horrible=1,Bad=2,OK=3,Good=4,Excellent=5')).toEqual(
      new Map([
        ['horrible', 1],
        ['bad', 2],
        ['ok', 3],
        ['good', 4],
        ['excellent', 5],
      ]),
    );
    expect(parseLabelsOption(' Très bien = 4 ; "Niet tevreden, niet ontevreden"=3 ; Meh=2.5,')).toEqual(
      new Map([
        ['tres bien', 4],
        ['niet tevreden, niet ontevreden', 3],
        ['meh', 2.5],
      ]),
    );
  });

  it.each([
    ['Horrible=1,Bad', /"Bad" has no value/],
    ['Horrible=one', /"Horrible" is "one", not a number/],
    ['=3', /no label before it/],
    ['Good=4,good=5', /"good" is given two values \(4 and 5\)/],
    ['', /maps no label/],
    ['"Good=4', /quote is not closed/],
  ])('says what is wrong with %j in one sentence', (text, message) => {
    expect(() => parseLabelsOption(text)).toThrow(InputError);
    expect(() => parseLabelsOption(text)).toThrow(message);
  });

  it('checks a config file’s map the same way', () => {
    expect(labelValues(Object.entries({ Horrible: 1, OK: '3' }), 'labels in centricity.yaml')).toEqual(
      new Map([
        ['horrible', 1],
        ['ok', 3],
      ]),
    );
    expect(() => labelValues(Object.entries({ Horrible: true }), 'labels in centricity.yaml')).toThrow(
      /labels in centricity.yaml: the value of "Horrible" is true, not a number/,
    );
  });
});
