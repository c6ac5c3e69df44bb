import { OPAQUE } from "./hostile.ts";

// A structural fingerprint of a value that never runs the value's code (no getters, no Proxy traps)
// and notes every frozen object on the way, to tell whether a call changed or froze its input.

const MAX_DEPTH = 2_000;

export interface Fingerprint {
  readonly text: string;
  /** Paths of frozen objects found (a fresh input has none). */
  readonly frozen: readonly string[];
}

export function fingerprint(value: unknown): Fingerprint {
  const parts: string[] = [];
  const frozen: string[] = [];
  const seen = new Map<object, string>();
  const walk = (current: unknown, path: string, depth: number): void => {
    if (current === null) return void parts.push("null");
    switch (typeof current) {
      case "string":
        parts.push(JSON.stringify(current));
        return;
      case "number":
        parts.push(Object.is(current, -0) ? "-0" : String(current));
        return;
      case "bigint":
        parts.push(`${current}n`);
        return;
      case "boolean":
      case "undefined":
        parts.push(String(current));
        return;
      case "symbol":
        parts.push(`symbol(${current.description ?? ""})`);
        return;
      case "function":
        parts.push(`function(${current.name})`);
        return;
      default:
        break;
    }
    const object = current as object;
    if (OPAQUE.has(object)) return void parts.push("<opaque>");
    const earlier = seen.get(object);
    if (earlier !== undefined) return void parts.push(`<ref ${earlier}>`);
    seen.set(object, path);
    if (depth > MAX_DEPTH) return void parts.push("<deep>");
    if (Object.isFrozen(object)) frozen.push(path === "" ? "(root)" : path);
    if (object instanceof Uint8Array) return void parts.push(`bytes(${Array.from(object).join(",")})`);
    if (object instanceof Date) return void parts.push(`date(${object.getTime()})`);
    if (object instanceof Map) {
      parts.push("map{");
      let i = 0;
      for (const [key, item] of object) {
        walk(key, `${path}<key ${i}>`, depth + 1);
        parts.push("=>");
        walk(item, `${path}<${i}>`, depth + 1);
        parts.push(",");
        i++;
      }
      return void parts.push("}");
    }
    if (object instanceof Set) {
      parts.push("set{");
      let i = 0;
      for (const item of object) {
        walk(item, `${path}<${i++}>`, depth + 1);
        parts.push(",");
      }
      return void parts.push("}");
    }
    const proto = Object.getPrototypeOf(object);
    parts.push(Array.isArray(object) ? "[" : proto === null ? "null{" : "{");
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      if (descriptor === undefined) continue;
      if ((Array.isArray(object) && key === "length") || key === "stack") continue;
      parts.push(typeof key === "symbol" ? `[${String(key)}]` : JSON.stringify(key), ":");
      if (descriptor.get !== undefined || descriptor.set !== undefined) parts.push("<accessor>");
      else walk(descriptor.value, `${path}.${String(key)}`, depth + 1);
      parts.push(descriptor.enumerable ? "," : "~,");
    }
    parts.push(Array.isArray(object) ? "]" : "}");
  };
  walk(value, "", 0);
  return { text: parts.join(""), frozen };
}
