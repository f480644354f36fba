import { describe, expect, it } from "vitest";
import { auditDisclosure, coverFor } from "../../../src/data/privacy/audit.ts";
import { protectCells } from "../../../src/data/privacy/protect.ts";
import { shareRelations, sumRelation, type Withheld } from "../../../src/data/privacy/relations.ts";

// A row of three counts and its total: cells 0, 1, 2 add up to cell 3.
const values = [3, 40, 57, 100];
const row = [sumRelation([0, 1, 2], 3)];

describe("auditDisclosure", () => {
  it("finds a small count that the published total gives away exactly", () => {
    const withheld: Withheld[] = ["small", false, false, false];
    expect(auditDisclosure({ values, relations: row, withheld, threshold: 5 }).findings).toEqual([
      { cell: 0, reason: "small", problem: "exact", missing: 1, alternatives: [] },
    ]);
  });

  it("accepts a small count protected by a large complementary one", () => {
    const withheld: Withheld[] = ["small", "complementary", false, false];
    const report = auditDisclosure({ values, relations: row, withheld, threshold: 5 });
    expect(report.findings).toEqual([]);
    expect(report.variables).toBe(3); // two counts and the switch that keeps "skjult" out of 1…4
  });

  it("finds a small count narrowed by a share of it, however it is rounded", () => {
    const withheld: Withheld[] = ["small", "complementary", false, false];
    // Cell 0's share of the total printed as "3,0 %" puts it within 2.95…3.05: exactly 3, and cell 1 with it.
    const precise = auditDisclosure({
      values,
      relations: [...row, ...shareRelations([0], [3], 0.03, 1)],
      withheld,
      threshold: 5,
    });
    expect(precise.findings.map((f) => [f.cell, f.problem])).toEqual([
      [0, "exact"],
      [1, "exact"],
    ]);
    // Printed as a whole percent ("3 %": 2.5…3.5) it still narrows the small count to 3.
    const whole = auditDisclosure({
      values,
      relations: [...row, ...shareRelations([0], [3], 0.03, 0)],
      withheld,
      threshold: 5,
    });
    expect(whole.findings.map((f) => [f.cell, f.missing])).toEqual([
      [0, 1],
      [1, 41],
    ]);
  });

  it("finds a 'skjult' cell that can only be one value, and one proven to be under the threshold", () => {
    const pinned = auditDisclosure({
      values: [0, 40, 40],
      relations: [sumRelation([0, 1], 2)],
      withheld: ["complementary", false, false],
      threshold: 5,
    });
    expect(pinned.findings.map((f) => f.problem)).toEqual(["proven-small"]);
  });
});

describe("coverFor and protectCells", () => {
  it("covers a small count with the cheapest partner, not the largest", () => {
    const withheld: Withheld[] = ["small", false, false, false];
    const cost = (cell: number) => values[cell] ?? 0;
    expect(coverFor(values, row, withheld, 5, cost, 0, 4)).toEqual([{ cell: 1, reason: "complementary" }]);
  });

  it("protects the row and reports what it cost", () => {
    const { withheld, report } = protectCells({
      values,
      relations: row,
      threshold: 5,
      cost: (cell) => values[cell] ?? 0,
      peopleCells: [0, 1, 2],
    });
    expect(withheld).toEqual(["small", "complementary", false, false]);
    expect(report).toMatchObject({
      withheldSmall: 1,
      withheldComplementary: 1,
      peopleHidden: 43,
      peoplePublished: 100,
    });
    expect(report.audit.findings).toEqual([]);
  });

  it("keeps every cell another build withholds withheld", () => {
    const { withheld } = protectCells({
      values,
      relations: row,
      threshold: 5,
      cost: (cell) => values[cell] ?? 0,
      alwaysWithheld: [false, false, true, false],
    });
    expect(withheld[2]).toBe("complementary");
    expect(withheld[0]).toBe("small");
  });
});
