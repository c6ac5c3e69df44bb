import { dayNumber, formatSpan, isoOfDay, ordinal } from "../../calendar/index.ts";
import type { Catalogue, Cycle, DateRange, Mandate, Phase, Programme, Session } from "../../model/index.ts";

// Wording shared by every reporter, so the Markdown, HTML, SVG, ICS and CSV say the same thing.
// From the calendar: `formatDate`, "10 May 2027" (UN style: day, month, year), read straight from
// `YYYY-MM-DD` with no time zone; and `formatRange`, "10–14 May 2027", "28 April–2 May 2027",
// "30 December 2026–2 January 2027", or one day.
export { formatDay as formatDate, formatSpan as formatRange, ordinal } from "../../calendar/index.ts";

/** `formatRange` of a span of days: a session, its high-level segment, a panel. */
export function formatDateRange(range: DateRange): string {
  return formatSpan(range.opens, range.closes);
}

/** "10–14 May" (a range within one year, without the year), for compact layouts. */
export function formatShortRange(range: DateRange): string {
  return formatDateRange(range).replace(/ \d{4}$/u, "");
}

/** The calendar day after `iso` (an all-day event's exclusive end). */
export function dayAfter(iso: string): string {
  return isoOfDay(dayNumber(iso) + 1);
}

const PHASES: ReadonlyMap<Phase, string> = new Map([
  ["review", "Review"],
  ["policy", "Policy"],
  ["combined", "Review and policy"],
]);

/** "Review", "Policy", "Review and policy". */
export function phaseLabel(phase: Phase): string {
  return PHASES.get(phase) ?? phase;
}

const MANDATES: ReadonlyMap<Mandate, string> = new Map([
  ["wsis", "WSIS follow-up"],
  ["sti", "Science, technology and innovation"],
  ["both", "WSIS and STI"],
]);

/**
 * "WSIS follow-up", "Science, technology and innovation", "WSIS and STI", or the label the
 * catalogue gives the mandate (issue 11: a CSD document names its clusters its own way).
 */
export function mandateLabel(mandate: Mandate, catalogue?: Pick<Catalogue, "mandates">): string {
  return (
    catalogue?.mandates?.find((entry) => entry.id === mandate)?.label ?? MANDATES.get(mandate) ?? mandate
  );
}

/** "30th session" when the programme numbers its sessions, else "2027 session". */
export function sessionName(session: Session): string {
  return `${session.number === undefined ? session.year : ordinal(session.number)} session`;
}

/** The text with its first letter in upper case ("30th session" stays as it is). */
export function capitalise(text: string): string {
  return text.replace(/^./u, (first) => first.toUpperCase());
}

/** "2027–2028" (or "2027" for a one-year cycle). */
export function yearSpan(years: readonly number[]): string {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return "";
  return first === last ? String(first) : `${first}–${last}`;
}

/** "1 (2027–2028)": a cycle's number and years. */
export function cycleNumber(cycle: Cycle): string {
  return `${cycle.index + 1} (${yearSpan(cycle.years)})`;
}

/** "Cycle 1 (2027–2028)". */
export function cycleName(cycle: Cycle): string {
  return `Cycle ${cycleNumber(cycle)}`;
}

/** "2027–2036". */
export function horizon(programme: Programme): string {
  return yearSpan([programme.startYear, programme.endYear]);
}

/** "5 cycles of 2 years". */
export function cyclesOfYears(programme: Programme): string {
  return `${count(programme.cycles.length, "cycle")} of ${count(programme.cycleLength, "year")}`;
}

/** 0.8312 → "83%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 theme", "2 themes". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
