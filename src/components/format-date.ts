const MONTHS = [
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
] as const;

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/**
 * A date as British English writes it, in the browser's time zone, without `Intl`: the first
 * `toLocaleDateString` with options loads the locale's date data, 35–47 ms in one task on the 2-core
 * build machine (docs/decisions/0009-later-parts-never-urgent.md), and the print view renders a date
 * on every page load.
 *
 * @example formatLongDate(new Date(2026, 11, 6)) // '6 December 2026'
 */
export function formatLongDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}

/**
 * A date and time, short: the month's first three letters and a 24-hour clock; '' for an invalid date.
 *
 * @example formatDateTime(new Date(2026, 0, 5, 7, 4)) // '5 Jan 2026, 07:04'
 */
export function formatDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const month = (MONTHS[date.getMonth()] ?? '').slice(0, 3);
  return `${date.getDate()} ${month} ${date.getFullYear()}, ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}
