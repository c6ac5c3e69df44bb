import type { Region } from "../../model/index.ts";

// Filled from reference/domain-facts.md by the catalogue task.
export const REGIONS = [] as const satisfies readonly Region[];
