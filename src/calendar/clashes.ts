import { compareText, type ExternalEvent } from "../model/index.ts";
import { dayNumber } from "./days.ts";

interface IndexedEvent {
  readonly event: ExternalEvent;
  readonly opens: number;
  readonly closes: number;
}

/** External events sorted by opening day, for overlap queries in logarithmic time. */
export interface EventIndex {
  readonly events: readonly IndexedEvent[];
  readonly longest: number;
}

/**
 * Indexes external events for `eventsOverlapping` (sorted by opening day, then id).
 *
 * @param events - Parsed external events.
 * @returns An index to query with `eventsOverlapping`.
 * @throws Nothing: the events are already validated.
 * @example
 * const index = indexEvents([{ id: "wsis-forum-2015", title: "WSIS Forum 2015", kind: "wsis-forum", opens: "2015-05-25", closes: "2015-05-29" }]);
 * eventsOverlapping(index, "2015-05-28", "2015-06-01").map((event) => event.id); // ["wsis-forum-2015"]
 */
export function indexEvents(events: readonly ExternalEvent[]): EventIndex {
  const indexed = events
    .map((event) => ({
      event,
      opens: dayNumber(event.opens),
      closes: dayNumber(event.closes ?? event.opens),
    }))
    .sort((a, b) => a.opens - b.opens || compareText(a.event.id, b.event.id));
  let longest = 0;
  for (const entry of indexed) longest = Math.max(longest, entry.closes - entry.opens);
  return { events: indexed, longest };
}

/**
 * The events that share at least one day with the span `opens`–`closes` (both included), in
 * opening order.
 *
 * @param index - From `indexEvents`.
 * @param opens - First day of the span, `YYYY-MM-DD`.
 * @param closes - Last day of the span, `YYYY-MM-DD`.
 * @returns The overlapping events (a new array).
 * @throws Nothing.
 * @example
 * eventsOverlapping(indexEvents([]), "2027-05-10", "2027-05-14"); // []
 */
export function eventsOverlapping(index: EventIndex, opens: string, closes: string): ExternalEvent[] {
  const from = dayNumber(opens);
  const to = dayNumber(closes);
  const events = index.events;
  // First event that could still be running on `from`: it opened no earlier than `from - longest`.
  let low = 0;
  let high = events.length;
  const earliest = from - index.longest;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((events[mid]?.opens ?? 0) < earliest) low = mid + 1;
    else high = mid;
  }
  const out: ExternalEvent[] = [];
  for (let i = low; i < events.length; i++) {
    const entry = events[i];
    if (entry === undefined || entry.opens > to) break;
    if (entry.closes >= from) out.push(entry.event);
  }
  return out;
}
