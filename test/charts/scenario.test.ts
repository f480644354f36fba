import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ladderGoalEvaluation } from "../../src/charts/ladder-goal.ts";
import {
  monthsAffected,
  type Plan,
  type PlanBase,
  planFromQuery,
  plannedShare,
  planProblems,
  planResult,
  planSummary,
  planToQuery,
  scenarioChange,
  scenarioSentence,
  thisYearChange,
  yearlyChange,
} from "../../src/charts/scenario.ts";
import { NBSP } from "../../src/i18n/format.ts";

const steps = [
  { id: "hjem", order: 2, title: "Støtte i hjemmet", costPerCitizen: 146_000, citizens: 400, lower: true },
  { id: "pleje", order: 4, title: "Plejefamilie", costPerCitizen: 523_000, citizens: 39, lower: false },
  { id: "ophold", order: 5, title: "Opholdssted", costPerCitizen: 1_337_000, citizens: 60, lower: false },
];
const base: PlanBase = {
  steps,
  withheld: [{ id: "sikret", order: 6, title: "Sikret institution" }],
  fiscalYear: 2026,
  budget: 500_000_000,
  expected: 510_000_000,
  goal: {
    target: 0.9,
    deadline: 2027,
    total: 1000,
    shares: [
      { year: 2023, share: 0.84 },
      { year: 2024, share: 0.85 },
      { year: 2025, share: 0.86 },
    ],
  },
};
const plain = (text: string) => text.replaceAll(NBSP, " ");

const ids = steps.map((s) => s.id);
const move = fc.record({
  from: fc.constantFrom(...ids),
  to: fc.constantFrom(...ids),
  count: fc.integer({ min: 0, max: 30 }),
});
const plan = fc.record({
  start: fc.integer({ min: 1, max: 12 }),
  moves: fc.array(move, { maxLength: 4 }),
  intervention: fc.option(
    fc.record({
      unitCost: fc.integer({ min: 0, max: 2_000_000 }),
      uptake: fc.integer({ min: 0, max: 30 }),
      from: fc.constantFrom("", ...ids),
    }),
    { nil: undefined },
  ),
});

const goal = base.goal ?? { shares: [], target: 0, deadline: 0, total: 0 };

describe("the planner's arithmetic", () => {
  it("one move: the number who move times the difference in average yearly cost", () => {
    expect(scenarioChange(steps, { from: "ophold", to: "pleje", count: 5 })).toBe(-4_070_000);
    expect(scenarioChange(steps, { from: "hjem", to: "pleje", count: 2 })).toBe(754_000);
    expect(scenarioChange(steps, { from: "x", to: "pleje", count: 1 })).toBeUndefined();
    expect(scenarioChange(steps, { from: "hjem", to: "pleje", count: -1 })).toBeUndefined();
  });

  it("several moves and an intervention add up; this year counts the months from the start", () => {
    const p: Plan = {
      start: 7,
      moves: [
        { from: "ophold", to: "pleje", count: 10 },
        { from: "pleje", to: "hjem", count: 5 },
      ],
      intervention: { unitCost: 200_000, uptake: 4, from: "pleje" },
    };
    const yearly = 10 * (523_000 - 1_337_000) + 5 * (146_000 - 523_000) + 4 * (200_000 - 523_000);
    expect(yearlyChange(base, p)).toBe(yearly);
    expect(monthsAffected(7)).toBe(6);
    expect(thisYearChange(base, p)).toBeCloseTo(yearly / 2, 6);
    const result = planResult(base, p, "børn");
    expect(result.expected).toBeCloseTo(510_000_000 + yearly / 2, 6);
    expect(result.deviation).toBeCloseTo(10_000_000 + yearly / 2, 6);
    // 5 move onto a lower step, 4 leave a higher step for the (lower) intervention: 860 + 9 of 1000.
    expect(plannedShare(base, p)).toBeCloseTo(0.869, 9);
    // New citizens in the intervention raise both the lower count and the total.
    expect(
      plannedShare(base, { start: 1, moves: [], intervention: { unitCost: 1, uptake: 100, from: "" } }),
    ).toBeCloseTo(960 / 1100, 9);
  });

  it("months affected: January is the whole year, December one month, out-of-range starts clamp", () => {
    expect([1, 2, 12, 0, 13].map(monthsAffected)).toEqual([12, 11, 1, 12, 1]);
  });

  it("moving nobody changes nothing", () => {
    fc.assert(
      fc.property(plan, (p) => {
        const none = { ...p, moves: p.moves.map((m) => ({ ...m, count: 0 })), intervention: undefined };
        const result = planResult(base, none, "børn");
        expect(result.yearly).toBe(0);
        expect(result.thisYear).toBe(0);
        expect(result.expected).toBe(base.expected);
        expect(result.share).toBeCloseTo(0.86, 12);
        expect(result.state).toBe(result.baseState);
      }),
    );
  });

  it("moving A to B and back again is zero, in cost and in the goal's share", () => {
    fc.assert(
      fc.property(move, fc.integer({ min: 1, max: 12 }), (m, start) => {
        const back = { start, moves: [m, { from: m.to, to: m.from, count: m.count }] };
        expect(yearlyChange(base, back)).toBe(0);
        expect(thisYearChange(base, back)).toBe(0);
        expect(plannedShare(base, back)).toBeCloseTo(0.86, 12);
      }),
    );
  });

  it("from January, this year's change is the full year's; later starts are that share of it", () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(thisYearChange(base, { ...p, start: 1 })).toBeCloseTo(yearlyChange(base, p), 6);
        expect(thisYearChange(base, p)).toBeCloseTo((yearlyChange(base, p) * (13 - p.start)) / 12, 6);
      }),
    );
  });

  it("the order of the moves does not matter, and moves add", () => {
    fc.assert(
      fc.property(plan, (p) => {
        const reversed = { ...p, moves: [...p.moves].reverse() };
        expect(yearlyChange(base, reversed)).toBeCloseTo(yearlyChange(base, p), 6);
        const sum = p.moves.reduce((s, m) => s + yearlyChange(base, { start: 1, moves: [m] }), 0);
        expect(yearlyChange(base, { ...p, intervention: undefined })).toBeCloseTo(sum, 6);
      }),
    );
  });

  it("the goal's status is the site's one goal rule applied to the planned share", () => {
    const result = planResult(base, { start: 1, moves: [{ from: "ophold", to: "hjem", count: 50 }] }, "børn");
    expect(result.share).toBeCloseTo(0.91, 12);
    expect(result.state).toBe(
      ladderGoalEvaluation([...goal.shares.slice(0, -1), { year: 2025, share: 0.91 }], 0.9, 2027).state,
    );
    expect(result.state).toBe("on-track");
    expect(result.baseState).toBe(ladderGoalEvaluation(goal.shares, 0.9, 2027).state);
    expect(result.baseState).not.toBe("on-track");
  });
});

