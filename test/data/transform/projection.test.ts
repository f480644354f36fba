import { describe, expect, it } from "vitest";
import { methodSentences } from "../../../src/charts/forecast.ts";
import {
  backtest,
  bandCheck,
  type ProjectionInput,
  projectMonths,
  scoreMethods,
  yearEndView,
} from "../../../src/data/transform/projection.ts";
import type { UnitCostMonth } from "../../../src/data/transform/unit-cost.ts";
import { evenFinanceRows } from "../../fixtures/finance-rows.ts";

const SEASON = [10, 10, 11, 11, 11, 11, 8, 10, 11, 12, 12, 14];

/** Two years of a line whose spend has the same seasonal shape each year, scaled by `growth`. */
function line(growth: number, months = 10): ProjectionInput {
  const history: UnitCostMonth[] = [];
  for (const [year, scale] of [
    [2025, 1],
    [2026, growth],
  ] as const) {
    for (let m = 1; m <= months; m++) {
      const spend = (SEASON[m - 1] ?? 10) * 1e6 * scale;
      history.push({
        month: `${year}-${String(m).padStart(2, "0")}`,
        spend,
        activity: 100,
        unitPrice: spend / 100,
      });
    }
  }
  return {
    history,
    lastYearExtra: new Map([
      ["2025-11", 12e6],
      ["2025-12", 14e6],
    ]),
  };
}

describe("projectMonths", () => {
  it("seasonal naive repeats last year's months, including the ones known only from the accounts", () => {
    const out = projectMonths("seasonal-naive", line(1), ["2026-11", "2026-12"]);
    expect(out?.map((m) => m.spend)).toEqual([12e6, 14e6]);
  });
  it("seasonal smoothing carries this year's growth onto last year's shape", () => {
    const out = projectMonths("seasonal-smoothing", line(1.1), ["2026-11", "2026-12"]);
    expect(out?.[0]?.spend).toBeCloseTo(13.2e6);
    expect(out?.[1]?.spend).toBeCloseTo(15.4e6);
  });
});

describe("backtest", () => {
  it("tests every method from each origin and picks the one with the smallest error", () => {
    const cases = backtest(line(1.1), 2026);
    expect(new Set(cases.map((c) => c.origin)).size).toBe(7);
    const scores = scoreMethods(cases);
    expect(scores[0]?.method).toBe("seasonal-smoothing");
    expect(scores[0]?.mape).toBeCloseTo(0);
    expect(scores.find((s) => s.method === "seasonal-naive")?.mape).toBeCloseTo(1 / 11);
  });
  it("only uses what was known at the origin", () => {
    const input = line(1.1);
    const before = backtest(input, 2026).filter((c) => c.origin === "2026-03");
    const later = {
      ...input,
      history: input.history.map((m) => (m.month === "2026-10" ? { ...m, spend: m.spend * 5 } : m)),
    };
    const after = backtest(later, 2026).filter((c) => c.origin === "2026-03");
    expect(after.map((c) => c.projected)).toEqual(before.map((c) => c.projected));
  });
  it("judges the band out of sample: each test's band comes from earlier tests only", () => {
    const cases = backtest(line(1.1), 2026);
    const band = bandCheck(cases, "seasonal-naive");
    expect(band.judged).toBe(5);
    expect(band.held).toBeLessThanOrEqual(band.judged);
  });
});

describe("yearEndView early in the year", () => {
  it("projects without claiming a backtest or a band when there is none yet", () => {
    const rows = evenFinanceRows().filter((r) => r.month <= "2026-02");
    const input = line(1.1, 2);
    const view = yearEndView(rows, "born-familie", ["5.28.20"], input.history, 2026);
    expect(view?.scores).toEqual([]);
    expect(view?.band.halfWidth).toBe(0);
    expect(view && methodSentences(view).join(" ")).toMatch(/for få måneder .* intet bånd/);
  });
});
