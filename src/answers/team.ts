import { InputError } from '../errors.js';
import { formatList } from '../format.js';
import { type Answer, type Answers, type AnswerValue, DONT_KNOW, isScaleAnswer, type ScaleAnswer } from './types.js';

/** One person's answers: one answers file, or one row of a CSV of answers. */
export interface Respondent {
  /** The file's `respondent`, or where the answers came from when it names nobody (`b.yaml`, `team.csv line 3`). */
  name: string;
  /** Where the answers came from, for messages: a file, or a file and a line. */
  source: string;
  answers: Answers;
}

/** How a team answered one question, on the 1–5 scale. */
export interface AnswerStatistics {
  /** How many answered on the 1–5 scale. */
  answered: number;
  dontKnow: number;
  /** The middle answer on the scale; of two middle ones the lower, so that a split team is never rounded up. Null with no answer 1–5. */
  median: ScaleAnswer | null;
  lowest: ScaleAnswer | null;
  highest: ScaleAnswer | null;
  /** Highest minus lowest answer (0–4); null with fewer than two answers on the scale, where there is nothing to disagree about. */
  spread: number | null;
}

export function answerStatistics(values: readonly AnswerValue[]): AnswerStatistics {
  const numbers = values.filter(isScaleAnswer).sort((a, b) => a - b);
  const lowest = numbers[0] ?? null;
  const highest = numbers.at(-1) ?? null;
  return {
    answered: numbers.length,
    dontKnow: values.length - numbers.length,
    median: numbers[Math.floor((numbers.length - 1) / 2)] ?? null,
    lowest,
    highest,
    spread: numbers.length < 2 ? null : highest! - lowest!,
  };
}

/**
 * The team's answer to a question: "don't know" when more of them did not know than answered
 * 1–5 (if most cannot answer, the team does not know), else the median answer on the scale.
 */
export function teamAnswer(values: readonly AnswerValue[]): AnswerValue {
  const statistics = answerStatistics(values);
  return statistics.median === null || statistics.dontKnow > statistics.answered ? DONT_KNOW : statistics.median;
}

/**
 * Several people's answers as one team's: per question the team answer (see teamAnswer), every
 * response kept by name for the report to show or hide, and the notes without names, sorted by
 * their text, so that neither their order nor their author gives away who wrote them. The
 * result does not depend on the order of the respondents. One respondent's answers are returned
 * as they are. Two respondents with the same name (whatever its case and spacing) are refused:
 * one person counted twice would pull every median their way.
 */
export function mergeRespondents(respondents: readonly Respondent[]): Answers {
  if (respondents.length === 0) throw new InputError('no answers to score: name at least one answers file.');
  refuseDuplicates(respondents);
  if (respondents.length === 1) return respondents[0]!.answers;
  const people = [...respondents].sort((a, b) => compareText(a.name, b.name));
  const ids = [...new Set(people.flatMap((person) => Object.keys(person.answers.answers)))].sort(compareText);
  const answers: Record<string, Answer> = {};
  for (const id of ids) {
    const given = people.flatMap((person) => {
      const answer = person.answers.answers[id];
      return answer ? [{ respondent: person.name, answer: answer.answer, note: answer.note?.trim() }] : [];
    });
    const answer = teamAnswer(given.map((response) => response.answer));
    // A note backs the team's answer only when its writer answered on the same side: a 2's note is no evidence for a 4.
    const notesOf = (agrees: boolean) =>
      [
        ...new Set(
          given.flatMap((response) => (response.note && (sideOf(response.answer) === sideOf(answer)) === agrees ? [response.note] : [])),
        ),
      ]
        .sort(compareText)
        .join('; ');
    const [notes, otherNotes] = [notesOf(true), notesOf(false)];
    answers[id] = {
      answer,
      ...(notes && { note: notes }),
      ...(otherNotes && { otherNotes }),
      responses: given.map(({ respondent, answer }) => ({ respondent, answer })),
    };
  }
  const teams = [...new Set(people.flatMap((person) => (person.answers.team?.trim() ? [person.answers.team.trim()] : [])))];
  // The audit is as of the day its last answer was given.
  const date = people
    .flatMap((person) => (person.answers.date ? [person.answers.date] : []))
    .sort(compareText)
    .at(-1);
  // An action any respondent marks done is done for the team.
  const done = [...new Set(people.flatMap((person) => person.answers.done ?? []))].sort(compareText);
  return {
    schemaVersion: 1,
    ...(teams.length > 0 && { team: teams.sort(compareText).join(' / ') }),
    ...(done.length > 0 && { done }),
    respondent: `${people.length} respondents`,
    ...(date && { date }),
    status: people.every((person) => person.answers.status === 'complete') ? 'complete' : 'in-progress',
    answers,
  };
}

/** Which side of the scale an answer is on: claiming the practice (4–5), not (1–3), or not knowing. */
const sideOf = (answer: AnswerValue) => (answer === 'dont-know' ? 'unknown' : answer >= 4 ? 'high' : 'low');

/** The respondents' names, each once: the same set whatever the order of the files. */
export function respondentsOf(answers: Answers): string[] {
  const names = Object.values(answers.answers).flatMap((answer) => answer.responses?.map((response) => response.respondent) ?? []);
  return [...new Set(names)].sort(compareText);
}

function refuseDuplicates(respondents: readonly Respondent[]): void {
  const byName = new Map<string, Respondent[]>();
  for (const respondent of respondents) {
    const key = respondent.name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), respondent]);
  }
  const twice = [...byName.values()].find((same) => same.length > 1);
  if (twice) {
    const sources = formatList(twice.map((respondent) => respondent.source));
    throw new InputError(
      `${sources} ${twice.length === 2 ? 'both' : 'all'} answer as ${JSON.stringify(twice[0]!.name)}: ` +
        'each answers file is one person, so give each its own respondent line, or leave out the copy.',
    );
  }
}

/** A fixed order that does not depend on the machine's locale, so that the same files give the same report everywhere. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
