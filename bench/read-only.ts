// Reads an extract file's records and nothing more, to time the readers apart from validation and
// aggregation: `node bench/read-only.ts <file>`. Prints JSON: rows, seconds, peak memory.
import { csvRecords } from "../src/data/aggregate/read-csv.ts";
import { xlsxRecords } from "../src/data/aggregate/read-xlsx.ts";

const path = process.argv[2] ?? "";
const started = performance.now();
const batches = path.endsWith(".xlsx")
  ? xlsxRecords(path, new Set(["start_date", "end_date"]))
  : csvRecords(path);
let rows = -1; // the header is not a data row
for await (const batch of batches) rows += batch.length;
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({ rows, seconds, peakMegabytes: Math.round(process.resourceUsage().maxRSS / 1024) }),
);
