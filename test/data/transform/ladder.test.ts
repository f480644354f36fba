import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import { isSuppressed } from "../../../src/data/privacy/suppress.ts";
import { OUTSIDE } from "../../../src/data/schemas/ladder.ts";
import {
  ladderCounts,
  ladderSummary,
  ladderYears,
  shareOnSteps,
} from "../../../src/data/transform/ladder.ts";
import { demoDataWith } from "../../fixtures/data-folder.ts";
import { threeStepLadder as tables } from "../../fixtures/ladder.ts";

describe("ladderSummary", () => {
  const summary = ladderSummary(tables, ladderCounts(tables, "a", 5), "a", 2025);

  it("computes shares of citizens and of spend per step, rounded to whole percent as printed", () => {
    // 110/170 = 64.7 %, 45/170 = 26.5 %, 15/170 = 8.8 %: a finer share of a count could fix a withheld one.
    expect(summary.steps.map((s) => s.citizenShare)).toEqual([0.65, 0.26, 0.09]);
    expect(summary.steps.map((s) => s.spendShare)).toEqual([0.06, 0.26, 0.68]);
    expect(summary.totalCitizens).toBe(170);
  });

  it("computes the average yearly cost of one citizen on each step", () => {
    expect(summary.steps.map((s) => s.costPerCitizen)).toEqual([10_000, 100_000, 800_000]);
  });

  it("withholds spend and averages of a step whose count is withheld", () => {
    const small: typeof tables = {
      ...tables,
      stocks: tables.stocks.map((s) =>
        s.step_id === "tung" && s.period === 2025 ? { ...s, citizens: 3 } : s,
      ),
      flows: [],
    };
    const top = ladderSummary(small, ladderCounts(small, "a", 5), "a", 2025).steps[2];
    expect(isSuppressed(top?.citizens)).toBe(true);
    expect(isSuppressed(top?.spend)).toBe(true);
    expect(isSuppressed(top?.costPerCitizen)).toBe(true);
  });
});

describe("ladderCounts", () => {
  const counts = ladderCounts(tables, "a", 5);

  it("counts moves down, up and stays, entries and exits", () => {
    expect(
      ["down", "up", "stayed", "entered", "left"].map((k) => counts.movement(2025, k as "down")),
    ).toEqual([25, 0, 95, 50, 50]);
  });

  it("balances every step: stock(t−1) + in − out = stock(t)", () => {
    for (const id of ["let", "mellem", "tung"]) {
      const into = tables.flows
        .filter((f) => f.to_step === id && f.from_step !== id)
        .reduce((s, f) => s + f.citizens, 0);
      const out = tables.flows
        .filter((f) => f.from_step === id && f.to_step !== id)
        .reduce((s, f) => s + f.citizens, 0);
      expect(counts.raw.stock(id, 2024) + into - out, id).toBe(counts.raw.stock(id, 2025));
    }
  });
});

describe("the demo ladders", () => {
  const data = loadDataset("data", demoDataWith());

  it("balance in every year and every step, and publish no count under 5", () => {
    for (const area of ["born-familie", "voksne-handicap"]) {
      const counts = ladderCounts(data.ladder, area, 5);
      const years = ladderYears(data.ladder, area);
      const steps = data.ladder.steps.filter((s) => s.area === area).map((s) => s.step_id);
      for (const year of years.slice(1)) {
        for (const id of steps) {
          const flows = data.ladder.flows.filter((f) => f.area === area && f.period === year);
          const into = flows.filter((f) => f.to_step === id).reduce((s, f) => s + f.citizens, 0);
          const out = flows.filter((f) => f.from_step === id).reduce((s, f) => s + f.citizens, 0);
          expect(into, `${area} ${id} ${year} in`).toBe(counts.raw.stock(id, year));
          expect(out, `${area} ${id} ${year} out`).toBe(counts.raw.stock(id, year - 1));
          for (const to of [...steps, OUTSIDE.exit]) {
            const shown = counts.flow(year, id, to);
            if (!isSuppressed(shown)) expect(shown === 0 || shown >= 5).toBe(true);
          }
        }
      }
    }
  });

  it("has most of the money on few children at the top of the children's ladder", () => {
    const summary = ladderSummary(
      data.ladder,
      ladderCounts(data.ladder, "born-familie", 5),
      "born-familie",
      2025,
    );
    const top = summary.steps.filter((s) => s.step.order >= 4 && !isSuppressed(s.citizenShare));
    const citizens = top.reduce((sum, s) => sum + (s.citizenShare as number), 0);
    const spend = top.reduce((sum, s) => sum + (s.spendShare as number), 0);
    expect(citizens).toBeLessThan(0.15);
    expect(spend).toBeGreaterThan(0.45);
  });

  it("computes the share on the lower steps from the stocks", () => {
    expect(shareOnSteps(tables, "a", 2025, ["let", "mellem"])).toBeCloseTo(155 / 170);
  });
});
