// Records the data each published briefing was computed from, so it shows the same forever:
//   npm run record            (writes content/records/<id>/ for published briefings without one)
//   npm run record -- --force (rewrites existing records too)
// A record holds the finance.csv and activity.csv rows known at the end of the briefing's data
// month, exactly as delivered now, and the budget's assumptions (budget-assumptions.csv) if any. Commit it. A later delivery that changes one of those rows is
// then a revision: the briefing keeps its number, newer pages say it was revised.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { options } from "../src/build-options.ts";
import { briefingFingerprint } from "../src/data/checks/records.ts";
import { recordsDir } from "../src/data/load/records.ts";
import { periodKnownBy } from "../src/data/period.ts";
import type { BriefingRecord } from "../src/data/schemas/record.ts";

const { values: args } = parseArgs({ options: { force: { type: "boolean", default: false } } });
const { contentDir: content, dataDir: data } = options;
const today = new Date().toISOString().slice(0, 10);

/** The header and the rows whose period column was known by the end of the month. */
function rowsKnownBy(file: string, column: string, month: string): string {
  const [header = "", ...rows] = readFileSync(join(data, file), "utf8").trimEnd().split("\n");
  const index = header.split(",").indexOf(column);
  return `${[header, ...rows.filter((row) => periodKnownBy(row.split(",")[index] ?? "", month))].join("\n")}\n`;
}

for (const file of readdirSync(join(content, "briefings")).filter((f) => f.endsWith(".mdx"))) {
  const id = file.replace(/\.mdx$/, "");
  const source = readFileSync(join(content, "briefings", file), "utf8");
  const snapshot = /^dataSnapshot:\s*(\S+)/m.exec(source)?.[1] ?? "";
  if (!/^status:\s*published/m.test(source) || !snapshot) continue;
  const dir = join(recordsDir(content), id);
  if (existsSync(join(dir, "record.json")) && !args.force) {
    console.log(`kept ${dir}`);
    continue;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "finance.csv"), rowsKnownBy("finance.csv", "month", snapshot));
  writeFileSync(join(dir, "activity.csv"), rowsKnownBy("activity.csv", "period", snapshot));
  // The budget's assumptions are the year's, known from its start: kept whole, when there are any.
  const assumptions = join(data, "budget-assumptions.csv");
  if (existsSync(assumptions)) writeFileSync(join(dir, "budget-assumptions.csv"), readFileSync(assumptions));
  const record: BriefingRecord = {
    briefing: id,
    dataSnapshot: snapshot,
    recordedOn: today,
    sourceSha256: briefingFingerprint(source),
  };
  writeFileSync(join(dir, "record.json"), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`wrote ${dir}`);
}
