import { describe, expect, it } from "vitest";
import {
  expectedVolume,
  isoWeeksIn,
  lineAssumptions,
  lineBridge,
  mainDriver,
} from "../../../src/data/transform/budget-bridge.ts";
import { yearEndView } from "../../../src/data/transform/projection.ts";
import { unitCostMonths } from "../../../src/data/transform/unit-cost.ts";
import { monthlyCounts, placementAssumption } from "../../fixtures/budget-assumptions.ts";
import { evenFinanceRows } from "../../fixtures/finance-rows.ts";

const monthly = { frequency: "month" } as const;

describe("lineAssumptions", () => {
  it("averages twelve months of citizens and weights the price by volume", () => {
    const rows = Array.from({ length: 12 }, (_, i) =>
      placementAssumption({
        period: `2026-${String(i + 1).padStart(2, "0")}`,
        volume: i < 6 ? 12 : 8,
        unit_price: i < 6 ? 1_000_000 : 1_300_000,
        budget: 0,
      }),
    );
    const [line] = lineAssumptions(rows);
    expect(line?.volume).toBe(10);
    expect(line?.price).toBeCloseTo((72 * 1_000_000 + 48 * 1_300_000) / 120, 6);
    expect(line?.months).toHaveLength(12);
    expect(line?.months[0]).toEqual({ month: "2026-01", volume: 12, price: 1_000_000 });
  });

  it("adds up months of hours, keeps the yearly price, and sums fixed costs with their notes", () => {
    const rows = ["2026-01", "2026-02"].map((period) =>
      placementAssumption({
        period,
        unit: "hours",
        volume: 1000,
        unit_price: 500,
        fixed_costs: 10,
        fixed_costs_note: "Biler",
      }),
    );
    const [line] = lineAssumptions(rows);
    expect(line).toMatchObject({ volume: 2000, price: 500, fixedCosts: 20, fixedCostsNotes: ["Biler"] });
  });

  it("keeps lines apart and a yearly line's own price", () => {
    const lines = lineAssumptions([
      placementAssumption(),
      placementAssumption({ line: "andet", volume: 0, unit_price: 7 }),
    ]);
    expect(lines.map((l) => [l.line, l.volume, l.price, l.months.length])).toEqual([
      ["plejefamilier", 10, 1_100_000, 0],
      ["andet", 0, 7, 0],
    ]);
  });
});

describe("isoWeeksIn", () => {
  it("counts 53 weeks when the year starts or ends on a Thursday", () => {
    expect([2020, 2025, 2026, 2027].map(isoWeeksIn)).toEqual([53, 52, 53, 52]);
  });
});

describe("expectedVolume", () => {
  const line = { area: "born-familie", measure: "anbringelser", unit: "placements" } as const;
  it("averages the fiscal year's months up to the follow-up month, leaving other years out", () => {
    const activity = monthlyCounts("anbringelser", [8, 8, 8, 8, 8, 8, 8, 8, 8, 20]);
    expect(expectedVolume(activity, line, monthly, 2026, "2026-09")).toEqual({ volume: 8, periods: 9 });
    expect(expectedVolume(activity, line, monthly, 2026, "2026-10")).toEqual({ volume: 9.2, periods: 10 });
    expect(expectedVolume(activity, line, monthly, 2027, "2027-10")).toBeUndefined();
  });

  it("scales weekly hours to the year's ISO weeks, counting a week by the month its Sunday is in", () => {
    const hours = { area: "aeldre", measure: "timer", unit: "hours" } as const;
    const activity = ["2026-W43", "2026-W44"].map((period, i) => ({
      area: "aeldre",
      measure_id: "timer",
      period,
      value: 100 + i * 100,
      unit: "hours" as const,
    }));
    // Week 44 of 2026 ends on Sunday 1 November.
    expect(expectedVolume(activity, hours, { frequency: "week" }, 2026, "2026-10")).toEqual({
      volume: 5300,
      periods: 1,
    });
    expect(expectedVolume(activity, hours, { frequency: "week" }, 2026, "2026-11")).toEqual({
      volume: 150 * 53,
      periods: 2,
    });
    expect(expectedVolume(activity, hours, { frequency: "month" }, 2026, "2026-11")?.volume).toBe(1800);
  });
});

