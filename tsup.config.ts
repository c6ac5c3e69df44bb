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

export default defineConfig([
  {
    // The library: ESM and CJS, with types for both. Source maps map to the files in src/ (not shipped)
    // without a copy of their text, so they stay small. (tsup's declaration build has no .d.ts maps.)
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { entry: { index: "src/index.ts" } },
    clean: true,
    sourcemap: true,
    target: "es2022",
    // date-fns's root entry loads every one of its ~250 functions (80 ms of a Node import); bundled,
    // only the few the calendar uses remain.
    noExternal: ["date-fns"],
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
  },
  {
    // The `cstd-planner` bin (ESM only: package.json's "bin" names dist/cli.js); tsup keeps bin.ts's
    // `#!/usr/bin/env node` line and marks the file executable.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
    esbuildPlugins: [libraryAsExternal],
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
  },
]);
