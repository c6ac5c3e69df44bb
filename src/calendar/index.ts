export {
  isWorkingDay,
  lastOfWorkingDays,
  nextWorkingDay,
  nthMonday,
  previousWorkingDay,
  toDate,
  toIso,
} from "./dates.ts";
export { type SessionDates, sessionDates } from "./sessionDates.ts";
