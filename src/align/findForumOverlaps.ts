import type { ForumOverlap, ForumOverlapReport, ForumParty } from "../model/index.ts";
import {
  byId,
  type Catalogue,
  type FindForumOverlapsOptions,
  FindForumOverlapsOptionsSchema,
  type ForaInput,
  ForaSchema,
  type ForumItem,
  type Programme,
  withoutUndefined,
} from "../model/index.ts";
import { analysisArguments } from "./_lib/inputs.ts";
import { distinct, push } from "./_lib/lists.ts";
import { ancestorsOf, LineIndex, type LineOverlap, lineOverlap } from "./_lib/overlap.ts";
import { foraReferenceIssues } from "./_lib/references.ts";
import { programmeYears } from "./_lib/themeYears.ts";

interface Item {
  readonly forum: string;
  readonly item: ForumItem;
  /** Its own lines and those of the programme themes it names. */
  readonly lines: string[];
  readonly party: Extract<ForumParty, { kind: "forum" }>;
  readonly order: number;
}

/** What errors call the arguments of `findForumOverlaps`. */
const SUBJECT = "forum overlap input";

/**
 * Finds where other follow-up bodies (the IGF, the WSIS Forum, the Global Alliance, ECOSOC's
 * coordination segment…) take up the same lines as the programme in the same year, and tells
 * duplication from complementary timing.
 *
 * A Commission theme-year and a forum item of the same year overlap when the item names the theme, or
 * when their action lines overlap by at least `minOverlap` (the soft Dice overlap of `alignWithUngis`,
 * where a sub-line counts towards its parent by `partialCredit`). The pair is **complementary** when
 * one side closes before the other takes in inputs (the session's input deadline; a forum item's
 * `inputs` date, or its opening), so the earlier feeds the later — for example the Commission's May
 * session feeding ECOSOC in July; otherwise it is a **duplication** (`timing` "concurrent", or
 * "unknown" when the item has no dates). With `betweenFora` (default), items of two different fora
 * in the same year are compared the same way.
 *
 * @param programme - The Commission's programme (validated like `parseProgramme`).
 * @param fora - Other bodies' agendas by year (validated like `parseFora`, theme ids against the programme).
 * @param options - `minOverlap` (default 0.25), `partialCredit` (default 0.5), `betweenFora` (default true), `catalogue`.
 * @returns Every overlap with its shared action lines, and how many are duplications and complements.
 * @throws {PlannerInputError} Listing every problem, with paths starting `programme`, `fora` or `options`.
 * @example
 * const programme = createProgramme(WSIS_DEFAULT_SPEC); // the 2027 session meets 10–14 May
 * findForumOverlaps(programme, [{ id: "ECOSOC", name: "ECOSOC coordination segment",
 *   years: [{ year: 2027, items: [{ title: "WSIS follow-up", themes: ["inclusive-access"], opens: "2027-07-05", closes: "2027-07-09" }] }] }])
 *   .overlaps[0]?.kind; // "complementary": the May session feeds ECOSOC in July
 */
export function findForumOverlaps(
  programme: Programme,
  fora: ForaInput,
  options: FindForumOverlapsOptions = {},
): ForumOverlapReport {
  const parsed = analysisArguments(
    SUBJECT,
    programme,
    "fora",
    fora,
    ForaSchema,
    options,
    FindForumOverlapsOptionsSchema,
    foraReferenceIssues,
  );
  return findOverlaps(parsed.programme, parsed.input, parsed.catalogue, parsed.options);
}

