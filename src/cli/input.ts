import { type Document, isNode, LineCounter, parseDocument } from "yaml";
import { InfeasibleError, PlannerInputError, type Programme } from "../model/index.ts";
import { parseProgramme } from "../programme/index.ts";
import { FileContentError, FileError, FileInfeasibleError, type Locate, type Position } from "./errors.ts";
import type { CliIo } from "./io.ts";
import { findDuplicateKey, firstSyntaxError, locateJson, shallowPositions } from "./json.ts";

/** A JSON or YAML file, parsed, that can say where a value sits in its text. */
export interface StructuredFile {
  /** The path as the user wrote it (`"-"` for standard input). */
  readonly path: string;
  /** The parsed value. */
  readonly data: unknown;
  /** Line and column of the value at `path`, or of its nearest ancestor present in the file. */
  readonly locate: (path: readonly (string | number)[]) => Position | undefined;
  /** `locate` for many paths at once (one pass over a JSON file's text rather than one per path). */
  readonly locateAll: Locate;
}

/** How a path is shown in messages: `-` is standard input. */
export const displayName = (path: string) => (path === "-" ? "(standard input)" : path);

/** The `code` of a Node file error (`ENOENT`, …), if it has one. */
const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
};

/** Why a file operation failed, in a few words ("no such file", "permission denied"). */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "ENOTDIR") return "a part of the path is a file, not a folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOSPC") return "no space left on the device";
  if (code === "EEXIST") return "a part of the path is a file, not a folder";
  return error instanceof Error ? error.message : String(error);
}

/** Reads a text file, turning "no such file" and the like into a `FileError` that names it. */
export async function readText(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new FileError(displayName(path), `cannot read: ${reasonOf(error)}`);
  }
}

/** Writes a file (text or bytes), turning "permission denied" and the like into a `FileError` that names it. */
export async function writeText(io: CliIo, path: string, content: string | Uint8Array): Promise<void> {
  try {
    await io.writeFile(path, content);
  } catch (error) {
    throw new FileError(path, `cannot write: ${reasonOf(error)}`, undefined, codeOf(error));
  }
}

/**
 * Runs an importer over a text file's content; a `PlannerInputError` it throws is rethrown with the
 * file, each issue at the line and column the importer gives.
 */
export function withText<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof PlannerInputError) throw new FileContentError(displayName(path), error);
    throw error;
  }
}

/** Line and column (from 1) of character `offset` in `text`. */
function positionAt(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

/** Where a JSON.parse error happened, from its message ("… at position 12 (line 2 column 3)"), else jsonc-parser's. */
function jsonErrorPosition(text: string, message: string): Position | undefined {
  const lineCol = /line (\d+) column (\d+)/u.exec(message);
  if (lineCol !== null) return { line: Number(lineCol[1]), col: Number(lineCol[2]) };
  const offset = /position (\d+)/u.exec(message);
  if (offset !== null) return positionAt(text, Number(offset[1]));
  return firstSyntaxError(text) ?? positionAt(text, text.length);
}

function yamlLocator(document: Document, counter: LineCounter) {
  return (path: readonly (string | number)[]): Position | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range !== undefined && node.range !== null) {
        return counter.linePos(node.range[0]);
      }
    }
    return undefined;
  };
}

/** Whether the file is read as JSON: by its extension, or for other names by its first character. */
const isJson = (path: string, text: string) =>
  /\.json$/iu.test(path) || (!/\.ya?ml$/iu.test(path) && /^\s*[[{]/u.test(text));

/**
 * Reads a JSON or YAML file (by its extension; other names by their first character). Syntax errors
 * become a `FileError` with the line and column.
 */
export async function readStructured(io: CliIo, path: string): Promise<StructuredFile> {
  return parseStructured(path, await readText(io, path));
}

/** A `StructuredFile` over JSON text: positions are looked up in the text only when asked for. */
function jsonFile(name: string, text: string, data: unknown): StructuredFile {
  const cache = new Map<string, Position | undefined>();
  const locateAll: Locate = (paths) => {
    const keys = paths.map((path) => JSON.stringify(path));
    const missing = [...new Set(keys.filter((key) => !cache.has(key)))];
    if (missing.length > 0) {
      const found = locateJson(
        text,
        missing.map((key) => JSON.parse(key) as (string | number)[]),
      );
      for (const [k, key] of missing.entries()) cache.set(key, found[k]);
    }
    return keys.map((key) => cache.get(key));
  };
  // Callers that place every item of a list one by one (dupes) get one walk, not one per item.
  let shallow: Map<string, Position> | undefined;
  const locate = (path: readonly (string | number)[]): Position | undefined => {
    if (path.length > 1) return locateAll([path])[0];
    shallow ??= shallowPositions(text);
    return shallow.get(JSON.stringify(path)) ?? shallow.get("[]");
  };
  return { path: name, data, locate, locateAll };
}

/** Parses the text of a JSON or YAML file read already (standard input can be read only once). */
export function parseStructured(path: string, raw: string): StructuredFile {
  const name = displayName(path);
  // A byte-order mark is not part of the content (editors on Windows write one).
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  if (text.trim() === "") throw new FileError(name, "empty file: expected YAML or JSON content");
  if (isJson(path, text)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new FileError(name, `not valid JSON: ${message}`, jsonErrorPosition(text, message));
    }
    const duplicate = findDuplicateKey(text);
    if (duplicate !== undefined) {
      const { key, first } = duplicate;
      throw new FileError(
        name,
        `not valid JSON: key ${JSON.stringify(key)} appears twice in one object (first at line ${first.line}, column ${first.col}); keys must be unique`,
        duplicate.position,
      );
    }
    return jsonFile(name, text, data);
  }
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  const [first] = document.errors;
  if (first !== undefined) {
    const at = first.linePos?.[0];
    throw new FileError(
      name,
      `not valid YAML: ${first.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/u, "")}`,
      at === undefined ? undefined : { line: at.line, col: at.col },
    );
  }
  if (document.contents === null) throw new FileError(name, "empty file: it holds only comments");
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new FileError(name, `not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const locate = yamlLocator(document, counter);
  return { path: name, data, locate, locateAll: (paths) => paths.map(locate) };
}

/**
 * Runs `parse` over a file's content; a `PlannerInputError` (or the solver's `InfeasibleError`) it
 * throws is rethrown with the file, to place each issue (or conflict) in it.
 */
export function withFile<T>(file: StructuredFile, parse: (data: unknown) => T): T {
  try {
    return parse(file.data);
  } catch (error) {
    if (error instanceof PlannerInputError)
      throw new FileContentError(file.path, error, file.locate, file.locateAll);
    if (error instanceof InfeasibleError)
      throw new FileInfeasibleError(file.path, error, file.locate, file.locateAll);
    throw error;
  }
}

/**
 * The programme in a file, validated. A file that holds a spec rather than a programme (cycles and
 * themes, no sessions) gets a `FileError` saying to lay it out first, rather than a list of missing fields.
 */
export function programmeIn(file: StructuredFile): Programme {
  const data = file.data as { cycles?: unknown; themes?: unknown; sessions?: unknown } | null;
  if (typeof data === "object" && data !== null && data.sessions === undefined && data.cycles !== undefined) {
    throw new FileError(
      file.path,
      `holds a programme spec, not a programme: lay it out first (cstd-planner draft ${file.path} > programme.json)`,
    );
  }
  return withFile(file, (value) => parseProgramme(value));
}