describe("lineBridge", () => {
  const finance = evenFinanceRows();
  const [assumption] = lineAssumptions([placementAssumption()]);
  if (!assumption) throw new Error("no assumption");

  it("splits the expected deviation into volume and price at the budgeted price and the expected volume", () => {
    const bridge = lineBridge(
      assumption,
      finance,
      monthlyCounts("anbringelser", Array(10).fill(8)),
      monthly,
      2026,
    );
    expect(bridge).toMatchObject({
      budget: 11_000_000,
      expected: 12_000_000,
      expectedVolume: 8,
      expectedPrice: 1_500_000,
    });
    expect(bridge?.split).toEqual({
      total: 1_000_000,
      volumeEffect: -2_200_000,
      priceEffect: 3_200_000,
      remainder: 0,
    });
    expect(bridge && mainDriver(bridge.split)).toBe("price");
  });

  it("takes budget and expected result from the same follow-up as the year-end view", () => {
    const activity = monthlyCounts("anbringelser", Array(10).fill(8));
    const bridge = lineBridge(assumption, finance, activity, monthly, 2026);
    const history = unitCostMonths(finance, "born-familie", ["5.28.20"], []);
    const view = yearEndView(finance, "born-familie", ["5.28.20"], history, 2026);
    expect(bridge?.expected).toBe(view?.administration);
    expect(bridge?.budget).toBe(view?.budget);
  });

  it("puts the budget the assumptions do not cover, and a fixed cost, into the remainder only", () => {
    const [fixed] = lineAssumptions([
      placementAssumption({
        volume: 10,
        unit_price: 1_000_000,
        fixed_costs: 500_000,
        fixed_costs_note: "Husleje",
        budget: 10_500_000,
      }),
    ]);
    if (!fixed) throw new Error("no assumption");
    const bridge = lineBridge(
      fixed,
      finance,
      monthlyCounts("anbringelser", Array(10).fill(10)),
      monthly,
      2026,
    );
    // Expected price (12 mio. − 0,5 mio.) ÷ 10 = 1,15 mio.; the 0,5 mio. the assumptions leave out of the budget is "other".
    expect(bridge?.split).toEqual({
      total: 1_000_000,
      volumeEffect: 0,
      priceEffect: 1_500_000,
      remainder: -500_000,
    });
  });

  it("blames volume when more placements came at the budgeted price", () => {
    const bridge = lineBridge(
      assumption,
      finance,
      monthlyCounts("anbringelser", Array(10).fill(12)),
      monthly,
      2026,
    );
    // 12 mio. ÷ 12 placements = 1,0 mio. each: below the budgeted 1,1 mio.
    expect(bridge?.split).toEqual({
      total: 1_000_000,
      volumeEffect: 2_200_000,
      priceEffect: -1_200_000,
      remainder: 0,
    });
    expect(bridge && mainDriver(bridge.split)).toBe("volume");
  });

  it("has no bridge without a volume for the year", () => {
    expect(lineBridge(assumption, finance, [], monthly, 2026)).toBeUndefined();
    expect(lineBridge(assumption, [], monthlyCounts("anbringelser", [8]), monthly, 2026)).toBeUndefined();
  });

  it("keeps the budgeted price when the expected volume is zero", () => {
    const bridge = lineBridge(
      assumption,
      finance,
      monthlyCounts("anbringelser", Array(10).fill(0)),
      monthly,
      2026,
    );
    expect(bridge?.expectedPrice).toBe(1_100_000);
    expect(bridge?.split).toEqual({
      total: 1_000_000,
      volumeEffect: -11_000_000,
      priceEffect: 0,
      remainder: 12_000_000,
    });
  });
});

describe("mainDriver", () => {
  it("names the larger effect by size, volume on a tie", () => {
    expect(mainDriver({ total: 0, volumeEffect: -5, priceEffect: 4, remainder: 1 })).toBe("volume");
    expect(mainDriver({ total: 0, volumeEffect: 4, priceEffect: -5, remainder: 1 })).toBe("price");
    expect(mainDriver({ total: 0, volumeEffect: 5, priceEffect: -5, remainder: 0 })).toBe("volume");
  });
});
