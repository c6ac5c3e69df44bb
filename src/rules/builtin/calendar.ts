import {
  dayNumber,
  eventsOverlapping,
  formatDay,
  formatSpan,
  indexEvents,
  isoOfDay,
  weekdayOfDay,
} from "../../calendar/index.ts";
import { appendTo, type ExternalEvent, type Programme, type Session } from "../../model/index.ts";
import { builtinRule } from "../_lib/builtinRule.ts";
import { REFS } from "../_lib/refs.ts";
import { capital, weekdayName, weeksAndDays } from "../_lib/words.ts";
import type { Rule, RuleContext, RuleParams, Violation } from "../types.ts";

// The meetings whose ends fall on working days (the session itself under ""), and their ends.
const MEETINGS = ["", "highLevelSegmentDates", "intersessionalPanel"] as const;
const ENDS = ["opens", "closes"] as const;

/** "The 30th session (2027)", "The high-level segment of the 30th session (2027)", "The inter-sessional panel before …". */
function meetingWords(meeting: (typeof MEETINGS)[number], session: Session, context: RuleContext): string {
  const label = context.session(session);
  if (meeting === "highLevelSegmentDates") return `The high-level segment of ${label}`;
  return meeting === "" ? capital(label) : `The inter-sessional panel before ${label}`;
}

/** A violation about one session (its year), at `sessions[index]` and then `at`. */
function ofSession(session: Session, index: number, message: string, ...at: string[]): Violation {
  return { message, path: ["sessions", index, ...at], involves: { years: [session.year] } };
}

/**
 * Rule `calendar.working-days` (hard): sessions, high-level segments and inter-sessional panels open
 * and close on working days, not on the programme's holidays or the extra `holidays`; and no extra
 * holiday falls on a weekday inside a session (the programme was dated without it).
 *
 * @example
 * // "The 30th session (2027) opens on Saturday 8 May 2027, not a working day."
 */
export const calendarWorkingDays: Rule = builtinRule("hard", 1, {
  id: "calendar.working-days",
  description: "Meetings open and close on working days, and no holiday falls inside a session.",
  refs: [REFS.sessionLength],
  inputs: ["dates"],
  *check(programme, params, context) {
    const holidays = new Set([...programme.calendar.holidays, ...params.holidays]);
    const own = new Set(programme.calendar.holidays);
    const extraByYear = new Map<string, number[]>();
    for (const iso of params.holidays)
      if (!own.has(iso)) appendTo(extraByYear, iso.slice(0, 4), dayNumber(iso));
    /** Why `iso` is no working day, or undefined when it is one. */
    const offDay = (iso: string): string | undefined => {
      const weekday = weekdayOfDay(dayNumber(iso));
      if (weekday === 0 || weekday === 6)
        return `on ${weekdayName(weekday)} ${formatDay(iso)}, not a working day`;
      return holidays.has(iso) ? `on ${weekdayName(weekday)} ${formatDay(iso)}, a holiday` : undefined;
    };
    const sessions = programme.sessions;
    for (let index = 0; index < sessions.length; index++) {
      const session = sessions[index] as Session;
      for (const key of MEETINGS) {
        const span = key === "" ? session : session[key];
        if (span === undefined) continue;
        for (const end of ENDS) {
          const why = offDay(span[end]);
          if (why === undefined) continue;
          const message = `${meetingWords(key, session, context)} ${end} ${why}.`;
          yield key === ""
            ? ofSession(session, index, message, end)
            : ofSession(session, index, message, key, end);
        }
      }
      if (extraByYear.size === 0) continue;
      const from = dayNumber(session.opens);
      const to = dayNumber(session.closes);
      for (const year of new Set([session.opens.slice(0, 4), session.closes.slice(0, 4)])) {
        for (const day of extraByYear.get(year) ?? []) {
          const weekday = weekdayOfDay(day);
          if (day <= from || day >= to || weekday === 0 || weekday === 6) continue;
          yield ofSession(
            session,
            index,
            `${meetingWords("", session, context)} would meet on ${weekdayName(weekday)} ${formatDay(isoOfDay(day))}, a holiday (it runs ${formatSpan(session.opens, session.closes)}).`,
            "opens",
          );
        }
      }
    }
  },
});

