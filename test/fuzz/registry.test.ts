// The fuzz registry covers every function src/index.ts exports: a new export must get a row in
// test/fuzz/registry.ts (its valid argument lists) before the suite passes.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.ts";
import { FUZZ_REGISTRY } from "./registry.ts";

describe("fuzz registry", () => {
  it("has a row for every exported function", () => {
    const exported = Object.entries(api)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name)
      .sort();
    expect(exported.filter((name) => FUZZ_REGISTRY[name] === undefined)).toStrictEqual([]);
  });

  it("names only exported functions", () => {
    const stale = Object.keys(FUZZ_REGISTRY).filter(
      (name) => typeof (api as Record<string, unknown>)[name] !== "function",
    );
    expect(stale).toStrictEqual([]);
  });

  it("gives bases that the functions accept", async () => {
    for (const [name, entry] of Object.entries(FUZZ_REGISTRY)) {
      if (entry.bases === undefined) continue;
      const fn = (api as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      for (const [i, args] of entry.bases().entries()) {
        // The edit base that breaks the draft's shape is meant to be rejected.
        if (name === "edit" && i === 2) continue;
        await expect(
          Promise.resolve().then(() => fn(...args)),
          `${name} base ${i}`,
        ).resolves.not.toThrow();
      }
    }
  }, 60_000);
});
