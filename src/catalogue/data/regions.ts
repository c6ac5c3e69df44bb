import type { Region } from "../../model/index.ts";

// The regional groups are not in reference/domain-facts.md; they come from DGACM's page on the
// UN regional groups of member states (general knowledge, cited here).
const DGACM = "https://www.un.org/dgacm/en/content/regional-groups";

/**
 * The five UN regional groups of member states, used for regional balance among participants.
 * Source: not in reference/domain-facts.md (its §5a covers CSTD membership, not the groups); see DGACM above.
 */
export const REGIONS = [
  { id: "africa", name: "African States", source: DGACM },
  { id: "asia-pacific", name: "Asia-Pacific States", source: DGACM },
  { id: "eastern-europe", name: "Eastern European States", source: DGACM },
  { id: "latin-america-caribbean", name: "Latin American and Caribbean States", source: DGACM },
  { id: "weog", name: "Western European and other States", source: DGACM },
] as const satisfies readonly Region[];

/** An id of the UN regional groups. */
export type RegionId = (typeof REGIONS)[number]["id"];
