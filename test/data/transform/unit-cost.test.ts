import { describe, expect, it } from "vitest";
import { linearTrend, unitCostMonths } from "../../../src/data/transform/unit-cost.ts";
import { evenFinanceRows } from "../../fixtures/finance-rows.ts";
import { monthly } from "../../fixtures/measures.ts";

describe("unitCostMonths", () => {
  it("turns cumulative spend into monthly spend and divides by activity", () => {
    const activity = monthly(Array.from({ length: 22 }, () => 20));
    const months = unitCostMonths(evenFinanceRows(), "born-familie", ["5.28.20"], activity);
    const october = months.find((m) => m.month === "2026-10");
    expect(october).toEqual({ month: "2026-10", spend: 1_000_000, activity: 20, unitPrice: 50_000 });
    expect(months.find((m) => m.month === "2025-03")?.spend).toBeCloseTo(900_000);
  });

  it("leaves the unit price out where the activity is withheld", () => {
    const activity = monthly(Array.from({ length: 22 }, (_, i) => (i === 21 ? "small" : 20)));
    const months = unitCostMonths(evenFinanceRows(), "born-familie", ["5.28.20"], activity);
    expect(months.find((m) => m.month === "2026-10")?.unitPrice).toBeUndefined();
  });
});

describe("linearTrend", () => {
  it("fits a straight line exactly", () => {
    const trend = linearTrend([10, 12, 14, 16]);
    expect(trend.slope).toBeCloseTo(2);
    expect(trend.at(5)).toBeCloseTo(20);
    expect(trend.residualSd).toBeCloseTo(0);
  });
});
