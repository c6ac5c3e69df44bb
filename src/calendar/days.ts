// Day arithmetic on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01, UTC), so checks
// over hundreds of sessions stay cheap and never depend on the machine's time zone.

const MS_PER_DAY = 86_400_000;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * The day number of a `YYYY-MM-DD` date: days since 1 January 1970.
 *
 * @example
 * dayNumber("1970-01-02"); // 1
 */
export function dayNumber(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * The `YYYY-MM-DD` date of a day number.
 *
 * @example
 * isoOfDay(1); // "1970-01-02"
 */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The weekday of a day number: 0 is Sunday, 6 Saturday.
 *
 * @example
 * weekdayOfDay(dayNumber("2027-05-10")); // 1 (a Monday)
 */
export function weekdayOfDay(day: number): number {
  // 1 January 1970 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Whether a `YYYY-MM-DD` date falls on a Saturday or Sunday.
 *
 * @example
 * isWeekendDay("2027-05-08"); // true
 */
export function isWeekendDay(iso: string): boolean {
  const weekday = weekdayOfDay(dayNumber(iso));
  return weekday === 0 || weekday === 6;
}

/**
 * A date in plain words, as messages print it.
 *
 * @example
 * formatDay("2027-05-10"); // "10 May 2027"
 */
export function formatDay(iso: string): string {
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  return `${Number(iso.slice(8, 10))} ${month} ${iso.slice(0, 4)}`;
}

/**
 * A span of days in plain words, sharing the month and year where they are the same.
 *
 * @example
 * formatSpan("2027-05-10", "2027-05-14"); // "10–14 May 2027"
 */
export function formatSpan(opens: string, closes: string): string {
  if (opens === closes) return formatDay(opens);
  const [a, b] = [formatDay(opens), formatDay(closes)];
  if (opens.slice(0, 7) === closes.slice(0, 7)) return `${Number(opens.slice(8, 10))}–${b}`;
  if (opens.slice(0, 4) === closes.slice(0, 4)) return `${a.slice(0, -5)} – ${b}`;
  return `${a} – ${b}`;
}
