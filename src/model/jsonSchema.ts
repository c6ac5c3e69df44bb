import { toJsonSchema } from "./_lib/toJsonSchema.ts";
import { ActivitiesSchema } from "./activity.ts";
import { DraftSpecSchema } from "./draft.ts";
import { PlannerInputError } from "./errors.ts";
import { unknownIdMessage } from "./hints.ts";
import { StakeholderRegistrySchema } from "./participation.ts";
import { ProgrammeSchema, ProgrammeSpecSchema } from "./programme.ts";
import { RuleParamsSchema } from "./rules.ts";
import { ForaSchema, UngisPlanSchema } from "./ungis.ts";

const SCHEMAS = {
  spec: ProgrammeSpecSchema,
  // draft: a spec for the solver (`cycles` a number; pins, forbid, precedence, deadlines)
  draftSpec: DraftSpecSchema,
  programme: ProgrammeSchema,
  // duplicates: a list of agencies' activities (what findDuplicates reads)
  activities: ActivitiesSchema,
  // align: a UNGIS plan by year, and other follow-up bodies' agendas (parseUngisPlan, parseFora)
  ungisPlan: UngisPlanSchema,
  fora: ForaSchema,
  // rules and participation: a stakeholder registry (checkParticipation) and check parameters (checkProgramme's params)
  stakeholders: StakeholderRegistrySchema,
  checkParams: RuleParamsSchema,
} as const;

/** The names `jsonSchemaFor` knows. */
export type SchemaName = keyof typeof SCHEMAS;

/**
 * A JSON Schema (draft 2020-12) for a programme spec (laid out as written, or `draftSpec` for the
 * solver), a programme or another input, so other tools and editors can validate files. Cross-references (known action lines, one session a year) are checked by
 * `parseProgramme`, not by the schema.
 *
 * @throws {PlannerInputError} When `name` is not one of the schema names.
 * @example
 * jsonSchemaFor("spec").required; // ["title", "startYear", "cycles", "themes"]
 */
export function jsonSchemaFor(name: SchemaName): Record<string, unknown> {
  const known = Object.keys(SCHEMAS);
  if (typeof name !== "string" || !Object.hasOwn(SCHEMAS, name))
    throw new PlannerInputError(
      [
        {
          path: ["name"],
          message:
            typeof name === "string"
              ? unknownIdMessage("schema", name, known)
              : `must be one of: ${known.join(", ")}`,
        },
      ],
      "schema name",
    );
  return toJsonSchema(SCHEMAS[name]);
}
