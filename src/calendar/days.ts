// Day arithmetic on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01, UTC), so checks
// over hundreds of sessions stay cheap and never depend on the machine's time zone.

import { dayNumber, isoOfDay, weekdayOfDay } from "../model/index.ts";

export { dayNumber, isoOfDay, weekdayOfDay };

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
