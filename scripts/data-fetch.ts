// npm run data:fetch [-- --record <folder>] [--only <measure>]: fetches the public benchmark tables
// listed in data/public/queries.json from Danmarks Statistik's StatBank API (v1, tableinfo + data as
// CSV) and rewrites data/benchmarks.csv (only the fetched measures' rows) and
// data/public/provenance.json. Without a network it says so in one line and changes nothing.
// The build never runs this: it reads the committed tables.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { toCsvText } from "../src/data/csv-text.ts";
import { fromCsv } from "../src/data/load/csv.ts";
import { DataValidationError } from "../src/data/load/issues.ts";
import { installErrorVoice } from "../src/data/load/report.ts";
import { parseQueries } from "../src/data/public/catalogue.ts";
import type { PublishedFigure } from "../src/data/public/from-shared.ts";
import { type Provenance, Provenance as ProvenanceSchema } from "../src/data/public/provenance.ts";
import { BenchmarkRow } from "../src/data/schemas/benchmarks.ts";
import { MunicipalityRow } from "../src/data/schemas/reference.ts";
import type { Fetch } from "../src/data/statbank/client.ts";
import { fetchedProvenance, fetchQuery, isOffline, mergeFigures } from "../src/data/statbank/run.ts";

installErrorVoice();
const { values } = parseArgs({
  options: {
    record: { type: "string" },
    only: { type: "string" },
    data: { type: "string", default: "data" },
  },
});
const dataDir = values.data ?? "data";
const { queries, issues } = parseQueries(readFileSync(join(dataDir, "public/queries.json"), "utf8"));
if (issues.length > 0) throw new DataValidationError(issues, dataDir);
const reference = fromCsv(
  "reference/municipalities.csv",
  readFileSync(join(dataDir, "reference/municipalities.csv")),
  MunicipalityRow,
);
const committed = fromCsv("benchmarks.csv", readFileSync(join(dataDir, "benchmarks.csv")), BenchmarkRow);
if (reference.issues.length + committed.issues.length > 0)
  throw new DataValidationError([...reference.issues, ...committed.issues], dataDir);
const codes = reference.rows.map((m) => m.code);

let recorded = 0;
const record = values.record;
const options = {
  fetch: fetch as unknown as Fetch,
  ...(record
    ? {
        onResponse: (req: { url: string; body?: string }, body: Uint8Array) => {
          mkdirSync(record, { recursive: true });
          const name = `${String(++recorded).padStart(3, "0")}`;
          writeFileSync(join(record, `${name}.request.json`), `${JSON.stringify(req, null, 2)}\n`);
          writeFileSync(join(record, `${name}.body`), body);
        },
      }
    : {}),
};

const chosen = queries.filter((q) => !values.only || q.measure === values.only);
const fetched: PublishedFigure[] = [];
const entries: Provenance["tables"] = [];
const now = new Date().toISOString();
try {
  for (const query of chosen) {
    const figures = await fetchQuery(options, query, codes);
    console.log(`${query.table} → ${query.measure}: ${figures.length} figures`);
    fetched.push(...figures);
    entries.push(fetchedProvenance(query, figures, now));
  }
} catch (error) {
  if (isOffline(error)) {
    console.log(
      "data:fetch: Statistikbanken (api.statbank.dk) kan ikke nås – ingen netværk; de committede tabeller er uændrede.",
    );
    process.exit(0);
  }
  throw error;
}

const merged = mergeFigures(
  committed.rows,
  fetched,
  queries.map((q) => q.measure),
);
writeFileSync(
  join(dataDir, "benchmarks.csv"),
  toCsvText(
    ["year", "municipality_code", "measure_id", "value"],
    merged.map((f) => ({ ...f })),
  ),
);
const provenanceFile = join(dataDir, "public/provenance.json");
let provenance: Provenance = { tables: [] };
try {
  provenance = ProvenanceSchema.parse(JSON.parse(readFileSync(provenanceFile, "utf8")));
} catch {}
const byMeasure = new Map(provenance.tables.map((t) => [t.measure, t]));
for (const entry of entries) byMeasure.set(entry.measure, entry);
writeFileSync(
  provenanceFile,
  `${JSON.stringify({ tables: queries.flatMap((q) => byMeasure.get(q.measure) ?? []) }, null, 2)}\n`,
);
console.log(`wrote ${join(dataDir, "benchmarks.csv")} and ${provenanceFile}`);
