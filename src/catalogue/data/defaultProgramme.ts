import type { ProgrammeSpec, ThemeInput } from "../../model/index.ts";
import { C5_TITLE } from "./actionLines.ts";
import {
  DIGITAL_COMPETENCIES_2018,
  ECONOMIC_DIVERSIFICATION_2025,
  FOOD_SECURITY_2017,
  GLOBAL_COOPERATION_2024,
  INCLUSIVE_SOCIETY_2008,
  OPEN_ACCESS_2012,
  RENEWABLE_ENERGY_2018,
} from "./cstdRecord.ts";

// Titles are the Commission's own priority themes (reference/domain-facts.md §5c, with the session
// that chose each); the action lines and SDGs they are grouped with are this library's reading.
// Five themes carry the WSIS mandate and five the STI mandate too ("both"), so each cycle can pair
// one of each, as the CSTD's two priority themes a year have done since 2010. Together they cover
// every action line and C7 sub-line.

// One theme a row: [id, title, mandate, action lines, SDGs, tags].
const THEME_ROWS = [
  // 11th session (2008), theme 1.
  [
    "inclusive-access",
    INCLUSIVE_SOCIETY_2008,
    "wsis",
    ["C1", "C2", "C3", "C6"],
    [9],
    ["access", "infrastructure"],
  ],
  // 15th session (2012), theme 2.
  ["open-science", OPEN_ACCESS_2012, "both", ["C7.e-science", "C3"], [4, 9], ["science", "open access"]],
  // 21st session (2018), theme 2.
  [
    "digital-competencies",
    DIGITAL_COMPETENCIES_2018,
    "wsis",
    ["C4", "C7.e-learning", "C7.e-employment"],
    [4, 5, 8],
    ["skills", "gender", "youth"],
  ],
  // 20th session (2017), theme 2.
  ["food-security", FOOD_SECURITY_2017, "both", ["C7.e-agriculture"], [2], ["food security", "agriculture"]],
  // 28th session (2025), theme 1.
  [
    "digital-economy",
    `${ECONOMIC_DIVERSIFICATION_2025}, including e-business and e-government`,
    "wsis",
    ["C7", "C7.e-business", "C7.e-government"],
    [8, 9],
    ["digital economy"],
  ],
  // 24th session (2021), theme 1.
  [
    "health",
    "Using science, technology and innovation to close the gap on SDG 3, good health and well-being",
    "both",
    ["C7.e-health"],
    [3],
    ["health"],
  ],
  // Geneva action line C5; its heading is the theme.
  ["confidence-security", C5_TITLE, "wsis", ["C5"], [16], ["cybersecurity"]],
  // 27th session (2024), theme 2.
  ["global-cooperation", GLOBAL_COOPERATION_2024, "both", ["C11"], [17], ["cooperation"]],
  // Geneva action lines C8–C10; the 29th session's panel (2025) took up STI in the age of AI.
  [
    "diversity-media-ethics",
    "Cultural and linguistic diversity, media and the ethical dimensions of the information society",
    "wsis",
    ["C8", "C9", "C10"],
    [16],
    ["culture", "media", "ethics"],
  ],
  // 21st session (2018), theme 1.
  [
    "renewable-energy",
    RENEWABLE_ENERGY_2018,
    "both",
    ["C7.e-environment"],
    [7, 13],
    ["energy", "environment"],
  ],
] as const satisfies readonly (readonly [
  string,
  string,
  ThemeInput["mandate"],
  readonly string[],
  readonly number[],
  readonly string[],
])[];

/** A tuple type without `readonly` (the lists of the themes' type are plain tuples). */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A row as the theme it stands for, field by field (its literal types kept). */
type ThemeOf<Row> = Row extends readonly [
  infer Id,
  infer Title,
  infer Mandate,
  infer ActionLines,
  infer Sdgs,
  infer Tags,
]
  ? {
      readonly id: Id;
      readonly title: Title;
      readonly mandate: Mandate;
      readonly actionLines: Writable<ActionLines>;
      readonly sdgs: Writable<Sdgs>;
      readonly tags: Writable<Tags>;
    }
  : never;
/** The rows as their themes, in order (a tuple, as an `as const` list of the objects would be). */
type ThemesOf<Rows extends readonly unknown[]> = { readonly [K in keyof Rows]: ThemeOf<Rows[K]> };

/**
 * Ten default priority themes distilled from the Geneva action lines and the CSTD's past themes.
 *
 * @example
 * WSIS_DEFAULT_THEMES.map((theme) => theme.id); // ["inclusive-access", "open-science", …]
 */
export const WSIS_DEFAULT_THEMES = THEME_ROWS.map(([id, title, mandate, actionLines, sdgs, tags]) => ({
  id,
  title,
  mandate,
  actionLines,
  sdgs,
  tags,
})) as unknown as ThemesOf<typeof THEME_ROWS>;

/**
 * The embedded default spec: the CSTD's WSIS follow-up for 2027–2036 in five two-year cycles, each
 * pairing a WSIS theme with a science-and-technology theme. The 29th session met in 2026 (reference
 * §5c), so 2027 holds the 30th, which receives the report of A/RES/80/173's task force on financing.
 */
export const WSIS_DEFAULT_SPEC = {
  title: "CSTD multi-year work programme on WSIS follow-up, 2027–2036",
  startYear: 2027,
  cycleLength: 2,
  firstSession: 30,
  cycles: [
    { themes: ["inclusive-access", "open-science"] },
    { themes: ["digital-competencies", "food-security"] },
    { themes: ["digital-economy", "health"] },
    { themes: ["confidence-security", "global-cooperation"] },
    { themes: ["diversity-media-ethics", "renewable-energy"] },
  ],
  themes: WSIS_DEFAULT_THEMES.map((theme) => ({
    ...theme,
    actionLines: [...theme.actionLines],
    sdgs: [...theme.sdgs],
    tags: [...theme.tags],
  })),
  agenda: [
    {
      id: "wsis-reform",
      title: "Follow-up to the WSIS+20 review and the Commission's working methods",
      phases: ["review"],
    },
    {
      // A/RES/80/173 (17 Dec 2025) set up a task force on financing reporting to the 30th session
      // (2027), and asked for facilitators' roadmaps coordinated with UNGIS (¶113); reference §9f:
      // https://www.itu.int/net4/wsis/ungis/Articles/View/1213
      id: "financing-task-force",
      title: "Report of the task force on financing set up by General Assembly resolution 80/173",
      years: [2027],
    },
  ],
} satisfies ProgrammeSpec;
