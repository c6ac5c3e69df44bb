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
