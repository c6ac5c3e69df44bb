// Package hygiene (issue 13 part 6): what the package ships, and that every document a message or a
// rule's source names is shipped with it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  license: string;
  files: string[];
  types: string;
  exports: { ".": { import: { types: string }; module: { types: string } } };
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

describe("declaration maps", () => {
  it("map the declarations TypeScript reads for import into the shipped TypeScript sources", () => {
    // What `npm run build` emits into dist/esm/ (tsconfig.build.json), declarations only, into a
    // folder as deep as dist/esm/, so the maps' relative paths are those the package's maps hold.
    const out = mkdtempSync(join("node_modules", ".cstd-planner-dts-"));
    try {
      const tsc = spawnSync(
        process.execPath,
        [
          "node_modules/typescript/bin/tsc",
          "-p",
          "tsconfig.build.json",
          "--emitDeclarationOnly",
          "--outDir",
          out,
        ],
        { encoding: "utf8" },
      );
      expect(tsc.stderr + tsc.stdout).toBe("");
      const build = JSON.parse(readFileSync("tsconfig.build.json", "utf8").replace(/^\s*\/\/.*$/gmu, "")) as {
        compilerOptions: { outDir: string };
      };
      // Both "types" and the "import" condition name tsc's index.d.ts, the one with maps.
      const declared = `./${build.compilerOptions.outDir}/index.d.ts`;
      expect([pkg.types, pkg.exports["."].import.types, pkg.exports["."].module.types]).toEqual([
        declared,
        declared,
        declared,
      ]);
      const maps =
        sources(out).length === 0
          ? []
          : readdirSync(join(out, "model")).filter((f) => f.endsWith(".d.ts.map"));
      expect(maps.length).toBeGreaterThan(5);
      for (const name of ["index.d.ts.map", ...maps.map((f) => `model/${f}`)]) {
        const map = JSON.parse(readFileSync(join(out, name), "utf8")) as { sources: string[] };
        for (const source of map.sources) {
          // Where the source lands relative to the package root once the map sits in dist/esm/.
          const inPackage = relative(".", resolve(build.compilerOptions.outDir, dirname(name), source));
          expect({ source: inPackage, exists: existsSync(inPackage), shipped: shipped(inPackage) }).toEqual({
            source: inPackage,
            exists: true,
            shipped: true,
          });
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
