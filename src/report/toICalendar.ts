import * as z from "zod/mini";
import { CatalogueSchema, ISO_DATE_TIME, isoDate, type Programme } from "../model/index.ts";
import { foldIcsLine, icsText } from "./_lib/escapeIcs.ts";
import { dayAfter, sessionName } from "./_lib/format.ts";
import { parseInputs } from "./_lib/inputs.ts";
import { indexProgramme, scheduleOf } from "./_lib/schedule.ts";

// A DTSTAMP has a four-digit year.
const FIRST_INSTANT = Date.parse("0001-01-01T00:00:00Z");
const LAST_INSTANT = Date.parse("9999-12-31T23:59:59.999Z");

/**
 * A `Date` that holds a time, as `z.date()` checks it; `abort` makes its failure end the value's checks,
 * as `z.date()`'s does (zod's date type weighs 0.4 KB in a bundle, for this one option).
 */
const ValidDateSchema = z.custom<Date>((value) => value instanceof Date && !Number.isNaN(value.getTime()), {
  abort: true,
});

const ToICalendarOptionsSchema = z.strictObject({
  /** Where action lines resolve; `wsis` by default. */
  catalogue: z.optional(CatalogueSchema),
  /**
   * When this export was made (the programme's creation or last edit): a `Date`, `YYYY-MM-DD`, or
   * an ISO date-time with `Z` or an offset. It becomes every event's DTSTAMP (in UTC, to the
   * second) and, unless `sequence` is given, its SEQUENCE. Without it DTSTAMP is the Unix epoch, a
   * fixed instant in the past, so the same programme always gives the same text.
   */
  stamp: z.optional(
    z
      .union([ValidDateSchema, isoDate(), z.string().check(z.regex(ISO_DATE_TIME))])
      .check(
        z.refine(
          (value) =>
            !(value instanceof Date) || (value.getTime() >= FIRST_INSTANT && value.getTime() <= LAST_INSTANT),
          "Expected a valid Date in the years 1 to 9999",
        ),
      ),
  ),
  /**
   * The revision of every event (SEQUENCE): calendar clients replace an event they hold only by one
   * with a higher SEQUENCE. By default the whole minutes from the Unix epoch to `stamp` (0 without
   * one), so each later export outranks the one before.
   */
  sequence: z.optional(z.number().check(z.int(), z.gte(0), z.lte(2_147_483_647))),
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

/** The stamp's instant in milliseconds since the Unix epoch (a bare date is its midnight UTC). */
function instantOf(stamp: Date | string | undefined): number {
  if (stamp === undefined) return 0;
  if (stamp instanceof Date) return stamp.getTime();
  return Date.parse(stamp.length === 10 ? `${stamp}T00:00:00Z` : stamp);
}

/** `YYYYMMDDTHHMMSSZ`, in UTC, to the second. */
function icsInstant(millis: number): string {
  return `${new Date(millis).toISOString().slice(0, 19).replace(/[-:]/gu, "")}Z`;
}

/**
 * Exports a programme's dates as an iCalendar (RFC 5545) file: each session, high-level segment,
 * inter-sessional panel, consultation opening, input and document deadline, report to ECOSOC and
 * dated parallel event as an all-day event (DTEND the day after the last day), marked TENTATIVE.
 * UIDs derive from the programme title, the session year and the entry's kind, so a re-export
 * updates the same calendar entries. DTSTAMP and SEQUENCE come from `stamp` (when the export was
 * made), never the clock: pass the time of each export (`new Date()`) and a client that imported
 * an earlier one replaces its events, since the SEQUENCE grows; without it DTSTAMP is the Unix epoch
 * and SEQUENCE 0, and the text depends on the programme alone.
 *
 * Written by hand rather than with the `ics` package: `ics` folds lines at 75 characters, not 75
 * octets (a line of Arabic or emoji runs to several hundred octets), and lets a lone CR through
 * unescaped, which ends the content line early. Text goes through `icsText` and every line
 * through `foldIcsLine`.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param options - `catalogue` (default `wsis`); `stamp` to date the export; `sequence` to set SEQUENCE.
 * @returns The calendar, CRLF line ends, lines folded at 75 octets.
 * @throws {PlannerInputError} When the options or the programme are invalid.
 * @example
 * toICalendar(createProgramme(WSIS_DEFAULT_SPEC)).split("\r\n").slice(0, 2);
 * // ["BEGIN:VCALENDAR", "VERSION:2.0"]
 */
export function toICalendar(programme: Programme, options?: ToICalendarOptions): string {
  const { options: parsed, programme: valid } = parseInputs(ToICalendarOptionsSchema, programme, options);
  const index = indexProgramme(valid);
  const entries = scheduleOf(valid);
  const instant = instantOf(parsed.stamp);
  const stamp = icsInstant(instant);
  const sequence = parsed.sequence ?? Math.min(Math.max(0, Math.floor(instant / 60_000)), 2_147_483_647);
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
    const event = entry.kind === "event";
    const meeting = entry.kind === "session" || entry.kind === "high-level-segment" || event;
    const description = [
      `Programme: ${valid.title}`,
      ...(event ? [`Parallel event of the ${sessionName(session)}`] : []),
      ...(entry.organiser === undefined ? [] : [`Organised by ${entry.organiser}`]),
      ...(themes === "" || event ? [] : [`Themes: ${themes}`]),
    ].join("\n");
    const uid = `${entry.kind}-${session.year}${entry.eventId === undefined ? "" : `-${entry.eventId}`}-${key}@cstd-planner`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsText(uid)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
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
