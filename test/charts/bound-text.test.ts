import { describe, expect, it } from "vitest";
import { changeText, valueText } from "../../src/charts/bound-text.ts";
import { evaluateGoal } from "../../src/data/transform/goals.ts";
import { sinceLast } from "../../src/data/transform/since-last.ts";
import { NBSP } from "../../src/i18n/format.ts";
import { monthly } from "../fixtures/measures.ts";

const plain = (text: string) => text.replaceAll(NBSP, " ");
const small = { suppressed: true as const, reason: "small" as const, threshold: 5 };

describe("valueText", () => {
  it("formats each unit the Danish way", () => {
    expect(plain(valueText(18_728_000, "kr"))).toBe("18,7 mio. kr.");
    expect(plain(valueText(0.799, "share"))).toBe("80 %");
    expect(plain(valueText(1902, "count"))).toBe("1.902");
    expect(plain(valueText(27.3, "ratio"))).toBe("27,3");
    expect(plain(valueText(small, "count"))).toBe("under 5");
  });
});

describe("changeText", () => {
  it("uses direction words with the size of the change", () => {
    expect(plain(changeText(138, 149, "count"))).toBe("steg 8 %");
    expect(plain(changeText(0.845, 0.799, "share"))).toBe("faldt 5 procentpoint");
    expect(plain(changeText(19_296_000, 18_728_000, "kr"))).toBe("faldt med 0,6 mio. kr.");
    expect(changeText(200, 201, "count")).toBe("var uændret");
  });
  it("does not compare withheld numbers", () => {
    expect(changeText(small, 12, "count")).toBe("kan ikke vises, fordi tallene er for små");
  });
});

describe("sinceLast", () => {
  it("pairs each figure with the previous snapshot's, and marks new ones", () => {
    const rows = sinceLast(
      [{ key: "a", area: "x", label: "A", unit: "count", value: 10 }],
      [
        { key: "a", area: "x", label: "A", unit: "count", value: 12 },
        { key: "b", area: "x", measureId: "b", label: "B", unit: "share", value: 0.5 },
      ],
    );
    expect(rows).toEqual([
      { key: "a", measureId: undefined, area: "x", label: "A", unit: "count", before: 10, now: 12 },
      { key: "b", measureId: "b", area: "x", label: "B", unit: "share", before: undefined, now: 0.5 },
    ]);
  });
});

describe("evaluateGoal", () => {
  const goal = { target: 0.9, direction: "at-least" as const, deadline: "2026-12" };
  it("is on track when the latest value meets the target", () => {
    expect(evaluateGoal(goal, monthly([0.8, 0.92])).state).toBe("on-track");
  });
  it("is on track when the trend reaches the target by the deadline", () => {
    const rising = monthly(Array.from({ length: 22 }, (_, i) => 0.7 + i * 0.009));
    expect(evaluateGoal(goal, rising).state).toBe("on-track");
  });
  it("is at risk when it misses by at most 5 % of the target", () => {
    expect(evaluateGoal(goal, monthly(Array.from({ length: 22 }, () => 0.87))).state).toBe("at-risk");
  });
  it("is off track further away, and has no data without visible values", () => {
    expect(evaluateGoal(goal, monthly(Array.from({ length: 22 }, () => 0.7))).state).toBe("off-track");
    expect(evaluateGoal({ ...goal, direction: "at-most", target: 140 }, monthly(["small"])).state).toBe(
      "no-data",
    );
  });
});
