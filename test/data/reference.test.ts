import { readFileSync } from "node:fs";
import { rollup } from "d3-array";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/data/load/csv-reader.ts";
import { loadDataset } from "../../src/data/load/dataset.ts";
import { demoDataWith } from "../fixtures/data-folder.ts";
import { publicDkFile } from "../fixtures/public-dk.ts";

// The public facts live beside the project (../shared); a clone elsewhere can point to them.
const POPULATION = publicDkFile("befolkning_aldersgrupper_2014K1.csv");

describe("reference/municipalities.csv", () => {
  const { municipalities } = loadDataset("data", demoDataWith());

  it("lists the 98 municipalities (without Christiansø) in the five regions", () => {
    expect(municipalities).toHaveLength(98);
    expect(municipalities.some((m) => m.code === 411)).toBe(false);
    expect(
      Object.fromEntries(
        rollup(
          municipalities,
          (group) => group.length,
          (m) => m.region,
        ),
      ),
    ).toEqual({
      "Region Hovedstaden": 29,
      "Region Sjælland": 17,
      "Region Syddanmark": 22,
      "Region Midtjylland": 19,
      "Region Nordjylland": 11,
    });
  });

  it.skipIf(!POPULATION)(
    "agrees with Danmarks Statistik's figures in ../shared for every municipality",
    () => {
      const { header, records } = readCsv("befolkning", readFileSync(POPULATION ?? ""));
      const dst = records.map(({ cells }) => {
        const d = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
        return {
          kommunekode: Number(d.kommunekode),
          navn: d.navn,
          total: Number(d.total),
          alder_0_17: Number(d.alder_0_17),
          alder_65_plus: Number(d.alder_65_plus),
        };
      });
      for (const row of municipalities) {
        const source = dst.find((d) => d.kommunekode === row.code);
        expect(source, String(row.code)).toBeDefined();
        expect([row.municipality, row.population_total, row.population_0_17, row.population_65_plus]).toEqual(
          [source?.navn, source?.total, source?.alder_0_17, source?.alder_65_plus],
        );
      }
    },
  );
});
