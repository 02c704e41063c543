/**
 * Labelled rating scales ("Very dissatisfied … Very satisfied"), recognised as whole sets.
 *
 * A label's value depends on its set: "Fair" is 2 in "Poor, Fair, Good, Very good, Excellent" and
 * 3 in "Very poor, Poor, Fair, Good, Very good". So a column is placed by all of its labels at
 * once, never one word at a time, and when the labels do not settle the set we say so.
 */
import { InputError } from '../errors.js';

export type LabelFamily = 'satisfaction' | 'agreement' | 'quality' | 'likelihood' | 'effort';

type Language = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt';

/** One set: for each language, one entry per point from the lowest (1) up; synonyms split by `|`. */
interface LabelSetSource {
  id: string;
  family: LabelFamily;
  /** Every language for the common sets; a set that only one language uses (German school grades) names that one. */
  labels: Readonly<Partial<Record<Language, readonly string[]>>>;
}

const SOURCES: readonly LabelSetSource[] = [
  {
    id: 'satisfaction-5',
    family: 'satisfaction',
    labels: {
      en: [
        'Very dissatisfied|Extremely dissatisfied|Very unsatisfied|Completely dissatisfied',
        'Dissatisfied|Somewhat dissatisfied|Unsatisfied',
        'Neither satisfied nor dissatisfied|Neutral',
        'Satisfied|Somewhat satisfied',
        'Very satisfied|Extremely satisfied|Completely satisfied',
      ],
      fr: [
        'Très insatisfait|Pas du tout satisfait|Très mécontent',
        'Insatisfait|Plutôt insatisfait|Peu satisfait|Pas satisfait|Mécontent',
        'Ni satisfait ni insatisfait|Neutre',
        'Satisfait|Plutôt satisfait|Assez satisfait',
        'Très satisfait|Tout à fait satisfait|Extrêmement satisfait',
      ],
      de: [
        'Sehr unzufrieden|Überhaupt nicht zufrieden|Äußerst unzufrieden',
        'Unzufrieden|Eher unzufrieden',
        'Weder zufrieden noch unzufrieden|Weder noch|Teils/teils|Teils teils|Neutral',
        'Zufrieden|Eher zufrieden',
        'Sehr zufrieden|Äußerst zufrieden|Vollkommen zufrieden',
      ],
      es: [
        'Muy insatisfecho|Nada satisfecho|Totalmente insatisfecho',
        'Insatisfecho|Algo insatisfecho|Poco satisfecho',
        'Ni satisfecho ni insatisfecho|Neutral|Neutro',
        'Satisfecho|Algo satisfecho',
        'Muy satisfecho|Totalmente satisfecho',
      ],
      it: [
        'Molto insoddisfatto|Per niente soddisfatto|Del tutto insoddisfatto',
        'Insoddisfatto|Poco soddisfatto',
        'Né soddisfatto né insoddisfatto|Neutrale',
        'Soddisfatto|Abbastanza soddisfatto',
        'Molto soddisfatto|Del tutto soddisfatto|Estremamente soddisfatto',
      ],
      nl: [
        'Zeer ontevreden|Heel ontevreden',
        'Ontevreden|Enigszins ontevreden',
        'Niet tevreden, niet ontevreden|Niet tevreden en niet ontevreden|Neutraal',
        'Tevreden|Enigszins tevreden',
        'Zeer tevreden|Heel tevreden',
      ],
      pt: [
        'Muito insatisfeito|Nada satisfeito|Totalmente insatisfeito',
        'Insatisfeito|Pouco satisfeito|Um pouco insatisfeito',
        'Nem satisfeito nem insatisfeito|Neutro',
        'Satisfeito|Um pouco satisfeito',
        'Muito satisfeito|Totalmente satisfeito',
      ],
    },
  },
  {
    id: 'agreement-5',
    family: 'agreement',
    labels: {
      en: [
        'Strongly disagree|Completely disagree',
        'Disagree',
        'Neither agree nor disagree|Neutral',
        'Agree',
        'Strongly agree|Completely agree',
      ],
      fr: [
        "Pas du tout d'accord|Tout à fait en désaccord|Fortement en désaccord",
        "Pas d'accord|En désaccord",
        "Ni d'accord ni pas d'accord|Ni d'accord ni en désaccord|Neutre",
        "D'accord",
        "Tout à fait d'accord|Fortement d'accord",
      ],
      de: [
        'Stimme überhaupt nicht zu|Stimme gar nicht zu',
        'Stimme nicht zu',
        'Weder noch|Teils/teils|Teils teils|Neutral',
        'Stimme zu',
        'Stimme voll und ganz zu|Stimme voll zu',
      ],
      es: [
        'Totalmente en desacuerdo|Muy en desacuerdo',
        'En desacuerdo',
        'Ni de acuerdo ni en desacuerdo|Neutral|Neutro',
        'De acuerdo',
        'Totalmente de acuerdo|Muy de acuerdo',
      ],
      it: [
        "Fortemente in disaccordo|Completamente in disaccordo|Per niente d'accordo",
        'In disaccordo',
        "Né d'accordo né in disaccordo|Neutrale",
        "D'accordo",
        "Fortemente d'accordo|Completamente d'accordo",
      ],
      nl: [
        'Helemaal mee oneens|Zeer mee oneens',
        'Mee oneens|Oneens',
        'Niet mee eens, niet mee oneens|Neutraal',
        'Mee eens|Eens',
        'Helemaal mee eens|Zeer mee eens',
      ],
      pt: [
        'Discordo totalmente|Discordo fortemente',
        'Discordo',
        'Não concordo nem discordo|Nem concordo nem discordo|Neutro',
        'Concordo',
        'Concordo totalmente|Concordo fortemente',
      ],
    },
  },
  {
    // The 5-point labels with "somewhat" between them; "plutôt" and "eher" are those in French and German.
    id: 'agreement-7',
    family: 'agreement',
    labels: {
      en: [
        'Strongly disagree|Completely disagree',
        'Disagree',
        'Somewhat disagree|Slightly disagree',
        'Neither agree nor disagree|Neutral',
        'Somewhat agree|Slightly agree',
        'Agree',
        'Strongly agree|Completely agree',
      ],
      fr: [
        "Pas du tout d'accord|Tout à fait en désaccord|Fortement en désaccord",
        "Pas d'accord|En désaccord",
        "Plutôt pas d'accord|Plutôt en désaccord",
        "Ni d'accord ni pas d'accord|Ni d'accord ni en désaccord|Neutre",
        "Plutôt d'accord",
        "D'accord",
        "Tout à fait d'accord|Fortement d'accord",
      ],
      de: [
        'Stimme überhaupt nicht zu|Stimme gar nicht zu',
        'Stimme nicht zu',
        'Stimme eher nicht zu',
        'Weder noch|Teils/teils|Teils teils|Neutral',
        'Stimme eher zu',
        'Stimme zu',
        'Stimme voll und ganz zu|Stimme voll zu',
      ],
      es: [
        'Totalmente en desacuerdo|Muy en desacuerdo',
        'En desacuerdo',
        'Algo en desacuerdo|Un poco en desacuerdo',
        'Ni de acuerdo ni en desacuerdo|Neutral|Neutro',
        'Algo de acuerdo|Un poco de acuerdo',
        'De acuerdo',
        'Totalmente de acuerdo|Muy de acuerdo',
      ],
      it: [
        "Fortemente in disaccordo|Completamente in disaccordo|Per niente d'accordo",
        'In disaccordo',
        'Parzialmente in disaccordo|Abbastanza in disaccordo',
        "Né d'accordo né in disaccordo|Neutrale",
        "Parzialmente d'accordo|Abbastanza d'accordo",
        "D'accordo",
        "Fortemente d'accordo|Completamente d'accordo",
      ],
      nl: [
        'Helemaal mee oneens|Zeer mee oneens',
        'Mee oneens|Oneens',
        'Enigszins mee oneens|Een beetje mee oneens',
        'Niet mee eens, niet mee oneens|Neutraal',
        'Enigszins mee eens|Een beetje mee eens',
        'Mee eens|Eens',
        'Helemaal mee eens|Zeer mee eens',
      ],
      pt: [
        'Discordo totalmente|Discordo fortemente',
        'Discordo',
        'Discordo parcialmente|Discordo um pouco',
        'Não concordo nem discordo|Nem concordo nem discordo|Neutro',
        'Concordo parcialmente|Concordo um pouco',
        'Concordo',
        'Concordo totalmente|Concordo fortemente',
      ],
    },
  },
  {
    // "Very poor, Poor, Fair, Good, Very good": Fair and OK are the middle.
    id: 'quality-5-very-good',
    family: 'quality',
    labels: {
      en: ['Very poor|Very bad', 'Poor|Bad', 'Fair|Average|OK|Okay', 'Good', 'Very good'],
      fr: [
        'Très mauvais|Très mauvaise',
        'Mauvais|Mauvaise',
        'Moyen|Moyenne|Passable|Correct|Correcte',
        'Bon|Bonne|Bien',
        'Très bon|Très bonne|Très bien',
      ],
      de: ['Sehr schlecht', 'Schlecht', 'Mittelmäßig|Durchschnittlich|Befriedigend|Okay|OK', 'Gut', 'Sehr gut'],
      es: ['Muy malo|Muy mala', 'Malo|Mala', 'Regular|Normal|Aceptable', 'Bueno|Buena', 'Muy bueno|Muy buena'],
      it: ['Molto scarso|Molto scarsa', 'Scarso|Scarsa', 'Sufficiente|Discreto|Nella media', 'Buono|Buona', 'Molto buono|Molto buona'],
      nl: ['Zeer slecht|Heel slecht', 'Slecht', 'Redelijk|Gemiddeld|Matig', 'Goed', 'Zeer goed|Heel goed'],
      pt: ['Muito ruim|Muito mau|Muito má', 'Ruim|Mau|Má', 'Regular|Razoável|Médio', 'Bom|Boa', 'Muito bom|Muito boa'],
    },
  },
  {
    // "Horrible, Bad, OK, Good, Excellent" and "Very poor, Poor, Average, Good, Excellent".
    id: 'quality-5-excellent',
    family: 'quality',
    labels: {
      en: ['Horrible|Terrible|Awful|Very poor|Very bad', 'Bad|Poor', 'OK|Okay|Average|Fair', 'Good', 'Excellent|Great'],
      fr: [
        'Horrible|Terrible|Très mauvais|Très mauvaise',
        'Mauvais|Mauvaise',
        'Moyen|Moyenne|Correct|Correcte|Passable',
        'Bon|Bonne|Bien',
        'Excellent|Excellente',
      ],
      de: [
        'Furchtbar|Schrecklich|Sehr schlecht',
        'Schlecht',
        'Okay|OK|Mittelmäßig|Durchschnittlich',
        'Gut',
        'Ausgezeichnet|Hervorragend|Exzellent',
      ],
      es: ['Horrible|Terrible|Pésimo|Pésima|Muy malo|Muy mala', 'Malo|Mala', 'Regular|Normal|Aceptable', 'Bueno|Buena', 'Excelente'],
      it: [
        'Orribile|Terribile|Pessimo|Pessima',
        'Scarso|Scarsa|Cattivo',
        'Sufficiente|Discreto|Nella media',
        'Buono|Buona',
        'Eccellente|Ottimo|Ottima',
      ],
      nl: ['Verschrikkelijk|Vreselijk|Zeer slecht|Heel slecht', 'Slecht', 'Oké|Redelijk|Gemiddeld', 'Goed', 'Uitstekend'],
      pt: ['Horrível|Terrível|Péssimo|Péssima|Muito ruim', 'Ruim|Mau|Má', 'Regular|Razoável|Médio', 'Bom|Boa', 'Excelente|Ótimo|Ótima'],
    },
  },
  {
    // "Poor, Fair, Good, Very good, Excellent": here Fair is 2 and Very good is 4.
    id: 'quality-5-poor-excellent',
    family: 'quality',
    labels: {
      en: ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'],
      fr: [
        'Mauvais|Mauvaise|Médiocre',
        'Passable|Moyen|Moyenne',
        'Bon|Bonne|Bien',
        'Très bon|Très bonne|Très bien',
        'Excellent|Excellente',
      ],
      de: ['Schlecht|Mangelhaft', 'Mittelmäßig|Ausreichend', 'Gut', 'Sehr gut', 'Ausgezeichnet|Hervorragend|Exzellent'],
      es: ['Malo|Mala', 'Regular', 'Bueno|Buena', 'Muy bueno|Muy buena', 'Excelente'],
      it: ['Scarso|Scarsa', 'Sufficiente|Discreto', 'Buono|Buona', 'Molto buono|Molto buona|Ottimo|Ottima', 'Eccellente'],
      nl: ['Slecht', 'Matig|Redelijk', 'Goed', 'Zeer goed|Heel goed', 'Uitstekend'],
      pt: ['Ruim|Mau|Má', 'Regular|Razoável', 'Bom|Boa', 'Muito bom|Muito boa|Ótimo|Ótima', 'Excelente'],
    },
  },
  // Unipolar scales, as Qualtrics offers them: "Not at all … Extremely", where "Very" is 4, not 5.
  {
    id: 'likelihood-5-unipolar',
    family: 'likelihood',
    labels: { en: ['Not at all likely', 'Slightly likely', 'Moderately likely', 'Very likely', 'Extremely likely'] },
  },
  {
    id: 'satisfaction-5-unipolar',
    family: 'satisfaction',
    labels: { en: ['Not at all satisfied', 'Slightly satisfied', 'Moderately satisfied', 'Very satisfied', 'Extremely satisfied'] },
  },
  // German school grades as a five-point quality scale ("ungenügend" has no place on it and is named if it occurs).
  {
    id: 'quality-5-grades',
    family: 'quality',
    labels: { de: ['Mangelhaft', 'Ausreichend', 'Befriedigend', 'Gut', 'Sehr gut'] },
  },
  {
    id: 'likelihood-5',
    family: 'likelihood',
    labels: {
      en: [
        'Very unlikely|Not at all likely|Extremely unlikely|Highly unlikely',
        'Unlikely|Somewhat unlikely',
        'Neither likely nor unlikely|Neutral|Unsure|Not sure',
        'Likely|Somewhat likely',
        'Very likely|Extremely likely|Highly likely',
      ],
      fr: [
        'Très peu probable|Pas du tout probable',
        'Peu probable|Improbable',
        'Ni probable ni improbable|Neutre',
        'Probable|Plutôt probable',
        'Très probable|Extrêmement probable',
      ],
      de: [
        'Sehr unwahrscheinlich|Überhaupt nicht wahrscheinlich',
        'Unwahrscheinlich|Eher unwahrscheinlich',
        'Weder wahrscheinlich noch unwahrscheinlich|Neutral',
        'Wahrscheinlich|Eher wahrscheinlich',
        'Sehr wahrscheinlich|Äußerst wahrscheinlich',
      ],
      es: [
        'Muy improbable|Nada probable',
        'Improbable|Poco probable',
        'Ni probable ni improbable|Neutral|Neutro',
        'Probable',
        'Muy probable|Extremadamente probable',
      ],
      it: [
        'Molto improbabile|Per niente probabile',
        'Improbabile|Poco probabile',
        'Né probabile né improbabile|Neutrale',
        'Probabile',
        'Molto probabile|Estremamente probabile',
      ],
      nl: [
        'Zeer onwaarschijnlijk|Helemaal niet waarschijnlijk',
        'Onwaarschijnlijk',
        'Niet waarschijnlijk, niet onwaarschijnlijk|Neutraal',
        'Waarschijnlijk',
        'Zeer waarschijnlijk|Heel waarschijnlijk',
      ],
      pt: [
        'Muito improvável|Nada provável',
        'Improvável|Pouco provável',
        'Nem provável nem improvável|Neutro',
        'Provável',
        'Muito provável|Extremamente provável',
      ],
    },
  },
  {
    id: 'effort-5',
    family: 'effort',
    labels: {
      en: ['Very difficult|Very hard', 'Difficult|Hard', 'Neither easy nor difficult|Neutral', 'Easy', 'Very easy'],
      fr: ['Très difficile', 'Difficile', 'Ni facile ni difficile|Neutre', 'Facile', 'Très facile'],
      de: [
        'Sehr schwierig|Sehr schwer',
        'Schwierig|Schwer',
        'Weder leicht noch schwer|Weder einfach noch schwierig|Neutral',
        'Leicht|Einfach',
        'Sehr leicht|Sehr einfach',
      ],
      es: ['Muy difícil', 'Difícil', 'Ni fácil ni difícil|Neutral|Neutro', 'Fácil', 'Muy fácil'],
      it: ['Molto difficile', 'Difficile', 'Né facile né difficile|Neutrale', 'Facile', 'Molto facile'],
      nl: [
        'Zeer moeilijk|Heel moeilijk',
        'Moeilijk',
        'Niet makkelijk, niet moeilijk|Neutraal',
        'Makkelijk|Gemakkelijk',
        'Zeer makkelijk|Heel makkelijk|Zeer gemakkelijk',
      ],
      pt: ['Muito difícil', 'Difícil', 'Nem fácil nem difícil|Neutro', 'Fácil', 'Muito fácil'],
    },
  },
  {
    // The customer effort scale with "somewhat" steps (the older CES labels).
    id: 'effort-7',
    family: 'effort',
    labels: {
      en: [
        'Very difficult|Very hard',
        'Difficult|Hard',
        'Somewhat difficult',
        'Neither easy nor difficult|Neutral',
        'Somewhat easy',
        'Easy',
        'Very easy',
      ],
      fr: ['Très difficile', 'Difficile', 'Plutôt difficile', 'Ni facile ni difficile|Neutre', 'Plutôt facile', 'Facile', 'Très facile'],
      de: [
        'Sehr schwierig|Sehr schwer',
        'Schwierig|Schwer',
        'Eher schwierig|Eher schwer',
        'Weder leicht noch schwer|Weder einfach noch schwierig|Neutral',
        'Eher leicht|Eher einfach',
        'Leicht|Einfach',
        'Sehr leicht|Sehr einfach',
      ],
      es: ['Muy difícil', 'Difícil', 'Algo difícil', 'Ni fácil ni difícil|Neutral|Neutro', 'Algo fácil', 'Fácil', 'Muy fácil'],
      it: [
        'Molto difficile',
        'Difficile',
        'Abbastanza difficile',
        'Né facile né difficile|Neutrale',
        'Abbastanza facile',
        'Facile',
        'Molto facile',
      ],
      nl: [
        'Zeer moeilijk|Heel moeilijk',
        'Moeilijk',
        'Enigszins moeilijk',
        'Niet makkelijk, niet moeilijk|Neutraal',
        'Enigszins makkelijk|Enigszins gemakkelijk',
        'Makkelijk|Gemakkelijk',
        'Zeer makkelijk|Heel makkelijk|Zeer gemakkelijk',
      ],
      pt: ['Muito difícil', 'Difícil', 'Um pouco difícil', 'Nem fácil nem difícil|Neutro', 'Um pouco fácil', 'Fácil', 'Muito fácil'],
    },
  },
];

