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
 * @param iso - A date written `YYYY-MM-DD` (already validated).
 * @returns Days since 1 January 1970 (negative before).
 * @throws Nothing: the caller validates the date.
 * @example
 * dayNumber("1970-01-02"); // 1
 */
export function dayNumber(iso: string): number {
  // Digits read by code point, inline (no helper closure): this runs for every date of every check.
  const year =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    (iso.charCodeAt(3) - 48);
  const month = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const day = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The `YYYY-MM-DD` date of a day number.
 *
 * @param day - Days since 1 January 1970.
 * @returns The date written `YYYY-MM-DD`.
 * @throws Nothing.
 * @example
 * isoOfDay(1); // "1970-01-02"
 */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The weekday of a day number: 0 is Sunday, 6 Saturday.
 *
 * @param day - Days since 1 January 1970.
 * @returns 0 (Sunday) to 6 (Saturday).
 * @throws Nothing.
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
 * @param iso - A date written `YYYY-MM-DD`.
 * @returns Whether it is a Saturday or a Sunday.
 * @throws Nothing.
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
 * @param iso - A date written `YYYY-MM-DD`.
 * @returns The day, month name and year.
 * @throws Nothing.
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
 * @param opens - First day, `YYYY-MM-DD`.
 * @param closes - Last day, `YYYY-MM-DD`.
 * @returns The span in words.
 * @throws Nothing.
 * @example
 * formatSpan("2027-05-10", "2027-05-14"); // "10–14 May 2027"
 * formatSpan("2027-04-28", "2027-05-02"); // "28 April–2 May 2027"
 */
export function formatSpan(opens: string, closes: string): string {
  if (opens === closes) return formatDay(opens);
  const [a, b] = [formatDay(opens), formatDay(closes)];
  if (opens.slice(0, 7) === closes.slice(0, 7)) return `${Number(opens.slice(8, 10))}–${b}`;
  if (opens.slice(0, 4) === closes.slice(0, 4)) return `${a.slice(0, -5)}–${b}`;
  return `${a}–${b}`;
}
