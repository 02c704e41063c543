import { parse } from 'csv-parse/sync';
import { whyNotADay } from '../calendar.js';
import { errorMessage, ValidationError } from '../errors.js';
import { closestId } from '../io/yaml.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { mergeRespondents, type Respondent } from './team.js';
import { type Answer, type Answers, type AnswerValue, DONT_KNOW } from './types.js';

const NOTE_SUFFIX = / note$/i;
const META = new Set(['respondent', 'team', 'date']);

/**
 * Reads answers collected in a spreadsheet or a form: one row per respondent, one column per
 * question id (1–5 or dont-know), optional "<id> note" columns, and optional respondent, team
 * and date columns. Several respondents are combined as several answers files are (see mergeRespondents).
 */
export function parseAnswersCsv(text: string, file: string, questionnaire: Questionnaire): Answers {
  return mergeRespondents(readAnswersCsv(text, file, questionnaire));
}

/** The respondents of a CSV of answers, one per row; a row without a respondent is named by its line. */
export function readAnswersCsv(text: string, file: string, questionnaire: Questionnaire): Respondent[] {
  const delimiter = [',', ';', '\t'].sort((a, b) => count(firstLine(text), b) - count(firstLine(text), a))[0]!;
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new ValidationError(file, [`not a readable CSV (${errorMessage(error)}).`]);
  }
  const [header, ...records] = rows;
  if (!header || records.length === 0)
    throw new ValidationError(file, [
      'expected a header row of question ids and one row per respondent (`centricity questions --format csv` lists the ids).',
    ]);
  const ids = questionnaire.questions.map((question) => question.id);
  const problems: string[] = [];
  const columns = header.map((name, index) => {
    const cell = name.trim();
    const id = cell.replace(NOTE_SUFFIX, '');
    if (META.has(cell.toLowerCase())) return { kind: 'meta' as const, name: cell.toLowerCase(), index };
    if (!ids.includes(id)) {
      const suggestion = closestId(id, ids);
      const hint = suggestion ? `; did you mean ${suggestion}?` : ' (nor respondent, team or date).';
      problems.push(`line 1, column ${index + 1}: ${JSON.stringify(cell)} is not a question id${hint}`);
    }
    return { kind: NOTE_SUFFIX.test(cell) ? ('note' as const) : ('answer' as const), name: id, index };
  });

  const respondents = records.map((record, row): Respondent => {
    const meta = (name: string) =>
      record[columns.find((column) => column.kind === 'meta' && column.name === name)?.index ?? -1]?.trim() || undefined;
    const source = `${file} line ${row + 2}`;
    const name = meta('respondent');
    const team = meta('team');
    const date = meta('date');
    const notADay = date === undefined ? null : whyNotADay(date);
    if (notADay) {
      const column = columns.find((candidate) => candidate.kind === 'meta' && candidate.name === 'date')!.index + 1;
      problems.push(`line ${row + 2}, column ${column} (date): ${notADay}, found ${JSON.stringify(date)}.`);
    }
    const answers: Record<string, Answer> = {};
    for (const column of columns) {
      if (column.kind !== 'answer') continue;
      const raw = record[column.index]?.trim() ?? '';
      if (raw === '') continue;
      const value = readAnswer(raw);
      if (value === null) {
        problems.push(
          `line ${row + 2}, column ${column.index + 1} (${column.name}): expected 1 to 5 or dont-know, found ${JSON.stringify(raw)}.`,
        );
        continue;
      }
      const note = record[columns.find((candidate) => candidate.kind === 'note' && candidate.name === column.name)?.index ?? -1]?.trim();
      answers[column.name] = { answer: value, ...(note && { note }) };
    }
    return {
      name: name ?? source,
      source,
      answers: {
        schemaVersion: 1,
        ...(team && { team }),
        ...(name && { respondent: name }),
        ...(date && { date }),
        status: 'complete',
        answers,
      },
    };
  });
  if (problems.length > 0) throw new ValidationError(file, problems);
  return respondents;
}

function readAnswer(raw: string): AnswerValue | null {
  const text = raw.toLowerCase().replace(/[’‘]/g, "'");
  if (/^[1-5]$/.test(text)) return Number(text) as AnswerValue;
  return ['dont-know', "don't know", 'dont know', 'unknown', 'dk', '?'].includes(text) ? DONT_KNOW : null;
}

function firstLine(text: string): string {
  return text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
