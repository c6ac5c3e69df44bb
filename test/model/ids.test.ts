// The ISO date-time pattern the library writes out (ids.ts) instead of zod's date-time type.

import { describe, expect, it } from "vitest";
import { regexes } from "zod/v4/core";
import { ISO_DATE_TIME } from "../../src/model/ids.ts";

describe("ISO_DATE_TIME", () => {
  it("is the pattern zod's z.iso.datetime({ offset: true }) checks", () => {
    const zods = regexes.datetime({ offset: true });
    expect(ISO_DATE_TIME.source).toBe(zods.source);
    expect(ISO_DATE_TIME.flags).toBe(zods.flags);
  });
});
