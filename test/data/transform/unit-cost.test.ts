import { describe, expect, it } from "vitest";
import {
  addMonths,
  forecastSpend,
  linearTrend,
  unitCostMonths,
  yearEndFromForecast,
} from "../../../src/data/transform/unit-cost.ts";
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

describe("forecastSpend", () => {
  it("projects activity × unit price; a steady history gives a steady forecast with a zero-width band", () => {
    const history = Array.from({ length: 12 }, (_, i) => ({
      month: addMonths("2025-11", i),
      spend: 1_000_000,
      activity: 20,
      unitPrice: 50_000,
    }));
    const forecast = forecastSpend(history, 6);
    expect(forecast.map((m) => m.month)).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
      "2027-03",
      "2027-04",
    ]);
    for (const m of forecast) {
      expect(m.spend).toBeCloseTo(1_000_000);
      expect(m.high - m.low).toBeCloseTo(0);
    }
    expect(yearEndFromForecast(history, forecast, 2026).expected).toBeCloseTo(12_000_000);
  });

  it("follows a rising number of citizens", () => {
    const history = Array.from({ length: 12 }, (_, i) => ({
      month: addMonths("2025-11", i),
      spend: (20 + i) * 50_000,
      activity: 20 + i,
      unitPrice: 50_000,
    }));
    expect(forecastSpend(history, 1)[0]?.activity).toBeCloseTo(32);
  });

  it("gives no forecast from fewer than six usable months", () => {
    expect(forecastSpend([{ month: "2026-01", spend: 1, activity: 1, unitPrice: 1 }])).toEqual([]);
  });
});