describe("checks against the real counts", () => {
  it("says when a plan moves more than are on the step, counting every move from it", () => {
    const texts = (p: Plan) => planProblems(base, p, "børn").map((x) => plain(x.text));
    expect(texts({ start: 1, moves: [{ from: "pleje", to: "hjem", count: 39 }] })).toEqual([]);
    expect(texts({ start: 1, moves: [{ from: "pleje", to: "hjem", count: 40 }] })).toEqual([
      "Kun 39 børn er på trin 4, plejefamilie, men planen flytter 40 derfra.",
    ]);
    expect(
      texts({
        start: 1,
        moves: [{ from: "pleje", to: "hjem", count: 30 }],
        intervention: { unitCost: 0, uptake: 10, from: "pleje" },
      }),
    ).toEqual(["Kun 39 børn er på trin 4, plejefamilie, men planen flytter 40 derfra."]);
    expect(texts({ start: 1, moves: [{ from: "pleje", to: "pleje", count: 3 }] })).toEqual([
      "Vælg to forskellige trin.",
    ]);
    expect(texts({ start: 1, moves: [{ from: "pleje", to: "hjem", count: 1.5 }] })).toEqual([
      "Antal børn skal være et helt tal.",
    ]);
  });

  it("a withheld step is unknown: the same message whatever count is asked, and no number in it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (count) => {
        const problems = planProblems(
          base,
          { start: 1, moves: [{ from: "sikret", to: "hjem", count }] },
          "børn",
        );
        expect(problems.map((p) => plain(p.text))).toEqual([
          "Antallet på trin 6, sikret institution, er skjult for at beskytte børn; trinnet kan ikke bruges i en beregning.",
        ]);
      }),
    );
  });
});

describe("the plan in words and in the URL", () => {
  it("prints one paragraph for the agenda", () => {
    const text = plain(
      planSummary(
        base,
        {
          start: 3,
          moves: [
            { from: "ophold", to: "pleje", count: 10 },
            { from: "pleje", to: "hjem", count: 5 },
          ],
        },
        "børn",
      ),
    );
    expect(text).toBe(
      "Hvis 10 børn flytter fra opholdssted til plejefamilie og 5 børn flytter fra plejefamilie til støtte i hjemmet fra marts 2026, falder udgiften i 2026 med 8,4 mio. kr. (forventet regnskab 501,6 mio. kr., merforbrug 1,6 mio. kr.), og helårsudgiften i 2027 falder med 10,0 mio. kr. Andelen på de nederste trin ville have været 87 % ved seneste opgørelse (mål: 90 % i 2027); målet er i risiko.",
    );
    expect(planSummary(base, { start: 1, moves: [] }, "børn")).toBe(
      "Planen flytter ingen; udgiften og målet er uændrede.",
    );
    expect(plain(scenarioSentence(steps, { from: "ophold", to: "pleje", count: 5 }, "børn"))).toBe(
      "Hvis 5 børn flytter fra opholdssted til plejefamilie, falder den årlige udgift med 4,1 mio. kr.",
    );
  });

  it("round-trips through the query string, opens old one-move links and ignores nonsense", () => {
    fc.assert(
      fc.property(plan, (p) => {
        const kept = {
          ...p,
          intervention: p.intervention && p.intervention.uptake > 0 ? p.intervention : undefined,
        };
        const fallback = { start: 1, moves: [{ from: "a", to: "b", count: 1 }] };
        const back = planFromQuery(planToQuery(kept), fallback);
        expect(back.start).toBe(kept.start);
        expect(back.moves).toEqual(kept.moves.length > 0 ? kept.moves : fallback.moves);
        expect(back.intervention).toEqual(kept.intervention);
      }),
    );
    const fallback = { start: 11, moves: [{ from: "a", to: "b", count: 1 }] };
    expect(planFromQuery("?fra=ophold&til=pleje&antal=7", fallback)).toEqual({
      start: 11,
      moves: [{ from: "ophold", to: "pleje", count: 7 }],
      intervention: undefined,
    });
    expect(planFromQuery("?start=13&flyt=a.b.-3~x&indsats=z.1", fallback)).toEqual({
      ...fallback,
      intervention: undefined,
    });
  });
});
