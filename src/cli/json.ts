// JSON files: `JSON.parse` builds the value (fast, and no bigger than the value itself); jsonc-parser's
// visitor walks the text without building a tree, to reject duplicate keys and to place values in the
// file only when a message needs a line. (The YAML parser over a 100 MB JSON file exhausted the heap.)
import { visit } from "jsonc-parser";
import type { Position } from "./errors.ts";

type Key = string | number;

/** What the walk calls: at the start of every value (with its path) and at every object key. */
interface Walker {
  /** `path` is the walk's own array, changed as it goes: copy it to keep it. */
  readonly value?: (path: readonly Key[], line: number, col: number) => void;
  readonly key?: (seen: Map<string, Position>, key: string, line: number, col: number) => void;
}

/** Thrown from a walker's callback to end the walk early. */
const STOP = Symbol("stop");

/** Walks JSON text with a path of object keys and array indices; positions are 0-based as jsonc-parser's. */
function walk(text: string, walker: Walker): void {
  const path: Key[] = [];
  const inArray: boolean[] = [];
  const keys: (Map<string, Position> | undefined)[] = [];
  const start = (line: number, col: number) => {
    const depth = inArray.length;
    if (depth > 0 && inArray[depth - 1] === true) path[depth - 1] = (path[depth - 1] as number) + 1;
    walker.value?.(path, line, col);
  };
  const open = (array: boolean, line: number, col: number) => {
    start(line, col);
    path.push(array ? -1 : "");
    inArray.push(array);
    keys.push(array || walker.key === undefined ? undefined : new Map());
  };
  const close = () => {
    path.pop();
    inArray.pop();
    keys.pop();
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (_offset, _length, line, col) => open(false, line, col),
        onArrayBegin: (_offset, _length, line, col) => open(true, line, col),
        onObjectEnd: close,
        onArrayEnd: close,
        onLiteralValue: (_value, _offset, _length, line, col) => start(line, col),
        onObjectProperty(property, _offset, _length, line, col) {
          path[path.length - 1] = property;
          const seen = keys[keys.length - 1];
          if (seen !== undefined) walker.key?.(seen, property, line, col);
        },
      },
      { disallowComments: true },
    );
  } catch (error) {
    if (error !== STOP) throw error;
  }
}

/** A key written twice in one object: where, and where it was first. */
export interface DuplicateKey {
  readonly key: string;
  readonly position: Position;
  readonly first: Position;
}

/**
 * The first key that appears twice in the same object (`JSON.parse` silently keeps the last one), or
 * undefined. Holds only the keys of the objects open at a time.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  let found: DuplicateKey | undefined;
  walk(text, {
    key(seen, key, line, col) {
      const position = { line: line + 1, col: col + 1 };
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, position);
        return;
      }
      found = { key, position, first };
      throw STOP;
    },
  });
  return found;
}

/** The position (1-based) of the first syntax error jsonc-parser finds, for messages that give none. */
export function firstSyntaxError(text: string): Position | undefined {
  let at: Position | undefined;
  try {
    visit(
      text,
      {
        onError(_error, _offset, _length, line, col) {
          at ??= { line: line + 1, col: col + 1 };
          throw STOP;
        },
      },
      { disallowComments: true },
    );
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return at;
}

interface Trie {
  readonly children: Map<Key, Trie>;
  position?: Position;
  /** How many of the asked paths end here. */
  ends: number;
}

/**
 * The line and column of the value at each path, or of its nearest ancestor in the text, in one walk
 * that ends as soon as every path is found.
 */
export function locateJson(text: string, paths: readonly (readonly Key[])[]): (Position | undefined)[] {
  const root: Trie = { children: new Map(), ends: 0 };
  let wanted = 0;
  for (const path of paths) {
    let node = root;
    for (const key of path) {
      let child = node.children.get(key);
      if (child === undefined) {
        child = { children: new Map(), ends: 0 };
        node.children.set(key, child);
      }
      node = child;
    }
    if (node.ends === 0) wanted++;
    node.ends++;
  }
  let found = 0;
  walk(text, {
    value(path, line, col) {
      let node: Trie | undefined = root;
      for (const key of path) {
        node = node.children.get(key);
        if (node === undefined) return;
      }
      if (node.position !== undefined) return;
      node.position = { line: line + 1, col: col + 1 };
      if (node.ends > 0) found++;
      if (found === wanted) throw STOP;
    },
  });
  return paths.map((path) => {
    let node = root;
    let best = root.position;
    for (const key of path) {
      const child = node.children.get(key);
      if (child?.position === undefined) break;
      node = child;
      best = child.position;
    }
    return best;
  });
}

/**
 * The position of the root value and of each of its direct members or items, keyed by
 * `JSON.stringify(path)`: one walk, then a lookup each, for callers that place every item of a list.
 */
export function shallowPositions(text: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  walk(text, {
    value(path, line, col) {
      if (path.length <= 1) positions.set(JSON.stringify(path), { line: line + 1, col: col + 1 });
    },
  });
  return positions;
}
