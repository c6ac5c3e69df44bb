import { addDays, isWeekend, lastDayOfMonth, subDays } from "date-fns";
import type { MondayRule } from "../model/index.ts";

/** Parses a `YYYY-MM-DD` string as a local calendar date (no time zone arithmetic involved). */
export function toDate(iso: string): Date {
  // Hand-parsed: date-fns's parseISO handles times and zones we never have, at ten times the cost.
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Formats a calendar date as `YYYY-MM-DD`. */
export function toIso(date: Date): string {
  // Hand-formatted: date-fns's format parses its pattern on every call; this runs per session day.
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${String(date.getFullYear()).padStart(4, "0")}-${month}-${day}`;
}

/** Whether a date is a working day: not Saturday or Sunday, and not one of `holidays`. */
export function isWorkingDay(date: Date, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !holidays.has(toIso(date));
}

/** The date itself if it is a working day, else the next working day. */
export function nextWorkingDay(date: Date, holidays: ReadonlySet<string>): Date {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}

/** The date itself if it is a working day, else the previous working day. */
export function previousWorkingDay(date: Date, holidays: ReadonlySet<string>): Date {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = subDays(day, 1);
  return day;
}

/** The `count`-th working day counting `start` (a working day) as the first. */
export function lastOfWorkingDays(start: Date, count: number, holidays: ReadonlySet<string>): Date {
  let day = start;
  for (let left = count - 1; left > 0; left--) day = nextWorkingDay(addDays(day, 1), holidays);
  return day;
}

/**
 * The nth Monday of a month (or its last Monday).
 *
 * @example
 * toIso(nthMonday(2027, { month: 5, nth: 2 })); // "2027-05-10"
 */
export function nthMonday(year: number, rule: MondayRule): Date {
  if (rule.nth === "last") {
    const last = lastDayOfMonth(new Date(year, rule.month - 1, 1));
    return subDays(last, (last.getDay() + 6) % 7);
  }
  const first = new Date(year, rule.month - 1, 1);
  const firstMonday = addDays(first, (8 - first.getDay()) % 7);
  return addDays(firstMonday, 7 * (rule.nth - 1));
}
