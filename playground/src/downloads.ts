// The files the page offers, one entry each: the button's label, the file's name and type, and how the
// worker makes it from the last valid programme (or from the scenario text itself). A format is one
// more entry here; the page builds its buttons from this list.

import {
  findingsToCsv,
  type RenderExtras,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderTimelineSvg,
  toCsv,
  toICalendar,
  toJson,
} from "cstd-planner";
import type { Outcome } from "./analyse.ts";

/** A file's content: text, or bytes (a Word document), possibly made asynchronously. */
type Content = string | Uint8Array | Promise<string | Uint8Array>;

/** Made from the last valid programme, or (`scenario`) the editor's text as it is, valid or not. */
export type Download = {
  readonly id: string;
  readonly label: string;
  readonly file: string;
  readonly mime: string;
} & (
  | { readonly from: "programme"; readonly render: (outcome: Outcome) => Content }
  | { readonly from: "scenario"; readonly render: (scenario: string) => Content }
);

const extrasOf = (outcome: Outcome): RenderExtras => ({ check: outcome.check, alignment: outcome.alignment });

export const DOWNLOADS: readonly Download[] = [
  {
    id: "md",
    label: "Markdown",
    file: "programme.md",
    mime: "text/markdown",
    from: "programme",
    render: (outcome) => renderMarkdown(outcome.programme, extrasOf(outcome)),
  },
  {
    id: "html",
    label: "HTML",
    file: "programme.html",
    mime: "text/html",
    from: "programme",
    render: (outcome) => renderHtml(outcome.programme, extrasOf(outcome)),
  },
  {
    id: "docx",
    label: "Word",
    file: "programme.docx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    from: "programme",
    render: (outcome) => renderDocx(outcome.programme, extrasOf(outcome)),
  },
  {
    id: "ics",
    label: "iCalendar",
    file: "programme.ics",
    mime: "text/calendar",
    from: "programme",
    render: (outcome) => toICalendar(outcome.programme),
  },
  {
    id: "csv",
    label: "CSV (sessions)",
    file: "programme.csv",
    mime: "text/csv",
    from: "programme",
    render: (outcome) => toCsv(outcome.programme),
  },
  {
    id: "findings-csv",
    label: "CSV (findings)",
    file: "findings.csv",
    mime: "text/csv",
    from: "programme",
    render: (outcome) => findingsToCsv(outcome.check),
  },
  {
    id: "json",
    label: "JSON",
    file: "programme.json",
    mime: "application/json",
    from: "programme",
    render: (outcome) => toJson(outcome.programme),
  },
  {
    id: "svg",
    label: "Timeline (SVG)",
    file: "timeline.svg",
    mime: "image/svg+xml",
    from: "programme",
    render: (outcome) => renderTimelineSvg(outcome.programme),
  },
  {
    id: "scenario",
    label: "Scenario (YAML)",
    file: "scenario.yaml",
    mime: "application/yaml",
    from: "scenario",
    render: (scenario) => scenario,
  },
];
