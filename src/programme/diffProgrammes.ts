import {
  type AgendaItem,
  appendTo,
  byId,
  type Event,
  isTrusted,
  type Programme,
  ProgrammeSchema,
  parseWith,
  pushAll,
  type Session,
} from "../model/index.ts";
import { DERIVED_KINDS } from "./_lib/agenda.ts";

/** One variant per kind: a union of kinds distributes into separate members, so `Extract` works. */
type Variant<K extends string, Fields> = K extends unknown
  ? { readonly kind: K; readonly text: string } & Readonly<Fields>
  : never;

interface Horizon {
  startYear: number;
  endYear: number;
  cycleLength: number;
}

/** One difference between two programmes, typed by `kind`, with a plain-English `text`. */
export type ProgrammeChange =
  | Variant<"title-changed", { before: string; after: string }>
  | Variant<"horizon-changed", { before: Horizon; after: Horizon }>
  | Variant<"theme-defined" | "theme-dropped", { theme: string }>
  | Variant<"theme-changed", { theme: string; fields: readonly string[] }>
  /** `cycle` is the cycle's number, counting from 1. */
  | Variant<"theme-added" | "theme-removed", { cycle: number; theme: string }>
  | Variant<"theme-moved", { theme: string; from: number; to: number }>
  | Variant<"session-added" | "session-removed", { year: number }>
  | Variant<
      "session-dates-changed",
      { year: number; field: string; before: string | undefined; after: string | undefined }
    >
  | Variant<"phase-changed", { year: number; before: string; after: string }>
  | Variant<
      "agenda-item-added" | "agenda-item-removed" | "agenda-item-changed",
      { year: number; item: string; title: string }
    >
  | Variant<"event-added" | "event-removed", { year: number; event: string; title: string }>;

/** The kinds of change `diffProgrammes` reports. */
export type ProgrammeChangeKind = ProgrammeChange["kind"];

/** A session's dates, as the field paths the changes name them by. */
const DATE_FIELDS = [
  "opens",
  "closes",
  "highLevelSegmentDates.opens",
  "highLevelSegmentDates.closes",
  "intersessionalPanel.opens",
  "intersessionalPanel.closes",
  "deadlines.consultationOpens",
  "deadlines.inputs",
  "deadlines.documents",
  "deadlines.report",
] as const;

/** The date at a field path of `DATE_FIELDS` (undefined when the session has no such part, e.g. no panel). */
function dateAt(session: Session, field: string): string | undefined {
  let value: unknown = session;
  for (const key of field.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return value as string | undefined;
}

const quote = (title: string, id: string) => `‘${title}’ (${id})`;

function cyclesOf(programme: Programme): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const cycle of programme.cycles)
    for (const theme of cycle.themes) appendTo(out, theme, cycle.index + 1);
  return out;
}

/**
 * Calls `removed` for each item of `before` whose id `after` lacks and `kept` for each in both, in
 * `before`'s order, then `added` for each item of `after` whose id `before` lacks.
 */
function compareById<T>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  removed: (item: T) => void,
  added: (item: T) => void,
  kept?: (item: T, next: T) => void,
): void {
  for (const [id, item] of before) {
    const next = after.get(id);
    if (next === undefined) removed(item);
    else kept?.(item, next);
  }
  for (const [id, item] of after) if (!before.has(id)) added(item);
}

function themeChanges(a: Programme, b: Programme): ProgrammeChange[] {
  const changes: ProgrammeChange[] = [];
  const before = byId(a.themes);
  const after = byId(b.themes);
  const titleOf = (id: string) => after.get(id)?.title ?? before.get(id)?.title ?? id;
  compareById(
    before,
    after,
    (theme) =>
      changes.push({
        kind: "theme-dropped",
        theme: theme.id,
        text: `Theme ${quote(theme.title, theme.id)} was dropped from the programme.`,
      }),
    (theme) =>
      changes.push({
        kind: "theme-defined",
        theme: theme.id,
        text: `Theme ${quote(theme.title, theme.id)} was added to the programme.`,
      }),
    (theme, next) => {
      const fields = (["title", "mandate", "actionLines", "sdgs", "tags"] as const).filter(
        (field) => JSON.stringify(theme[field]) !== JSON.stringify(next[field]),
      );
      if (fields.length > 0) {
        changes.push({
          kind: "theme-changed",
          theme: theme.id,
          fields,
          text: `Theme ${quote(next.title, theme.id)} changed its ${fields.join(", ")}.`,
        });
      }
    },
  );

  const was = cyclesOf(a);
  const is = cyclesOf(b);
  const ids = [...new Set([...was.keys(), ...is.keys()])];
  for (const id of ids) {
    const wasIn = was.get(id) ?? [];
    const isIn = is.get(id) ?? [];
    const removed = wasIn.filter((cycle) => !isIn.includes(cycle));
    const added = isIn.filter((cycle) => !wasIn.includes(cycle));
    const theme = `Theme ${quote(titleOf(id), id)}`;
    const [from] = removed;
    const [to] = added;
    if (removed.length === 1 && added.length === 1 && from !== undefined && to !== undefined) {
      changes.push({
        kind: "theme-moved",
        theme: id,
        from,
        to,
        text: `${theme} moved from cycle ${from} to cycle ${to}.`,
      });
      continue;
    }
    for (const cycle of removed) {
      changes.push({
        kind: "theme-removed",
        cycle,
        theme: id,
        text: `${theme} was taken out of cycle ${cycle}.`,
      });
    }
    for (const cycle of added) {
      changes.push({ kind: "theme-added", cycle, theme: id, text: `${theme} was added to cycle ${cycle}.` });
    }
  }
  return changes;
}