/**
 * A label as it is compared: lower case, accents folded, curly quotes straightened, spaces
 * collapsed, trailing punctuation and enclosing quotes dropped. "  Très SATISFAIT. " and
 * "tres satisfait" are the same label.
 */
export function normaliseLabel(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[‘’ʼ`´]/g, "'")
      // Inclusive forms: "satisfait(e)", "satisfait·e", "satisfait.e" are "satisfait".
      .replace(/\((?:e|es|s)\)|[·.](?:e|es)\b/g, '')
      .replace(/[“”„«»]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^["']+|["']+$/g, '')
      .replace(/[\s.,;:!?…]+$/, '')
      .trim()
  );
}

export interface LabelSet {
  id: string;
  family: LabelFamily;
  points: number;
  /** Normalised label → value, 1 to `points`. */
  mapping: ReadonlyMap<string, number>;
}

function buildSet(source: LabelSetSource): LabelSet {
  const mapping = new Map<string, number>();
  let points = 0;
  for (const entries of Object.values(source.labels)) {
    points = Math.max(points, entries.length);
    entries.forEach((synonyms, index) => {
      for (const label of synonyms.split('|')) {
        const key = normaliseLabel(label);
        // The same word at two points of one set would make the set's reading depend on order.
        if ((mapping.get(key) ?? index + 1) !== index + 1) throw new Error(`label set ${source.id}: "${label}" is at two points`);
        mapping.set(key, index + 1);
      }
    });
  }
  return { id: source.id, family: source.family, points, mapping };
}

export const LABEL_SETS: readonly LabelSet[] = SOURCES.map(buildSet);

/** Every label of every set, to tell a column of scale labels from one of free text. */
const KNOWN = new Set(LABEL_SETS.flatMap((set) => [...set.mapping.keys()]));

/** Whether a normalised label belongs to any known set. */
export function isKnownLabel(label: string): boolean {
  return KNOWN.has(label);
}

export type LabelSetMatch =
  | { kind: 'matched'; set: string; family: LabelFamily; points: number; mapping: ReadonlyMap<string, number> }
  | { kind: 'unplaced'; unplaced: string[] }
  | { kind: 'ambiguous'; candidates: string[] };

/**
 * Places a column's labels (normalised label → how often it occurs) on one scale.
 *
 * Matched when one set holds every label, or when the sets that do agree on every label's
 * value and on the number of points. When they disagree, a set whose every point was answered
 * is taken over larger sets that would need points nobody chose ("Strongly disagree … Strongly
 * agree" with all five answers is the 5-point scale, not the 7-point one without its "Somewhat"
 * steps); otherwise the column is ambiguous. When no set holds every label, the labels outside
 * the set that holds most answers are named as unplaced.
 */
export function matchLabelSet(labels: ReadonlyMap<string, number>): LabelSetMatch {
  const observed = [...labels.keys()];
  if (observed.length === 0) return { kind: 'unplaced', unplaced: [] };
  const candidates = LABEL_SETS.filter((set) => observed.every((label) => set.mapping.has(label)));
  if (candidates.length === 0) return { kind: 'unplaced', unplaced: unplacedLabels(labels) };
  const [first] = candidates as [LabelSet, ...LabelSet[]];
  const agree = candidates.every(
    (set) => set.points === first.points && observed.every((label) => set.mapping.get(label) === first.mapping.get(label)),
  );
  if (agree) return matched(first);
  const complete = candidates.filter((set) => new Set(observed.map((label) => set.mapping.get(label))).size === set.points);
  if (complete.length === 1) return matched(complete[0]!);
  return { kind: 'ambiguous', candidates: candidates.map((set) => set.id) };
}

function matched(set: LabelSet): LabelSetMatch {
  return { kind: 'matched', set: set.id, family: set.family, points: set.points, mapping: set.mapping };
}

/** The labels outside the set that holds the most answers, the most frequent first. */
function unplacedLabels(labels: ReadonlyMap<string, number>): string[] {
  let best: LabelSet | undefined;
  let bestCovered = 0;
  for (const set of LABEL_SETS) {
    let covered = 0;
    for (const [label, count] of labels) if (set.mapping.has(label)) covered += count;
    if (covered > bestCovered) [best, bestCovered] = [set, covered];
  }
  return [...labels]
    .filter(([label]) => !best?.mapping.has(label))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([label]) => label);
}

/**
 * A user's own label values from `--labels "Horrible=1,Bad=2,OK=3"`, separated by commas or
 * semicolons; a label that holds a comma is quoted (`"Niet tevreden, niet ontevreden"=3`).
 * Throws InputError naming the part it cannot read.
 */
export function parseLabelsOption(text: string): ReadonlyMap<string, number> {
  const entries = splitOutsideQuotes(text).map((part): [string, string] => {
    const equals = part.lastIndexOf('=');
    if (equals === -1)
      throw new InputError(
        `--labels: ${JSON.stringify(part.trim())} has no value; write each label as Label=number, e.g. "Bad=1,OK=2,Good=3".`,
      );
    return [part.slice(0, equals), part.slice(equals + 1)];
  });
  return labelValues(entries, '--labels');
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    if (!quoted && (character === ',' || character === ';')) {
      parts.push(current);
      current = '';
    } else current += character;
  }
  if (quoted) throw new InputError(`--labels: a quote is not closed in ${JSON.stringify(text)}; quote a label as "Label, with comma"=3.`);
  parts.push(current);
  return parts.filter((part) => part.trim() !== '');
}

/**
 * Checks and normalises label → value pairs, from `--labels` or a config file's `labels:` map
 * (`where` names the source in the message): each label non-empty, each value a number, no
 * label given two values.
 */
export function labelValues(entries: Iterable<readonly [string, unknown]>, where: string): ReadonlyMap<string, number> {
  const mapping = new Map<string, number>();
  for (const [written, raw] of entries) {
    const label = written.trim();
    const key = normaliseLabel(label);
    if (key === '') throw new InputError(`${where}: a value ${JSON.stringify(String(raw))} has no label before it; write Label=number.`);
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value))
      throw new InputError(
        `${where}: the value of ${JSON.stringify(label)} is ${JSON.stringify(raw ?? '')}, not a number; give each label a number.`,
      );
    const earlier = mapping.get(key);
    if (earlier !== undefined && earlier !== value)
      throw new InputError(`${where}: ${JSON.stringify(label)} is given two values (${earlier} and ${value}); keep one.`);
    mapping.set(key, value);
  }
  if (mapping.size === 0) throw new InputError(`${where} maps no label; write e.g. "Bad=1,OK=2,Good=3".`);
  return mapping;
}
