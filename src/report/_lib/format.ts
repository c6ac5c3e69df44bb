import { addDays } from "date-fns";
import { toDate, toIso } from "../../calendar/index.ts";
import type { Cycle, Mandate, Phase, Programme, Session } from "../../model/index.ts";

// Wording shared by every reporter, so the Markdown, HTML, SVG, ICS and CSV say the same thing.

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

interface DayParts {
  readonly year: number;
  readonly month: string;
  readonly day: number;
}

function parts(iso: string): DayParts {
  return {
    year: Number(iso.slice(0, 4)),
    month: MONTHS[Number(iso.slice(5, 7)) - 1] ?? "?",
    day: Number(iso.slice(8, 10)),
  };
}

/** "10 May 2027" (UN style: day, month, year), read straight from `YYYY-MM-DD` with no time zone. */
export function formatDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${day} ${month} ${year}`;
}

/** "10–14 May 2027", "28 April–2 May 2027", "30 December 2026–2 January 2027", or one day. */
export function formatRange(opens: string, closes: string): string {
  if (opens === closes) return formatDate(opens);
  const a = parts(opens);
  const b = parts(closes);
  if (a.year !== b.year) return `${formatDate(opens)}–${formatDate(closes)}`;
  if (a.month !== b.month) return `${a.day} ${a.month}–${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

/** "10–14 May" (a range within one year, without the year), for compact layouts. */
export function formatShortRange(opens: string, closes: string): string {
  const a = parts(opens);
  const b = parts(closes);
  if (opens === closes) return `${a.day} ${a.month}`;
  if (a.month !== b.month) return `${a.day} ${a.month}–${b.day} ${b.month}`;
  return `${a.day}–${b.day} ${b.month}`;
}

/** The calendar day after `iso` (an all-day event's exclusive end). */
export function dayAfter(iso: string): string {
  return toIso(addDays(toDate(iso), 1));
}

/** "1st", "2nd", "3rd", "11th", "22nd", "30th". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
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

/** "WSIS follow-up", "Science, technology and innovation", "WSIS and STI". */
export function mandateLabel(mandate: Mandate): string {
  return MANDATES.get(mandate) ?? mandate;
}

/** "30th session" when the programme numbers its sessions, else "2027 session". */
export function sessionName(session: Session): string {
  return session.number === undefined ? `${session.year} session` : `${ordinal(session.number)} session`;
}

/** "2027–2028" (or "2027" for a one-year cycle). */
export function yearSpan(years: readonly number[]): string {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return "";
  return first === last ? String(first) : `${first}–${last}`;
}

/** "Cycle 1 (2027–2028)". */
export function cycleName(cycle: Cycle): string {
  return `Cycle ${cycle.index + 1} (${yearSpan(cycle.years)})`;
}

/** "2027–2036". */
export function horizon(programme: Programme): string {
  return programme.startYear === programme.endYear
    ? String(programme.startYear)
    : `${programme.startYear}–${programme.endYear}`;
}

/** 0.8312 → "83%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 theme", "2 themes". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
