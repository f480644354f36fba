import { describe, expect, it } from "vitest";
import { volumeScenario } from "../../../src/data/transform/assumption-scenario.ts";
import { lineAssumptions, lineBridge } from "../../../src/data/transform/budget-bridge.ts";
import { monthlyCounts, placementAssumption } from "../../fixtures/budget-assumptions.ts";
import { evenFinanceRows } from "../../fixtures/finance-rows.ts";

/** 12 placements expected (budget 10 at 1,1 mio.); 12 mio. ÷ 12 = 1,0 mio. kr. each a year. */
function bridge() {
  const [assumption] = lineAssumptions([placementAssumption()]);
  if (!assumption) throw new Error("no assumption");
  const b = lineBridge(
    assumption,
    evenFinanceRows(),
    monthlyCounts("anbringelser", Array(10).fill(12)),
    { frequency: "month" },
    2026,
  );
  if (!b) throw new Error("no bridge");
  return b;
}

describe("volumeScenario", () => {
  it("returns to the budgeted volume by the month given, in a straight line, at the expected price", () => {
    const s = volumeScenario(bridge(), { byMonth: "2026-12" });
    expect(s.months).toEqual([
      { month: "2026-11", volume: 11 },
      { month: "2026-12", volume: 10 },
    ]);
    // One placement fewer in November and two in December, at 1 mio. kr. a year: 3 ÷ 12 mio. kr.
    expect(s).toMatchObject({
      fromVolume: 12,
      toVolume: 10,
      price: 1_000_000,
      expected: 12_000_000,
      change: -250_000,
      result: 11_750_000,
    });
  });

  it("moves at once when the month has passed (by June, seen from October)", () => {
    const s = volumeScenario(bridge(), { byMonth: "2026-06" });
    expect(s.months.map((m) => m.volume)).toEqual([10, 10]);
    expect(s.change).toBe(-333_333);
  });

  it("keeps the expected result when the volume stays", () => {
    const s = volumeScenario(bridge(), { byMonth: "2026-12", toVolume: 12 });
    expect(s.change).toBe(0);
    expect(s.result).toBe(s.expected);
  });

  it("has no months left after the year's last follow-up", () => {
    const b = { ...bridge(), month: "2026-12" };
    expect(volumeScenario(b, { byMonth: "2026-12" })).toMatchObject({ months: [], change: 0 });
  });
});
