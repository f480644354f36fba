import { describe, expect, it } from "vitest";
import { checkBudgetAssumptions } from "../../../src/data/checks/budget-assumptions.ts";
import { fromCsv } from "../../../src/data/load/csv.ts";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import {
  ASSUMPTION_TOLERANCE,
  assumptionTolerance,
  BudgetAssumptionRow,
  variableAmount,
} from "../../../src/data/schemas/budget-assumptions.ts";

const data = loadDataset("data");
const HEADER =
  "area,line,label,functions,period,unit,volume,unit_price,fixed_costs,fixed_costs_note,budget,measure";
const PLACEMENTS = "born-familie,anbringelser,anbringelser,5.28.20 5.28.22 5.28.23 5.28.24";

function check(...lines: string[]) {
  const table = fromCsv("budget-assumptions.csv", `${HEADER}\n${lines.join("\n")}\n`, BudgetAssumptionRow);
  return [...table.issues, ...checkBudgetAssumptions(data.site, table, data.finance, data.measures)].map(
    (i) => `${i.row}|${i.column}|${i.expected}|${i.found}`,
  );
}

describe("assumptionTolerance", () => {
  it("is 1.000 kr. or 0,1 % of the budget, whichever is larger", () => {
    expect(ASSUMPTION_TOLERANCE).toEqual({ kr: 1000, share: 0.001 });
    expect(assumptionTolerance(500_000)).toBe(1000);
    expect(assumptionTolerance(1_000_000)).toBe(1000);
    expect(assumptionTolerance(2_000_000)).toBe(2000);
    expect(assumptionTolerance(-2_000_000)).toBe(2000);
  });
});

describe("variableAmount", () => {
  it("prices citizens per year (a month is a twelfth) and hours per hour", () => {
    expect(variableAmount({ unit: "citizens", period: "2026", volume: 10, unit_price: 1200 })).toBe(12_000);
    expect(variableAmount({ unit: "citizens", period: "2026-03", volume: 10, unit_price: 1200 })).toBe(1000);
    expect(variableAmount({ unit: "placements", period: "2026-03", volume: 10, unit_price: 1200 })).toBe(
      1000,
    );
    expect(variableAmount({ unit: "hours", period: "2026-03", volume: 10, unit_price: 1200 })).toBe(12_000);
  });
});

describe("checkBudgetAssumptions", () => {
  it("accepts the demo's table", () => {
    expect(data.budgetAssumptions).toHaveLength(14);
  });

  it("accepts volume × price within the tolerance, and a budget one kr. beyond it is refused", () => {
    expect(check(`${PLACEMENTS},2026,placements,164,1366000,0,,224000000,anbringelser`)).toEqual([]);
    // 160 × 1.400.000 = 224.000.000; the tolerance at 224 mio. is 224.000 kr.
    expect(check(`${PLACEMENTS},2026,placements,160,1401400,0,,224000000,anbringelser`)).toEqual([]);
    expect(check(`${PLACEMENTS},2026,placements,160,1401401,0,,224000000,anbringelser`)).toEqual([
      "1|budget|volume × unit_price + fixed_costs = 224224160 kr. (within 224000 kr.); or state the difference as fixed_costs with a note|224000000",
    ]);
  });

  it("accepts the original budget as well as the corrected one", () => {
    expect(check(`${PLACEMENTS},2026,placements,160,1387500,0,,222000000,anbringelser`)).toEqual([]);
  });

  it("refuses a period outside the fiscal year and a line that mixes the year with months", () => {
    expect(check(`${PLACEMENTS},2025,placements,164,1366000,0,,224000000,anbringelser`)[0]).toBe(
      "1|period|2026 or a month of 2026 (fiscalYear in site.json)|2025",
    );
    expect(
      check(
        `${PLACEMENTS},2026,placements,82,1366000,0,,112012000,anbringelser`,
        `${PLACEMENTS},2026-01,placements,82,1366000,0,,9334333,anbringelser`,
      ),
    ).toContain(
      "1|period|line born-familie/anbringelser either as one row for the year or as twelve monthly rows, not both|2026 2026-01",
    );
  });

  it("refuses a function in two lines, and an unknown measure", () => {
    const issues = check(
      `${PLACEMENTS},2026,placements,164,1366000,0,,224000000,anbringelser`,
      "born-familie,plejefamilier,plejefamilier,5.28.20,2026,placements,50,1760000,0,,88000000,nye-anbringelser",
    );
    expect(issues).toContain(
      "2|functions|each function in one line only (5.28.20 is already in line anbringelser)|5.28.20",
    );
    expect(issues).toContain("2|measure|a measure id from measures.csv|nye-anbringelser");
  });

  it("refuses a measure of another area", () => {
    expect(check(`${PLACEMENTS},2026,placements,164,1366000,0,,224000000,hjemmepleje-modtagere`)).toEqual([
      "1|measure|a measure of born-familie with unit count (the line counts placements)|hjemmepleje-modtagere (aeldre, count)",
    ]);
  });

  it("refuses a negative volume or price", () => {
    expect(check(`${PLACEMENTS},2026,placements,-1,1366000,0,,224000000,anbringelser`)[0]).toBe(
      "1|volume|a volume of 0 or more|-1",
    );
    expect(check(`${PLACEMENTS},2026,placements,1,-1,0,,224000000,anbringelser`)[0]).toBe(
      "1|unit_price|a unit price in kr. of 0 or more|-1",
    );
  });
});
