import * as z from "zod/mini";
import { strictObject } from "./hints.ts";
import { IdSchema, IsoDateSchema, optionalList, TitleSchema } from "./ids.ts";

/** The kinds of meeting outside the Commission that its sessions should not clash with. */
export const ExternalEventKindSchema = z.enum(["wsis-forum", "ecosoc", "hlpf", "igf", "ga", "other"]);
export type ExternalEventKind = z.infer<typeof ExternalEventKindSchema>;

/**
 * A dated meeting outside the Commission (the WSIS Forum, an ECOSOC segment, the HLPF, the IGF, a
 * General Assembly meeting), given as plain data: nothing is looked up or read from the clock.
 * The WSIS Forum meets in Geneva, usually in May (reference/domain-facts.md §7); ECOSOC's substantive
 * session ran four weeks in July (§5b, §8).
 */
export const ExternalEventSchema = strictObject({
  id: IdSchema,
  title: TitleSchema,
  kind: z._default(ExternalEventKindSchema, "other"),
  opens: IsoDateSchema,
  /** Last day, included; the first day when omitted. */
  closes: z.optional(IsoDateSchema),
}).check(
  z.refine((event) => event.closes === undefined || event.closes >= event.opens, {
    message: "closes before it opens",
    path: ["closes"],
  }),
);
export type ExternalEventInput = z.input<typeof ExternalEventSchema>;
export type ExternalEvent = z.output<typeof ExternalEventSchema>;

/** The kinds of dated milestone in a programme's calendar, in the order a session's year meets them. */
export const MilestoneKindSchema = z.enum([
  "intersessional-panel",
  "consultation-opens",
  "inputs-due",
  "documents-due",
  "session",
  "high-level-segment",
  "report-to-ecosoc",
  "external-event",
]);
export type MilestoneKind = z.infer<typeof MilestoneKindSchema>;

/** What `sessionCalendar` takes besides the programme. */
export const SessionCalendarOptionsSchema = strictObject({
  /** Extra days no meeting is held, on top of the programme's own `calendar.holidays`. */
  holidays: optionalList(IsoDateSchema),
  /** Meetings outside the Commission to show beside its own (those that overlap the horizon). */
  externalEvents: optionalList(ExternalEventSchema),
  /** Only these kinds of milestone (all kinds when omitted). */
  kinds: z.optional(z.array(MilestoneKindSchema)),
});
export type SessionCalendarOptions = z.input<typeof SessionCalendarOptionsSchema>;
export type ResolvedSessionCalendarOptions = z.output<typeof SessionCalendarOptionsSchema>;
