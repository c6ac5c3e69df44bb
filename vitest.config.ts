import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "json"],
    outputFile: { json: ".vitest-report.json" },
    projects: [
      { test: { name: "unit", include: ["test/**/*.test.ts"] } },
      { test: { name: "types", include: ["test/**/*.test-d.ts"], typecheck: { enabled: true, only: true } } },
      { test: { name: "prop", include: ["test/**/*.test-prop.ts"] } },
    ],
  },
});
