/** Rating scales as data: how a score is read, which answers count as happy and unhappy. */

export type ScaleId = 'nps' | 'csat' | 'stars' | 'rating-1-5' | 'ces' | 'rating-1-10' | 'rating-1-7';

export interface Scale {
  id: ScaleId;
  title: string;
  min: number;
  max: number;
  /** Answers from this value up count as happy: promoters, top-2-box, CES 5–7. */
  topFrom: number;
  /** Answers up to this value count as unhappy: detractors, bottom-2-box, CES 1–3. */
  bottomTo: number;
  /** Header words that point to this scale when the values fit more than one. */
  hint: RegExp;
}

/** In order of preference when the values fit several scales and no header says which. */
export const SCALES: readonly Scale[] = [
  {
    id: 'nps',
    title: 'NPS (0–10)',
    min: 0,
    max: 10,
    topFrom: 9,
    bottomTo: 6,
    hint: new RegExp(
      'nps|recommend|empfehl|recommand|recomend|recomiend|raccomand|consigl|aanbevel|aanraden|indicaria|' +
        'likely|probab|wahrscheinlich|waarschijnlijk',
      'i',
    ),
  },
  {
    id: 'stars',
    title: 'star rating (1–5)',
    min: 1,
    max: 5,
    topFrom: 4,
    bottomTo: 2,
    hint: /star|rating|review|étoile|stern|estrella|stell|bewertung|note/i,
  },
  { id: 'csat', title: 'CSAT (1–5)', min: 1, max: 5, topFrom: 4, bottomTo: 2, hint: /csat|satisf|zufrieden|satisfac|soddisf|tevreden/i },
  // Answers in words that are not satisfaction (quality, agreement, likelihood): never chosen from numbers alone.
  { id: 'rating-1-5', title: 'rating (1–5)', min: 1, max: 5, topFrom: 4, bottomTo: 2, hint: /$^/ },
  {
    id: 'ces',
    title: 'CES 2.0 (1–7)',
    min: 1,
    max: 7,
    topFrom: 5,
    bottomTo: 3,
    hint: /\bces\b|effort|\bease\b|easy|aufwand|esfuerzo|facil|einfach|gemakkelijk/i,
  },
  { id: 'rating-1-7', title: 'rating (1–7)', min: 1, max: 7, topFrom: 6, bottomTo: 2, hint: /$^/ },
  { id: 'rating-1-10', title: 'rating (1–10)', min: 1, max: 10, topFrom: 9, bottomTo: 6, hint: /$^/ },
];

export function scaleById(id: ScaleId): Scale {
  return SCALES.find((scale) => scale.id === id)!;
}

/** A range a header states: "(0-10)", "1–5", "from 1 to 7", "/10", "out of 5", "sur 10", "von 5". */
const STATED_RANGE = /\b(0|1)\s*(?:-|–|—|to|à|a|bis|tot)\s*(5|7|10)\b|(?:\/|out of|sur|von|de|su|van)\s*(5|7|10)\b/i;
/** A few stray answers outside a scale (a typo, a test row) do not change the scale; they are counted as out of range. */
const STRAY_SHARE = 0.01;
/** From this many answers, one outside a scale is a stray too, whatever its share. */
const ONE_STRAY_FROM = 20;

/**
 * The scale of a score column from all its answers and its header. A range the header states
 * decides. Otherwise a recommend question on 0–10 is NPS (even when nobody answered 0, and when
 * everybody answered 0); else the smallest standard scale that holds all but a stray 1% of the
 * answers, the header deciding between scales of the same range (CSAT or stars on 1–5). Null
 * when nothing fits.
 */
export function detectScale(counts: ReadonlyMap<number, number>, header: string): Scale | null {
  let total = 0;
  for (const count of counts.values()) total += count;
  if (total === 0) return null;
  const values = [...counts.keys()];
  const integers = values.every(Number.isInteger);
  const share = (min: number, max: number) => {
    let inside = 0;
    for (const [value, count] of counts) if (value >= min && value <= max) inside += count;
    return inside / total;
  };
  // One stray answer among a few dozen is as much a typo as 1% of thousands.
  const holds = (min: number, max: number) => {
    const outside = Math.round((1 - share(min, max)) * total);
    return outside <= total * STRAY_SHARE || (outside === 1 && total >= ONE_STRAY_FROM);
  };
  const hinted = (id: ScaleId) => scaleById(id).hint.test(header);
  const fiveOrStars = () => (hinted('csat') ? scaleById('csat') : scaleById('stars'));
  const sevenOrCes = () => (hinted('ces') ? scaleById('ces') : scaleById('rating-1-7'));

  const stated = STATED_RANGE.exec(header);
  if (stated) {
    const [min, max] = stated[1] ? [Number(stated[1]), Number(stated[2])] : [1, Number(stated[3])];
    if (max === 10) return min === 0 || hinted('nps') ? scaleById('nps') : scaleById('rating-1-10');
    return max === 5 ? fiveOrStars() : sevenOrCes();
  }
  if (hinted('nps') && integers && holds(0, 10) && (Math.max(...values) > 5 || Math.min(...values) === 0)) return scaleById('nps');
  if (holds(1, 5)) return fiveOrStars();
  if (!integers) return null;
  if (holds(1, 7)) return sevenOrCes();
  if (holds(1, 10) && !hinted('nps')) return scaleById('rating-1-10');
  return holds(0, 10) ? scaleById('nps') : null;
}

/** Why a column was read on a scale, in words, for the report: its values, and the header where it decided. */
export function scaleEvidence(counts: ReadonlyMap<number, number>, header: string, scale: Scale, labels?: { set: string }): string {
  const values = [...counts.keys()].filter((value) => value >= scale.min && value <= scale.max);
  let outside = 0;
  for (const [value, count] of counts) if (value < scale.min || value > scale.max) outside += count;
  const stray = outside > 0 ? ` (${outside.toLocaleString('en')} outside it counted as out of range)` : '';
  if (STATED_RANGE.test(header) && !labels) return `the header states its range, ${scale.min} to ${scale.max}${stray}`;
  const [lowest, highest] = [Math.min(...values), Math.max(...values)];
  const answers = labels
    ? `answers in words placed as a whole on the ${labels.set === '--labels' ? 'values given with --labels' : `${labels.set} label scale`}`
    : `${lowest === highest ? `every answer ${values[0]}` : `answers from ${lowest} to ${highest}`}${stray}`;
  if (scale.id === 'nps' && scale.hint.test(header)) return `${answers} to a question about recommending`;
  return scale.hint.test(header) ? `${answers}, and the header names it` : answers;
}
