// Writes data/reference/municipalities.csv from the public DST/DAGI facts in ../shared/data/public-dk
// (Kilde: Danmarks Statistik, FOLK1A 1 January 2014 by age and the latest 1 January total; DST's
// kommunegrupper; regions and label points from DAGI). Christiansø (411) is not a municipality and
// is left out. Also writes the real benchmark table data/benchmarks.csv (REGK31, UND2-derived) for
// the measures in data/public/queries.json, and data/public/provenance.json beside it.
// Run: node scripts/reference-from-dst.ts [--source <folder>]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { index } from "d3-array";
import { toCsvText } from "../src/data/csv-text.ts";
import { readCsv } from "../src/data/load/csv-reader.ts";
import { DataValidationError } from "../src/data/load/issues.ts";
import { installErrorVoice } from "../src/data/load/report.ts";
import { parseQueries } from "../src/data/public/catalogue.ts";
import { figuresFromShared, latestPopulation } from "../src/data/public/from-shared.ts";
import { provenanceOf } from "../src/data/public/provenance.ts";

installErrorVoice();

/** When the shared second batch was collected (SOURCES.md, "Second batch"). */
const SHARED_COLLECTED = "2026-11-29";

const { values } = parseArgs({
  options: { source: { type: "string", default: "../shared/data/public-dk" } },
});
const source = values.source ?? "../shared/data/public-dk";
/** The one CSV reader (UTF-8 only, cells counted, names once), as a table of text cells. */
const read = (file: string) => {
  const { header, records, issues } = readCsv(file, readFileSync(`${source}/${file}`));
  if (issues.length > 0) throw new DataValidationError(issues, source);
  return records.map(
    ({ cells }) =>
      Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])) as Record<string, string>,
  );
};

// Each municipality's population joined with its region and centre point (by kommunekode),
// municipalities only, in code order.
const regions = index(read("kommuner.csv"), (d) => d.kommunekode ?? "");
const groups = new Map(read("dst_kommunegrupper.csv").map((d) => [d.kommunekode, d.kommunegruppe]));
const latest = latestPopulation(
  read("befolkning_total_tidsserie.csv").map((d) => ({
    kommunekode: Number(d.kommunekode),
    periode: d.periode ?? "",
    befolkning: Number(d.befolkning),
  })),
);
const rows = read("befolkning_aldersgrupper_2014K1.csv")
  .flatMap((d): Record<string, string | undefined>[] => {
    const region = regions.get(d.kommunekode ?? "");
    if (region?.er_kommune !== "1") return [];
    const { regionsnavn, visueltcenter_lon, visueltcenter_lat } = region;
    return [{ ...d, regionsnavn, visueltcenter_lon, visueltcenter_lat }];
  })
  .sort((a, b) => Number.parseInt(a.kommunekode ?? "", 10) - Number.parseInt(b.kommunekode ?? "", 10))
  .map((d) => ({
    code: d.kommunekode,
    municipality: d.navn,
    region: d.regionsnavn,
    population_year: "2014",
    population_total: d.total,
    population_0_17: d.alder_0_17,
    population_18_64: d.alder_18_64,
    population_65_plus: d.alder_65_plus,
    // DAGI's "visual centre" point (WGS84): used to lay out the tile-grid map, never as a boundary.
    lon: d.visueltcenter_lon,
    lat: d.visueltcenter_lat,
    kommunegruppe: groups.get(d.kommunekode ?? "") ?? "",
    latest_population_year: latest.get(Number(d.kommunekode))?.year ?? "",
    latest_population_total: latest.get(Number(d.kommunekode))?.total ?? "",
  }));

const columns = [
  "code",
  "municipality",
  "region",
  "population_year",
  "population_total",
  "population_0_17",
  "population_18_64",
  "population_65_plus",
  "lon",
  "lat",
  "kommunegruppe",
  "latest_population_year",
  "latest_population_total",
];
mkdirSync("data/reference", { recursive: true });
writeFileSync("data/reference/municipalities.csv", toCsvText(columns, rows));
console.log(`wrote data/reference/municipalities.csv (${rows.length} municipalities)`);

// The real benchmarks: the published figures for the measures data/public/queries.json lists.
const { queries, issues } = parseQueries(readFileSync("data/public/queries.json", "utf8"));
if (issues.length > 0) throw new DataValidationError(issues, "data");
const figures = figuresFromShared(
  queries,
  read("regk31_udvalgte_funktioner_kr_pr_indbygger.csv").map((d) => ({
    kommunekode: Number(d.kommunekode),
    aar: Number(d.aar),
    funktion: d.funktion ?? "",
    kr_pr_indbygger: Number(d.kr_pr_indbygger),
  })),
  read("underretninger_boern_pr_1000_0_17aarige_2015_2025.csv").map((d) => ({
    kommunekode: Number(d.kommunekode),
    aar: Number(d.aar),
    underretninger_pr_1000_0_17: Number(d.underretninger_pr_1000_0_17),
  })),
);
writeFileSync(
  "data/benchmarks.csv",
  toCsvText(
    ["year", "municipality_code", "measure_id", "value"],
    figures.map((f) => ({ ...f })),
  ),
);
console.log(`wrote data/benchmarks.csv (${figures.length} published figures, ${queries.length} measures)`);
writeFileSync(
  "data/public/provenance.json",
  `${JSON.stringify(provenanceOf(queries, figures, { fetched: SHARED_COLLECTED, via: "afskrift fra et offentligt GitHub-arkiv" }), null, 2)}\n`,
);
console.log("wrote data/public/provenance.json");
