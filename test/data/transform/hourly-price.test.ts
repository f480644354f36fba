import { describe, expect, it } from "vitest";
import { hourlyPrices, monthlyHours, priceToDate } from "../../../src/data/transform/hourly-price.ts";
import { evenFinanceRows } from "../../fixtures/finance-rows.ts";

/** ISO weeks 2026-W01 … W44 at 700 hours: 100 hours a day, 29 December 2025 to 1 November 2026. */
const weeks = Array.from({ length: 44 }, (_, i) => ({
  period: `2026-W${String(i + 1).padStart(2, "0")}`,
  value: 700,
}));

describe("monthlyHours", () => {
  it("spreads each week over its days, so a week across two months counts in both", () => {
    const hours = monthlyHours(weeks);
    expect(hours.get("2025-12")).toEqual({ hours: 300, days: 3 });
    expect(hours.get("2026-01")?.days).toBe(31);
    expect(hours.get("2026-01")?.hours).toBeCloseTo(3100, 9);
    expect(hours.get("2026-02")?.hours).toBeCloseTo(2800, 9);
    expect(hours.get("2026-11")).toEqual({ hours: 100, days: 1 });
  });
});

describe("hourlyPrices", () => {
  // Plejefamilier in the fixture spends 1 mio. kr. a month.
  const months = hourlyPrices(evenFinanceRows(), "born-familie", ["5.28.20"], weeks, 1_200_000, 2026);

  it("prices the whole months of the fiscal year: spend less a twelfth of the fixed costs, per hour", () => {
    expect(months.map((m) => m.month)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    expect(months[0]?.price).toBeCloseTo(900_000 / 3100, 9);
    expect(months[1]?.price).toBeCloseTo(900_000 / 2800, 9);
    expect(months[1]?.spend).toBe(1_000_000);
  });

  it("leaves out a month the weeks cover only in part", () => {
    // Week 43 ends on Sunday 25 October: without week 44, October is not whole.
    const short = hourlyPrices(evenFinanceRows(), "born-familie", ["5.28.20"], weeks.slice(0, 43), 0, 2026);
    expect(short.at(-1)?.month).toBe("2026-09");
    expect(short[0]?.price).toBeCloseTo(1_000_000 / 3100, 9);
  });

  it("weights the price to date by hours", () => {
    const two = months.slice(0, 2);
    expect(priceToDate(two, 1_200_000)).toBeCloseTo(1_800_000 / 5900, 9);
    expect(priceToDate([], 0)).toBeUndefined();
  });
});
