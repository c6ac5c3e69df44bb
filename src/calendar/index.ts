export { type EventIndex, eventsOverlapping, indexEvents } from "./clashes.ts";
export {
  holidaySet,
  isWorkingDay,
  lastOfWorkingDays,
  nextWorkingDay,
  nthMondayDay,
  previousWorkingDay,
} from "./dates.ts";
export { dayNumber, formatDay, formatSpan, isoOfDay, weekdayOfDay } from "./days.ts";
export { type Milestone, ordinal, sessionCalendar, sessionLabel } from "./milestones.ts";
export { datesOfSession, nthMonday, type SessionDates, sessionDates } from "./sessionDates.ts";
