import { addDays, format, isWeekend, lastDayOfMonth, parseISO, subDays } from "date-fns";
import type { MondayRule } from "../model/index.ts";

/** Parses a `YYYY-MM-DD` string as a local calendar date (no time zone arithmetic involved). */
export function toDate(iso: string): Date {
  return parseISO(iso);
}

/** Formats a calendar date as `YYYY-MM-DD`. */
export function toIso(date: Date): string {
  return format(date, "yyyy-MM-dd");
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