function sessionChanges(year: number, a: Session, b: Session): ProgrammeChange[] {
  const changes: ProgrammeChange[] = [];
  if (a.phase !== b.phase || a.highLevelSegment !== b.highLevelSegment) {
    const describe = (s: Session) => `${s.phase}${s.highLevelSegment ? " with a high-level segment" : ""}`;
    changes.push({
      kind: "phase-changed",
      year,
      before: describe(a),
      after: describe(b),
      text: `The ${year} session changed from ${describe(a)} to ${describe(b)}.`,
    });
  }
  for (const field of DATE_FIELDS) {
    const before = dateAt(a, field);
    const after = dateAt(b, field);
    if (before !== after) {
      changes.push({
        kind: "session-dates-changed",
        year,
        field,
        before,
        after,
        text: `The ${year} session's ${field} moved from ${before ?? "none"} to ${after ?? "none"}.`,
      });
    }
  }
  const removed = `was removed from the ${year} session`;
  const added = `was added to the ${year} session`;
  const agendaChange = (
    kind: "agenda-item-added" | "agenda-item-removed" | "agenda-item-changed",
    item: AgendaItem,
    what: string,
  ) =>
    changes.push({
      kind,
      year,
      item: item.id,
      title: item.title,
      text: `Agenda item “${item.title}” ${what}.`,
    });
  const eventChange = (kind: "event-added" | "event-removed", event: Event, what: string) =>
    changes.push({
      kind,
      year,
      event: event.id,
      title: event.title,
      text: `Parallel event “${event.title}” ${what}.`,
    });
  // Theme-based items follow the cycles' themes, which the theme changes already report.
  const ownItems = (session: Session) => byId(session.agenda.filter((item) => !DERIVED_KINDS.has(item.kind)));
  compareById(
    ownItems(a),
    ownItems(b),
    (item) => agendaChange("agenda-item-removed", item, removed),
    (item) => agendaChange("agenda-item-added", item, added),
    (item, next) => {
      if (JSON.stringify(next) !== JSON.stringify(item))
        agendaChange("agenda-item-changed", next, `of the ${year} session changed`);
    },
  );
  compareById(
    byId(a.parallelEvents),
    byId(b.parallelEvents),
    (event) => eventChange("event-removed", event, removed),
    (event) => eventChange("event-added", event, added),
  );
  return changes;
}

/**
 * Lists what changed between two programmes, as typed, human-readable changes: title and horizon,
 * themes defined, dropped, changed, added to, taken out of or moved between cycles, and per session
 * the phase, dates, agenda items and parallel events. Theme-based agenda items are not listed again.
 *
 * @param first - The programme before.
 * @param second - The programme after.
 * @throws {PlannerInputError} When either is not a programme (its shape; no catalogue is needed).
 * @returns The changes in a stable order: programme, themes, then sessions by year.
 * @example
 * diffProgrammes(p, edit(p, (d) => { d.cycles[1]!.themes.push("media"); }).programme);
 * // [{ kind: "theme-added", cycle: 2, theme: "media", text: "Theme ‘Media’ (media) was added to cycle 2." }]
 */
export function diffProgrammes(first: Programme, second: Programme): ProgrammeChange[] {
  // Shape only (no catalogue): programmes of any commission can be compared.
  const a = isTrusted(first) ? first : parseWith(ProgrammeSchema, first, "first programme");
  const b = isTrusted(second) ? second : parseWith(ProgrammeSchema, second, "second programme");
  const changes: ProgrammeChange[] = [];
  if (a.title !== b.title) {
    changes.push({
      kind: "title-changed",
      before: a.title,
      after: b.title,
      text: `The title changed from “${a.title}” to “${b.title}”.`,
    });
  }
  const horizon = (p: Programme) => ({
    startYear: p.startYear,
    endYear: p.endYear,
    cycleLength: p.cycleLength,
  });
  if (JSON.stringify(horizon(a)) !== JSON.stringify(horizon(b))) {
    changes.push({
      kind: "horizon-changed",
      before: horizon(a),
      after: horizon(b),
      text: `The horizon changed from ${a.startYear}–${a.endYear} (${a.cycleLength}-year cycles) to ${b.startYear}–${b.endYear} (${b.cycleLength}-year cycles).`,
    });
  }
  pushAll(changes, themeChanges(a, b));
  const sessionsA = new Map(a.sessions.map((session) => [session.year, session]));
  const sessionsB = new Map(b.sessions.map((session) => [session.year, session]));
  const years = [...new Set([...sessionsA.keys(), ...sessionsB.keys()])].sort((x, y) => x - y);
  for (const year of years) {
    const before = sessionsA.get(year);
    const after = sessionsB.get(year);
    if (before === undefined)
      changes.push({ kind: "session-added", year, text: `A session was added in ${year}.` });
    else if (after === undefined)
      changes.push({ kind: "session-removed", year, text: `The ${year} session was removed.` });
    else pushAll(changes, sessionChanges(year, before, after));
  }
  return changes;
}