/**
 * Rule `calendar.documents-deadline` (hard): pre-session documents are due at least
 * `minDocumentWeeks` (six) weeks before the session opens, the UN's six-week rule.
 *
 * @example
 * // "Pre-session documents for the 2027 session are due on 5 April 2027, 5 weeks before it opens on 10 May 2027; the six-week rule asks for at least 6 weeks."
 */
export const calendarDocumentsDeadline: Rule = builtinRule("hard", 1, {
  id: "calendar.documents-deadline",
  description: "Pre-session documents are due at least six weeks before the session opens.",
  refs: [REFS.sixWeeks],
  inputs: ["dates"],
  *check(programme, params, context) {
    const weeks = params.minDocumentWeeks;
    for (const [index, session] of programme.sessions.entries()) {
      const due = session.deadlines.documents;
      const lead = dayNumber(session.opens) - dayNumber(due);
      if (lead >= weeks * 7) continue;
      const rule =
        weeks === 6 ? "the six-week rule asks for at least 6 weeks" : `at least ${weeks} weeks are needed`;
      yield ofSession(
        session,
        index,
        `Pre-session documents for ${context.session(session)} are due on ${formatDay(due)}, ${weeksAndDays(lead)} ${lead < 0 ? "after" : "before"} it opens on ${formatDay(session.opens)}; ${rule}.`,
        "deadlines",
        "documents",
      );
    }
  },
});

/**
 * Rule `calendar.inputs-before-documents` (hard): the open consultation opens before the stakeholder
 * inputs are due, and the inputs are due before the documents, so the documents can reflect them.
 *
 * @example
 * // "Stakeholder inputs for the 2027 session are due on 5 April 2027, not before the documents deadline of 29 March 2027."
 */
export const calendarInputsBeforeDocuments: Rule = builtinRule("hard", 1, {
  id: "calendar.inputs-before-documents",
  description: "The consultation opens before inputs are due, and inputs are due before the documents.",
  refs: [REFS.portal],
  inputs: ["dates"],
  *check(programme, _params, context) {
    const sessions = programme.sessions;
    for (let index = 0; index < sessions.length; index++) {
      const session = sessions[index] as Session;
      const { consultationOpens, inputs, documents } = session.deadlines;
      if (consultationOpens >= inputs) {
        yield ofSession(
          session,
          index,
          `The consultation for ${context.session(session)} opens on ${formatDay(consultationOpens)}, not before its inputs deadline of ${formatDay(inputs)}.`,
          "deadlines",
          "consultationOpens",
        );
      }
      if (inputs >= documents) {
        yield ofSession(
          session,
          index,
          `Stakeholder inputs for ${context.session(session)} are due on ${formatDay(inputs)}, not before the documents deadline of ${formatDay(documents)}.`,
          "deadlines",
          "inputs",
        );
      }
    }
  },
});

/**
 * Rule `calendar.panel-lead-time` (soft): the inter-sessional panel closes at least `minPanelWeeks`
 * weeks before the session it prepares, so its report can go to the session.
 *
 * @example
 * // "The inter-sessional panel before the 2027 session closes on 19 March 2027, only 7 weeks before the session opens on 10 May 2027; at least 8 weeks are needed."
 */
export const calendarPanelLeadTime: Rule = builtinRule("soft", 1, {
  id: "calendar.panel-lead-time",
  description: "The inter-sessional panel closes well before the session it prepares.",
  refs: [REFS.panel],
  inputs: ["dates"],
  *check(programme, params, context) {
    const weeks = params.minPanelWeeks;
    for (const [index, session] of programme.sessions.entries()) {
      const panel = session.intersessionalPanel;
      if (panel === undefined) continue;
      const lead = dayNumber(session.opens) - dayNumber(panel.closes);
      if (lead >= weeks * 7) continue;
      yield ofSession(
        session,
        index,
        `${meetingWords("intersessionalPanel", session, context)} closes on ${formatDay(panel.closes)}, ${lead <= 0 ? "no time" : `only ${weeksAndDays(lead)}`} before the session opens on ${formatDay(session.opens)}; at least ${weeks} weeks are needed.`,
        "intersessionalPanel",
      );
    }
  },
});

