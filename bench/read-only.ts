// Reads an extract file's records and nothing more, to time the readers apart from validation and
// aggregation: `node bench/read-only.ts <file>`. Prints JSON: rows, seconds, peak memory.
import { readCsvRecords } from "../tools/aggregate/read-csv.ts";
import { readXlsxRecords } from "../tools/aggregate/read-xlsx.ts";

const path = process.argv[2] ?? "";
const started = performance.now();
let rows = -1; // the header is not a data row
const count = (): void => {
  rows += 1;
};
if (path.endsWith(".xlsx")) await readXlsxRecords(path, new Set(["start_date", "end_date"]), count);
else await readCsvRecords(path, count);
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({ rows, seconds, peakMegabytes: Math.round(process.resourceUsage().maxRSS / 1024) }),
);
