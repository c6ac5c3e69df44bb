// Every TypeScript block of README.md and docs/*.md runs as written, and its comments say what it
// really returns. A block imports from "cstd-planner" (here the source entry) and declares what it
// needs; a fence `ts no-run` marks one that cannot run (there are none today). A comment after a
// statement, `expr; // value`, is checked when `value` is a JavaScript literal (a number, string,
// boolean, or an object or array literal, matched as a subset: keys not named are not checked);
// a comment that is prose ("…", "[{ rule, severity, … }]") is read by people, not checked.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const ENTRY = join(ROOT, "src", "index.ts");
const SCRATCH = join(ROOT, ".tmp", "doc-blocks");

interface Block {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly run: boolean;
}

function blocksOf(file: string): Block[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(ts|typescript)\b(.*)$/u.exec(lines[i] ?? "");
    if (fence === null) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !(lines[end] ?? "").startsWith("```")) end++;
    blocks.push({
      file,
      line: start + 1,
      code: lines.slice(start, end).join("\n"),
      run: !/\bno-run\b/u.test(fence[2] ?? ""),
    });
    i = end;
  }
  return blocks;
}

const files = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];
const blocks = files.flatMap(blocksOf);

const evaluate = (text: string): unknown => new Function(`"use strict"; return (${text});`)();

/**
 * A comment's value, when it starts with a literal: the whole comment, else its longest start that
 * ends in `}` or `]` and evaluates (an object or array, then prose), else a leading scalar.
 * Undefined when it is prose.
 */
function literal(comment: string): { value: unknown } | undefined {
  const text = comment.trim();
  const attempts = [text];
  if (/^[[{]/u.test(text)) {
    for (let end = text.length - 1; end > 0; end--)
      if ("]}".includes(text[end] ?? "")) attempts.push(text.slice(0, end + 1));
  }
  for (const attempt of attempts) {
    try {
      return { value: evaluate(attempt) };
    } catch {
      // not this one
    }
  }
  const scalar =
    /^(-?\d+(?:\.\d+)?|true|false|null|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')(?=$|[\s:;,—(])/u.exec(text);
  return scalar?.[1] === undefined ? undefined : { value: evaluate(scalar[1]) };
}

/** Whether `actual` holds everything `expected` names (objects: a subset of keys; arrays: each item). */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== "object") return isDeepStrictEqual(actual, expected);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, i) => matches(actual[i], item))
    );
  }
  if (actual === null || typeof actual !== "object") return false;
  return Object.entries(expected).every(([key, value]) =>
    matches((actual as Record<string, unknown>)[key], value),
  );
}

/** Whether the brackets of a line (outside strings) close as they open. */
function balanced(code: string): boolean {
  let depth = 0;
  for (const char of code.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/gu, '""')) {
    if ("([{".includes(char)) depth++;
    else if (")]}".includes(char) && --depth < 0) return false;
  }
  return depth === 0;
}

interface Checked {
  readonly line: number;
  readonly expression: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Rewrites a block to run: the package import to the source entry, checked comments to recorders. */
function runnable(block: Block): {
  source: string;
  expectations: Map<number, { expression: string; expected: unknown }>;
} {
  const expectations = new Map<number, { expression: string; expected: unknown }>();
  const lines = block.code.split("\n").map((line, i) => {
    const withEntry = line.replace(/from "cstd-planner"/u, `from ${JSON.stringify(ENTRY)}`);
    const statement = /^(\s*)([^/\s].*?);\s*\/\/\s*(.+)$/u.exec(withEntry);
    if (statement === null) return withEntry;
    const [, indent, expression, comment] = statement as unknown as [string, string, string, string];
    // Declarations, control flow and multi-part statements are not expressions to check.
    if (/^(const|let|var|import|export|return|throw|if|for|while|await import)\b/u.test(expression))
      return withEntry;
    // Only a whole statement on one line: the end of a multi-line one is left as written.
    if (!balanced(expression)) return withEntry;
    const value = literal(comment);
    if (value === undefined) return withEntry;
    const at = block.line + i;
    expectations.set(at, { expression, expected: value.value });
    return `${indent}(globalThis as any).__docCheck(${at}, (${expression}));`;
  });
  return { source: `${lines.join("\n")}\nexport {};\n`, expectations };
}

describe("TypeScript blocks in README.md and docs/*.md", () => {
  afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

  it("finds the blocks, and almost none is marked no-run", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((block) => !block.run).length).toBeLessThanOrEqual(1);
  });

  it("type-checks every block as the project's own code (strict, with the package's types)", () => {
    const dir = join(SCRATCH, "types");
    mkdirSync(dir, { recursive: true });
    const names = blocks
      .filter((block) => block.run)
      .map((block) => {
        const name = `${block.file.replace(/\W/gu, "-")}-${block.line}.ts`;
        const code = block.code.replaceAll('from "cstd-planner"', `from ${JSON.stringify(ENTRY)}`);
        writeFileSync(join(dir, name), `${code}\nexport {};\n`);
        return name;
      });
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(ROOT, "tsconfig.json"),
        compilerOptions: { noUnusedLocals: false },
        include: names,
      }),
    );
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--noEmit"], {
        encoding: "utf8",
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  }, 120_000);

  it.each(
    blocks.filter((block) => block.run).map((block) => [`${block.file}:${block.line}`, block] as const),
  )(
    "%s runs as written and returns what its comments say",
    async (_name, block) => {
      const { source, expectations } = runnable(block);
      mkdirSync(SCRATCH, { recursive: true });
      const path = join(SCRATCH, `${block.file.replace(/\W/gu, "-")}-${block.line}.ts`);
      writeFileSync(path, source);
      const seen: Checked[] = [];
      (globalThis as Record<string, unknown>)["__docCheck"] = (line: number, actual: unknown) => {
        const expectation = expectations.get(line);
        if (expectation !== undefined) seen.push({ line, ...expectation, actual });
        return actual;
      };
      await import(path);
      const wrong = seen.filter((check) => !matches(check.actual, check.expected));
      expect(wrong).toStrictEqual([]);
      expect(seen.map((check) => check.line).sort()).toStrictEqual([...expectations.keys()].sort());
    },
    60_000,
  );
});
