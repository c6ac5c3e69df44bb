// The tsup.config.ts entry that builds a named entry point (`index`, `cli`), for the tests that build
// the package the way `npm run build` does.
import type { Options } from "tsup";
import config from "../../tsup.config.ts";

/** The config object whose `entry` names `name`, with its entries as a plain record; throws when none does. */
export function tsupEntry(name: string): Options & { entry: Record<string, string> } {
  const candidates = Array.isArray(config) ? config : [config];
  const found = candidates.find(
    (entry) =>
      typeof entry === "object" &&
      typeof entry.entry === "object" &&
      !Array.isArray(entry.entry) &&
      name in entry.entry,
  );
  if (found === undefined || typeof found !== "object")
    throw new Error(`tsup.config.ts builds no "${name}" entry from a config object with named entries`);
  return found as Options & { entry: Record<string, string> };
}
