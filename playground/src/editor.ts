// The scenario editor: CodeMirror 6 with YAML, the lint gutter for the problems the worker finds, and
// completion from the spec's JSON Schema. Tab is left to move focus, so the page stays keyboard-usable
// (CodeMirror's own advice for accessible editors); indentation uses the Enter key's auto-indent.
//
// The editor lives in a shadow root: there CodeMirror's styles go in a constructed style sheet, which
// the page's CSP (style-src 'self', no 'unsafe-inline') allows; in the document itself they would go
// in a <style> element, which it blocks.

import { autocompletion } from "@codemirror/autocomplete";
import { yaml } from "@codemirror/lang-yaml";
import { type Diagnostic as LintDiagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorSelection } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { basicSetup } from "codemirror";
import { type CompletionData, scenarioCompletion } from "./completion.ts";
import type { Diagnostic } from "./protocol.ts";

const THEME = EditorView.theme({
  "&": {
    height: "60vh",
    minHeight: "18rem",
    fontSize: "0.9rem",
    border: "1px solid #cbd5e1",
    backgroundColor: "#fff",
    borderRadius: "4px",
  },
  "&.cm-focused": { outline: "2px solid #1d4ed8", outlineOffset: "1px" },
  ".cm-scroller": {
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  },
});

export interface ScenarioEditor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  show(diagnostics: readonly Diagnostic[]): void;
  select(from: number, to: number): void;
}

export function createEditor(
  parent: HTMLElement,
  initial: string,
  completion: CompletionData,
  onChange: (text: string) => void,
): ScenarioEditor {
  const root = parent.attachShadow({ mode: "open" });
  const view = new EditorView({
    root,
    parent: root,
    doc: initial,
    extensions: [
      basicSetup,
      THEME,
      yaml(),
      lintGutter(),
      autocompletion({ override: [scenarioCompletion(completion)] }),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({
        "aria-label": "Scenario (YAML)",
        "aria-describedby": "editor-help problems-summary",
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    show(diagnostics) {
      const length = view.state.doc.length;
      const lint: LintDiagnostic[] = diagnostics.map((diagnostic) => {
        const from = Math.min(diagnostic.from, length);
        return {
          from,
          to: Math.min(Math.max(diagnostic.to, from), length),
          severity: "error",
          message:
            diagnostic.where === "" ? diagnostic.message : `${diagnostic.where}: ${diagnostic.message}`,
        };
      });
      view.dispatch(setDiagnostics(view.state, lint));
    },
    select(from, to) {
      const length = view.state.doc.length;
      view.dispatch({
        selection: EditorSelection.single(Math.min(from, length), Math.min(to, length)),
        scrollIntoView: true,
      });
      view.focus();
    },
  };
}
