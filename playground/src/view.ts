// The results as the page shows them: plain HTML built from the worker's data, text always as text.

import type { Programme } from "cstd-planner";
import { byId, count, fill, h } from "./dom.ts";
import type { Diagnostic, RegistersResult, ScenarioResult } from "./protocol.ts";

type Ok = Extract<ScenarioResult, { ok: true }>;

const ordinal = (n: number) => {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;
};

const MANDATE: Record<string, string> = { wsis: "WSIS", sti: "STI", both: "WSIS and STI" };
const PHASE: Record<string, string> = { review: "review", policy: "policy", combined: "review and policy" };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "10–14 May", "28 Apr–2 May" for two ISO dates of one year (the year is shown beside it). */
function dateRange(opens: string, closes: string): string {
  const [, m1 = "1", d1 = "1"] = opens.split("-");
  const [, m2 = "1", d2 = "1"] = closes.split("-");
  const month = (m: string) => MONTHS[Number(m) - 1] ?? m;
  return m1 === m2
    ? `${Number(d1)}–${Number(d2)} ${month(m1)}`
    : `${Number(d1)} ${month(m1)}–${Number(d2)} ${month(m2)}`;
}

const yearsOf = (years: readonly number[]) =>
  years.length <= 1 ? String(years[0] ?? "") : `${years[0]}–${years[years.length - 1]}`;

function mandateTag(programme: Programme, id: string): Node | string {
  const mandate = programme.themes.find((theme) => theme.id === id)?.mandate;
  return mandate === undefined ? "" : h("span", { class: `mandate ${mandate}` }, MANDATE[mandate] ?? mandate);
}

function titleOf(programme: Programme): (id: string) => string {
  const titles = new Map(programme.themes.map((theme) => [theme.id as string, theme.title]));
  return (id) => titles.get(id) ?? id;
}

let shownProblems = "";

/** Lists the scenario's problems under the editor (a live region: problems unchanged are not redrawn). */
export function showProblems(
  diagnostics: readonly Diagnostic[],
  kind: string,
  go: (d: Diagnostic) => void,
): void {
  const key = JSON.stringify([kind, diagnostics]);
  if (key === shownProblems) return;
  shownProblems = key;
  const heading =
    diagnostics.length === 0
      ? "No problems in the scenario."
      : kind === "infeasible"
        ? `No programme satisfies these constraints together (${count(diagnostics.length, "constraint")}):`
        : `${count(diagnostics.length, "problem")} in the scenario:`;
  fill("problems-summary", heading);
  fill(
    "problems",
    diagnostics.map((diagnostic) =>
      h(
        "li",
        {},
        h(
          "button",
          { type: "button", class: "link", "data-line": String(diagnostic.line) },
          diagnostic.where === "" && kind !== "yaml"
            ? "The scenario as a whole"
            : `Line ${diagnostic.line}, column ${diagnostic.col}`,
        ),
        " ",
        diagnostic.where === "" ? "" : h("code", {}, diagnostic.where),
        diagnostic.where === "" ? "" : ": ",
        diagnostic.message,
      ),
    ),
  );
  const buttons = byId("problems").querySelectorAll("button");
  buttons.forEach((button, i) => {
    const diagnostic = diagnostics[i];
    if (diagnostic !== undefined) button.addEventListener("click", () => go(diagnostic));
  });
}

