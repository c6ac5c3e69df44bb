import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CJS, with types for both.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { entry: { index: "src/index.ts" } },
    clean: true,
    sourcemap: true,
    target: "es2022",
  },
  {
    // The `cstd-planner` bin (ESM only: package.json's "bin" names dist/cli.js); tsup keeps bin.ts's
    // `#!/usr/bin/env node` line and marks the file executable.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
  },
]);
