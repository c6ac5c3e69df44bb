// A format-neutral draft document: the Markdown and HTML reporters render the same blocks, so the
// two always say the same thing. Every string here is plain, unescaped text.

/** A block of the document. */
export type Block =
  | { readonly kind: "heading"; readonly text: string; readonly id: string }
  | { readonly kind: "paragraph"; readonly text: string }
  /** Labelled facts ("Horizon: 2027–2036"): a definition list in HTML, a bullet list in Markdown. */
  | { readonly kind: "facts"; readonly items: readonly (readonly [label: string, value: string])[] }
  | { readonly kind: "list"; readonly ordered: boolean; readonly items: readonly string[] }
  | {
      readonly kind: "table";
      readonly caption: string;
      readonly columns: readonly string[];
      /** Each row's first cell heads the row. */
      readonly rows: readonly (readonly string[])[];
      /** Indexes of the columns that hold identifiers (a rule's id, a path): code spans in Markdown. */
      readonly code?: readonly number[];
    }
  /** The programme's timeline (HTML: the SVG; Markdown: a Mermaid gantt). */
  | { readonly kind: "timeline" };

/** A top-level section: a second-level heading and its blocks (third-level headings inside). */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** The whole document. */
export interface DraftDocument {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly Section[];
}

/** What a cell or a fact says when there is nothing to list. */
export const NONE = "—";

/** `items` joined by `separator` ("C1, C3"), or `NONE` when there are none (or only empty ones). */
export function listOrNone(items: readonly (string | number)[] | undefined, separator = ", "): string {
  return items?.join(separator) || NONE;
}

// Block and section builders, so a section reads as its content.

/** A top-level section: its id (the anchor), its title and its blocks. */
export function section(id: string, title: string, blocks: readonly Block[]): Section {
  return { id, title, blocks };
}

/** A third-level heading, with the id its anchor takes. */
export function heading(id: string, text: string): Block {
  return { kind: "heading", id, text };
}

export function paragraph(text: string): Block {
  return { kind: "paragraph", text };
}

/** Labelled facts: `[label, value]` pairs. */
export function facts(items: readonly (readonly [label: string, value: string])[]): Block {
  return { kind: "facts", items };
}

export function list(ordered: boolean, items: readonly string[]): Block {
  return { kind: "list", ordered, items };
}

/** A table with its caption and column headers; `code` lists the columns that hold identifiers. */
export function table(
  caption: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  code?: readonly number[],
): Block {
  return { kind: "table", caption, columns, rows, ...(code === undefined ? {} : { code }) };
}
