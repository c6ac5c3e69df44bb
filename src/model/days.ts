// The one implementation of day arithmetic: dates as day numbers (days since 1970-01-01 in the
// proleptic Gregorian calendar), never as local-time `Date`s. A local `Date` depends on the machine's
// zone: in a zone that skipped a day (Pacific/Kiritimati at the end of 1994, Pacific/Apia at the end of
// 2011) "the next day" of a local midnight can fall on the same date, and a loop stepping over weekends
// never ends. Integers have no zone, so the calendar, the activity periods and the duplicate analysis
// give the same bytes everywhere.

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
 *
 * @param year - The year.
 * @param month - 1–12.
 * @param day - 1–31.
 * @returns Days since 1 January 1970 (negative before).
 * @example
 * daysFromCivil(1970, 1, 2); // 1
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The day number of a `YYYY-MM-DD` date.
 *
 * @param iso - A date written `YYYY-MM-DD` (already validated).
 * @returns Days since 1 January 1970.
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

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * The `YYYY-MM-DD` date of a day number (H. Hinnant's `civil_from_days`; no `Date`, no zone).
 *
 * @param day - Days since 1 January 1970.
 * @returns The date written `YYYY-MM-DD`.
 * @example
 * isoOfDay(1); // "1970-01-02"
 */
export function isoOfDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(date)}`;
}

/**
 * The weekday of a day number: 0 is Sunday, 6 Saturday.
 *
 * @param day - Days since 1 January 1970.
 * @returns 0 (Sunday) to 6 (Saturday).
 * @example
 * weekdayOfDay(dayNumber("2027-05-10")); // 1 (a Monday)
 */
export function weekdayOfDay(day: number): number {
  // 1 January 1970 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/** Days in a month of a year (February by the Gregorian leap rule). */
export function daysInMonth(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}

/** A year (`YYYY`) or a date (`YYYY-MM-DD`) by shape alone: whether the date exists is not checked. */
export const YEAR_OR_DATE = /^\d{4}(?:-\d{2}-\d{2})?$/u;

/**
 * Day number of the first day of a year or date (`"2026"` → 1 January 2026), as activity periods open.
 *
 * @param value - `YYYY` or `YYYY-MM-DD` (already validated).
 * @returns Its day number; `NaN` for text of neither shape.
 * @example
 * isoOfDay(periodStartDay("2026")); // "2026-01-01"
 */
export function periodStartDay(value: string): number {
  return periodDay(value, 1, 1);
}

/**
 * Day number of the last day of a year or date (`"2026"` → 31 December 2026), as activity periods close.
 *
 * @param value - `YYYY` or `YYYY-MM-DD` (already validated).
 * @returns Its day number; `NaN` for text of neither shape.
 * @example
 * isoOfDay(periodEndDay("2026")); // "2026-12-31"
 */
export function periodEndDay(value: string): number {
  return periodDay(value, 12, 31);
}

/** Day number of a date, or of `month` and `day` in a bare year; `NaN` for text of neither shape. */
function periodDay(value: string, month: number, day: number): number {
  if (!YEAR_OR_DATE.test(value)) return Number.NaN;
  return value.length === 4 ? daysFromCivil(Number.parseInt(value, 10), month, day) : dayNumber(value);
}
