// The JSON locator (jsonc-parser's visitor, no tree) places every value where the YAML parser, which
// the CLI used before over JSON too, placed it; and it finds a duplicate key wherever it is.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isNode, LineCounter, parseDocument } from "yaml";
import { findDuplicateKey, locateJson, shallowPositions } from "../../src/cli/json.ts";

type Path = (string | number)[];

/** Every path into a JSON value, the root's included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, k) => pathsOf(item, [...prefix, k]))];
  if (typeof value === "object" && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  }
  return here;
}

/** Where the YAML parser puts the value at `path` (1-based line and column). */
function yamlPosition(text: string, path: Path) {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const node = path.length === 0 ? document.contents : document.getIn(path, true);
  return isNode(node) && node.range ? counter.linePos(node.range[0]) : undefined;
}

// Keys the YAML parser reads as JSON does: no "<<" (a merge key in YAML).
const json = fc.jsonValue({ maxDepth: 4 }).filter((value) => !JSON.stringify(value).includes('"<<"'));

describe("locateJson", () => {
  test.prop([json, fc.constantFrom(0, 1, 2)], { numRuns: 150 })(
    "places every value where the YAML parser does",
    (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      const paths = pathsOf(value);
      const found = locateJson(text, paths);
      expect(found).toEqual(paths.map((path) => yamlPosition(text, path)));
    },
  );

  test.prop([json], { numRuns: 100 })(
    "indexes the root and its direct members as locateJson places them",
    (value) => {
      const text = JSON.stringify(value, null, 2);
      const paths = pathsOf(value).filter((path) => path.length <= 1);
      const index = shallowPositions(text);
      expect(paths.map((path) => index.get(JSON.stringify(path)))).toEqual(locateJson(text, paths));
      expect(index.size).toBe(paths.length);
    },
  );

  test.prop([json.filter((value) => typeof value === "object" && value !== null)], { numRuns: 100 })(
    "falls back to the nearest ancestor for a path not in the file",
    (value) => {
      const text = JSON.stringify(value, null, 2);
      const [atRoot] = locateJson(text, [["no such key", 3]]);
      expect(atRoot).toEqual({ line: 1, col: 1 });
    },
  );
});

describe("findDuplicateKey", () => {
  test.prop([fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 })], {
    numRuns: 100,
  })("finds a key written twice in one object, nested anywhere, and nothing in valid JSON", (object) => {
    const text = JSON.stringify({ outer: [object] }, null, 2);
    expect(findDuplicateKey(text)).toBeUndefined();
    const [key] = Object.keys(object);
    if (key === undefined) return;
    // The object is the only item of `outer`: its closing brace is the one at four spaces before "]".
    // A function, not a string: in a replacement string "$$" would become "$" (a key fast-check found).
    const target = text.replace(/\n {4}\}\n {2}\]/u, () => `,\n      ${JSON.stringify(key)}: 0\n    }\n  ]`);
    expect(target).not.toBe(text);
    expect(findDuplicateKey(target)?.key).toBe(key);
  });
});
