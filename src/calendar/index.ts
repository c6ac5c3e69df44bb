export { type EventIndex, eventsOverlapping, indexEvents } from "./clashes.ts";
export {
  isWorkingDay,
  lastOfWorkingDays,
  nextWorkingDay,
  nthMonday,
  previousWorkingDay,
  toDate,
  toIso,
} from "./dates.ts";
export { dayNumber, formatDay, formatSpan, isoOfDay, isWeekendDay, weekdayOfDay } from "./days.ts";
export { type Milestone, ordinal, sessionCalendar, sessionLabel } from "./milestones.ts";
export { type SessionDates, sessionDates } from "./sessionDates.ts";
