import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { forEachSurface, surfaceValues } from "../../src/duplicates/_lib/text.ts";

// The tokeniser the search uses (words found again by their characters, without a substring per word)
// must give exactly the words of the reference scanner, in order, on any text: hyphenated prefixes
// ("e-Health", "e- health"), upper case, digits, punctuation, accents and other non-ASCII text.
const pieces = fc.constantFrom(
  "e-",
  "E-",
  "m- ",
  "-",
  " ",
  "  ",
  "\t",
  "\n",
  ",",
  ".",
  "a",
  "B",
  "z",
  "Health",
  "health",
  "HEALTH",
  "2030",
  "x1",
  "é",
  "Télé",
  "ß",
  "–",
  "e–",
  "ﬁ",
  "İ",
);
const textArb = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(""));

describe("surfaceValues", () => {
  test.prop([fc.array(textArb, { minLength: 1, maxLength: 8 })])(
    "gives forEachSurface's words in order, each resolved once",
    (texts) => {
      const resolved: string[] = [];
      const values = surfaceValues((surface) => resolved.push(surface) - 1);
      for (const text of texts) {
        const expected: string[] = [];
        forEachSurface(text, (surface) => expected.push(surface));
        const got: string[] = [];
        values.forEach(text, (value) => got.push(resolved[value] as string));
        expect(got).toStrictEqual(expected);
      }
      expect(new Set(resolved).size).toBe(resolved.length);
    },
  );
});
