import { describe, expect, it } from "vitest";
import { weeklyPriceChart, weekPrices } from "../../src/charts/weekly-price.ts";
import { lineAssumptions, lineBridge } from "../../src/data/transform/budget-bridge.ts";
import { hourlyPrices } from "../../src/data/transform/hourly-price.ts";
import { NBSP } from "../../src/i18n/format.ts";
import { placementAssumption } from "../fixtures/budget-assumptions.ts";
import { evenFinanceRows } from "../fixtures/finance-rows.ts";
import { snapshotSvg } from "./snapshot.ts";

const plain = (text: string) => text.replaceAll(NBSP, " ");
/** 2026-W01 … W44: 500 hours a week, rising to 560 from week 27. */
const weeks = Array.from({ length: 44 }, (_, i) => ({
  area: "born-familie",
  measure_id: "timer",
  period: `2026-W${String(i + 1).padStart(2, "0")}`,
  value: i < 26 ? 500 : 560,
  unit: "hours" as const,
}));

describe("weeklyPriceChart", () => {
  // Plejefamilier (1 mio. kr. a month, 12 mio. expected) budgeted as 24.000 hours at 440 kr. + 440.000 kr. fixed.
  const [assumption] = lineAssumptions([
    placementAssumption({
      unit: "hours",
      volume: 24_000,
      unit_price: 440,
      fixed_costs: 440_000,
      fixed_costs_note: "Biler",
      measure: "timer",
    }),
  ]);
  if (!assumption) throw new Error("no assumption");
  const bridge = lineBridge(assumption, evenFinanceRows(), weeks, { frequency: "week" }, 2026);
  if (!bridge) throw new Error("no bridge");
  const months = hourlyPrices(evenFinanceRows(), "born-familie", ["5.28.20"], weeks, 440_000, 2026);
  const spec = weeklyPriceChart({
    id: "timepris",
    bridge,
    months,
    weeks: weeks.map((w) => w.period),
    source: "Omsorgssystem (testdata)",
    asOf: "2026-10-31",
  });

  it("states the year's price per hour against the budget, as the bridge prices it, and the latest month", async () => {
    const expected = Math.round(bridge.expectedPrice);
    expect(expected).toBe(Math.round((12_000_000 - 440_000) / bridge.expectedVolume));
    expect(expected).toBe(416);
    expect(plain(spec.title)).toBe(
      "Timeprisen ventes at ende 24 kr. under budgettets 440 kr.; i oktober var den 388 kr.",
    );
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/weekly-price.svg");
  });

  it("gives every week its Thursday's month's price", () => {
    const prices = weekPrices(["2026-W05", "2026-W14"], months);
    // Week 5: Thursday 29 January; week 14: Thursday 2 April.
    expect(prices).toEqual([
      { week: 5, price: months[0]?.price },
      { week: 14, price: months[3]?.price },
    ]);
  });

  it("tables each month's hours, spend and price next to the budgeted price", () => {
    expect(spec.table.rows[0]).toEqual({
      month: "januar 2026",
      hours: Math.round((500 * 31) / 7),
      spend: 1_000_000,
      price: Math.round((1_000_000 - 440_000 / 12) / ((500 * 31) / 7)),
      budgeted: 440,
    });
  });
});
