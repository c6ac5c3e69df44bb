export * from "./catalogue.ts";
export * from "./errors.ts";
export * from "./ids.ts";
export * from "./jsonSchema.ts";
export * from "./parse.ts";
export * from "./programme.ts";
export * from "./draft.ts";
export * from "./ungis.ts";
