// The playground page: the editor, the worker that runs the library, and the wiring between them.

import "./style.css";
import type { CompletionData } from "./completion.ts";
import { byId, count, fill, h } from "./dom.ts";
import { createEditor, type ScenarioEditor } from "./editor.ts";
import { hashOf, scenarioOf } from "./hash.ts";
import type { Diagnostic, FromWorker, Ready, RegisterFile, ToWorker } from "./protocol.ts";
import { showProblems, showRegisters, showResults } from "./view.ts";

/** Wait this long after the last keystroke before analysing. */
const DEBOUNCE_MS = 250;
/** A worker busy this long with text the user has since changed is replaced by a fresh one. */
const STALE_MS = 2000;

const completion: CompletionData = { schema: undefined, draftSchema: undefined, actionLines: [], themes: [] };
let editor: ScenarioEditor | undefined;
let defaultScenario = "";

// --- the worker: one request at a time; the newest text waits, older ones are dropped ----------------

let worker: Worker;
let seq = 0;
let busy: { seq: number; since: number } | undefined;
let pending: string | undefined;
let registersSeq = 0;
let onReady: ((ready: Ready) => void) | undefined;

function startWorker(): void {
  worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "cstd-planner" });
  worker.addEventListener("message", (event: MessageEvent<FromWorker>) => receive(event.data));
  worker.addEventListener("error", (event) => {
    status(`The worker failed: ${event.message}`);
  });
}

const post = (message: ToWorker) => worker.postMessage(message);

let staleTimer: ReturnType<typeof setTimeout> | undefined;
/** Registers sent and not answered yet: a fresh worker is given them again. */
let registersInFlight: { seq: number; files: readonly RegisterFile[] } | undefined;

function analyse(text: string): void {
  clearTimeout(staleTimer);
  if (busy !== undefined) {
    pending = text;
    const waited = performance.now() - busy.since;
    if (waited <= STALE_MS) {
      // Wait for the answer, but not past the stale mark: then the text waiting here goes to a fresh worker.
      staleTimer = setTimeout(
        () => {
          if (pending !== undefined) analyse(pending);
        },
        STALE_MS - waited + 1,
      );
      return;
    }
    // The solver is still on text the user has changed since: drop that work rather than wait for it.
    worker.terminate();
    busy = undefined;
    startWorker();
    if (registersInFlight !== undefined) {
      post({ type: "registers", seq: registersInFlight.seq, files: registersInFlight.files });
    }
  }
  pending = undefined;
  seq += 1;
  busy = { seq, since: performance.now() };
  byId("results").setAttribute("aria-busy", "true");
  post({ type: "scenario", seq, text });
}

function receive(message: FromWorker): void {
  switch (message.type) {
    case "ready":
      onReady?.(message);
      return;
    case "scenario":
    case "failed": {
      if (message.type === "failed" && message.of === "registers") {
        if (registersInFlight?.seq === message.seq) registersInFlight = undefined;
        fill(
          "registers-result",
          h("p", { class: "bad" }, `Could not compare the registers: ${message.message}`),
        );
        return;
      }
      if (busy?.seq === message.seq) busy = undefined;
      if (pending !== undefined) {
        analyse(pending);
        return;
      }
      byId("results").removeAttribute("aria-busy");
      if (message.type === "failed") {
        status(`Something went wrong in the library: ${message.message}`);
        return;
      }
      if (editor === undefined || message.text !== editor.text()) return;
      const { result } = message;
      if (result.ok) {
        editor.show([]);
        showProblems([], "", go);
        showResults(result);
        completion.themes = result.programme.themes.map((theme) => ({ id: theme.id, title: theme.title }));
        byId("results").classList.remove("stale");
        fill("stale-note");
        status(result.mode === "drafted" ? "Drafted by the solver." : "Laid out as written.");
      } else {
        editor.show(result.diagnostics);
        showProblems(result.diagnostics, result.kind, go);
        byId("results").classList.add("stale");
        fill(
          "stale-note",
          "These results are for the last valid scenario: fix the problems in the scenario to update them.",
        );
        status(
          result.kind === "infeasible"
            ? "No programme satisfies the scenario's constraints together."
            : `${count(result.diagnostics.length, "problem")} in the scenario.`,
        );
      }
      return;
    }
    case "registers":
      if (registersInFlight?.seq === message.seq) registersInFlight = undefined;
      if (message.seq === registersSeq) showRegisters(message.result);
      return;
    case "download":
      save(message.file, message.mime, message.data);
      return;
    case "download-failed":
      status(`Could not make the ${message.id} file: ${message.message}`);
      return;
    default: {
      const unreachable: never = message;
      throw new Error(`unknown message ${JSON.stringify(unreachable)}`);
    }
  }
}

