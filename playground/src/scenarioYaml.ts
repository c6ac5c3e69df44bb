// A scenario as the editor shows it: YAML with short lists (action lines, goals, a cycle's themes) on
// one line, so the default fits on a screen and reads like a plan rather than a tree.

import { Document, isScalar, visit } from "yaml";

const HEADER = [
  " A scenario for cstd-planner. Edit it: the results follow as you type.",
  " `cycles` lists each cycle's themes (laid out as written); `cycles: 5` leaves them to the solver.",
  " Ctrl-Space completes keys and values; a problem is shown at its line.",
].join("\n");

export function scenarioYaml(spec: unknown): string {
  const document = new Document(spec);
  visit(document, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  document.commentBefore = HEADER;
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
