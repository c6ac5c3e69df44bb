import type { FacilitationInput } from "../../model/index.ts";

// Filled from reference/domain-facts.md by the catalogue task.
export const FACILITATION = [] as const satisfies readonly FacilitationInput[];
