// Activity dates as day numbers, from the one implementation in model/days.ts: a bare year covers the
// whole year, 1 January when it opens a period and 31 December when it closes one.
export {
  isoOfDay,
  periodEndDay as endDay,
  periodStartDay as startDay,
} from "../../model/index.ts";
