/**
 * How numbers read in everything centricity writes: one place for signs, thousands, rounding,
 * percentages and money, used by the views' code and by the Handlebars helpers alike. Pure and
 * dependency-free, so that any layer may use it.
 */

/** Shown where a figure does not exist (nothing answered, too few to read). */
export const NOT_AVAILABLE = 'n/a';

/** A figure rounded to one decimal: 22.14 → 22.1. Keeps -0 out of the output. */
export function round1(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** A 0–100 score as the report shows it: a whole number, or "n/a". */
export function formatScore(value: number | null | undefined): string {
  return typeof value === 'number' ? String(Math.round(value)) : NOT_AVAILABLE;
}

/** A count with thousands separators: 23,486. */
export function formatCount(value: number | null | undefined): string {
  return typeof value === 'number' ? value.toLocaleString('en-GB') : NOT_AVAILABLE;
}

/** A difference or an NPS with its sign and a true minus: "+12.5", "−3", "0". */
export function formatSigned(value: number | null | undefined): string {
  if (typeof value !== 'number') return NOT_AVAILABLE;
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}

/** A percentage already on 0–100: "12.5%". */
export function formatPercent(value: number | null | undefined): string {
  return typeof value === 'number' ? `${round1(value)}%` : NOT_AVAILABLE;
}

/** A share on 0–1 as a percentage: 0.6 → "60%". */
export function formatShare(share: number | null | undefined): string {
  return typeof share === 'number' ? formatPercent(share * 100) : NOT_AVAILABLE;
}

/**
 * An amount with its currency symbol and separators, a refund with a minus: "£1,200", "−£35",
 * and pence or cents when it has them: "£229.50", never "£229.5".
 */
export function formatMoney(value: number | null | undefined, currency = ''): string {
  if (typeof value !== 'number') return NOT_AVAILABLE;
  const cents = Math.round(Math.abs(value) * 100);
  const digits = cents % 100 === 0 ? 0 : 2;
  const amount = (cents / 100).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${value < 0 && cents > 0 ? '−' : ''}${currency}${amount}`;
}

/** "1 answer" / "3 answers": the count with separators and the word agreeing with it ("1 reply" / "2 replies" with `plural`). */
export function formatPlural(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
export function formatList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** A figure in a data file (CSV) for spreadsheets and scripts: plain digits and a decimal point, no separator; '' when there is none. */
export function formatData(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value === 0 ? 0 : value) : '';
}

/** A time to wait, as coarse as an estimate deserves: "1 s", "45 s", "3 min", "1 h 5 min". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
