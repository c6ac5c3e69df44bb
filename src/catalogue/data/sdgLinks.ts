import type { SdgLinkInput } from "../../model/index.ts";

// Filled from reference/domain-facts.md by the catalogue task.
export const SDG_LINKS = [] as const satisfies readonly SdgLinkInput[];
