/** Calendar days as YYYY-MM-DD: today's, and whether a written day exists. */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Today where the user is, not in UTC: a report run at 00:30 in Paris or at 19:00 in New York is
 * dated the day on the user's calendar.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/**
 * Why `text` is not a day written YYYY-MM-DD, or null when it is one. Checked by hand because
 * Date.parse rolls 2026-02-30 over to 2 March instead of refusing it.
 */
export function whyNotADay(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return 'expected a date as YYYY-MM-DD, e.g. 2026-11-23';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return 'there is no year 0000; expected a date as YYYY-MM-DD, e.g. 2026-11-23';
  // Deadlines are counted from the date: past 9000 they would run into five-digit years.
  if (year > 9000)
    return `the year ${match[1]} is too far away to date a report or its deadlines; expected a date as YYYY-MM-DD, e.g. 2026-11-23`;
  if (month < 1 || month > 12) return `there is no month ${match[2]}; expected a date as YYYY-MM-DD, e.g. 2026-11-23`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days)
    return `${MONTH_NAMES[month - 1]} ${match[1]} has ${days} days; expected a date as YYYY-MM-DD, e.g. 2026-11-23`;
  return null;
}

/** The day `days` after an ISO day (YYYY-MM-DD), counted on the calendar, in UTC so that no clock change shifts it. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days of the week (0 Sunday … 6 Saturday) on which nobody is expected to deliver, and how far each is from Monday. */
const DAYS_TO_MONDAY: Readonly<Record<number, number>> = { 6: 2, 0: 1 };

/** The working day (Monday to Friday) on or after an ISO day: a due date that falls on a weekend moves to the Monday after. */
export function workingDayFrom(isoDate: string): string {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return addDays(isoDate, DAYS_TO_MONDAY[weekday] ?? 0);
}

/** The due date of something started on `isoDate` that takes `days`: that many days later, moved off a weekend. */
export function dueDate(isoDate: string, days: number): string {
  return workingDayFrom(addDays(isoDate, days));
}
