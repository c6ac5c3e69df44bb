import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The playground imports the library as a user would, by its package name; the alias points that name
// at the public entry's source, so the page always runs the library of this checkout (no build first).
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset URLs: the built folder works from any path of any static host (or a file server).
  base: "./",
  resolve: { alias: { "cstd-planner": entry } },
  worker: { format: "es" },
  build: {
    outDir: fileURLToPath(new URL("../dist-playground", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // No inline polyfill script: the page's CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: false },
});
