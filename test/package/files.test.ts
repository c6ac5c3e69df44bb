// Package hygiene (issue 13 part 6): what the package ships, and that every document a message or a
// rule's source names is shipped with it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  license: string;
  files: string[];
  repository?: { url?: string };
  bugs?: { url?: string };
  homepage?: string;
};

/** Every .ts file under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** An entry of "files" as a test of a path: the path itself, a folder above it, or a `*` pattern. */
function covers(entry: string, path: string): boolean {
  if (entry.includes("*")) {
    const pattern = entry.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, "\\$&"));
    return new RegExp(`^${pattern.join("[^/]*")}$`, "u").test(path);
  }
  return path === entry || path.startsWith(`${entry.replace(/\/$/u, "")}/`);
}

/** Whether `npm pack` includes a path (README and LICENSE always are). */
const shipped = (path: string) => pkg.files.some((entry) => covers(entry, path));

describe("the package's files", () => {
  it("has an MIT LICENSE, as package.json says", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync("LICENSE", "utf8")).toMatch(/^MIT License\n/u);
  });

  it("has a CHANGELOG.md with an Unreleased section, and ships it", () => {
    expect(readFileSync("CHANGELOG.md", "utf8")).toContain("\n## Unreleased\n");
    expect(shipped("CHANGELOG.md")).toBe(true);
  });

  it("says where the repository, its issues and its home page are", () => {
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/u);
    expect(pkg.bugs?.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues$/u);
    expect(pkg.homepage).toMatch(/^https:\/\//u);
  });

  it("does not ship the generated API reference (docs/api/, from npm run docs)", () => {
    expect(shipped("docs/api/index.html")).toBe(false);
    expect(shipped("docs/cli.md")).toBe(true);
  });

  it("ships every docs/ and reference/ file that the library's messages and rule sources name", () => {
    const named = new Set<string>();
    for (const file of sources("src")) {
      for (const match of readFileSync(file, "utf8").matchAll(
        /\b((?:docs|reference)\/[\w.-]+\.(?:md|txt))/gu,
      )) {
        if (match[1] !== undefined) named.add(match[1]);
      }
    }
    expect(named.size).toBeGreaterThan(0);
    for (const path of named) {
      expect({ path, exists: existsSync(path), shipped: shipped(path) }).toEqual({
        path,
        exists: true,
        shipped: true,
      });
    }
  });
});
