// Shows an example's results: inline in a Jupyter notebook run by Deno's kernel (Markdown, HTML
// tables, SVG), as plain text in a terminal. Files go under the repository's out/ folder wherever
// the example runs from, since a notebook's kernel starts in examples/notebooks/.
import { mkdir, readFile, writeFile } from "node:fs/promises";

/** The part of Deno's Jupyter API the examples use (present only inside a Deno notebook). */
interface DenoJupyter {
  display(bundle: Record<string, string>, options: { raw: true }): Promise<void> | void;
}

const jupyter = (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno?.jupyter;

/** Whether the example runs inside a Jupyter notebook. */
export const inNotebook: boolean = jupyter !== undefined;

const ROOT = new URL("../../", import.meta.url);

async function display(bundle: Record<string, string>): Promise<void> {
  await jupyter?.display(bundle, { raw: true });
}

/** Reads a file of the repository, by its path from the repository's root. */
export function readRepoFile(path: string): Promise<string> {
  return readFile(new URL(path, ROOT), "utf8");
}

/** Writes `text` (or bytes) to `out/<name>` (creating folders) and returns that path, for printing. */
export async function writeOut(name: string, text: string | Uint8Array): Promise<string> {
  const url = new URL(`out/${name}`, ROOT);
  await mkdir(new URL(".", url), { recursive: true });
  await writeFile(url, text, "utf8");
  return `out/${name}`;
}

/** A heading: Markdown in a notebook, an underlined line in a terminal. */
export async function showHeading(text: string): Promise<void> {
  if (inNotebook) await display({ "text/markdown": `### ${text}`, "text/plain": text });
  else console.log(`\n${text}\n${"─".repeat(Math.min(text.length, 100))}`);
}

/** Markdown: rendered in a notebook; in a terminal, its first `maxLines` lines. */
export async function showMarkdown(markdown: string, { maxLines = 30 } = {}): Promise<void> {
  if (inNotebook) {
    await display({ "text/markdown": markdown, "text/plain": markdown });
    return;
  }
  const lines = markdown.trimEnd().split("\n");
  console.log(lines.slice(0, maxLines).join("\n"));
  if (lines.length > maxLines) console.log(`… (${lines.length - maxLines} more lines)`);
}

/** An HTML page or fragment: rendered in a notebook; in a terminal, one line saying what it is. */
export async function showHtml(html: string, label = "HTML"): Promise<void> {
  if (inNotebook) await display({ "text/html": html, "text/plain": label });
  else console.log(`(${label}: ${Math.round(html.length / 1024)} kB of HTML; open it in a browser)`);
}

/** An SVG picture: drawn in a notebook; in a terminal, one line saying what it is. */
export async function showSvg(svg: string, label = "SVG"): Promise<void> {
  if (inNotebook) await display({ "image/svg+xml": svg, "text/plain": label });
  else console.log(`(${label}: ${Math.round(svg.length / 1024)} kB of SVG; open it in a browser)`);
}

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Rows of plain values: an HTML table in a notebook, `console.table` in a terminal. */
export async function showTable(rows: readonly Record<string, unknown>[]): Promise<void> {
  if (!inNotebook) {
    console.table(rows);
    return;
  }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => escapeHtml(value === undefined ? "" : String(value));
  const html = [
    "<table>",
    `<thead><tr>${columns.map((column) => `<th>${cell(column)}</th>`).join("")}</tr></thead>`,
    "<tbody>",
    ...rows.map((row) => `<tr>${columns.map((column) => `<td>${cell(row[column])}</td>`).join("")}</tr>`),
    "</tbody>",
    "</table>",
  ].join("\n");
  const text = rows.map((row) => columns.map((column) => String(row[column] ?? "")).join("\t")).join("\n");
  await display({ "text/html": html, "text/plain": text });
}
