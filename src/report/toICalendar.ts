import * as z from "zod";
import { wsis } from "../catalogue/index.ts";
import { CatalogueSchema, type Programme, parseWith } from "../model/index.ts";
import { parseProgramme } from "../programme/index.ts";
import { foldIcsLine, icsText } from "./_lib/escapeIcs.ts";
import { dayAfter, sessionName } from "./_lib/format.ts";
import { indexProgramme, type ScheduleEntry, scheduleOf } from "./_lib/schedule.ts";

const ToICalendarOptionsSchema = z.strictObject({
  /** Where action lines resolve; `wsis` by default. */
  catalogue: CatalogueSchema.optional(),
  /**
   * The DTSTAMP of every event, as `YYYY-MM-DD` or a UTC `YYYY-MM-DDTHH:MM:SSZ`. By default the
   * programme's earliest date at midnight UTC, so the same programme always gives the same text.
   */
  stamp: z.union([z.iso.date(), z.iso.datetime({ offset: false, precision: 0 })]).optional(),
});

/** Options of `toICalendar`. */
export type ToICalendarOptions = z.input<typeof ToICalendarOptionsSchema>;

/** FNV-1a (32-bit) of the text's code points, in hex: a short, stable fingerprint for UIDs. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const compact = (iso: string): string => iso.replaceAll("-", "");

function stampOf(stamp: string | undefined, entries: readonly ScheduleEntry[]): string {
  if (stamp !== undefined && stamp.length > 10) return stamp.replace(/[-:]/gu, "");
  const day = stamp ?? entries.map((entry) => entry.opens).sort()[0] ?? "1990-01-01";
  return `${compact(day)}T000000Z`;
}

/**
 * Exports a programme's dates as an iCalendar (RFC 5545) file: each session, high-level segment,
 * inter-sessional panel, consultation opening, input and document deadline, report to ECOSOC and
 * dated parallel event as an all-day event (DTEND the day after the last day), marked TENTATIVE.
 * UIDs derive from the programme title, the session year and the entry's kind, so a re-export
 * updates the same calendar entries; DTSTAMP derives from the programme, never the clock.
 *
 * Written by hand rather than with the `ics` package: `ics` folds lines at 75 characters, not 75
 * octets (a line of Arabic or emoji runs to several hundred octets), and lets a lone CR through
 * unescaped, which ends the content line early. Text goes through `icsText` and every line
 * through `foldIcsLine`.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param options - `catalogue` (default `wsis`); `stamp` to set DTSTAMP.
 * @returns The calendar, CRLF line ends, lines folded at 75 octets.
 * @throws {PlannerInputError} When the options or the programme are invalid.
 * @example
 * toICalendar(createProgramme(WSIS_DEFAULT_SPEC)).split("\r\n").slice(0, 2);
 * // ["BEGIN:VCALENDAR", "VERSION:2.0"]
 */
export function toICalendar(programme: Programme, options?: ToICalendarOptions): string {
  const parsed = parseWith(ToICalendarOptionsSchema, options ?? {}, "options");
  const valid = parseProgramme(programme, parsed.catalogue ?? wsis);
  const index = indexProgramme(valid);
  const entries = scheduleOf(valid);
  const stamp = stampOf(parsed.stamp, entries);
  const key = fingerprint(valid.title);

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//cstd-planner//cstd-planner//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icsText(valid.title)}`,
  ];
  for (const entry of entries) {
    const { session } = entry;
    const themes = index
      .themesOf(session)
      .map((theme) => theme.title)
      .join("; ");
    const meeting = entry.kind === "session" || entry.kind === "high-level-segment" || entry.kind === "event";
    const description = [
      `Programme: ${valid.title}`,
      ...(entry.kind === "event" ? [`Parallel event of the ${sessionName(session)}`] : []),
      ...(entry.organiser === undefined ? [] : [`Organised by ${entry.organiser}`]),
      ...(themes === "" || entry.kind === "event" ? [] : [`Themes: ${themes}`]),
    ].join("\n");
    const uid = `${entry.kind}-${session.year}${entry.eventId === undefined ? "" : `-${entry.eventId}`}-${key}@cstd-planner`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsText(uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(entry.opens)}`,
      `DTEND;VALUE=DATE:${compact(dayAfter(entry.closes))}`,
      `SUMMARY:${icsText(entry.eventTitle ?? entry.label)}`,
      `DESCRIPTION:${icsText(description)}`,
      ...(meeting ? [`LOCATION:${icsText(session.venue)}`] : []),
      `CATEGORIES:${icsText(entry.kind)}`,
      "STATUS:TENTATIVE",
      `TRANSP:${meeting || entry.kind === "panel" ? "OPAQUE" : "TRANSPARENT"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join("");
}
