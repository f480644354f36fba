// Regenerates the demo tables in data/ from a fixed seed: `npm run data:demo [-- --seed N]`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { toCsvText } from "../src/data/csv-text.ts";
import { demoFinanceRows, FINANCE_COLUMNS } from "../src/data/demo/finance.ts";
import { seededRandom } from "../src/data/demo/random.ts";

const { values } = parseArgs({
  options: { seed: { type: "string", default: "2026" }, out: { type: "string", default: "data" } },
});
const seed = Number(values.seed);
const out = values.out ?? "data";
const site = JSON.parse(readFileSync(join(out, "site.json"), "utf8")) as {
  fiscalYear: number;
  dataAsOf: string;
};
const lastMonth = Number(site.dataAsOf.slice(5, 7));

function write(file: string, text: string): void {
  const path = join(out, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}

write(
  "finance.csv",
  toCsvText(FINANCE_COLUMNS, demoFinanceRows(site.fiscalYear, lastMonth, seededRandom(seed))),
);
