// Regenerates the demo tables in data/ from a fixed seed: `npm run data:demo [-- --seed N]`.
// The reference table (data/reference/municipalities.csv, real DST figures) is an input here.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { options } from "../src/build-options.ts";
import { toCsvText } from "../src/data/csv-text.ts";
import { installErrorVoice } from "../src/data/load/report.ts";
import { isoWeekOf, weekParts } from "../src/data/period.ts";
import { MAPPING_COLUMNS } from "../src/data/schemas/extract.ts";
import { SiteConfig } from "../src/data/schemas/site.ts";
import { aggregateRows } from "../tools/aggregate/rows.ts";
import { FLOW_COLUMNS, STOCK_COLUMNS } from "../tools/aggregate/run.ts";
import { ACTIVITY_COLUMNS, demoActivityRows } from "../tools/demo/activity.ts";
import { ASSUMPTION_COLUMNS, demoBudgetAssumptions } from "../tools/demo/budget-assumptions.ts";
import { demoExtractSeed, syntheticExtract } from "../tools/demo/extract.ts";
import { demoFinanceRows, FINANCE_COLUMNS } from "../tools/demo/finance.ts";
import { demoLadderSteps, demoMapping, STEP_COLUMNS } from "../tools/demo/ladder.ts";
import { DEMO_MEASURES, MEASURE_COLUMNS } from "../tools/demo/measures.ts";
import { seededRandom } from "../tools/demo/random.ts";

installErrorVoice();

const { values } = parseArgs({
  options: { seed: { type: "string", default: "2026" }, out: { type: "string", default: options.dataDir } },
});
const seed = Number(values.seed);
const out = values.out ?? options.dataDir;
const site = SiteConfig.parse(JSON.parse(readFileSync(join(out, "site.json"), "utf8")));
const lastMonth = Number(site.dataAsOf.slice(5, 7));
// ISO week of dataAsOf, so the weekly series stops where the data does.
const lastWeek = weekParts(isoWeekOf(new Date(`${site.dataAsOf}T12:00:00Z`)))?.week ?? 1;

function write(file: string, text: string): void {
  const path = join(out, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}

// Each table gets its own stream, so changing one generator does not reshuffle the others.
const stream = (offset: number) => seededRandom(seed * 1000 + offset);

write("measures.csv", toCsvText(MEASURE_COLUMNS, DEMO_MEASURES));
const finance = demoFinanceRows(site.fiscalYear, lastMonth, stream(1));
write("finance.csv", toCsvText(FINANCE_COLUMNS, finance));
write(
  "budget-assumptions.csv",
  toCsvText(ASSUMPTION_COLUMNS, demoBudgetAssumptions(finance, site.fiscalYear)),
);
write(
  "activity.csv",
  toCsvText(ACTIVITY_COLUMNS, demoActivityRows(site.fiscalYear, lastMonth, lastWeek, stream(2))),
);

// The ladder tables come from the aggregation step, as a municipality's would: a synthetic
// case-level extract (in memory only) is aggregated with the mapping from codes to steps.
const ladderYears = { first: site.fiscalYear - 4, last: site.fiscalYear - 1 };
const ladderSteps = demoLadderSteps();
const mapping = demoMapping();
const extract = syntheticExtract({ seed: demoExtractSeed(seed), years: ladderYears });
const ladder = aggregateRows(extract, mapping, ladderSteps, ladderYears);
write("ladder/steps.csv", toCsvText(STEP_COLUMNS, ladderSteps));
write("ladder/mapping.csv", toCsvText(MAPPING_COLUMNS, mapping));
write("ladder/stocks.csv", toCsvText(STOCK_COLUMNS, ladder.stocks));
write("ladder/flows.csv", toCsvText(FLOW_COLUMNS, ladder.flows));

// benchmarks.csv is not demo data: it holds real published figures (npm run data:reference or
// npm run data:fetch), so the comparison section is real in the demo too.
