import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load/dataset.ts";
import { DataValidationError } from "../../src/data/load/issues.ts";
import { demoDataWith, demoFile, withCell } from "../fixtures/data-folder.ts";

function problems(overrides: Record<string, string>): string[] {
  try {
    loadDataset("data", demoDataWith(overrides));
  } catch (error) {
    if (error instanceof DataValidationError)
      return error.message
        .split("\n")
        .slice(1)
        .map((line) => line.trim());
    throw error;
  }
  return [];
}

const lines = (file: string) => demoFile(file).trimEnd().split("\n");

describe("cross-table checks", () => {
  it("accept the demo data as it is", () => {
    expect(problems({})).toEqual([]);
  });

  it("list a wrong type, an unknown id, a duplicate key and a CPR-shaped value together, each located", () => {
    const finance = lines("finance.csv");
    finance[5] = finance[4] ?? "";
    let text = `${finance.join("\n")}\n`;
    text = withCell(text, 2, "corrected_budget", "abc");
    text = withCell(text, 3, "area", "skole");
    text = withCell(text, 6, "function_label", "010190-1234");
    expect(problems({ "finance.csv": text })).toEqual([
      '- finance.csv, row 2 (line 3), column "corrected_budget": expected a whole number of kr. without separators or decimals (e.g. 1250000); found "abc"',
      '- finance.csv, row 3 (line 4), column "area": expected an area id from site.json (e.g. born-familie, voksne-handicap, aeldre); found "skole"',
      '- finance.csv, row 5 (line 6), column "month": expected one row per area, function_code, month (row 4 has the same key); found "born-familie | 5.28.21 | 2026-04"',
      '- finance.csv, row 6 (line 7), column "function_label": expected no CPR numbers (the value has the shape DDMMYY-SSSS of a Danish personal id; remove it); found "••••••-••••"',
    ]);
  });

  it("refuse a month outside the fiscal year", () => {
    const text = withCell(demoFile("finance.csv"), 1, "month", "2025-12");
    expect(problems({ "finance.csv": text }).join("\n")).toContain(
      'column "month": expected a month in the fiscal year 2026; found "2025-12"',
    );
  });

  it("refuse a stated area total that does not match its functions", () => {
    const sum = lines("finance.csv")
      .slice(1)
      .map((line) => line.split(","))
      .filter((cells) => cells[0] === "born-familie" && cells[3] === "2026-01")
      .reduce((total, cells) => total + Number(cells[5]), 0);
    const good = `born-familie,total,I alt,2026-01,0,${sum + 500},0,0,0,0,0`;
    const bad = `born-familie,total,I alt,2026-02,0,${sum + 5_000_000},0,0,0,0,0`;
    const text = `${demoFile("finance.csv").trimEnd()}\n${good}\n${bad}\n`;
    const found = problems({ "finance.csv": text });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      'column "corrected_budget": expected the sum of born-familie\'s functions in 2026-02',
    );
  });

  it("refuse negative counts and shares above 1 in activity", () => {
    let text = demoFile("activity.csv");
    const all = lines("activity.csv");
    const countRow = all.findIndex((line) => line.includes(",underretninger,"));
    const shareRow = all.findIndex((line) => line.includes(",undersoegelser-rettidige,"));
    text = withCell(text, countRow, "value", "-3");
    text = withCell(text, shareRow, "value", "87");
    const found = problems({ "activity.csv": text }).join("\n");
    expect(found).toContain(
      `row ${countRow} (line ${countRow + 1}), column "value": expected a whole number, 0 or more, for a count; found "-3"`,
    );
    expect(found).toContain(
      `row ${shareRow} (line ${shareRow + 1}), column "value": expected a share between 0 and 1 (e.g. 0.85 for 85 %); found "87"`,
    );
  });

  it("refuse a gap in a time series and an unknown measure", () => {
    const all = lines("activity.csv");
    const row = all.findIndex((line) => line.includes(",nye-sager,2025-06,"));
    const withoutJune = all.filter((_, index) => index !== row);
    withoutJune[3] = (withoutJune[3] ?? "").replace(/,underretninger,/, ",ukendt-maal,");
    const found = problems({ "activity.csv": `${withoutJune.join("\n")}\n` }).join("\n");
    expect(found).toContain(
      "expected no gaps in the series born-familie / nye-sager: 2025-06 is missing after this row",
    );
    expect(found).toContain('column "measure_id": expected a measure id from measures.csv');
    expect(found).toContain('found "ukendt-maal"');
  });

  it("refuse ladder flows that do not add up to the stocks", () => {
    const all = lines("ladder/flows.csv");
    const row = all.findIndex((line) => /,plejefamilie,plejefamilie,/.test(line));
    const text = withCell(demoFile("ladder/flows.csv"), row, "citizens", "999");
    const found = problems({ "ladder/flows.csv": text }).join("\n");
    expect(found).toContain("expected flows out of born-familie/plejefamilie");
    expect(found).toContain("expected flows into born-familie/plejefamilie");
  });

  it("refuse an unknown step and an unknown municipality", () => {
    const stocks = withCell(demoFile("ladder/stocks.csv"), 1, "step_id", "trappe-9");
    const benchmarks = withCell(demoFile("benchmarks.csv"), 1, "municipality_code", "999");
    const found = problems({ "ladder/stocks.csv": stocks, "benchmarks.csv": benchmarks }).join("\n");
    expect(found).toContain(
      'ladder/stocks.csv, row 1 (line 2), column "step_id": expected a step of the area in ladder/steps.csv',
    );
    expect(found).toContain(
      'benchmarks.csv, row 1 (line 2), column "municipality_code": expected a municipality code from reference/municipalities.csv',
    );
  });

  it("refuse a person-level column by its name", () => {
    const text = demoFile("ladder/steps.csv").replace("title", "navn");
    expect(problems({ "ladder/steps.csv": text })[0]).toContain(
      'column "navn": expected no person-level columns',
    );
  });

  it("report a missing file", () => {
    const read = demoDataWith();
    const found = (() => {
      try {
        loadDataset("data", (file) =>
          file === "benchmarks.csv"
            ? (() => {
                throw new Error("ENOENT");
              })()
            : read(file),
        );
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(found).toContain("benchmarks.csv: expected the file to exist in the data folder");
  });
});
