import { toJSONSchema } from "zod/mini";
import { DraftSpecSchema, jsonSchemaFor, type SchemaName } from "../../model/index.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../errors.ts";

/** The spec the solver reads (`draft` with `cycles` a number); `jsonSchemaFor` has no name for it yet. */
const draftSchema = () =>
  toJSONSchema(DraftSpecSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;

/** The names the command takes, each with the schema it prints (the usage lists the first of each). */
const NAMES = new Map<string, SchemaName | (() => Record<string, unknown>)>([
  ["spec", "spec"],
  ["draft", draftSchema],
  ["programme", "programme"],
  ["activity", "activities"],
  ["ungis", "ungisPlan"],
  ["fora", "fora"],
  ["stakeholders", "stakeholders"],
  ["check-params", "checkParams"],
]);
/** Other spellings the command takes. */
const ALIASES = new Map<string, string>([
  ["activities", "activity"],
  ["ungis-plan", "ungis"],
  ["ungisPlan", "ungis"],
  ["checkParams", "check-params"],
  ["draft-spec", "draft"],
  ["draftSpec", "draft"],
]);

/** `cstd-planner schema [spec|programme|activity]`: prints a JSON Schema for editors and other tools. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of a file the commands read (spec, programme, activities, UNGIS plan…)",
  usage: `[${[...NAMES.keys()].join("|")}]`,
  description: [
    "Prints a JSON Schema (draft 2020-12) of a file the other commands read: a programme spec laid",
    "out as written (the default), a spec for the solver (`draft`: cycles counted, pins, forbid,",
    "precedence, deadlines, themesPerCycle, rules), a programme, a list of agencies' activities, a",
    "UNGIS plan, other fora's agendas, a stakeholder registry, or the rule check's parameters.",
    "Editors use it to complete and check files as they are written (`$schema` in JSON,",
    "`# yaml-language-server: $schema=…` in YAML).",
  ].join("\n"),
  options: {},
  positionals: [0, 1],
  findings: "(not used)",
  async run({ io, positionals }) {
    const asked = positionals[0] ?? "spec";
    const name = NAMES.get(ALIASES.get(asked) ?? asked);
    if (name === undefined) {
      throw new UsageError(
        `schema: no schema named "${asked}" (known: ${[...NAMES.keys()].join(", ")})`,
        "schema",
      );
    }
    const schema = typeof name === "function" ? name() : jsonSchemaFor(name);
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return 0;
  },
};
