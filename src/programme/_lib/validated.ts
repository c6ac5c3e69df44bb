import { type Catalogue, deepFreeze, type Programme, trust } from "../../model/index.ts";

// Programmes this module built or validated, with the catalogue they were checked against. They are
// deep-frozen, so they cannot have changed since: parsing one again returns it as it is. Every
// analysis and renderer parses its programme first, so this saves each of them a full validation.
const VALIDATED = new WeakMap<object, Catalogue>();

/** Freezes a valid programme and remembers it as valid against `catalogue`. */
export function markValidated(programme: Programme, catalogue: Catalogue): Programme {
  VALIDATED.set(trust(deepFreeze(programme)), catalogue);
  return programme;
}

/** Whether `value` is a programme this module froze after validating it against `catalogue`. */
export function isValidated(value: unknown, catalogue: Catalogue): value is Programme {
  return typeof value === "object" && value !== null && VALIDATED.get(value) === catalogue;
}
