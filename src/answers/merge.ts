import { isDeepStrictEqual } from 'node:util';
import type { Answers } from './types.js';

export interface MergedAnswers {
  answers: Answers;
  /** Question ids and fields whose value came from the other side: saved there, untouched here. */
  kept: string[];
  /** Question ids and fields both sides changed differently since `base`: this side's value won. */
  conflicts: string[];
}

const FIELDS = ['team', 'respondent', 'date', 'status'] as const;

/**
 * Merges the answers this process is about to save (`mine`) with those another process (or a
 * hand edit) saved to the same file since this process last read or wrote it (`theirs`);
 * `base` is that last read or write, null when there was no file. Question by question, and
 * field by field:
 * - changed on one side only: that side's value;
 * - changed on both sides, differently: this side's, the newer save (reported as a conflict,
 *   so that the caller keeps the other in a backup);
 * - present on one side only: kept. A save never removes an answer, even one the other side
 *   removed: an answer that comes back is a nuisance, a lost one cannot be recovered.
 */
export function mergeAnswers(base: Answers | null, mine: Answers, theirs: Answers): MergedAnswers {
  const kept: string[] = [];
  const conflicts: string[] = [];
  const pick = <T>(name: string, before: T | undefined, ours: T | undefined, other: T | undefined): T | undefined => {
    if (other === undefined || isDeepStrictEqual(ours, other)) return ours;
    if (ours === undefined || isDeepStrictEqual(ours, before)) {
      kept.push(name);
      return other;
    }
    if (!isDeepStrictEqual(other, before)) conflicts.push(name);
    return ours;
  };

  const answers: Answers['answers'] = {};
  for (const id of new Set([...Object.keys(mine.answers), ...Object.keys(theirs.answers)])) {
    const answer = pick(id, base?.answers[id], mine.answers[id], theirs.answers[id]);
    if (answer) answers[id] = answer;
  }
  const merged: Answers = { ...mine, answers };
  for (const field of FIELDS) {
    const value = pick(field, base?.[field], mine[field], theirs[field]);
    if (value !== undefined) Object.assign(merged, { [field]: value });
  }
  return { answers: merged, kept, conflicts };
}
