import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import { evaluateGoal, type GoalTarget } from "../../../src/data/transform/goals.ts";
import { goalView } from "../../../src/figures/content-figures.ts";
import { seededRandom } from "../../../tools/demo/random.ts";
import { monthly } from "../../fixtures/measures.ts";

const ROOT = join(import.meta.dirname, "../../..");

/** A seasonal monthly series whose last 3 months miss the target and are each worse than a year before. */
function worseAndWorsening(seed: number): { goal: GoalTarget; values: number[]; isShare: boolean } {
  const random = seededRandom(seed);
  const isShare = random.next() < 0.5;
  const direction = random.next() < 0.5 ? "at-least" : "at-most";
  const bad = direction === "at-most" ? 1 : -1;
  const length = random.int(15, 40);
  const level = isShare ? 0.3 + random.next() * 0.4 : 50 + random.next() * 500;
  const amplitude = level * random.next() * 0.4;
  const values = Array.from(
    { length },
    (_, i) => level + amplitude * Math.cos((2 * Math.PI * i) / 12) + random.normal(0, level * 0.05),
  );
  for (let i = length - 3; i < length; i++) {
    const worsening = level * (0.001 + random.next() * 0.1);
    values[i] = (values[i - 12] ?? level) + bad * worsening;
  }
  const latest = values.at(-1) ?? level;
  const lowestMiss = Math.min(...values.slice(-3).map((v) => v * bad));
  // The target lies on the good side of every one of the last 3 values: they all miss it.
  const target =
    bad > 0
      ? lowestMiss - Math.abs(latest) * random.next() * 0.3 - 1e-6
      : -lowestMiss + Math.abs(latest) * random.next() * 0.3 + 1e-6;
  const deadlineYear = 2025 + Math.floor((length - 1) / 12) + random.int(0, 2);
  return {
    goal: { target, direction, deadline: `${deadlineYear}-${String(random.int(1, 12)).padStart(2, "0")}` },
    values,
    isShare,
  };
}

describe("evaluateGoal", () => {
  it("never calls a value worse than its target with a worsening trend 'on track' (1,000 random seasonal series)", () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const { goal, values } = worseAndWorsening(seed);
      const evaluation = evaluateGoal(goal, monthly(values));
      expect(evaluation.trend, `seed ${seed}`).toBe("worse");
      expect(evaluation.state, `seed ${seed}`).not.toBe("on-track");
    }
  });

  it("never calls a yearly share below target and falling 'on track'", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const random = seededRandom(seed);
      const start = 0.5 + random.next() * 0.4;
      const shares = [start];
      for (let i = random.int(1, 5); i > 0; i--)
        shares.push((shares.at(-1) ?? start) - 0.001 - random.next() * 0.05);
      const target = Math.max(...shares.slice(-2)) + 0.001 + random.next() * 0.2;
      const series = shares.map((value, i) => ({ period: String(2020 + i), value }));
      const evaluation = evaluateGoal({ target, direction: "at-least", deadline: "2030" }, series);
      expect(evaluation.state, `seed ${seed}: ${shares.join(", ")} → ${target}`).not.toBe("on-track");
    }
  });

  it("follows the season: a September low meeting the target is only 'at risk' when the deadline is December", () => {
    // Low in summer, high in winter; the same each year. Deadline in December, target 6.5 %.
    const year = [0.097, 0.094, 0.086, 0.073, 0.065, 0.06, 0.06, 0.06, 0.062, 0.07, 0.085, 0.095];
    const series = monthly([...year, ...year.slice(0, 9)]);
    const evaluation = evaluateGoal({ target: 0.065, direction: "at-most", deadline: "2026-12" }, series);
    expect(evaluation.projected).toBeCloseTo(0.095);
    expect(evaluation.latest).toBe(0.062);
    expect(evaluation.state).toBe("at-risk");
  });

  it("calls the demo's sick leave in elderly care 'ikke på rette spor'", () => {
    const data = loadDataset(join(ROOT, "data"));
    const view = goalView(
      data,
      "maal-sygefravaer-aeldre",
      {
        area: "aeldre",
        measure: "sygefravaer-aeldre",
        target: 0.065,
        direction: "at-most",
        deadline: "2026-12",
      },
      "Lavere sygefravær i ældreplejen",
    );
    expect(view.evaluation.state).toBe("off-track");
    expect(view.evaluation.trend).toBe("worse");
    expect(view.sentence).toMatch(/^Ikke på rette spor/);
  });
});