function glance(result: Ok): Node[] {
  const { programme } = result;
  const title = titleOf(programme);
  const first = programme.sessions[0]?.number;
  const last = programme.sessions[programme.sessions.length - 1]?.number;
  const facts = [
    `${programme.startYear}–${programme.endYear}`,
    `${count(programme.cycles.length, "cycle")} of ${count(programme.cycleLength, "year")}`,
    count(programme.sessions.length, "session"),
    first === undefined || last === undefined ? "" : `${ordinal(first)} to ${ordinal(last)}`,
    count(programme.themes.length, "theme"),
  ].filter((fact) => fact !== "");
  const rows = programme.cycles.map((cycle) =>
    h(
      "tr",
      {},
      h(
        "th",
        { scope: "row" },
        h("span", { class: "number" }, `${cycle.index + 1}`),
        h("br"),
        h("span", { class: "years" }, yearsOf(cycle.years)),
      ),
      h(
        "td",
        {},
        h(
          "ul",
          { class: "plain" },
          cycle.themes.map((id) => h("li", {}, title(id), mandateTag(programme, id))),
        ),
      ),
      h(
        "td",
        {},
        h(
          "ul",
          { class: "plain" },
          programme.sessions
            .filter((session) => session.cycle === cycle.index)
            .map((session) =>
              h(
                "li",
                { "data-year": String(session.year) },
                h("strong", {}, String(session.year)),
                session.number === undefined ? "" : ` · ${ordinal(session.number)}`,
                ` · ${PHASE[session.phase] ?? session.phase} · ${dateRange(session.opens, session.closes)}`,
                session.highLevelSegment ? h("span", { class: "tag" }, "high-level segment") : "",
              ),
            ),
        ),
      ),
    ),
  );
  return [
    h("h3", { id: "programme-title" }, programme.title),
    h("p", { id: "programme-facts" }, facts.join(" · ")),
    h(
      "div",
      { class: "scroll" },
      h(
        "table",
        { id: "cycles" },
        h("caption", { id: "glance-caption" }, "Cycles, their themes and sessions"),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ["Cycle", "Themes", "Sessions"].map((label) => h("th", { scope: "col" }, label)),
          ),
        ),
        h("tbody", {}, rows),
      ),
    ),
    h(
      "details",
      {},
      h("summary", {}, `The ${count(programme.themes.length, "theme")} and their action lines`),
      h(
        "ul",
        { id: "themes" },
        programme.themes.map((theme) =>
          h(
            "li",
            {},
            h("strong", {}, theme.title),
            ` (${theme.id}; ${MANDATE[theme.mandate] ?? theme.mandate}`,
            theme.actionLines.length === 0 ? "" : `; ${theme.actionLines.join(", ")}`,
            theme.sdgs.length === 0 ? "" : `; SDGs ${theme.sdgs.join(", ")}`,
            ")",
          ),
        ),
      ),
    ),
  ];
}

function timeline(svg: string): Node[] {
  // The library escapes every string it writes into the SVG; parsed as XML (never as HTML), it cannot
  // carry a script, and the CSP forbids inline ones anyway.
  const parsed = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  if (parsed.nodeName !== "svg") return [h("p", {}, "The timeline could not be drawn.")];
  parsed.removeAttribute("width");
  parsed.removeAttribute("height");
  return [document.importNode(parsed, true)];
}

function solver(result: Ok): Node[] {
  const { stats } = result;
  if (stats === undefined) {
    return [
      h(
        "p",
        { id: "solver-status" },
        h("strong", {}, "Laid out as written"),
        ": each cycle lists its themes, so the solver did not run.",
      ),
      h(
        "p",
        { class: "hint" },
        "Write ",
        h("code", {}, `cycles: ${result.programme.cycles.length}`),
        " to let the solver choose the themes of each cycle.",
      ),
    ];
  }
  const status = stats.optimal
    ? [
        h("strong", {}, "Proven optimal"),
        `: no programme scores better on the rules (score ${stats.objective}, lower bound ${stats.bound}).`,
      ]
    : [
        h("strong", {}, `Gap ${(stats.gap * 100).toFixed(1)} %`),
        `: the best programme found scores ${stats.objective}; none can score below ${stats.bound}. The search stopped at its step budget.`,
      ];
  return [
    h("p", { id: "solver-status" }, ...status),
    h("p", {}, `Drafted by the solver in ${result.millis} ms (${count(stats.steps, "search step")}).`),
    h(
      "p",
      { id: "solver-left-out" },
      stats.leftOut.length === 0
        ? "Left out: no theme."
        : `Left out (optional themes that did not fit): ${stats.leftOut.map(titleOf(result.programme)).join("; ")}.`,
    ),
  ];
}

function findings(result: Ok): Node[] {
  const { check } = result;
  const verdict =
    check.hard + check.soft === 0
      ? "No findings: the programme keeps every rule."
      : `${count(check.hard, "hard finding")} and ${count(check.soft, "soft finding")}${check.ok ? "." : ": the programme is not acceptable until the hard findings are fixed."}`;
  return [
    h("p", { id: "findings-verdict", class: check.ok ? "ok" : "bad" }, verdict),
    ...check.groups.map((group) =>
      h(
        "section",
        { class: "rule", "aria-labelledby": `rule-${group.rule}` },
        h(
          "h4",
          { id: `rule-${group.rule}` },
          h("code", {}, group.rule),
          ` · ${count(group.findings.length, "finding")}`,
        ),
        group.description === "" ? "" : h("p", { class: "hint" }, group.description),
        group.refs.length === 0
          ? ""
          : h(
              "ul",
              { class: "hint sources", "aria-label": "Sources" },
              group.refs.map((ref) => h("li", {}, ref)),
            ),
        h(
          "ul",
          {},
          group.findings.map((finding) =>
            h(
              "li",
              {},
              h("span", { class: `severity ${finding.severity}` }, finding.severity),
              " ",
              finding.message,
              finding.explanation === ""
                ? ""
                : h(
                    "details",
                    {},
                    h("summary", {}, "Where and what it involves"),
                    h("pre", {}, finding.explanation),
                  ),
            ),
          ),
        ),
      ),
    ),
  ];
}

