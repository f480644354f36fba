import { describe, expect, it } from "vitest";
import { functionOutlook, largestDeviations, spendThroughYear } from "../../../src/data/transform/finance.ts";
import { evenFinanceRows } from "../../fixtures/finance-rows.ts";

describe("functionOutlook", () => {
  it("takes the latest month and computes deviation and change on last year", () => {
    const [foster, residential] = functionOutlook(evenFinanceRows(), "born-familie");
    expect(foster).toMatchObject({
      functionLabel: "Plejefamilier",
      correctedBudget: 11_000_000,
      deviation: 1_000_000,
    });
    expect(foster?.deviationShare).toBeCloseTo(1 / 11);
    expect(foster?.changeOnLastYear).toBeCloseTo(10_000_000 / 9_000_000 - 1);
    expect(residential?.deviation).toBe(-600_000);
  });
});

describe("largestDeviations", () => {
  it("orders by size either way", () => {
    expect(largestDeviations(evenFinanceRows(), 2).map((f) => f.deviation)).toEqual([1_000_000, -600_000]);
  });
});

describe("spendThroughYear", () => {
  const points = spendThroughYear(evenFinanceRows(), "born-familie", 2026);

  it("has twelve months, spend only where there is data", () => {
    expect(points).toHaveLength(12);
    expect(points[9]?.spent).toBe(15_000_000);
    expect(points[10]?.spent).toBeNull();
  });

  it("spreads the budget in last year's pattern and ends at the full budget", () => {
    // last year spent evenly, so the path is linear: 10/12 of 17,6 mio. by October
    expect(points[9]?.budgetPath).toBe(Math.round((17_600_000 * 10) / 12));
    expect(points[11]?.budgetPath).toBe(17_600_000);
    expect(points[11]?.lastYear).toBe(16_800_000);
  });
});
