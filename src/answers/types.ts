/** What a team said: the answers file, in memory. Its YAML form is documented in the README. */

export const DONT_KNOW = 'dont-know';
export type ScaleAnswer = 1 | 2 | 3 | 4 | 5;
export type AnswerValue = ScaleAnswer | typeof DONT_KNOW;

export interface Answer {
  answer: AnswerValue;
  /** Evidence behind the answer: a link, a document, a number. */
  note?: string;
  /** When several people answered (a CSV of answers), each one's answer; `answer` is their median. */
  responses?: { respondent: string; answer: AnswerValue }[];
  /**
   * When several people answered, the notes of those whose answer is on the other side of the team's
   * (1–3 against 4–5, or "don't know"): shown, never evidence for the team's answer. `note` holds the others'.
   */
  otherNotes?: string;
}

export type AnswersStatus = 'complete' | 'in-progress';

export interface Answers {
  schemaVersion: 1;
  team?: string;
  respondent?: string;
  /** When the answers were given, YYYY-MM-DD. */
  date?: string;
  status: AnswersStatus;
  /** Ids of the previous audit's actions the team has done since (see the README's History section). */
  done?: string[];
  /** Keyed by question id, in the questionnaire's order. */
  answers: Record<string, Answer>;
}

export function isScaleAnswer(value: AnswerValue | null | undefined): value is ScaleAnswer {
  return typeof value === 'number';
}