function ungis(result: Ok): (Node | string)[] {
  const { plan, alignment } = result;
  const gaps = alignment.gaps;
  return [
    h(
      "p",
      { id: "alignment-summary" },
      `Coherence ${Math.round(alignment.coherence * 100)} %: ${alignment.counts.matched} of ${alignment.counts.cstd} Commission themes-by-year have a UNGIS parallel`,
      gaps.length === 0 ? "; no gaps." : `; ${count(gaps.length, "gap")}.`,
    ),
    gaps.length === 0
      ? ""
      : h(
          "ul",
          { id: "alignment-gaps" },
          gaps.map((gap) =>
            h(
              "li",
              {},
              `${gap.year}: ${gap.title} (missing in ${gap.missingIn === "ungis" ? "the UNGIS plan" : "the Commission's programme"}). ${gap.suggestion}`,
            ),
          ),
        ),
    h(
      "div",
      { class: "scroll" },
      h(
        "table",
        { id: "ungis-plan" },
        h("caption", { id: "ungis-caption" }, "Proposed UNGIS parallel plan (proposeUngisPlan)"),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ["Year", "Chair", "Themes and lead agencies"].map((label) => h("th", { scope: "col" }, label)),
          ),
        ),
        h(
          "tbody",
          {},
          plan.years.map((year) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, String(year.year)),
              h("td", {}, year.chair ?? ""),
              h(
                "td",
                {},
                h(
                  "ul",
                  { class: "plain" },
                  year.themes.map((theme) =>
                    h(
                      "li",
                      {},
                      theme.title,
                      theme.lead === undefined || theme.lead.length === 0
                        ? ""
                        : h("span", { class: "hint" }, ` (lead: ${theme.lead.join(", ")})`),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}

/** Shows a valid scenario's results in their sections. */
export function showResults(result: Ok): void {
  fill("glance", glance(result));
  fill("timeline", timeline(result.svg));
  fill("findings", findings(result));
  fill("solver", solver(result));
  fill("ungis", ungis(result));
}

export function showRegisters(result: RegistersResult): void {
  const { report, records } = result;
  const name = (id: string) => {
    const record = records[id];
    return record === undefined ? id : `${record.title} (${record.agency}, ${id})`;
  };
  const pairs = report?.pairs.filter((pair) => pair.match) ?? [];
  fill(
    "registers-result",
    h(
      "p",
      { id: "registers-summary" },
      result.files
        .map(
          (file) =>
            `${file.name}: ${count(file.activities, "activity", "activities")} (${file.format === "iati" ? "IATI XML" : "CSV"})`,
        )
        .join("; "),
      ". ",
      report === undefined
        ? "No activities to compare."
        : `${count(pairs.length, "duplicate pair")}${report.groups.length === 0 ? "" : ` in ${count(report.groups.length, "group")}`}.`,
    ),
    result.problems.length === 0
      ? ""
      : h(
          "details",
          { open: true },
          h("summary", {}, `${count(result.problems.length, "record")} could not be read`),
          h(
            "ul",
            {},
            result.problems.map((problem) =>
              h(
                "li",
                {},
                `${problem.file}, line ${problem.line}: `,
                problem.where === "" ? "" : h("code", {}, problem.where),
                problem.where === "" ? "" : ": ",
                problem.message,
              ),
            ),
          ),
        ),
    pairs.length === 0
      ? ""
      : h(
          "ol",
          { id: "pairs" },
          pairs.map((pair) =>
            h(
              "li",
              {},
              h("p", {}, h("strong", {}, name(pair.a)), " and ", h("strong", {}, name(pair.b))),
              h("p", { class: "hint" }, `${pair.kind}, score ${pair.score.toFixed(2)}`),
              h(
                "ul",
                {},
                pair.reasons.map((reason) => h("li", {}, reason)),
              ),
            ),
          ),
        ),
    report === undefined || report.groupDetails.length === 0
      ? ""
      : h(
          "section",
          { "aria-labelledby": "groups-heading" },
          h("h3", { id: "groups-heading" }, "Groups"),
          h(
            "ul",
            { id: "groups" },
            report.groupDetails.map((group) =>
              h(
                "li",
                {},
                `${group.ids.join(", ")}: reported by ${group.agencies.join(", ")}`,
                group.actionLines.length === 0 ? "" : `; shared action lines ${group.actionLines.join(", ")}`,
                group.lead === undefined
                  ? ""
                  : // The reason names the agency: "ITU (…) is the lead facilitator of C2 … and reports …".
                    `. Suggested lead: ${group.lead.reason.replace(/\.$/u, "")}`,
                ".",
              ),
            ),
          ),
        ),
  );
}
