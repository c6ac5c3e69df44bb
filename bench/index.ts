// `npm run bench`: runs every bench/*.bench.ts in turn. Each compares its subject with a baseline
// measured in the same run and prints the ratio, so figures are comparable across machines.
// Pass names to run a subset: `npm run bench -- programme rules`.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface BenchModule {
  run: () => Promise<string> | string;
}

const dir = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.startsWith(w)))
  .sort();

for (const file of files) {
  const module = (await import(new URL(file, import.meta.url).href)) as BenchModule;
  console.log(`\n## ${file}\n`);
  console.log(await module.run());
}
