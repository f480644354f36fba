import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import { DataValidationError } from "../../../src/data/load/issues.ts";
import { demoDataWith, demoFile, withCell } from "../../fixtures/data-folder.ts";

function problemsWith(overrides: Record<string, string>): string {
  try {
    loadDataset("data", demoDataWith(overrides));
  } catch (error) {
    if (error instanceof DataValidationError) return error.message;
    throw error;
  }
  throw new Error("expected the data to be refused");
}

describe("loadDataset", () => {
  it("loads and validates the demo data", () => {
    const data = loadDataset("data", demoDataWith());
    expect(data.site.municipalityCode).toBe(621);
    expect(data.finance.length).toBeGreaterThan(0);
    expect(typeof data.finance[0]?.corrected_budget).toBe("number");
  });

  it("reports a malformed cell with file, row, column, what was expected and what was found", () => {
    const finance = withCell(demoFile("finance.csv"), 3, "corrected_budget", "12,5");
    expect(problemsWith({ "finance.csv": finance })).toMatchInlineSnapshot(`
      "The data in data/ has 1 problem:
        - finance.csv, row 3 (line 4), column "corrected_budget": expected a whole number of kr. without separators or decimals (e.g. 1250000); found "12,5""
    `);
  });

  it("collects every problem instead of stopping at the first", () => {
    let finance = withCell(demoFile("finance.csv"), 2, "month", "2025-13");
    finance = withCell(finance, 5, "area", "skole");
    finance = withCell(finance, 7, "spent_to_date", "");
    const message = problemsWith({ "finance.csv": finance });
    expect(message).toContain("has 3 problems");
    expect(message).toContain('row 2 (line 3), column "month": expected a month written YYYY-MM');
    expect(message).toContain('row 5 (line 6), column "area": expected an area id from site.json');
    expect(message).toContain('row 7 (line 8), column "spent_to_date": expected a whole number of kr.');
  });

  it("refuses a missing column by name", () => {
    const finance = demoFile("finance.csv").replace("committed,", "disponeret,");
    expect(problemsWith({ "finance.csv": finance })).toContain(
      'finance.csv, row 0 (line 1), column "committed": expected a column named "committed" in the header',
    );
  });

  it("refuses a suppression setting without thresholds, and a committee threshold below the public one", () => {
    const site = JSON.parse(demoFile("site.json"));
    const empty = problemsWith({ "site.json": JSON.stringify({ ...site, suppression: {} }) });
    expect(empty).toContain('column "suppression.publicThreshold"');
    expect(empty).toContain('column "suppression.committeeThreshold"');
    const lower = problemsWith({
      "site.json": JSON.stringify({ ...site, suppression: { publicThreshold: 5, committeeThreshold: 3 } }),
    });
    expect(lower).toContain('column "suppression.committeeThreshold"');
    expect(lower).toContain("at least publicThreshold");
  });

  it("reports site.json problems with the path of the setting", () => {
    const site = demoFile("site.json").replace('"accent": "#00627a"', '"accent": "teal"');
    expect(problemsWith({ "site.json": site })).toContain(
      'site.json, column "theme.accent": expected a colour written #RRGGBB (e.g. #005f7f); found "teal"',
    );
  });
});

describe("an empty file", () => {
  it("is one problem that names the columns the header needs", () => {
    expect(problemsWith({ "benchmarks.csv": "" })).toContain(
      "benchmarks.csv, row 0 (line 1): expected a header row (year,municipality_code,measure_id,value); the file is empty",
    );
  });
});
