// A generator of labelled activity sets for measuring findDuplicates: ordinary activities, planted
// duplicates (paraphrased titles, reordered words, shifted dates, a funder's and an implementer's record
// of one activity, translation-like spelling variants) and hard negatives (the same work under the same
// action line and years in another country; the same country under another line). Seeded, so a seed
// always gives the same set. Used by the accuracy tests and by bench/duplicates.bench.ts.

import { type ActivityInput, ISO_3166_1 } from "../../src/index.ts";

/** A labelled pair: two record ids (a < b) and what they are. */
export interface LabelledPair {
  readonly a: string;
  readonly b: string;
  /** "overlap": overlapping work to flag; "double-reporting": one activity, cross-referenced. */
  readonly kind: "overlap" | "double-reporting";
  readonly variant: Variant;
}

export type Variant = "paraphrase" | "reorder" | "shifted" | "funder-implementer" | "translation" | "partner";

export interface HardNegative {
  readonly a: string;
  readonly b: string;
  readonly kind: "other-country" | "other-line";
}

export interface LabelledSet {
  readonly activities: ActivityInput[];
  /** Every pair of records that are one activity or the same work (planted). */
  readonly truth: LabelledPair[];
  readonly hardNegatives: HardNegative[];
}

export interface GeneratorOptions {
  readonly count: number;
  readonly seed?: number;
  /** Share of records that belong to a planted duplicate cluster. */
  readonly duplicateShare?: number;
  /** Share of records that are hard negatives. */
  readonly hardNegativeShare?: number;
}

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS: Record<string, readonly string[]> = {
  C1: [
    "national digital strategy",
    "ICT policy coordination",
    "digital transformation roadmap",
    "e-strategy review",
    "digital economy blueprint",
    "ICT4D master plan",
    "broadband policy dialogue",
    "digital government charter",
    "multistakeholder ICT council",
    "connectivity investment plan",
  ],
  C2: [
    "rural broadband",
    "fibre backbone",
    "community networks",
    "last-mile connectivity",
    "satellite connectivity",
    "internet exchange point",
    "mobile coverage",
    "public wifi",
    "submarine cable landing",
    "tower sharing",
  ],
  C3: [
    "open data portal",
    "public library digitisation",
    "open educational resources",
    "community information centre",
    "freedom of information",
    "open access repository",
    "public information kiosks",
    "digital archives",
    "government information portal",
    "community telecentres",
  ],
  C4: [
    "digital skills",
    "ICT literacy",
    "coding bootcamp",
    "civil servant ICT training",
    "digital literacy",
    "train-the-trainer",
    "women in tech",
    "ICT vocational centres",
    "online skills certification",
    "cyber hygiene courses",
  ],
  C5: [
    "cybersecurity readiness",
    "national CERT",
    "child online protection",
    "cybercrime legislation",
    "data protection",
    "critical infrastructure protection",
    "digital forensics",
    "spam mitigation",
    "secure email",
    "cyber drills",
  ],
  C6: [
    "spectrum management",
    "universal service fund",
    "telecom regulation",
    "e-commerce legislation",
    "competition policy",
    "numbering plan",
    "consumer protection online",
    "quality of service monitoring",
    "interconnection rules",
    "licensing reform",
  ],
  C7: [
    "ICT applications",
    "digital public services",
    "app ecosystems",
    "digital public goods",
    "smart villages",
    "GovTech labs",
    "civic tech",
    "digital innovation hubs",
  ],
  "C7.e-government": [
    "digital identity",
    "civil registration",
    "e-procurement",
    "one-stop e-services",
    "open government data",
    "e-taxation",
    "digital land registry",
    "e-parliament",
    "e-justice",
    "electronic records",
  ],
  "C7.e-business": [
    "e-commerce readiness",
    "digital payments",
    "SME digitalisation",
    "online marketplace",
    "e-trade",
    "mobile money",
    "e-invoicing",
    "digital trade facilitation",
    "online export promotion",
    "postal e-commerce",
  ],
  "C7.e-learning": [
    "distance learning",
    "school connectivity",
    "learning management",
    "digital classrooms",
    "teacher ICT training",
    "educational radio",
    "open university",
    "tablets for schools",
    "virtual campus",
    "education management information",
  ],
  "C7.e-health": [
    "telemedicine",
    "health information system",
    "electronic health records",
    "mHealth",
    "disease surveillance",
    "digital health records",
    "telepharmacy",
    "health logistics tracking",
    "community health apps",
    "teleradiology",
  ],
  "C7.e-employment": [
    "online job matching",
    "telework",
    "youth employment portal",
    "digital labour platforms",
    "gig worker protection",
    "labour market information",
    "online freelancing",
    "digital apprenticeships",
    "skills matching",
    "remote work hubs",
  ],
  "C7.e-environment": [
    "early warning",
    "climate monitoring",
    "e-waste management",
    "environmental sensor network",
    "hydromet services",
    "disaster information",
    "pollution tracking",
    "biodiversity databases",
    "green ICT",
    "flood forecasting",
  ],
  "C7.e-agriculture": [
    "agricultural market information",
    "farmer advisory",
    "crop monitoring",
    "precision agriculture",
    "livestock tracking",
    "weather-indexed insurance",
    "agricultural extension apps",
    "farm registries",
    "irrigation sensors",
    "fish catch reporting",
  ],
  "C7.e-science": [
    "research and education network",
    "open science",
    "scientific data infrastructure",
    "virtual laboratory",
    "high-performance computing",
    "citizen science",
    "research repositories",
    "grid computing",
    "science gateways",
    "genomics data sharing",
  ],
  C8: [
    "local content",
    "digital heritage",
    "indigenous languages online",
    "multilingual content",
    "cultural archives",
    "local language keyboards",
    "community storytelling",
    "museum digitisation",
    "oral history recording",
    "creative industries online",
  ],
  C9: [
    "community radio",
    "media literacy",
    "journalist training",
    "public service broadcasting",
    "digital broadcasting switchover",
    "media pluralism",
    "press freedom monitoring",
    "local newspapers online",
    "fact-checking",
    "investigative journalism",
  ],
  C10: [
    "AI ethics",
    "information ethics",
    "digital rights",
    "responsible data use",
    "algorithmic transparency",
    "privacy by design",
    "online hate speech",
    "ethical AI guidelines",
    "data justice",
    "digital citizenship",
  ],
  C11: [
    "regional ICT cooperation",
    "south-south cooperation",
    "regional ICT observatory",
    "cross-border interconnection",
    "regional roaming",
    "harmonised ICT regulation",
    "regional data centres",
    "joint spectrum planning",
    "regional cyber cooperation",
    "trans-border fibre",
  ],
};
const LINES = Object.keys(TOPICS);
const UNRELATED: Record<string, readonly string[]> = {};
for (const line of LINES) {
  const root = line.startsWith("C7") ? "C7" : line;
  UNRELATED[line] = LINES.filter(
    (other) =>
      other !== root &&
      !other.startsWith(`${root}.`) &&
      !(root === "C7" && other === "C7") &&
      !(other === "C7" && line.startsWith("C7")),
  );
}

