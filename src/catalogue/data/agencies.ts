import type { AgencyInput } from "../../model/index.ts";

// Filled from reference/domain-facts.md by the catalogue task.
export const AGENCIES = [] as const satisfies readonly AgencyInput[];
