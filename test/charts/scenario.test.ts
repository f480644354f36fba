import { describe, expect, it } from "vitest";
import { ladderGoalEvaluation } from "../../src/charts/ladder-goal.ts";
import {
  scenarioChange,
  scenarioFromQuery,
  scenarioSentence,
  scenarioToQuery,
} from "../../src/charts/scenario.ts";
import { NBSP } from "../../src/i18n/format.ts";

const steps = [
  { id: "hjem", order: 2, title: "Støtte i hjemmet", costPerCitizen: 146_000 },
  { id: "pleje", order: 4, title: "Plejefamilie", costPerCitizen: 523_000 },
  { id: "ophold", order: 5, title: "Opholdssted", costPerCitizen: 1_337_000 },
];

describe("scenarioChange", () => {
  it("multiplies the number who move by the difference in average yearly cost", () => {
    expect(scenarioChange(steps, { from: "ophold", to: "pleje", count: 5 })).toBe(-4_070_000);
    expect(scenarioChange(steps, { from: "hjem", to: "pleje", count: 2 })).toBe(754_000);
  });
  it("refuses unknown steps and negative counts", () => {
    expect(scenarioChange(steps, { from: "x", to: "pleje", count: 1 })).toBeUndefined();
    expect(scenarioChange(steps, { from: "hjem", to: "pleje", count: -1 })).toBeUndefined();
  });
});

describe("scenarioSentence", () => {
  it("says which way and how much, in Danish", () => {
    expect(
      scenarioSentence(steps, { from: "ophold", to: "pleje", count: 5 }, "børn").replaceAll(NBSP, " "),
    ).toBe("Hvis 5 børn flytter fra opholdssted til plejefamilie, falder den årlige udgift med 4,1 mio. kr.");
  });
});

describe("the scenario in the URL", () => {
  it("round-trips through the query string and ignores nonsense", () => {
    const scenario = { from: "ophold", to: "pleje", count: 7 };
    expect(scenarioFromQuery(scenarioToQuery(scenario), { from: "a", to: "b", count: 1 })).toEqual(scenario);
    expect(scenarioFromQuery("?antal=-3", { from: "a", to: "b", count: 1 })).toEqual({
      from: "a",
      to: "b",
      count: 1,
    });
  });
});

describe("ladderGoalEvaluation", () => {
  const state = (shares: { year: number; share: number }[]) => ladderGoalEvaluation(shares, 0.9, 2027).state;
  it("is on track at or above the target", () => {
    expect(state([{ year: 2025, share: 0.91 }])).toBe("on-track");
  });
  it("is on track when the yearly change reaches the target by the deadline", () => {
    expect(state([2022, 2023, 2024, 2025].map((year, i) => ({ year, share: 0.8 + i * 0.03 })))).toBe(
      "on-track",
    );
  });
  it("is at risk when it stands still close to the target, and off track when it falls away from it", () => {
    expect(state([2022, 2023, 2024, 2025].map((year) => ({ year, share: 0.87 })))).toBe("at-risk");
    expect(state([2022, 2023, 2024, 2025].map((year, i) => ({ year, share: 0.89 - i * 0.01 })))).toBe(
      "off-track",
    );
  });
});
