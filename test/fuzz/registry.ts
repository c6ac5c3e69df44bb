// The fuzz suite's registry: ONE table, keyed by the name of each function src/index.ts exports, giving
// the valid argument lists the fuzzer mutates. test/fuzz/registry.test.ts fails when an exported function
// is missing here. To add an export: add a row with `bases` (fresh values, plain data where possible)
// and, for a slow function, a smaller `weight`; `skip` only for what takes no data.
import { readFileSync } from "node:fs";
import * as api from "../../src/index.ts";

export interface FuzzEntry {
  /** Valid argument lists to mutate; built once, copied for every run. */
  readonly bases?: () => readonly (readonly unknown[])[];
  /** Share of the inputs relative to other functions (1 by default; slow functions get less). */
  readonly weight?: number;
  /** Why the function is not fuzzed. */
  readonly skip?: string;
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const once = <T>(make: () => T): (() => T) => {
  let cached: { value: T } | undefined;
  return () => {
    cached ??= { value: make() };
    return cached.value;
  };
};

const wsis = once(() => plain(api.wsis));
const record = once(() => plain(api.cstdRecord));
/** A small catalogue (the lookups' main base: a fifth of wsis's size keeps 100,000 inputs affordable). */
const mini = once(() =>
  plain(
    api.defineCatalogue({
      id: "mini",
      name: "A small commission",
      actionLines: [
        { id: "C1", title: "Governance" },
        { id: "C2", title: "Infrastructure" },
        { id: "C7", title: "Applications" },
        { id: "C7.e-health", title: "E-health", parent: "C7" },
      ],
      agencies: [
        { id: "ITU", name: "ITU", kind: "specialized-agency" },
        { id: "WHO", name: "WHO", kind: "specialized-agency" },
      ],
      facilitation: [
        { actionLine: "C2", lead: ["ITU"], status: "confirmed" },
        { actionLine: "C7.e-health", lead: ["WHO"], co: ["ITU"], status: "recalled" },
      ],
      sdgLinks: [{ actionLine: "C2", sdgs: [9], status: "confirmed" }],
      regions: [{ id: "africa", name: "African States" }],
      interAgencyGroup: { id: "group", name: "Group", members: ["ITU"], membersStatus: "confirmed" },
    }),
  ),
);
const spec = (): api.ProgrammeSpec => ({
  title: "CSTD 2027–2030",
  startYear: 2027,
  firstSession: 30,
  cycles: [{ themes: ["access"] }, { themes: ["media", "health"] }],
  themes: [
    { id: "access", title: "Access", actionLines: ["C2"], sdgs: [9] },
    { id: "media", title: "Media", mandate: "both", actionLines: ["C9"], tags: ["MDG 8"] },
    { id: "health", title: "E-health", actionLines: ["C7.e-health"] },
  ],
  calendar: { holidays: ["2027-05-11"], sessionDays: 4 },
  agenda: [{ title: "Reform of the Commission" }],
  events: [{ year: 2027, title: "Open consultation", themes: ["access"] }],
});
const programme = once(() => plain(api.createProgramme(spec())));
const defaultProgramme = once(() => plain(api.createProgramme(api.WSIS_DEFAULT_SPEC)));
const report = once(() => plain(api.checkProgramme(api.createProgramme(spec()))));
const milestones = once(() => plain(api.sessionCalendar(api.createProgramme(spec()))));
const plan = once(() => plain(api.proposeUngisPlan(api.createProgramme(spec()))));
const alignment = once(() => plain(api.alignWithUngis(api.createProgramme(spec()), plan())));
const fora = (): api.ForaInput => [
  {
    id: "igf",
    name: "Internet Governance Forum",
    years: [
      {
        year: 2027,
        items: [{ title: "Connecting the next billion", actionLines: ["C2"], themes: ["access"] }],
      },
      {
        year: 2028,
        items: [{ title: "Media", actionLines: ["C9"], opens: "2028-06-01", closes: "2028-06-03" }],
      },
    ],
  },
];
const activities = (): api.ActivityInput[] => [
  {
    id: "itu-1",
    agency: "ITU",
    title: "Rural broadband for schools in Kenya",
    description: "Connects rural schools to broadband.",
    actionLines: ["C2", "C7.e-learning"],
    actionLineShares: [70, 30],
    start: "2026",
    end: "2027-12-31",
    countries: ["KEN"],
    participants: [{ ref: "UNDP", role: "funding", activityId: "undp-1" }],
  },
  {
    id: "undp-1",
    agency: "UNDP",
    title: "Broadband for rural schools, Kenya",
    actionLines: ["C2"],
    start: "2026-01-01",
    end: "2027",
    countries: ["KEN"],
    crossReferences: ["itu-1"],
  },
  {
    id: "unesco-1",
    agency: "UNESCO",
    title: "Media literacy",
    actionLines: ["C9"],
    start: "2025",
    end: "2028",
    countries: ["global"],
  },
];
const duplicates = once(() => plain(api.findDuplicates(activities())));
const csv = once(() => readFileSync(new URL("../fixtures/activities.csv", import.meta.url), "utf8"));
const iati = once(() =>
  readFileSync(
    new URL("../fixtures/iati/activity-standard-example-annotated-203.xml", import.meta.url),
    "utf8",
  ),
);
const stakeholders = (): api.StakeholderInput[] => [
  { id: "wsis-ngo", name: "A WSIS-accredited NGO", kind: "civil-society", accreditedTo: ["WSIS"] },
  { id: "kenya", name: "Kenya", kind: "member-state", region: wsis().regions[0]?.id ?? "africa" },
  { id: "ecosoc-ngo", name: "An NGO", kind: "civil-society", consultativeStatus: "special" },
];
const draftSpec = (): api.DraftSpec => ({
  title: "Draft",
  startYear: 2027,
  cycles: 2,
  themes: [
    { id: "access", title: "Access", actionLines: ["C2"] },
    { id: "media", title: "Media", actionLines: ["C9"], optional: true },
    { id: "health", title: "E-health", actionLines: ["C7.e-health"] },
  ],
  pins: [{ theme: "access", cycle: 1 }],
  precedence: [{ before: "access", after: "health" }],
  rules: { "coverage.action-lines": false },
  maxSteps: 20_000,
});
const rule = () => ({
  id: "local.no-third-cycle",
  severity: "soft",
  weight: 1,
  description: "Keep the third cycle free.",
  refs: ["local"],
  *check(p: api.Programme) {
    if ((p.cycles[2]?.themes.length ?? 0) > 0) yield { message: "Cycle 3 has themes.", path: ["cycles", 2] };
  },
});
const retitle = (draft: { title: string }) => {
  draft.title = "Draft 2";
};
const history = once(() => {
  const start = api.createHistory(api.createProgramme(spec()));
  return plain(api.applyEdit(start, retitle, "retitle"));
});
const undone = once(() => plain(api.undo(history())));

export const FUZZ_REGISTRY: Readonly<Record<string, FuzzEntry>> = {
  // model
  PlannerInputError: { skip: "an error class" },
  InfeasibleError: { skip: "an error class" },
  formatPath: { bases: () => [[["themes", 0, "actionLines", 1]], [[]]] },
  jsonSchemaFor: { bases: () => [["spec"], ["draftSpec"], ["programme"], ["activities"]] },
  // catalogue
  actionLineById: {
    bases: () => [
      [wsis(), "C1"],
      [wsis(), "C7.e-health"],
    ],
  },
  agencyById: {
    bases: () => [
      [mini(), "ITU"],
      [mini(), "ITU"],
      [wsis(), "ITU"],
    ],
  },
  childrenOf: {
    bases: () => [
      [mini(), "C7"],
      [mini(), "C7"],
      [wsis(), "C7"],
    ],
  },
  defineCatalogue: { bases: () => [[mini()], [mini()], [wsis()]], weight: 0.5 },
  facilitationOf: {
    bases: () => [
      [mini(), "C7.e-health"],
      [mini(), "C7.e-health"],
      [wsis(), "C1"],
    ],
  },
  facilitatorsOf: {
    bases: () => [
      [mini(), "C7.e-health"],
      [mini(), "C7.e-health"],
      [wsis(), "C1"],
    ],
  },
  isUngisMember: {
    bases: () => [
      [mini(), "ITU"],
      [mini(), "ITU"],
      [wsis(), "ITU"],
      [wsis(), "UN-Women", 2006],
    ],
  },
  facilitationOverTime: {
    bases: () => [
      [mini(), "C7.e-health"],
      [wsis(), "C6"],
    ],
  },
  ungisMembersIn: { bases: () => [[wsis()], [wsis(), 2006]] },
  defineRecord: { bases: () => [[record()], [record(), wsis()]], weight: 0.5 },
  recordCoverage: { bases: () => [[record()], [record(), { since: 2010 }]], weight: 0.5 },
  regionById: {
    bases: () => [
      [mini(), "africa"],
      [mini(), "africa"],
      [wsis(), wsis().regions[0]?.id ?? "africa"],
    ],
  },
  rootLineOf: {
    bases: () => [
      [mini(), "C7.e-health"],
      [mini(), "C7.e-health"],
      [wsis(), "C7.e-health"],
    ],
  },
  sdgsOf: {
    bases: () => [
      [mini(), "C2"],
      [mini(), "C2"],
      [wsis(), "C2"],
    ],
  },
  topLevelLines: { bases: () => [[mini()], [mini()], [wsis()]] },
  // calendar
  nthMonday: {
    bases: () => [
      [2027, { month: 5, nth: 2 }],
      [1995, { month: 1, nth: "last" }],
    ],
  },
  sessionCalendar: {
    bases: () => [
      [programme()],
      [
        programme(),
        {
          holidays: ["2027-05-12"],
          externalEvents: [{ id: "forum", title: "WSIS Forum", kind: "wsis-forum", opens: "2027-05-10" }],
          kinds: ["session"],
        },
      ],
    ],
  },
  sessionDates: {
    bases: () => [
      [2027, true, {}],
      [2012, false, { holidays: ["2012-01-02"], sessionStart: { month: 1, nth: 1 } }],
    ],
  },
  // programme
  applyEdit: { bases: () => [[history(), retitle, "again"]] },
  canRedo: { bases: () => [[undone()]] },
  canUndo: { bases: () => [[history()]] },
  createHistory: { bases: () => [[programme()]] },
  createProgramme: { bases: () => [[spec()], [plain(api.WSIS_DEFAULT_SPEC)]] },
  diffProgrammes: {
    bases: () => [
      [programme(), defaultProgramme()],
      [programme(), programme()],
    ],
  },
  edit: {
    bases: () => [
      [programme(), retitle],
      [programme(), (draft: api.Programme) => void draft.cycles[0]?.themes.push("media")],
      [
        programme(),
        (draft: { sessions: unknown }) => {
          draft.sessions = null;
        },
      ],
    ],
  },
  parseProgramme: { bases: () => [[programme()], [defaultProgramme()]] },
  parseProgrammeSpec: { bases: () => [[spec()]] },
  redo: { bases: () => [[undone()]] },
  safeParseProgramme: { bases: () => [[programme()]] },
  undo: { bases: () => [[history()]] },
  // participation
  checkParticipation: {
    bases: () => [
      [stakeholders(), { year: 2027, opens: "2027-05-10", closes: "2027-05-14" }],
      [stakeholders(), { year: 2007, opens: "2007-05-21", closes: "2007-05-25" }, { maxRegionalSpread: 0.5 }],
    ],
  },
  // rules
  checkProgramme: {
    bases: () => [
      [programme()],
      [
        programme(),
        {
          rules: { "theme.repetition": false },
          params: { minGapYears: 8, coverageLines: ["C1"] },
          customRules: [rule()],
        },
      ],
    ],
  },
  defineRule: { bases: () => [[rule()]] },
  explainFinding: {
    bases: () => [
      [report().findings[0] ?? { rule: "x.y", severity: "soft", weight: 1, message: "m", refs: [] }],
    ],
  },
  isPreparedCheck: { bases: () => [[{}], [null]] },
  prepareCheck: {
    bases: () => [
      [{ rules: { "theme.repetition": "hard" }, params: { themesPerCycle: { min: 1, max: 3 } } }],
    ],
  },
  safeCheckProgramme: { bases: () => [[programme(), { params: { minGapYears: 4 } }]] },
  scoreProgramme: { bases: () => [[programme()]] },
  summarizeCheck: { bases: () => [[report()], [report(), { limit: 2 }]] },
  themeLeads: {
    bases: () => [
      [mini(), { actionLines: ["C2", "C7.e-health"] }],
      [wsis(), { actionLines: ["C1", "C7.e-health"] }],
    ],
  },
  // draft
  distilThemes: { bases: () => [[wsis(), { count: 4 }]], weight: 0.5 },
  draftProgramme: { bases: () => [[draftSpec()]], weight: 0.3 },
  draftScenarios: {
    bases: () => [
      [
        draftSpec(),
        [
          { name: "media first", change: { pins: [{ theme: "media", cycle: 1 }] } },
          { name: "seeded", change: (s: api.DraftSpec) => ({ ...s, seed: 3 }) },
        ],
      ],
    ],
    weight: 0.2,
  },
  // align
  alignWithUngis: {
    bases: () => [
      [programme(), plan()],
      [programme(), plan(), { lead: 1, strict: true, minOverlap: 0.5 }],
    ],
  },
  findForumOverlaps: { bases: () => [[programme(), fora()]] },
  parseFora: { bases: () => [[fora()], [fora(), { programme: programme() }]] },
  parseUngisPlan: { bases: () => [[plan()], [plan(), { programme: programme(), strict: true }]] },
  proposeUngisPlan: {
    bases: () => [[programme()], [programme(), wsis(), { leadsPerTheme: 1, chairs: false }]],
  },
  safeParseUngisPlan: { bases: () => [[plan()]] },
  // duplicates
  alpha3Of: { bases: () => [["KE"]] },
  countryByAlpha3: { bases: () => [["KEN"]] },
  findDuplicates: {
    bases: () => [[activities()], [activities(), { threshold: 0.3, fields: ["title", "actionLines"] }]],
  },
  fromCsv: { bases: () => [[csv()], [csv(), { lenient: true }]] },
  fromIatiXml: { bases: () => [[iati()], [iati(), { lenient: true, language: "fr" }]] },
  parseActivities: { bases: () => [[activities()]] },
  safeParseActivities: { bases: () => [[activities()]] },
  // report
  duplicatePairsToCsv: { bases: () => [[duplicates()]] },
  findingsToCsv: { bases: () => [[report()]] },
  renderHtml: {
    bases: () => [
      [programme()],
      [
        programme(),
        { check: report(), calendar: milestones(), alignment: alignment(), duplicates: duplicates() },
        { timeline: false },
      ],
    ],
    weight: 0.5,
  },
  renderMarkdown: {
    bases: () => [
      [programme()],
      [programme(), { check: report(), alignment: alignment(), duplicates: duplicates() }],
    ],
    weight: 0.5,
  },
  renderDocx: {
    bases: () => [[programme()], [programme(), { check: report(), alignment: alignment() }]],
    weight: 0.2,
  },
  renderTimelineSvg: { bases: () => [[programme()]] },
  toCsv: { bases: () => [[programme()]] },
  toICalendar: { bases: () => [[programme()], [programme(), { stamp: "2027-01-01" }]] },
  toJson: { bases: () => [[programme()]] },
  toMermaidGantt: { bases: () => [[programme()]] },
};