function findOverlaps(
  programme: Programme,
  fora: readonly { id: string; years: { year: number; items: ForumItem[] }[] }[],
  catalogue: Catalogue,
  options: { minOverlap: number; partialCredit: number; betweenFora: boolean },
): ForumOverlapReport {
  const ancestors = ancestorsOf(catalogue);
  const themes = byId(programme.themes);
  const index = new LineIndex<Item>(ancestors);
  const byTheme = new Map<string, Item[]>();
  const itemsByYear = new Map<number, Item[]>();
  let order = 0;
  fora.forEach((forum, f) => {
    forum.years.forEach((entry, y) => {
      entry.items.forEach((item, i) => {
        const lines = distinct([
          ...item.actionLines,
          ...item.themes.flatMap((id) => themes.get(id)?.actionLines ?? []),
        ]);
        const filed: Item = {
          forum: forum.id,
          item,
          lines,
          order: order++,
          party: {
            kind: "forum",
            forum: forum.id,
            title: item.title,
            ...withoutUndefined({ opens: item.opens, closes: item.closes }),
            path: [f, "years", y, "items", i],
          },
        };
        index.add(entry.year, lines, filed);
        for (const id of item.themes) push(byTheme, `${entry.year}\u0000${id}`, filed);
        push(itemsByYear, entry.year, filed);
      });
    });
  });

  const overlaps: ForumOverlap[] = [];
  /** Whether lines overlap enough to report, short of an item naming the theme. */
  const enough = (o: LineOverlap) => o.overlap >= options.minOverlap && o.overlap !== 0;
  const sessionYears = programmeYears(programme);
  const years = [...new Set([...sessionYears.map((y) => y.year), ...itemsByYear.keys()])].sort(
    (a, b) => a - b,
  );
  const programmeByYear = new Map(sessionYears.map((entry) => [entry.year, entry]));

  for (const year of years) {
    const entry = programmeByYear.get(year);
    const session = entry?.session;
    if (entry !== undefined && session !== undefined) {
      for (const { theme, path } of entry.themes) {
        const explicit = new Set(byTheme.get(`${year}\u0000${theme.id}`) ?? []);
        const candidates = [...new Set([...explicit, ...index.inYear(year, theme.actionLines)])];
        const party: ForumParty = {
          kind: "programme",
          theme: theme.id,
          title: theme.title,
          opens: session.opens,
          closes: session.closes,
          inputs: session.deadlines.inputs,
          path,
        };
        for (const item of candidates.sort((a, b) => a.order - b.order)) {
          const o = lineOverlap(theme.actionLines, item.lines, ancestors, options.partialCredit);
          const named = explicit.has(item);
          if (!named && !enough(o)) continue;
          overlaps.push(pairOf(year, party, item.party, item.item, o, named));
        }
      }
    }
    if (!options.betweenFora) continue;
    for (const item of itemsByYear.get(year) ?? []) {
      for (const other of index.inYear(year, item.lines)) {
        if (other.order <= item.order || other.forum === item.forum) continue;
        const o = lineOverlap(item.lines, other.lines, ancestors, options.partialCredit);
        if (!enough(o)) continue;
        overlaps.push(pairOf(year, item.party, other.party, other.item, o, false, item.item));
      }
    }
  }

  const duplications = overlaps.filter((o) => o.kind === "duplication").length;
  return { overlaps, duplications, complementary: overlaps.length - duplications };
}

/** Classifies a pair and orders it so that `a` feeds `b` when one does. */
function pairOf(
  year: number,
  first: ForumParty,
  second: ForumParty,
  secondItem: ForumItem,
  o: { overlap: number; shared: string[]; related: [string, string][] },
  explicit: boolean,
  firstItem?: ForumItem,
): ForumOverlap {
  /** When a party takes in others' outcomes: the session's input deadline, or the item's (its opening without one). */
  const intake = (party: ForumParty, item: ForumItem | undefined) =>
    party.kind === "programme" ? party.inputs : (item?.inputs ?? item?.opens);
  const firstIntake = intake(first, firstItem);
  const secondIntake = intake(second, secondItem);
  const related = o.related.map(([a, b]) => ({ a, b }));
  const name = (party: ForumParty) =>
    party.kind === "programme"
      ? `the Commission's theme "${party.theme}"`
      : `${party.forum}'s "${party.title}"`;
  const on =
    o.shared.length > 0
      ? ` on ${o.shared.join(", ")}`
      : related.length > 0
        ? ` on ${related.map((r) => `${r.a}/${r.b}`).join(", ")}`
        : "";
  // The fields both kinds of overlap give after the parties, in this order.
  const measured = { year, overlap: o.overlap, shared: o.shared, explicit };
  const dated = first.closes !== undefined && second.closes !== undefined;
  /** Whether both sides are dated and `feeder` closes before the other side takes inputs. */
  const feeds = (feeder: ForumParty, otherIntake: string | undefined) =>
    dated && otherIntake !== undefined && feeder.closes !== undefined && feeder.closes < otherIntake;
  const firstFeeds = feeds(first, secondIntake);
  if (firstFeeds || feeds(second, firstIntake)) {
    const [a, b, intakeOfB] = firstFeeds ? [first, second, secondIntake] : [second, first, firstIntake];
    return {
      kind: "complementary",
      timing: "sequential",
      a,
      b,
      related: firstFeeds ? related : related.map((r) => ({ a: r.b, b: r.a })),
      ...measured,
      message: `In ${year} ${name(a)} closes on ${a.closes}, before ${name(b)} takes inputs (${intakeOfB}), so it can feed it${on}.`,
    };
  }
  return {
    kind: "duplication",
    timing: dated ? "concurrent" : "unknown",
    a: first,
    b: second,
    related,
    ...measured,
    message: `In ${year} ${name(first)} and ${name(second)} ${
      dated
        ? `meet too close together for one to feed the other${on}: a likely duplication.`
        : `both take up the same ground${on}, and without dates neither can be shown to feed the other: a possible duplication.`
    }`,
  };
}