function go(diagnostic: Diagnostic): void {
  editor?.select(diagnostic.from, diagnostic.to);
}

/** Says what happened in the live region, once: the same words again are not announced again. */
function status(text: string): void {
  if (byId("status").textContent !== text) fill("status", text);
}

// --- downloads: the worker makes the file, the page hands it to the browser ----------------------------

function save(file: string, mime: string, data: string | Uint8Array): void {
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: file, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  status(`Saved ${file} (${blob.size.toLocaleString("en")} bytes).`);
}

function showDownloads(downloads: Ready["downloads"]): void {
  fill(
    "downloads",
    downloads.map((download) => {
      const button = h("button", { type: "button", "data-download": download.id }, download.label);
      button.addEventListener("click", () => {
        post({ type: "download", id: download.id, scenario: editor?.text() ?? "" });
      });
      return h("li", {}, button, " ", h("span", { class: "hint" }, download.file));
    }),
  );
}

// --- registers: files read here and compared in the worker; nothing is sent anywhere ---------------------

async function readRegisters(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const read: RegisterFile[] = await Promise.all(
    files.map(async (file) => ({ name: file.name, text: await file.text() })),
  );
  registersSeq = ++seq;
  registersInFlight = { seq: registersSeq, files: read };
  fill("registers-result", h("p", {}, `Reading ${read.map((file) => file.name).join(", ")}…`));
  post({ type: "registers", seq: registersSeq, files: read });
}

function wireRegisters(): void {
  const zone = byId("dropzone");
  const input = byId<HTMLInputElement>("register-files");
  input.addEventListener("change", () => {
    void readRegisters([...(input.files ?? [])]);
  });
  // Anywhere on the page: a file dropped outside the zone would otherwise make the browser open it.
  document.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) {
      event.preventDefault();
      zone.classList.add("over");
    }
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) zone.classList.remove("over");
  });
  document.addEventListener("drop", (event) => {
    if (event.dataTransfer === null || event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    zone.classList.remove("over");
    void readRegisters([...event.dataTransfer.files]);
  });
}

// --- the URL hash: the scenario, so a link reproduces it ------------------------------------------------

let hashTimer: ReturnType<typeof setTimeout> | undefined;

function keepInHash(text: string): void {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(async () => {
    const hash = text === defaultScenario ? "" : await hashOf(text);
    if (hash !== location.hash)
      history.replaceState(null, "", hash === "" ? location.pathname + location.search : hash);
  }, DEBOUNCE_MS * 2);
}

// --- start ----------------------------------------------------------------------------------------------

async function start(): Promise<void> {
  const ready = new Promise<Ready>((resolve) => {
    onReady = resolve;
  });
  startWorker();
  const first = await ready;
  onReady = (again) => showDownloads(again.downloads);
  defaultScenario = first.defaultScenario;
  completion.schema = first.schema;
  completion.draftSchema = first.draftSchema;
  completion.actionLines = first.actionLines;
  showDownloads(first.downloads);
  wireRegisters();

  const fromLink = await scenarioOf(location.hash);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const host = byId("editor");
  byId("editor-loading").remove();
  editor = createEditor(host, fromLink ?? defaultScenario, completion, (text) => {
    clearTimeout(timer);
    timer = setTimeout(() => analyse(text), DEBOUNCE_MS);
    keepInHash(text);
  });
  byId("reset").addEventListener("click", () => editor?.setText(defaultScenario));
  window.addEventListener("hashchange", async () => {
    const text = await scenarioOf(location.hash);
    if (text !== undefined && text !== editor?.text()) editor?.setText(text);
  });
  analyse(editor.text());
}

void start();