const EXTERNAL_KINDS: Record<ExternalEvent["kind"], string> = {
  "wsis-forum": "the WSIS Forum",
  ecosoc: "ECOSOC",
  hlpf: "the HLPF",
  igf: "the IGF",
  ga: "the General Assembly",
  other: "an external meeting",
};

function* clashes(programme: Programme, params: RuleParams, context: RuleContext): Generator<Violation> {
  if (params.externalEvents.length === 0) return;
  const index = indexEvents(params.externalEvents);
  for (const [i, session] of programme.sessions.entries()) {
    for (const span of [session, session.intersessionalPanel]) {
      if (span === undefined) continue;
      const events = eventsOverlapping(index, span.opens, span.closes);
      if (events.length === 0) continue;
      const panel = span !== session;
      const what = meetingWords(panel ? "intersessionalPanel" : "", session, context);
      for (const event of events) {
        yield ofSession(
          session,
          i,
          `${what} (${formatSpan(span.opens, span.closes)}) clashes with ${event.title} (${EXTERNAL_KINDS[event.kind]}, ${formatSpan(event.opens, event.closes ?? event.opens)}).`,
          panel ? "intersessionalPanel" : "opens",
        );
      }
    }
  }
}

/**
 * Rule `calendar.external-clash` (soft): no session or inter-sessional panel overlaps a configured
 * external event (the WSIS Forum, ECOSOC segments, the HLPF, the IGF, the General Assembly).
 *
 * @example
 * // "The 2015 session (4–8 May 2015) clashes with WSIS Forum 2015 (the WSIS Forum, 4–8 May 2015)."
 */
export const calendarExternalClash: Rule = builtinRule("soft", 2, {
  id: "calendar.external-clash",
  description: "No session or panel overlaps a configured external event.",
  refs: [REFS.wsisForum, REFS.ecosoc],
  inputs: ["dates"],
  check: clashes,
});

/**
 * Rule `calendar.report-to-ecosoc` (hard): the session's report reaches ECOSOC's session of the same
 * year, at least `minReportWeeks` weeks after the session closes.
 *
 * @example
 * // "The report of the 2027 session reaches ECOSOC on 28 June 2027, only 2 weeks and 3 days after the session closes on 11 June 2027; at least 3 weeks are needed."
 */
export const calendarReportToEcosoc: Rule = builtinRule("hard", 1, {
  id: "calendar.report-to-ecosoc",
  description: "The session's report reaches ECOSOC's session of the same year in time.",
  refs: [REFS.ecosoc, REFS.proposalsToEcosoc],
  inputs: ["dates"],
  *check(programme, params, context) {
    const weeks = params.minReportWeeks;
    const sessions = programme.sessions;
    for (let index = 0; index < sessions.length; index++) {
      const session = sessions[index] as Session;
      const report = session.deadlines.report;
      const sameYear = report.startsWith(`${session.year}-`);
      const lead = dayNumber(report) - dayNumber(session.closes);
      if (sameYear && lead >= weeks * 7) continue;
      const label = `The report of ${context.session(session)}`;
      const closes = `the session closes on ${formatDay(session.closes)}`;
      yield ofSession(
        session,
        index,
        !sameYear
          ? `${label} is due at ECOSOC on ${formatDay(report)}, not at ECOSOC's session of ${session.year}.`
          : lead <= 0
            ? `${label} is due at ECOSOC on ${formatDay(report)}, before ${closes}.`
            : `${label} reaches ECOSOC on ${formatDay(report)}, only ${weeksAndDays(lead)} after ${closes}; at least ${weeks} weeks are needed.`,
        "deadlines",
        "report",
      );
    }
  },
});
