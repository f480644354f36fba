import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load/dataset.ts";
import { demoDataWith } from "../fixtures/data-folder.ts";

// The public facts live beside the project (../shared); a clone elsewhere can point to them.
const SHARED = [
  process.env.UDVALGSBRIEF_PUBLIC_DK,
  join(import.meta.dirname, "../../../shared/data/public-dk"),
  "/work/shared/data/public-dk",
].find((dir) => dir && existsSync(join(dir, "befolkning_aldersgrupper_2014K1.csv")));

describe("reference/municipalities.csv", () => {
  const { municipalities } = loadDataset("data", demoDataWith());

  it("lists the 98 municipalities (without Christiansø) in the five regions", () => {
    expect(municipalities).toHaveLength(98);
    expect(municipalities.some((m) => m.code === 411)).toBe(false);
    const regions = aq.from(municipalities).groupby("region").count().objects() as {
      region: string;
      count: number;
    }[];
    expect(Object.fromEntries(regions.map((r) => [r.region, r.count]))).toEqual({
      "Region Hovedstaden": 29,
      "Region Sjælland": 17,
      "Region Syddanmark": 22,
      "Region Midtjylland": 19,
      "Region Nordjylland": 11,
    });
  });

  it.skipIf(!SHARED)("agrees with Danmarks Statistik's figures in ../shared for every municipality", () => {
    const dst = aq
      .fromCSV(readFileSync(join(SHARED ?? "", "befolkning_aldersgrupper_2014K1.csv"), "utf8"))
      .objects() as {
      kommunekode: number;
      navn: string;
      total: number;
      alder_0_17: number;
      alder_65_plus: number;
    }[];
    for (const row of municipalities) {
      const source = dst.find((d) => d.kommunekode === row.code);
      expect(source, String(row.code)).toBeDefined();
      expect([row.municipality, row.population_total, row.population_0_17, row.population_65_plus]).toEqual([
        source?.navn,
        source?.total,
        source?.alder_0_17,
        source?.alder_65_plus,
      ]);
    }
  });
});
