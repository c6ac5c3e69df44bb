import {
  type AgendaItem,
  type AgendaKind,
  type Catalogue,
  deepFreeze,
  type Phase,
  type ResolvedProgrammeSpec,
  type Theme,
} from "../../model/index.ts";

/** Agenda kinds that are derived from the cycle's themes and rebuilt after every edit. */
export const DERIVED_KINDS: ReadonlySet<AgendaItem["kind"]> = new Set([
  "review",
  "policy",
  "high-level-segment",
]);

/** An agenda item (keys in the schema's order): its id, title, kind and the themes it takes up (none by default). */
function agendaItem(id: string, title: string, kind: AgendaKind, themes: string[] = []): AgendaItem {
  return { id, title, kind, themes };
}

/** The kinds of item a session holds per theme, in agenda order, and the headings of their titles. */
const THEME_ITEM_KINDS = [
  ["review", "Review of progress"],
  ["policy", "Policy dialogue"],
] as const;

/**
 * The theme-based items of a session: review or policy items per theme, and the high-level segment.
 * Keys in the schema's order, as a parsed programme has them: `edit` compares agendas as JSON.
 */
export function themeItems(
  phase: Phase,
  highLevelSegment: boolean,
  themeIds: readonly string[],
  themes: ReadonlyMap<string, Theme>,
): AgendaItem[] {
  const items: AgendaItem[] = [];
  // A combined session takes up each theme twice: its review items, then its policy items.
  for (const [kind, heading] of THEME_ITEM_KINDS) {
    if (phase !== kind && phase !== "combined") continue;
    for (const id of themeIds) {
      items.push(agendaItem(`${kind}:${id}`, `${heading}: ${themes.get(id)?.title ?? id}`, kind, [id]));
    }
  }
  if (highLevelSegment) {
    items.push(
      agendaItem(
        "high-level-segment",
        "High-level segment on the cycle's priority themes",
        "high-level-segment",
        [...themeIds],
      ),
    );
  }
  return items;
}

/**
 * The full agenda of a new session: procedural, standing, theme-based, extra, and closing items, each
 * with its keys in the schema's order.
 */
export function buildAgenda(
  year: number,
  phase: Phase,
  highLevelSegment: boolean,
  themeIds: readonly string[],
  themes: ReadonlyMap<string, Theme>,
  spec: ResolvedProgrammeSpec,
  catalogue: Catalogue,
): AgendaItem[] {
  const extras = spec.agenda.flatMap((item, index): AgendaItem[] => {
    if (item.years !== undefined && !item.years.includes(year)) return [];
    if (item.phases !== undefined && !item.phases.includes(phase)) return [];
    return [agendaItem(item.id ?? `item-${index + 1}`, item.title, "other")];
  });
  return [
    OPENING,
    standingItem(catalogue),
    ...themeItems(phase, highLevelSegment, themeIds, themes),
    ...extras,
    CLOSING,
  ];
}

// The items every session opens and closes with, and its standing item: deep-frozen and shared by
// every programme (freezing a programme skips what is frozen already).
const OPENING: AgendaItem = deepFreeze(
  agendaItem("organization", "Adoption of the agenda and other organizational matters", "procedural"),
);
const CLOSING: AgendaItem = deepFreeze(
  agendaItem(
    "closing",
    "Provisional agenda of the next session and adoption of the report to the Economic and Social Council",
    "procedural",
  ),
);
const STANDING = new WeakMap<Catalogue, AgendaItem>();

function standingItem(catalogue: Catalogue): AgendaItem {
  let item = STANDING.get(catalogue);
  if (item === undefined) {
    item = agendaItem("standing", catalogue.standingAgendaItem, "standing");
    // Kept only for a frozen catalogue (defineCatalogue's): a caller's own may change its title later.
    if (Object.isFrozen(catalogue)) STANDING.set(catalogue, deepFreeze(item));
  }
  return item;
}

/**
 * The agenda with its theme-based items rebuilt from the given themes; other items keep their order,
 * and the rebuilt ones go where the first derived item was (or after the standing items).
 */
export function refreshAgenda(
  agenda: readonly AgendaItem[],
  phase: Phase,
  highLevelSegment: boolean,
  themeIds: readonly string[],
  themes: ReadonlyMap<string, Theme>,
): AgendaItem[] {
  const kept = agenda.filter((item) => !DERIVED_KINDS.has(item.kind));
  let at = agenda.findIndex((item) => DERIVED_KINDS.has(item.kind));
  if (at === -1) {
    const lastStanding = kept.findLastIndex((item) => item.kind === "standing" || item.kind === "procedural");
    at = lastStanding === -1 ? 0 : Math.min(lastStanding + 1, kept.length);
    // Keep closing procedural items last: insert before a trailing procedural item.
    if (at === kept.length && kept.at(-1)?.kind === "procedural") at = kept.length - 1;
  } else {
    at = agenda.slice(0, at).filter((item) => !DERIVED_KINDS.has(item.kind)).length;
  }
  return [...kept.slice(0, at), ...themeItems(phase, highLevelSegment, themeIds, themes), ...kept.slice(at)];
}
