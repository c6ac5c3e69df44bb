import type { ForumOverlap, ForumOverlapReport, ForumParty } from "../model/index.ts";
import {
  type Catalogue,
  type FindForumOverlapsOptions,
  FindForumOverlapsOptionsSchema,
  type ForaInput,
  ForaSchema,
  type ForumItem,
  type Programme,
  readInput,
  type Theme,
} from "../model/index.ts";
import { catalogueOf, prefixed, programmeArgument, throwIfIssues, tryParse } from "./_lib/inputs.ts";
import { ancestorsOf, distinct, LineIndex, lineOverlap, push } from "./_lib/overlap.ts";
import { foraReferenceIssues } from "./_lib/references.ts";
import { programmeYears } from "./_lib/themeYears.ts";

interface Item {
  readonly forum: string;
  readonly forumIndex: number;
  readonly year: number;
  readonly item: ForumItem;
  /** Its own lines and those of the programme themes it names. */
  readonly lines: string[];
  readonly party: Extract<ForumParty, { kind: "forum" }>;
  readonly order: number;
}

/** When a party takes in others' outcomes: the session's input deadline, or the item's. */
const intakeOf = (party: ForumParty): string | undefined =>
  party.kind === "programme" ? party.inputs : undefined;

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
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  programme = readInput(programme, "forum overlap input", ["programme"]);
  fora = readInput(fora, "forum overlap input", ["fora"]);
  options = readInput(options, "forum overlap input", ["options"]);
  const parsedOptions = tryParse(FindForumOverlapsOptionsSchema, options, ["options"]);
  const resolved = parsedOptions.value ?? FindForumOverlapsOptionsSchema.parse({});
  const catalogue = catalogueOf(parsedOptions.value);
  const parsedProgramme = programmeArgument(programme, catalogue, ["programme"]);
  const parsedFora = tryParse(ForaSchema, fora, ["fora"]);
  throwIfIssues(
    [
      ...parsedOptions.issues,
      ...parsedProgramme.issues,
      ...parsedFora.issues,
      ...prefixed(["fora"], foraReferenceIssues(fora, catalogue, parsedProgramme.value)),
    ],
    "forum overlap input",
  );
  if (parsedProgramme.value === undefined || parsedFora.value === undefined) throw new Error("unreachable");
  return findOverlaps(parsedProgramme.value, parsedFora.value, catalogue, resolved);
}

function findOverlaps(
  programme: Programme,
  fora: readonly { id: string; years: { year: number; items: ForumItem[] }[] }[],
  catalogue: Catalogue,
  options: { minOverlap: number; partialCredit: number; betweenFora: boolean },
): ForumOverlapReport {
  const ancestors = ancestorsOf(catalogue);
  const themes = new Map<string, Theme>(programme.themes.map((theme) => [theme.id, theme]));
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
          forumIndex: f,
          year: entry.year,
          item,
          lines,
          order: order++,
          party: {
            kind: "forum",
            forum: forum.id,
            title: item.title,
            ...(item.opens === undefined ? {} : { opens: item.opens }),
            ...(item.closes === undefined ? {} : { closes: item.closes }),
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
        const candidates = [...explicit, ...index.inYear(year, theme.actionLines)];
        const seen = new Set<Item>();
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
          if (seen.has(item)) continue;
          seen.add(item);
          const o = lineOverlap(theme.actionLines, item.lines, ancestors, options.partialCredit);
          const named = explicit.has(item);
          if (!named && (o.overlap < options.minOverlap || o.overlap === 0)) continue;
          overlaps.push(pairOf(year, party, item.party, item.item, o, named));
        }
      }
    }
    if (!options.betweenFora) continue;
    for (const item of itemsByYear.get(year) ?? []) {
      for (const other of index.inYear(year, item.lines)) {
        if (other.order <= item.order || other.forum === item.forum) continue;
        const o = lineOverlap(item.lines, other.lines, ancestors, options.partialCredit);
        if (o.overlap < options.minOverlap || o.overlap === 0) continue;
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
  const intake = (party: ForumParty, item: ForumItem | undefined) =>
    intakeOf(party) ?? item?.inputs ?? item?.opens;
  const firstIntake = intake(first, firstItem);
  const secondIntake = intake(second, secondItem);
  const base = { year, overlap: o.overlap, shared: o.shared, explicit };
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
  if (first.closes !== undefined && second.closes !== undefined) {
    if (secondIntake !== undefined && first.closes < secondIntake) {
      return {
        kind: "complementary",
        timing: "sequential",
        a: first,
        b: second,
        related,
        ...base,
        message: `In ${year} ${name(first)} closes on ${first.closes}, before ${name(second)} takes inputs (${secondIntake}), so it can feed it${on}.`,
      };
    }
    if (firstIntake !== undefined && second.closes < firstIntake) {
      return {
        kind: "complementary",
        timing: "sequential",
        a: second,
        b: first,
        related: related.map((r) => ({ a: r.b, b: r.a })),
        ...base,
        shared: o.shared,
        message: `In ${year} ${name(second)} closes on ${second.closes}, before ${name(first)} takes inputs (${firstIntake}), so it can feed it${on}.`,
      };
    }
    return {
      kind: "duplication",
      timing: "concurrent",
      a: first,
      b: second,
      related,
      ...base,
      message: `In ${year} ${name(first)} and ${name(second)} meet too close together for one to feed the other${on}: a likely duplication.`,
    };
  }
  return {
    kind: "duplication",
    timing: "unknown",
    a: first,
    b: second,
    related,
    ...base,
    message: `In ${year} ${name(first)} and ${name(second)} both take up the same ground${on}, and without dates neither can be shown to feed the other: a possible duplication.`,
  };
}