const VERBS = [
  "Strengthening",
  "Expanding",
  "Supporting",
  "Developing",
  "Piloting",
  "Improving",
  "Building",
  "Promoting",
  "Establishing",
  "Upgrading",
  "Deploying",
  "Accelerating",
  "Modernising",
  "Extending",
  "Launching",
  "Advancing",
];
const SYNONYM: Record<string, string> = {
  Strengthening: "Reinforcing",
  Expanding: "Scaling up",
  Supporting: "Assisting",
  Developing: "Designing",
  Piloting: "Testing",
  Improving: "Enhancing",
  Building: "Constructing",
  Promoting: "Fostering",
  Establishing: "Setting up",
  Upgrading: "Renewing",
  Deploying: "Rolling out",
  Accelerating: "Speeding up",
  Modernising: "Overhauling",
  Extending: "Widening",
  Launching: "Starting",
  Advancing: "Furthering",
  services: "facilities",
  platforms: "systems",
  capacity: "capabilities",
  networks: "infrastructure",
  hubs: "centres",
  tools: "solutions",
  frameworks: "arrangements",
  partnerships: "alliances",
  pilots: "trials",
  programmes: "schemes",
  initiatives: "efforts",
  systems: "platforms",
};
const ADJECTIVES = [
  "inclusive",
  "sustainable",
  "resilient",
  "affordable",
  "integrated",
  "open",
  "secure",
  "innovative",
  "community-based",
  "national",
  "low-cost",
  "gender-responsive",
  "climate-smart",
  "mobile-first",
  "scalable",
  "decentralised",
  "interoperable",
  "people-centred",
  "green",
  "accessible",
];
/** What the work is for: with a topic and a country, it tells one piece of work from another. */
const FOCUSES = [
  "maternal health",
  "flood preparedness",
  "tax collection",
  "women entrepreneurs",
  "school dropouts",
  "drought resilience",
  "youth unemployment",
  "land registration",
  "malaria control",
  "fisheries management",
  "urban transport",
  "remote islands",
  "post-conflict recovery",
  "cross-border trade",
  "water utilities",
  "forest monitoring",
  "social protection",
  "public procurement",
  "tourism recovery",
  "migrant workers",
  "energy access",
  "vaccination campaigns",
  "seed systems",
  "court records",
  "pension payments",
  "literacy campaigns",
  "refugee camps",
  "crop insurance",
  "road safety",
  "heritage sites",
  "election management",
  "air quality",
  "financial inclusion",
  "nutrition programmes",
  "disability inclusion",
  "mining communities",
];
const OBJECTS = [
  "services",
  "platforms",
  "capacity",
  "systems",
  "networks",
  "hubs",
  "tools",
  "frameworks",
  "partnerships",
  "pilots",
  "programmes",
  "initiatives",
];
const BENEFICIARIES = [
  "rural women",
  "youth",
  "smallholder farmers",
  "primary schools",
  "health workers",
  "small businesses",
  "refugees",
  "persons with disabilities",
  "local governments",
  "indigenous communities",
  "teachers",
  "university students",
  "coastal communities",
  "informal workers",
  "girls",
  "older persons",
  "municipalities",
  "cooperatives",
  "journalists",
  "border communities",
  "island communities",
  "civil society organisations",
];
const ACTIVITIES = [
  "needs assessments",
  "policy advice",
  "training workshops",
  "equipment procurement",
  "pilot deployments",
  "monitoring and evaluation",
  "peer learning exchanges",
  "technical assistance",
  "awareness campaigns",
  "curriculum development",
  "regulatory reviews",
  "stakeholder consultations",
  "feasibility studies",
  "data collection",
  "infrastructure works",
  "helpdesk support",
  "mentoring schemes",
  "south-south exchanges",
  "impact evaluations",
  "knowledge products",
  "hackathons",
  "field missions",
  "baseline surveys",
  "procurement guidance",
  "maintenance plans",
  "open-source toolkits",
  "certification schemes",
  "user research",
];
const PARTNERS = [
  "Ministry of ICT",
  "Ministry of Health",
  "Ministry of Education",
  "Ministry of Agriculture",
  "National Regulator",
  "National Statistics Office",
  "Chamber of Commerce",
  "National University",
  "Women's Association",
  "Youth Council",
  "Farmers' Union",
  "Red Cross Society",
  "Local Authorities Association",
  "Teachers' Union",
];
const AGENCIES = [
  "ITU",
  "UNESCO",
  "UNDP",
  "UNCTAD",
  "UNDESA",
  "WHO",
  "ILO",
  "FAO",
  "WMO",
  "UNEP",
  "UN-Habitat",
  "UPU",
  "ITC",
  "UNIDO",
  "ECA",
  "ECE",
  "ECLAC",
  "ESCAP",
  "ESCWA",
  "WIPO",
  "WFP",
  "UN-Women",
  "UNODC",
  "UNHCR",
  "UNICEF",
  "UNFPA",
  "UNITAR",
  "UNU",
  "World-Bank",
];
const COUNTRIES = ISO_3166_1.filter((entry) => /^[A-Za-z ]+$/u.test(entry[3]) && entry[3].length < 16).map(
  (entry) => ({ code: entry[1], name: entry[3] }),
);

