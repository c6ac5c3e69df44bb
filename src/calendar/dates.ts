import {
  dayNumber,
  daysFromCivil,
  daysInMonth,
  isoOfDay,
  type MondayRule,
  weekdayOfDay,
} from "../model/index.ts";

// Working-day arithmetic on day numbers (model/days.ts), never on local-time `Date`s: the results are
// the same in every time zone, and each loop ends because every step moves a whole day.

/** Holidays as day numbers, for `isWorkingDay` and the steps below. */
export function holidaySet(holidays: Iterable<string>): ReadonlySet<number> {
  const days = new Set<number>();
  for (const iso of holidays) days.add(dayNumber(iso));
  return days;
}

/** Whether a day is a working day: not Saturday or Sunday, and not one of `holidays`. */
export function isWorkingDay(day: number, holidays: ReadonlySet<number>): boolean {
  const weekday = weekdayOfDay(day);
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/** The day itself if it is a working day, else the next working day. */
export function nextWorkingDay(day: number, holidays: ReadonlySet<number>): number {
  let current = day;
  // Ends: at most `holidays.size` holidays and two weekend days in any run of non-working days.
  while (!isWorkingDay(current, holidays)) current += 1;
  return current;
}

/** The day itself if it is a working day, else the previous working day. */
export function previousWorkingDay(day: number, holidays: ReadonlySet<number>): number {
  let current = day;
  while (!isWorkingDay(current, holidays)) current -= 1;
  return current;
}

/** The `count`-th working day counting `start` (a working day) as the first. */
export function lastOfWorkingDays(start: number, count: number, holidays: ReadonlySet<number>): number {
  let day = start;
  for (let left = count - 1; left > 0; left--) day = nextWorkingDay(day + 1, holidays);
  return day;
}

/** The day number of the nth Monday of a month (or of its last Monday). */
export function nthMondayDay(year: number, rule: MondayRule): number {
  if (rule.nth === "last") {
    const last = daysFromCivil(year, rule.month, daysInMonth(year, rule.month));
    return last - ((weekdayOfDay(last) + 6) % 7);
  }
  const first = daysFromCivil(year, rule.month, 1);
  const firstMonday = first + ((8 - weekdayOfDay(first)) % 7);
  return firstMonday + 7 * (rule.nth - 1);
}

export { isoOfDay };
