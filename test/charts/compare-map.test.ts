import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareMapChart } from "../../src/charts/compare-map.ts";
import { loadBoundaries } from "../../src/data/load/boundaries.ts";
import type { DataIssue } from "../../src/data/load/issues.ts";
import type { MeasureRow } from "../../src/data/schemas/measures.ts";
import { rank } from "../../src/data/transform/benchmarks.ts";
import { publicDkFile } from "../fixtures/public-dk.ts";
import { snapshotSvg } from "./snapshot.ts";

const GEOJSON = publicDkFile("kommuner_dagi_2021.geojson");

const measure: MeasureRow = {
  id: "bm-udgift-hjemmepleje",
  label: "Udgifter til hjemmepleje",
  definition: "Nettodriftsudgifter til hjemmepleje.",
  unit: "kr",
  direction: "lower_better",
  source: "Test",
  area: "aeldre",
  frequency: "year",
  counts_people: false,
  denominator: "65+",
  per: 1,
  target: undefined,
  target_label: undefined,
};

describe("loadBoundaries", () => {
  it("reports a file that is not GeoJSON as one problem naming the setting", () => {
    const issues: DataIssue[] = [];
    expect(loadBoundaries(join(import.meta.dirname, "../../data/site.json"), issues)).toBeUndefined();
    expect(issues[0]?.expected).toMatch(
      /^a GeoJSON FeatureCollection of \(Multi\)Polygons with properties\.kommunekode/,
    );
  });
});

describe.skipIf(!GEOJSON)("compareMapChart with real boundaries", () => {
  it("shades all 98 municipalities and outlines us and our peers", () => {
    const issues: DataIssue[] = [];
    const boundaries = loadBoundaries(GEOJSON ?? "", issues) ?? [];
    expect(issues).toEqual([]);
    const codes = boundaries.map((f) => f.properties.kommunekode).filter((c) => c !== 411);
    const values = codes.map((code, i) => ({
      code,
      municipality: String(code),
      year: 2025,
      value: 0,
      population: 1,
      perCapita: 10_000 + (i % 17) * 300,
    }));
    const spec = compareMapChart({
      id: "kort",
      measure,
      year: 2025,
      ranked: rank(values, "lower_better"),
      tiles: [],
      names: [],
      home: 621,
      peers: [657, 615],
      boundaries,
      source: "Test",
      asOf: "2026-10-31",
    });
    const svg = snapshotSvg(spec);
    expect(codes).toHaveLength(98);
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(98 + 3);
    expect(svg).toContain('stroke-width="3"');
  });
});