const SYLLABLES = [
  "ka",
  "lu",
  "mo",
  "ri",
  "ta",
  "ne",
  "so",
  "ba",
  "di",
  "ve",
  "zu",
  "pa",
  "go",
  "mi",
  "ra",
  "te",
  "lo",
  "ha",
  "ni",
  "fu",
  "we",
  "ya",
  "ke",
  "do",
  "sa",
  "bu",
  "li",
  "no",
];
const AREAS = ["District", "Province", "Region", "County", "Valley", "Highlands", "Coast", "Delta"];
const NAMES = ["Connect", "Net", "Link", "Hub", "Reach", "Bridge", "Go", "Plus"];

/** British → American and other spellings a translated or re-keyed record might use. */
const SPELLINGS: readonly [RegExp, string][] = [
  [/isation/gu, "ization"],
  [/ising\b/gu, "izing"],
  [/centre/gu, "center"],
  [/programme/gu, "program"],
  [/labour/gu, "labor"],
  [/\bmHealth\b/gu, "m-Health"],
  [/e-commerce/gu, "eCommerce"],
  [/e-trade/gu, "eTrade"],
  [/e-waste/gu, "E-Waste"],
  [/e-strategy/gu, "eStrategy"],
  [/fibre/gu, "fiber"],
  [/organisations/gu, "organizations"],
];

