import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load/dataset.ts";
import { caveatsOf, measureOf, parseQueries } from "../../src/data/public/catalogue.ts";
import { isStale, monthsOld } from "../../src/data/public/freshness.ts";
import { figuresFromShared, functionNumber, latestPopulation } from "../../src/data/public/from-shared.ts";
import { provenanceOf } from "../../src/data/public/provenance.ts";
import { demoDataWith, demoFile } from "../fixtures/data-folder.ts";
import { requirePublicDkFile } from "../fixtures/public-dk.ts";

const { queries } = parseQueries(demoFile("public/queries.json"));

describe("the public catalogue", () => {
  it("turns each query into a yearly benchmark measure with its source", () => {
    const q = queries.find((x) => x.measure === "underretninger-pr-1000");
    expect(q && measureOf(q)).toMatchObject({
      id: "underretninger-pr-1000",
      frequency: "year",
      counts_people: false,
      denominator: "0-17",
      per: 1000,
      area: "born-familie",
    });
    expect(caveatsOf(queries, "regk31-plejefamilier").join(" ")).toContain("dranst");
    expect(caveatsOf(queries, "anbringelser")).toEqual([]);
  });
  it("reports a broken file with the file and the path", () => {
    expect(parseQueries("{").issues[0]).toMatchObject({
      file: "public/queries.json",
      expected: "valid JSON",
    });
    const bad = parseQueries(JSON.stringify({ queries: [{ measure: "X Y", table: "regk31" }] }));
    expect(bad.issues.map((i) => i.column)).toEqual(
      expect.arrayContaining(["queries.0.measure", "queries.0.table"]),
    );
    expect(parseQueries(undefined)).toEqual({ queries: [], issues: [] });
  });
  it("refuses a public measure id that measures.csv already uses", () => {
    const clash = JSON.stringify({
      queries: [{ ...JSON.parse(demoFile("public/queries.json")).queries[0], measure: "anbringelser" }],
    });
    expect(() => loadDataset("data", demoDataWith({ "public/queries.json": clash }))).toThrow(
      "a measure id not already used in measures.csv",
    );
  });
});

describe("benchmarks from the shared facts", () => {
  it("writes REGK31 function codes as account numbers", () => {
    expect(functionNumber("52821")).toBe("5.28.21");
    expect(functionNumber("53845")).toBe("5.38.45");
    expect(functionNumber("2201")).toBe("0.22.01");
  });
  it("takes the figures as published, for the query's function and years only", () => {
    const q = queries.filter((x) => x.measure === "regk31-stofmisbrug");
    const figures = figuresFromShared(
      q,
      [
        { kommunekode: 0, aar: 2024, funktion: "5.38.45", kr_pr_indbygger: 120 },
        { kommunekode: 530, aar: 2024, funktion: "5.38.45", kr_pr_indbygger: -7 },
        { kommunekode: 530, aar: 2023, funktion: "5.38.45", kr_pr_indbygger: 5 },
        { kommunekode: 530, aar: 2024, funktion: "5.28.21", kr_pr_indbygger: 900 },
      ],
      [],
    );
    expect(figures).toEqual([
      { year: 2024, municipality_code: 0, measure_id: "regk31-stofmisbrug", value: 120 },
      { year: 2024, municipality_code: 530, measure_id: "regk31-stofmisbrug", value: -7 },
    ]);
  });
  it("keeps the latest 1 January population (M01 or K1), not a later month", () => {
    const latest = latestPopulation([
      { kommunekode: 159, periode: "2021K1", befolkning: 69_000 },
      { kommunekode: 159, periode: "2024M01", befolkning: 70_000 },
      { kommunekode: 159, periode: "2024M04", befolkning: 71_000 },
    ]);
    expect(latest.get(159)).toEqual({ year: 2024, total: 70_000 });
  });
  it("matches the committed table exactly (npm run data:reference)", () => {
    const text = readFileSync(requirePublicDkFile("regk31_udvalgte_funktioner_kr_pr_indbygger.csv"), "utf8");
    const gladsaxe2024 = text.split("\n").find((l) => l.startsWith("159,Gladsaxe,2024,5.28.21,"));
    const value = Number(gladsaxe2024?.split(",").at(-1));
    expect(demoFile("benchmarks.csv")).toContain(`2024,159,regk31-forebyggende-born,${value}\n`);
    const data = loadDataset("data", demoDataWith());
    const years = (id: string) => [
      ...new Set(data.benchmarks.filter((b) => b.measure_id === id).map((b) => b.year)),
    ];
    expect(years("regk31-hjemmehjaelp")).toEqual([2021, 2022, 2023, 2024]);
    expect(years("regk31-stofmisbrug")).toEqual([2024]);
    expect(years("underretninger-pr-1000")).toHaveLength(11);
    for (const q of queries) {
      const latest = Math.max(...years(q.measure));
      const inYear = data.benchmarks.filter((b) => b.measure_id === q.measure && b.year === latest);
      expect(
        inYear.filter((b) => b.municipality_code !== 0),
        q.measure,
      ).toHaveLength(98);
    }
  });
  it("describes each table's period, coverage and whether a national figure is there", () => {
    const q = queries.filter((x) => x.measure === "regk31-stofmisbrug");
    const p = provenanceOf(
      q,
      [
        { year: 2024, municipality_code: 0, measure_id: "regk31-stofmisbrug", value: 1 },
        { year: 2023, municipality_code: 101, measure_id: "regk31-stofmisbrug", value: 1 },
        { year: 2024, municipality_code: 101, measure_id: "regk31-stofmisbrug", value: 1 },
      ],
      { fetched: "2026-11-29", via: "test" },
    );
    expect(p.tables[0]).toMatchObject({
      firstYear: 2023,
      lastYear: 2024,
      municipalities: 1,
      national: true,
      table: "REGK31",
    });
  });
});

describe("freshness", () => {
  it("counts months from the end of the figure's year to the data date", () => {
    expect(monthsOld(2024, "2026-10-31")).toBe(22);
    expect(monthsOld(2025, "2026-01-15")).toBe(1);
  });
  it("flags a figure older than the configured age, and not one exactly at it", () => {
    expect(isStale(2024, "2026-10-31", 18)).toBe(true);
    expect(isStale(2024, "2026-06-30", 18)).toBe(false);
    expect(isStale(2024, "2026-07-01", 18)).toBe(true);
    expect(isStale(2025, "2026-10-31", 18)).toBe(false);
  });
});
