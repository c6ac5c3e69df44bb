export { type Command, PROGRAM } from "./command.ts";
export { EXIT } from "./errors.ts";
export type { ArgOption, ArgsConfig, CliIo, ParsedArgs } from "./io.ts";
export { COMMANDS, main } from "./main.ts";
