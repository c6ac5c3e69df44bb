// Invariants of the playground's own code that run without a browser: the link and the YAML view.

import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parse } from "yaml";
import { hashOf, scenarioOf } from "../../playground/src/hash.ts";
import { scenarioYaml } from "../../playground/src/scenarioYaml.ts";
import { WSIS_DEFAULT_SPEC } from "../../src/index.ts";

describe("the scenario in the link", () => {
  test.prop([fc.string({ unit: "binary", maxLength: 2000 })])(
    "gives back the exact text it holds",
    async (text) => {
      const hash = await hashOf(text);
      expect(hash).toMatch(/^#s=[\w-]*$/u);
      expect(await scenarioOf(hash)).toBe(text);
    },
  );

  test.prop([fc.string({ maxLength: 60 })])(
    "reads a damaged link as no scenario, never throwing",
    async (tail) => {
      const text = await scenarioOf(`#s=${tail}`);
      if (text !== undefined) expect(await hashOf(text)).toBeTypeOf("string");
    },
  );

  test("holds no scenario in another hash", async () => {
    expect(await scenarioOf("#results-heading")).toBeUndefined();
  });
});

describe("the scenario as YAML", () => {
  test("reads back as the default spec", () => {
    expect(parse(scenarioYaml(WSIS_DEFAULT_SPEC))).toStrictEqual(
      JSON.parse(JSON.stringify(WSIS_DEFAULT_SPEC)),
    );
  });

  test.prop([fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue())])(
    "reads back as the value it shows, whatever its strings",
    (value) => {
      // As JSON text: `{ constructor: [] }` from YAML and from fast-check differ only in their prototypes.
      expect(JSON.stringify(parse(scenarioYaml(value)))).toBe(JSON.stringify(value));
    },
  );
});
