// The playground's worker: every call into the library happens here, so drafting never blocks typing.

import { ACTION_LINES, jsonSchemaFor, WSIS_DEFAULT_SPEC } from "cstd-planner";
import { analyseScenario, type Outcome } from "./analyse.ts";
import { DOWNLOADS } from "./downloads.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";
import { analyseRegisters } from "./registers.ts";
import { scenarioYaml } from "./scenarioYaml.ts";

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let last: Outcome | undefined;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function download(id: string, scenario: string): Promise<void> {
  const entry = DOWNLOADS.find((candidate) => candidate.id === id);
  if (entry === undefined) {
    scope.postMessage({ type: "download-failed", id, message: `no download "${id}"` });
    return;
  }
  if (entry.from === "programme" && last === undefined) {
    scope.postMessage({
      type: "download-failed",
      id,
      message: "no valid programme yet: fix the scenario first",
    });
    return;
  }
  try {
    const data = await (entry.from === "scenario" ? entry.render(scenario) : entry.render(last as Outcome));
    const transfer = typeof data === "string" ? [] : [data.buffer as ArrayBuffer];
    scope.postMessage({ type: "download", id, file: entry.file, mime: entry.mime, data }, transfer);
  } catch (error) {
    scope.postMessage({ type: "download-failed", id, message: errorText(error) });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case "scenario": {
      try {
        const { result, outcome } = analyseScenario(message.text);
        if (outcome !== undefined) last = outcome;
        scope.postMessage({ type: "scenario", seq: message.seq, text: message.text, result });
      } catch (error) {
        scope.postMessage({ type: "failed", of: "scenario", seq: message.seq, message: errorText(error) });
      }
      return;
    }
    case "download":
      void download(message.id, message.scenario);
      return;
    case "registers": {
      try {
        scope.postMessage({ type: "registers", seq: message.seq, result: analyseRegisters(message.files) });
      } catch (error) {
        scope.postMessage({ type: "failed", of: "registers", seq: message.seq, message: errorText(error) });
      }
      return;
    }
    default: {
      const unreachable: never = message;
      throw new Error(`unknown message ${JSON.stringify(unreachable)}`);
    }
  }
};

scope.postMessage({
  type: "ready",
  defaultScenario: scenarioYaml(WSIS_DEFAULT_SPEC),
  schema: jsonSchemaFor("spec"),
  draftSchema: jsonSchemaFor("draftSpec"),
  actionLines: ACTION_LINES.map((line) => ({ id: line.id, title: line.title })),
  downloads: DOWNLOADS.map(({ id, label, file }) => ({ id, label, file })),
});
