import { defineConfig } from "tsup";

export default defineConfig({
  // cli: the `cstd-planner` bin; tsup keeps bin.ts's `#!/usr/bin/env node` line and marks the file executable.
  entry: { index: "src/index.ts", cli: "src/cli/bin.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
});
