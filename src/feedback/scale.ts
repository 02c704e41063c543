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
    hint: /nps|recommend|empfehl|recommand|recomend|recomiend|raccomand|consigl|aanbevel|aanraden|indicaria|likely|probab|wahrscheinlich|waarschijnlijk/i,
  },
  { id: 'stars', title: 'star rating (1–5)', min: 1, max: 5, topFrom: 4, bottomTo: 2, hint: /star|rating|review|étoile|stern|estrella|stell|bewertung|note/i },
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

/**
 * The scale of a score column from its values and its header: the smallest standard scale that
 * holds the values, with the header deciding between scales of the same range (CSAT or stars on
 * 1–5; a recommend question read as NPS even when nobody answered 0). Null when nothing fits.
 */
export function detectScale(values: { min: number; max: number; integers: boolean }, header: string): Scale | null {
  const fits = (scale: Scale) => values.min >= scale.min && values.max <= scale.max && (values.integers || scale.max === 5);
  const npsHeader = scaleById('nps').hint.test(header);
  if (npsHeader && values.min >= 0 && values.max <= 10 && values.max > 5 && values.integers) return scaleById('nps');
  if (values.max <= 5 && values.min >= 1) {
    return scaleById('csat').hint.test(header) ? scaleById('csat') : scaleById('stars');
  }
  if (values.max <= 7 && values.min >= 1 && values.max > 5 && values.integers) {
    return scaleById('ces').hint.test(header) ? scaleById('ces') : scaleById('rating-1-7');
  }
  if (values.min >= 1 && values.max <= 10 && !npsHeader && values.integers) return scaleById('rating-1-10');
  return SCALES.find(fits) ?? null;
}

/** Why a column was read on a scale, in words, for the report: its values, and the header where it decided. */
export function scaleEvidence(values: { min: number; max: number }, header: string, scale: Scale, labels?: { set: string }): string {
  const answers = labels
    ? `answers in words placed as a whole on the ${labels.set === '--labels' ? 'values given with --labels' : `${labels.set} label scale`}`
    : `answers from ${values.min} to ${values.max}`;
  if (scale.id === 'nps' && scale.hint.test(header)) return `${answers} to a question about recommending`;
  return scale.hint.test(header) ? `${answers}, and the header names it` : answers;
}
