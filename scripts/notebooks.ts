// Builds examples/notebooks/*.ipynb from their twins examples/NN-*.ts, so a notebook never drifts
// from the script that `npm test` runs. The twins use the percent format: `// %% [markdown]` starts
// a Markdown cell (its lines are `// ` comments), `// %%` a code cell. In the notebook, imports of
// ../src/index.ts become the local build ../../dist/index.js, and ./x imports become ../x.
//
//   npx tsx scripts/notebooks.ts           write every notebook
//   npx tsx scripts/notebooks.ts --check   exit 1 if any notebook differs from its twin
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const MARKER = /^\/\/ %%(?<markdown>\s+\[markdown\])?\s*$/u;

interface Cell {
  readonly kind: "markdown" | "code";
  readonly lines: string[];
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === "") start++;
  while (end > start && lines[end - 1]?.trim() === "") end--;
  return lines.slice(start, end);
}

/** A code line as the notebook has it: the library from the local build, helpers one folder up. */
function notebookLine(line: string): string {
  return line
    .replace(/(["'])\.\.\/src\/index\.ts\1/u, '"../../dist/index.js"')
    .replace(/(from\s+|import\s*\(\s*)(["'])\.\/(?<rest>[^"']+)\2/u, '$1"../$3"');
}

function cellsOf(source: string, name: string): Cell[] {
  const cells: Cell[] = [];
  let current: Cell | undefined;
  source.split("\n").forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (marker !== null) {
      current = { kind: marker.groups?.["markdown"] === undefined ? "code" : "markdown", lines: [] };
      cells.push(current);
    } else if (current === undefined) {
      if (line.trim() !== "")
        throw new Error(`${name}:${index + 1}: text before the first "// %%" cell marker`);
    } else if (current.kind === "markdown") {
      if (line.trim() !== "" && !line.startsWith("//")) {
        throw new Error(`${name}:${index + 1}: a Markdown cell holds only "// " comment lines`);
      }
      current.lines.push(line.replace(/^\/\/ ?/u, ""));
    } else {
      current.lines.push(notebookLine(line));
    }
  });
  return cells
    .map((cell) => ({ kind: cell.kind, lines: trimBlankLines(cell.lines) }))
    .filter((cell) => cell.lines.length > 0);
}

const sourceLines = (lines: readonly string[]) =>
  lines.map((line, k) => (k < lines.length - 1 ? `${line}\n` : line));

/**
 * The notebook (nbformat 4.5, Deno kernel, no outputs) for the example script `source`, which lives at
 * examples/`name`.
 */
export function notebookFor(source: string, name: string): string {
  const cells = cellsOf(source, name);
  const note = [
    `> The twin of [\`examples/${name}\`](../${name}), which \`npm test\` runs; edit that file, then`,
    "> `npm run notebooks`. This notebook imports the local build: run `npm run build` first.",
    "> How to open it: [docs/notebooks.md](../../docs/notebooks.md).",
  ];
  const all: Cell[] =
    cells[0]?.kind === "markdown"
      ? [cells[0], { kind: "markdown", lines: note }, ...cells.slice(1)]
      : [{ kind: "markdown", lines: note }, ...cells];
  const notebook = {
    cells: all.map((cell, k) =>
      cell.kind === "markdown"
        ? { cell_type: "markdown", id: `cell-${k + 1}`, metadata: {}, source: sourceLines(cell.lines) }
        : {
            cell_type: "code",
            execution_count: null,
            id: `cell-${k + 1}`,
            metadata: {},
            outputs: [],
            source: sourceLines(cell.lines),
          },
    ),
    metadata: {
      kernelspec: { display_name: "Deno", language: "typescript", name: "deno" },
      language_info: {
        codemirror_mode: "typescript",
        file_extension: ".ts",
        mimetype: "text/x.typescript",
        name: "typescript",
        nbconvert_exporter: "script",
        pygments_lexer: "typescript",
      },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}

/** The example scripts that have a notebook twin: examples/NN-*.ts. */
export function exampleScripts(folder = "examples"): string[] {
  return readdirSync(folder)
    .filter((name) => /^\d\d-.*\.ts$/u.test(name))
    .sort();
}

/** Path of a script's notebook. */
export const notebookPath = (name: string, folder = "examples") =>
  `${folder}/notebooks/${name.replace(/\.ts$/u, ".ipynb")}`;

/** Names of the notebooks that are missing or differ from their twins. */
export function staleNotebooks(folder = "examples"): string[] {
  return exampleScripts(folder).filter((name) => {
    const expected = notebookFor(readFileSync(`${folder}/${name}`, "utf8"), name);
    try {
      return readFileSync(notebookPath(name, folder), "utf8") !== expected;
    } catch {
      return true;
    }
  });
}

if (process.argv[1]?.endsWith("notebooks.ts")) {
  if (process.argv.includes("--check")) {
    const stale = staleNotebooks();
    for (const name of stale) console.log(`out of date: ${notebookPath(name)} (run npm run notebooks)`);
    process.exitCode = stale.length === 0 ? 0 : 1;
  } else {
    for (const name of exampleScripts()) {
      writeFileSync(notebookPath(name), notebookFor(readFileSync(`examples/${name}`, "utf8"), name));
      console.log(`wrote ${notebookPath(name)}`);
    }
  }
}
