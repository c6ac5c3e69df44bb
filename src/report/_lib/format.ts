import { dayNumber, formatDay, formatSpan, isoOfDay, ordinal } from "../../calendar/index.ts";

export { ordinal };

import type { Catalogue, Cycle, Mandate, Phase, Programme, Session } from "../../model/index.ts";

// Wording shared by every reporter, so the Markdown, HTML, SVG, ICS and CSV say the same thing.

/** "10 May 2027" (UN style: day, month, year), read straight from `YYYY-MM-DD` with no time zone. */
export const formatDate = formatDay;

/** "10–14 May 2027", "28 April–2 May 2027", "30 December 2026–2 January 2027", or one day. */
export const formatRange = formatSpan;

/** "10–14 May" (a range within one year, without the year), for compact layouts. */
export function formatShortRange(opens: string, closes: string): string {
  return formatSpan(opens, closes).replace(/ \d{4}$/u, "");
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