interface Base {
  line: string;
  focus: string;
  /** A district or province, and the programme's own name: the specific words real titles carry. */
  place: string;
  name: string;
  placeInTitle: boolean;
  verb: string;
  adjective: string;
  topic: string;
  object: string;
  beneficiary: string;
  country: { code: string; name: string };
  countries: string[];
  startYear: number;
  years: number;
  acts: string[];
  partners: string[];
}

export function generateActivities(options: GeneratorOptions): LabelledSet {
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const pickOther = <T>(list: readonly T[], not: T): T => {
    for (;;) {
      const value = pick(list);
      if (value !== not) return value;
    }
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const word = (syllables: number): string => {
    let out = "";
    for (let k = 0; k < syllables; k++) out += pick(SYLLABLES);
    return `${out[0]?.toUpperCase()}${out.slice(1)}`;
  };
  const duplicateShare = options.duplicateShare ?? 0.1;
  const hardNegativeShare = options.hardNegativeShare ?? 0.05;

  const activities: ActivityInput[] = [];
  const truth: LabelledPair[] = [];
  const hardNegatives: HardNegative[] = [];
  let serial = 0;
  const nextId = (agency: string) => `${agency.toLowerCase()}-${(serial++).toString(36).padStart(5, "0")}`;
  const ordered = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

  const newBase = (): Base => {
    const line = pick(LINES);
    const country = pick(COUNTRIES);
    const countries = rand() < 0.2 ? [country.code, pickOther(COUNTRIES, country).code] : [country.code];
    return {
      line,
      verb: pick(VERBS),
      adjective: pick(ADJECTIVES),
      topic: pick(topicsOf.get(line) as readonly string[]),
      focus: pick(foci),
      place: `${word(3)} ${pick(AREAS)}`,
      name: `${word(2)}${pick(NAMES)}`,
      placeInTitle: rand() < 0.5,
      object: pick(OBJECTS),
      beneficiary: pick(BENEFICIARIES),
      country,
      countries: [...new Set(countries)],
      startYear: 2020 + Math.floor(rand() * 10),
      years: 1 + Math.floor(rand() * 4),
      acts: shuffle(ACTIVITIES).slice(0, 4),
      partners: rand() < 0.5 ? [pick(PARTNERS)] : [],
    };
  };
  const where = (base: Base) =>
    base.placeInTitle ? `${base.place}, ${base.country.name}` : base.country.name;
  const titleOf = (base: Base) =>
    `${base.verb} ${base.topic} ${base.object} for ${base.focus} in ${where(base)}`;
  const sentencesOf = (base: Base) => [
    `The ${base.name} ${pick(["project", "initiative", "programme"])} will ${base.verb.toLowerCase().replace(/ing\b/u, "")} ${base.adjective} ${base.topic} ${base.object} for ${base.focus} in ${base.place}, reaching ${base.beneficiary} across ${base.country.name}.`,
    `Activities include ${base.acts[0]}, ${base.acts[1]} and ${base.acts[2]}.`,
    `It works with ${base.partners[0] ?? "national counterparts"} and ends with ${base.acts[3]}.`,
  ];
  const record = (
    base: Base,
    agency: string,
    title: string,
    description: string,
    extra: Partial<ActivityInput> = {},
  ): ActivityInput => ({
    id: nextId(agency),
    agency,
    title,
    description,
    actionLines: [base.line],
    start: `${base.startYear}`,
    end: `${base.startYear + base.years - 1}`,
    countries: base.countries,
    ...(base.partners.length > 0
      ? { participants: base.partners.map((name) => ({ name, role: "implementing" as const })) }
      : {}),
    ...extra,
  });

  const paraphraseTitle = (base: Base): string => {
    const verb = SYNONYM[base.verb] ?? base.verb;
    const object = SYNONYM[base.object] ?? base.object;
    return rand() < 0.5
      ? `${verb} ${base.adjective} ${base.topic} ${object} for ${base.focus} in ${where(base)}`
      : `${verb} ${base.topic} ${object}: ${base.focus}, ${where(base)}`;
  };
  const paraphraseDescription = (base: Base): string => {
    const sentences = sentencesOf(base);
    const swapped = {
      ...base,
      acts: [base.acts[1], base.acts[0], pick(ACTIVITIES), base.acts[3]] as string[],
    };
    return shuffle([sentences[0] as string, sentencesOf(swapped)[1] as string, sentences[2] as string])
      .slice(0, rand() < 0.3 ? 2 : 3)
      .join(" ");
  };
  const spell = (text: string): string => SPELLINGS.reduce((out, [from, to]) => out.replace(from, to), text);

  // Ordinary activities are distinct work: in one country at one time, no two share a topic, nor an action
  // line and a focus. A real register's vocabulary grows with it (Heaps' law: new programmes, systems and
  // goals bring new names), so the topics and foci here grow too, as the register needs them: a base that
  // finds no free slot in ten tries takes a new topic for its line (a coined name with one of the line's
  // own nouns, "Kalumo broadband") or a new focus (a coined name with a focus's noun, "Tanebo health"),
  // which later records draw like the listed ones. Small sets (a few thousand records) rarely need one and
  // come out with the listed vocabulary; a million records need a few hundred topics per line. So every
  // size keeps the same kind of data: records in one block (line, country, years) are different work
  // with different topics and foci, and the hard negatives (the same topic, focus and wording in another
  // country, or in the same country under another line) stay a fixed share of the records.
  const topicsOf = new Map(LINES.map((line) => [line, [...(TOPICS[line] as readonly string[])]]));
  const foci = [...FOCUSES];
  const lastWord = (phrase: string) => phrase.slice(phrase.lastIndexOf(" ") + 1);
  const coinTopic = (line: string): string => {
    const topic = `${word(3 + Math.floor(rand() * 2))} ${lastWord(pick(TOPICS[line] as readonly string[]))}`;
    (topicsOf.get(line) as string[]).push(topic);
    return topic;
  };
  const coinFocus = (): string => {
    const focus = `${word(3 + Math.floor(rand() * 2))} ${lastWord(pick(FOCUSES))}`;
    foci.push(focus);
    return focus;
  };
  const taken = new Map<string, [number, number][]>();
  // C7 and its sub-lines are one family here: a C7 record meets every C7 sub-line's records.
  const familyOf = (line: string) => (line.startsWith("C7") ? "C7" : line);
  const topicKeys = (base: Base): string[] => base.countries.map((code) => `topic|${base.topic}|${code}`);
  const focusKeys = (base: Base): string[] =>
    base.countries.map((code) => `focus|${familyOf(base.line)}|${base.focus}|${code}`);
  const clash = (base: Base, keys: readonly string[]): boolean =>
    keys.some((key) =>
      (taken.get(key) ?? []).some(
        ([from, to]) => from <= base.startYear + base.years - 1 && base.startYear <= to,
      ),
    );
  /** Whether the base would repeat a topic, or a line and focus, in a country and years it overlaps. */
  const isTaken = (base: Base): boolean => clash(base, topicKeys(base)) || clash(base, focusKeys(base));
  const take = (base: Base): void => {
    for (const key of [...topicKeys(base), ...focusKeys(base)]) {
      let list = taken.get(key);
      if (list === undefined) {
        list = [];
        taken.set(key, list);
      }
      list.push([base.startYear, base.startYear + base.years - 1]);
    }
  };
  const TRIES = 10;
  const distinctBase = (): Base => {
    let base = newBase();
    for (let tries = 1; tries < TRIES && isTaken(base); tries++) base = newBase();
    while (clash(base, topicKeys(base))) base.topic = coinTopic(base.line);
    while (clash(base, focusKeys(base))) base.focus = coinFocus();
    take(base);
    return base;
  };

  while (activities.length < options.count) {
    const base = distinctBase();
    const agency = pick(AGENCIES);
    const original = record(base, agency, titleOf(base), sentencesOf(base).join(" "));
    activities.push(original);
    const roll = rand();
    if (roll < duplicateShare / 2) {
      // A planted cluster: one or two more records of the same work by other agencies.
      const size = rand() < 0.8 ? 1 : 2;
      const members: ActivityInput[] = [original];
      const used = new Set([agency]);
      const fundersOf = new Set<string>();
      let clusterShift: number | undefined;
      for (let k = 0; k < size; k++) {
        let other = pick(AGENCIES);
        while (used.has(other)) other = pick(AGENCIES);
        used.add(other);
        const variant: Variant = pick([
          "paraphrase",
          "reorder",
          "shifted",
          "funder-implementer",
          "translation",
          "partner",
        ]);
        let copy: ActivityInput;
        let kind: LabelledPair["kind"] = "overlap";
        if (variant === "paraphrase") {
          copy = record(base, other, paraphraseTitle(base), paraphraseDescription(base));
        } else if (variant === "reorder") {
          const title = `${where(base)}: ${base.focus} — ${base.topic} ${base.object} (${base.verb.toLowerCase()})`;
          copy = record(base, other, title, shuffle(sentencesOf(base)).join(" "));
        } else if (variant === "shifted") {
          // One shift per cluster: two shifted records of one activity still overlap each other.
          clusterShift ??= 1 + Math.floor(rand() * 8);
          const shift = clusterShift;
          const start = `${base.startYear}-${String(shift + 1).padStart(2, "0")}-01`;
          const end = `${base.startYear + base.years - (rand() < 0.5 ? 0 : 1)}-${String(Math.min(12, shift + 3)).padStart(2, "0")}-28`;
          copy = record(
            base,
            other,
            rand() < 0.5 ? titleOf(base) : paraphraseTitle(base),
            paraphraseDescription(base),
            {
              start,
              end: end < start ? `${base.startYear + base.years}-06-30` : end,
            },
          );
        } else if (variant === "funder-implementer") {
          // The funder's record of the activity the implementer reports: cross-referenced.
          kind = "double-reporting";
          copy = record(
            base,
            other,
            rand() < 0.5 ? titleOf(base) : paraphraseTitle(base),
            paraphraseDescription(base),
            {
              participants: [
                { ref: other, role: "funding" },
                { ref: agency, role: "implementing", activityId: original.id },
              ],
            },
          );
        } else if (variant === "translation") {
          copy = record(
            base,
            other,
            spell(titleOf(base)).replace(/ for /u, " to benefit "),
            spell(paraphraseDescription(base)),
          );
        } else {
          // Two agencies' records of joint work: each names the other as a participant.
          copy = record(base, other, paraphraseTitle(base), paraphraseDescription(base), {
            participants: [{ ref: agency, role: "implementing" }],
          });
        }
        activities.push(copy);
        for (const member of members) {
          const [a, b] = ordered(member.id, copy.id);
          // Two records that both cross-reference the original are the same activity too.
          const sameActivity =
            kind === "double-reporting" && (member === original || fundersOf.has(member.id));
          truth.push({ a, b, kind: sameActivity ? "double-reporting" : "overlap", variant });
        }
        if (kind === "double-reporting") fundersOf.add(copy.id);
        members.push(copy);
      }
    } else if (roll < duplicateShare / 2 + hardNegativeShare) {
      const other = pickOther(AGENCIES, agency);
      if (rand() < 0.5) {
        // The same kind of work, same line and years, another country.
        let moved: Base | undefined;
        for (let tries = 0; tries < 20 && moved === undefined; tries++) {
          const country = pickOther(COUNTRIES, base.country);
          if (base.countries.includes(country.code)) continue;
          const candidate: Base = {
            ...base,
            country,
            countries: [country.code],
            place: `${word(3)} ${pick(AREAS)}`,
          };
          if (!isTaken(candidate)) moved = candidate;
        }
        if (moved === undefined) continue;
        take(moved);
        const copy = record(moved, other, titleOf(moved), sentencesOf(moved).join(" "));
        activities.push(copy);
        const [a, b] = ordered(original.id, copy.id);
        hardNegatives.push({ a, b, kind: "other-country" });
      } else {
        // The same country, focus and beneficiaries, another (unrelated) action line.
        let moved: Base | undefined;
        for (let tries = 0; tries < 20 && moved === undefined; tries++) {
          const line = pick(UNRELATED[base.line] as readonly string[]);
          const candidate: Base = { ...base, line, topic: pick(topicsOf.get(line) as readonly string[]) };
          if (clash(candidate, focusKeys(candidate))) continue;
          while (clash(candidate, topicKeys(candidate))) candidate.topic = coinTopic(line);
          moved = candidate;
        }
        if (moved === undefined) continue;
        take(moved);
        const copy = record(moved, other, titleOf(moved), sentencesOf(moved).join(" "));
        activities.push(copy);
        const [a, b] = ordered(original.id, copy.id);
        hardNegatives.push({ a, b, kind: "other-line" });
      }
    }
  }
  activities.length = Math.min(activities.length, options.count);
  const kept = new Set(activities.map((activity) => activity.id));
  return {
    activities,
    truth: truth.filter((pair) => kept.has(pair.a) && kept.has(pair.b)),
    hardNegatives: hardNegatives.filter((pair) => kept.has(pair.a) && kept.has(pair.b)),
  };
}

/** Precision and recall of a report's overlapping pairs against a labelled set. */
export function accuracyOf(
  set: LabelledSet,
  found: readonly {
    readonly a: string;
    readonly b: string;
    readonly kind: string;
    readonly match: boolean;
  }[],
): {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  doubleReportingFound: number;
  doubleReportingPlanted: number;
  hardNegativesFlagged: number;
} {
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const planted = new Map(set.truth.map((pair) => [key(pair.a, pair.b), pair]));
  const predicted = new Set(
    found
      .filter((pair) => pair.match && pair.kind !== "same-id" && pair.kind !== "identical")
      .map((pair) => key(pair.a, pair.b)),
  );
  // Records the report ties together as one activity (double reporting), directly or through another record.
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let node = id;
    while (parent.has(node) && parent.get(node) !== node) node = parent.get(node) as string;
    return node;
  };
  for (const pair of found) if (pair.kind === "double-reporting") parent.set(root(pair.a), root(pair.b));
  const oneActivity = (pair: LabelledPair) =>
    pair.kind === "double-reporting" && root(pair.a) === root(pair.b);
  let truePositives = 0;
  for (const pair of predicted) if (planted.has(pair)) truePositives++;
  const transitive = set.truth.filter(
    (pair) => !predicted.has(key(pair.a, pair.b)) && oneActivity(pair),
  ).length;
  const falsePositives = predicted.size - truePositives;
  const falseNegatives = planted.size - truePositives - transitive;
  const doubles = set.truth.filter((pair) => pair.kind === "double-reporting");
  const negatives = set.hardNegatives.filter((pair) => predicted.has(key(pair.a, pair.b))).length;
  return {
    precision: predicted.size === 0 ? 1 : truePositives / predicted.size,
    recall: planted.size === 0 ? 1 : (truePositives + transitive) / planted.size,
    truePositives: truePositives + transitive,
    falsePositives,
    falseNegatives,
    doubleReportingFound: doubles.filter(oneActivity).length,
    doubleReportingPlanted: doubles.length,
    hardNegativesFlagged: negatives,
  };
}
