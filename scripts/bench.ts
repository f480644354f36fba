// Runs every bench/*.bench.ts in name order (or those whose names contain an argument:
// `npm run bench -- aggregate`) and writes each result as a Markdown table to stdout and to
// bench-results/<name>.md. Benchmarks measure; they never pass or fail.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BenchResult, benchMarkdown } from "../bench/report.ts";

const BENCH = join(import.meta.dirname, "../bench");
const RESULTS = join(import.meta.dirname, "../bench-results");
const filters = process.argv.slice(2);

const files = readdirSync(BENCH)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
mkdirSync(RESULTS, { recursive: true });
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, "");
  console.error(`▶ bench/${file}`);
  const module = (await import(pathToFileURL(join(BENCH, file)).href)) as {
    default: () => Promise<BenchResult>;
  };
  const markdown = benchMarkdown(await module.default());
  writeFileSync(join(RESULTS, `${name}.md`), markdown);
  console.log(markdown);
  console.error(`wrote bench-results/${name}.md`);
}
