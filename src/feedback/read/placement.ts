import { printable } from '../../printable.js';
import { type LabelFamily, matchLabelSet } from '../labels.js';
import type { ScaleId } from '../scale.js';
import type { ColumnProfile } from './profile.js';

/** How the answers in words of one rating column are read as numbers, and why. */
export interface LabelPlacement {
  /** The column, by 0-based index and header. */
  index: number;
  column: string;
  /** The known set the labels were matched to, or "--labels". */
  set: string;
  /** The scale the labels imply (a satisfaction set is CSAT); null when the numbers decide it. */
  scale: ScaleId | null;
  /** Normalised label → value. */
  values: [string, number][];
}

const SHOWN = 5;
const STRAY_SHARE = 0.01;

/**
 * Places a column's answers in words on one scale (null for a few stray words among numbers), as a set: "OK" is 3 between "Bad" and "Good"
 * but "Fair" is 2 under "Good"; a word is never read on its own. With `given` (--labels), those
 * values are used and every label must be among them. A column whose labels fit no set, or fit
 * several that number them differently, is a problem in one sentence, naming the labels and the option.
 */
export function placeLabels(
  index: number,
  column: string,
  profile: ColumnProfile,
  given: ReadonlyMap<string, number> | undefined,
  file: string,
): LabelPlacement | { problem: string } | null {
  const labels = [...profile.labels.keys()];
  const numbers = [...profile.ratings.keys()];
  const where = `${file}: the score column “${printable(column)}”`;
  // As first written, on one line: a label is the file's text, and a message is one sentence.
  const written = (label: string) => printable(profile.writtenLabels.get(label) ?? label);
  // The example numbers nothing: only the team knows the order of its own scale.
  const remedy =
    `give every label its number on your scale with --labels "${written(labels[0] ?? 'label')}=N,…" ` +
    '(or feedback.labels in the config), or name another column with --score-column';
  if (given) {
    const missing = labels.filter((label) => !given.has(label));
    if (missing.length > 0)
      return { problem: `${where} holds answers that --labels does not number: ${quoteList(missing.map(written))}; add them to --labels.` };
    return { index, column, set: '--labels', scale: null, values: byValue(labels.map((label) => [label, given.get(label)!])) };
  }
  const match = matchLabelSet(profile.labels);
  // A stray word among numbers ("Like" once in 10,000 ratings) is an unreadable answer, counted as such, not a scale.
  if (match.kind !== 'matched' && numbers.length > 0 && profile.labelCells < profile.filled * STRAY_SHARE) return null;
  if (match.kind === 'unplaced')
    return { problem: `${where} holds answers in words that fit no known scale: ${quoteList(match.unplaced.map(written))}; ${remedy}.` };
  if (match.kind === 'ambiguous') {
    return {
      problem:
        `${where} holds answers in words (${quoteList(labels.map(written))}) ` +
        `that fit several scales numbering them differently (${match.candidates.join(', ')}); ${remedy}.`,
    };
  }
  const numericMax = numbers.length > 0 ? Math.max(...numbers) : 0;
  if (numericMax > match.points) {
    // Numbers with words only at the ends ("0", "1"…"9", "Extremely likely"): the words are the scale's anchors.
    const low = numbers.includes(0) || numericMax === 10 ? 0 : 1;
    const middle = labels.filter((label) => ![1, match.points].includes(match.mapping.get(label)!));
    if (middle.length > 0)
      return {
        problem:
          `${where} mixes numbers with answers in words that are not the ends of its scale: ` +
          `${quoteList(middle.map(written))}; ${remedy}.`,
      };
    return {
      index,
      column,
      set: match.set,
      scale: null,
      values: byValue(labels.map((label) => [label, match.mapping.get(label) === 1 ? low : numericMax])),
    };
  }
  return {
    index,
    column,
    set: match.set,
    scale: scaleOfFamily(match.family, match.points, column),
    values: byValue(labels.map((label) => [label, match.mapping.get(label)!])),
  };
}

/** The scale a set of labels is: satisfaction on five points is CSAT, seven effort points are CES 2.0. */
function scaleOfFamily(family: LabelFamily, points: number, column: string): ScaleId | null {
  if (points === 5) return family === 'satisfaction' ? 'csat' : 'rating-1-5';
  if (points === 7) return family === 'effort' || /effort|easy|ease|facil|einfach/i.test(column) ? 'ces' : 'rating-1-7';
  return null;
}

function quoteList(labels: readonly string[]): string {
  const shown = labels.slice(0, SHOWN).map((label) => `“${label}”`);
  return shown.join(', ') + (labels.length > SHOWN ? ` and ${labels.length - SHOWN} more` : '');
}

/** Lowest value first, as a scale is read. */
function byValue(values: [string, number][]): [string, number][] {
  return values.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}
