import { relative, resolve, sep } from "node:path";
import { defineConfig, type Options } from "tsup";

const src = resolve("src");
const cli = resolve("src/cli");

/**
 * The bin imports the library from `./index.js` (the package's own ESM build) instead of bundling a
 * second copy: every import from src/cli/ of a module outside it resolves to the public entry. (The CLI
 * uses only the public API, so the names are there; the bin test runs the built pair.)
 */
const libraryAsExternal: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "library-as-external",
  setup(build) {
    // No `u` flag: esbuild reads the filter as a Go regular expression.
    build.onResolve({ filter: /^\.\.?\/.*\.ts$/ }, (args) => {
      if (!args.importer.startsWith(cli + sep)) return undefined;
      const target = resolve(args.resolveDir, args.path);
      const inLibrary = !relative(src, target).startsWith("..") && !target.startsWith(cli + sep);
      return inLibrary ? { path: "./index.js", external: true } : undefined;
    });
  },
};

// Source maps (and the declaration maps tsc writes for dist/esm/) point into src/, which the package
// ships, so a debugger or an editor's "go to definition" lands in the TypeScript that was written.
const withoutSourcesContent: Options["esbuildOptions"] = (options) => {
  options.sourcesContent = false;
};

export default defineConfig([
  // ESM for Node's "import" (one file); its types are tsc's per-module declarations in dist/esm/,
  // which have declaration maps (tsup's bundled declarations cannot).
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
    esbuildOptions: withoutSourcesContent,
  },
  // CommonJS for "require", with its bundled declarations (dist/index.d.cts).
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts" } },
    sourcemap: true,
    target: "es2022",
    esbuildOptions: withoutSourcesContent,
  },
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
    esbuildPlugins: [libraryAsExternal],
    esbuildOptions: withoutSourcesContent,
  },
]);
