import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { containsCprNumber } from "../../../src/data/privacy/person-data.ts";
import { type AggregateResult, runAggregate } from "../../../tools/aggregate/run.ts";
import { demoExtractSeed, syntheticExtract } from "../../../tools/demo/extract.ts";
import { writeExtractCsv, writeExtractXlsx } from "../../../tools/demo/extract-files.ts";
import { filesUnder, workFolder } from "../../fixtures/extract.ts";

const ROOT = join(import.meta.dirname, "../../..");
const DATA = join(ROOT, "data");
const site = JSON.parse(readFileSync(join(DATA, "site.json"), "utf8")) as { fiscalYear: number };
const demoYears = { first: site.fiscalYear - 4, last: site.fiscalYear - 1 };

/** A work folder that aggregates onto the committed demo ladders and mapping. */
function demoWork() {
  const { root, options } = workFolder();
  return {
    root,
    options: {
      ...options,
      mapping: join(DATA, "ladder/mapping.csv"),
      steps: join(DATA, "ladder/steps.csv"),
    },
  };
}

describe("npm run aggregate on the demo's synthetic extract", () => {
  const { options } = demoWork();
  const extract = [...syntheticExtract({ seed: demoExtractSeed(2026), years: demoYears })];
  let result: AggregateResult;
  beforeAll(async () => {
    writeExtractCsv(join(options.input, "extract.csv"), extract);
    // No --years: the default (four years up to the last the extract covers) must find the demo's years.
    result = await runAggregate(options);
  });

  it("reproduces the committed demo ladder tables byte for byte", () => {
    expect(result.years).toEqual(demoYears);
    for (const file of ["ladder/stocks.csv", "ladder/flows.csv"]) {
      expect(readFileSync(join(options.out, file), "utf8"), file).toBe(
        readFileSync(join(DATA, file), "utf8"),
      );
    }
  });

  it("writes nothing person-level: no person key and no CPR shape in any output file", () => {
    const keys = new Set(extract.map((row) => row.person_key));
    const outputs = filesUnder(options.out);
    expect(outputs.length).toBe(2);
    for (const { path, text } of outputs) {
      const cells = text.split(/[\n,]/);
      expect(
        cells.filter((cell) => keys.has(cell)),
        path,
      ).toEqual([]);
      expect(text, path).not.toMatch(/P\d{6}/);
      expect(cells.filter((cell) => containsCprNumber(cell, { allowBareDigits: true }))).toEqual([]);
      expect(containsCprNumber(text, { allowBareDigits: true }), path).toBe(false);
    }
  });
});

describe("CSV and XLSX extracts", () => {
  it("give the same tables, to the krone", async () => {
    const extract = [...syntheticExtract({ seed: 7, years: { first: 2022, last: 2025 }, scale: 0.1 })];
    const csv = demoWork();
    const xlsx = demoWork();
    writeExtractCsv(join(csv.options.input, "extract.csv"), extract);
    await writeExtractXlsx(join(xlsx.options.input, "extract.xlsx"), extract);
    const [fromCsv, fromXlsx] = await Promise.all([runAggregate(csv.options), runAggregate(xlsx.options)]);
    expect(fromCsv.episodes).toBe(extract.length);
    expect(fromXlsx.episodes).toBe(extract.length);
    expect(fromXlsx.tables).toEqual(fromCsv.tables);
    expect(fromCsv.tables.stocks.some((row) => row.citizens > 0)).toBe(true);
  });
});
