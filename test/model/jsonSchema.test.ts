// jsonSchemaFor writes its JSON Schemas with the library's own converter (src/model/_lib/toJsonSchema.ts)
// instead of zod's generator, which is a fifth of the library's browser bundle. zod's generator is the
// oracle: for every name, the same document, key order included (the CLI's `schema` prints it as is).

import { describe, expect, it } from "vitest";
import * as z from "zod";
import { jsonSchemaFor, type SchemaName } from "../../src/index.ts";
import { ActivitiesSchema } from "../../src/model/activity.ts";
import { DraftSpecSchema } from "../../src/model/draft.ts";
import { StakeholderRegistrySchema } from "../../src/model/participation.ts";
import { ProgrammeSchema, ProgrammeSpecSchema } from "../../src/model/programme.ts";
import { RuleParamsSchema } from "../../src/model/rules.ts";
import { ForaSchema, UngisPlanSchema } from "../../src/model/ungis.ts";

const ORACLE: Record<SchemaName, z.core.$ZodType> = {
  spec: ProgrammeSpecSchema,
  draftSpec: DraftSpecSchema,
  programme: ProgrammeSchema,
  activities: ActivitiesSchema,
  ungisPlan: UngisPlanSchema,
  fora: ForaSchema,
  stakeholders: StakeholderRegistrySchema,
  checkParams: RuleParamsSchema,
};

describe("jsonSchemaFor against zod's JSON Schema generator", () => {
  it.each(Object.keys(ORACLE) as SchemaName[])("writes %s as zod does, byte for byte", (name) => {
    const expected = z.toJSONSchema(ORACLE[name], { io: "input", unrepresentable: "any" });
    expect(JSON.stringify(jsonSchemaFor(name), null, 2)).toBe(JSON.stringify(expected, null, 2));
  });

  it("covers every name jsonSchemaFor knows", () => {
    // A name that is not a string gets the list of known names.
    const message = (() => {
      try {
        jsonSchemaFor(1 as unknown as SchemaName);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(
      message
        .match(/must be one of: (.*)$/mu)?.[1]
        ?.split(", ")
        .sort(),
    ).toStrictEqual(Object.keys(ORACLE).sort());
  });
});
