// Writes data/reference/municipalities.csv from the public DST/DAGI facts in ../shared/data/public-dk
// (Kilde: Danmarks Statistik, FOLK1A 1 January 2014; regions and label points from DAGI). Christiansø (411) is not a
// municipality and is left out. Run: node scripts/reference-from-dst.ts [--source <folder>]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { index } from "d3-array";
import { toCsvText } from "../src/data/csv-text.ts";
import { readCsv } from "../src/data/load/csv-reader.ts";
import { DataValidationError } from "../src/data/load/issues.ts";
import { installErrorVoice } from "../src/data/load/report.ts";

installErrorVoice();

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
];
mkdirSync("data/reference", { recursive: true });
writeFileSync("data/reference/municipalities.csv", toCsvText(columns, rows));
console.log(`wrote data/reference/municipalities.csv (${rows.length} municipalities)`);
