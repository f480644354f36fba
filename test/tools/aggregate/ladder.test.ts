import { describe, expect, it } from "vitest";
import { checkFlowBalance } from "../../../src/data/checks/ladder.ts";
import type { LadderMappingRow } from "../../../src/data/schemas/extract.ts";
import type { LadderStepRow } from "../../../src/data/schemas/ladder.ts";
import { dayNumber } from "../../../tools/aggregate/episodes.ts";
import { defaultYears } from "../../../tools/aggregate/ladder.ts";
import { aggregateRows } from "../../../tools/aggregate/rows.ts";
import { episode } from "../../fixtures/extract.ts";

const steps: LadderStepRow[] = ["let", "mellem", "tung"].map((step_id, order) => ({
  area: "a",
  step_id,
  order,
  title: step_id,
  description: "-",
  legal_basis: "-",
}));
const mapping: LadderMappingRow[] = [
  { area: "a", code: "L1", step_id: "let" },
  { area: "a", code: "M1", step_id: "mellem" },
  { area: "a", code: "T1", step_id: "tung" },
];

// Six people, two years. Worked out by hand:
//   end of 2023: let = P6, mellem = P2 + P4, tung = P1 (P1 is also on let: counts on the highest step)
//   end of 2024: let = P1 + P3, mellem = P2
//   2024 moves: P1 tung→let, P2 stays on mellem, P3 enters on let, P4 leaves mellem, P6 leaves let;
//   P5 is on tung only between the year ends: spend and duration, but no stock or flow.
const extract = [
  episode("P1", "L1", "2022-06-01", "", 36_500),
  episode("P1", "T1", "2023-03-01", "2024-06-30", 732_000),
  episode("P2", "M1", "2023-01-01", "", 100_000),
  episode("P3", "L1", "2024-07-01", "", 36_600),
  episode("P4", "M1", "2022-01-01", "2024-03-31", 73_200),
  episode("P5", "T1", "2024-02-01", "2024-05-31", 366_000),
  episode("P6", "L1", "2023-12-31", "2023-12-31", 36_500),
];
const tables = aggregateRows(extract, mapping, steps, { first: 2023, last: 2024 });
const stock = (step: string, year: number) =>
  tables.stocks.find((row) => row.step_id === step && row.period === year);
const flow = (from: string, to: string) =>
  tables.flows.find((row) => row.from_step === from && row.to_step === to)?.citizens ?? 0;
const months = (days: number) => Math.round((days / (365.25 / 12)) * 10) / 10;

describe("aggregateLadder", () => {
  it("counts each person once at year end, on the highest step they are on", () => {
    expect(
      [2023, 2024].map((year) => ["let", "mellem", "tung"].map((s) => stock(s, year)?.citizens)),
    ).toEqual([
      [1, 2, 1],
      [2, 1, 0],
    ]);
  });

  it("counts moves, stays, entries (ind) and exits (ud) from one year end to the next", () => {
    expect(tables.flows.map((row) => [row.period, row.from_step, row.to_step, row.citizens])).toEqual([
      [2024, "ind", "let", 1],
      [2024, "let", "ud", 1],
      [2024, "mellem", "mellem", 1],
      [2024, "mellem", "ud", 1],
      [2024, "tung", "let", 1],
    ]);
    expect(flow("let", "let")).toBe(0);
  });

  it("writes no flows for the first year, which has no year end before it", () => {
    expect(tables.flows.every((row) => row.period === 2024)).toBe(true);
  });

  it("balances: flows out of a step add up to its stock a year before, flows in to its stock now", () => {
    const rows = { rows: tables.flows, rowNumbers: tables.flows.map((_, i) => i + 1), issues: [] };
    expect(checkFlowBalance(tables.stocks, rows)).toEqual([]);
  });

  it("spreads each episode's yearly price over the days it ran in each year, on its own step", () => {
    expect(stock("let", 2023)?.spend).toBe(36_500 + 100);
    expect(stock("mellem", 2023)?.spend).toBe(100_000 + 73_200);
    expect(stock("tung", 2023)?.spend).toBe(Math.round((732_000 * 306) / 365));
    expect(stock("let", 2024)?.spend).toBe(36_500 + (36_600 * 184) / 366);
    expect(stock("mellem", 2024)?.spend).toBe(100_000 + (73_200 * 91) / 366);
    expect(stock("tung", 2024)?.spend).toBe((732_000 * 182) / 366 + (366_000 * 121) / 366);
  });

  it("averages the duration of completed episodes and of ongoing ones up to 31 December, in months", () => {
    const days = (from: string, to: string) => dayNumber(to) - dayNumber(from) + 1;
    expect(stock("let", 2023)?.avg_duration_months).toBe(months((days("2022-06-01", "2023-12-31") + 1) / 2));
    expect(stock("tung", 2024)?.avg_duration_months).toBe(
      months((days("2023-03-01", "2024-06-30") + days("2024-02-01", "2024-05-31")) / 2),
    );
    expect(stock("tung", 2023)?.avg_duration_months).toBe(months(days("2023-03-01", "2023-12-31")));
  });

  it("writes every step of the area for every year, zero included", () => {
    expect(tables.stocks).toHaveLength(6);
    expect(stock("tung", 2024)?.citizens).toBe(0);
  });

  it("keeps the same key in two areas apart: two ladder careers, not one person", () => {
    const twoAreas = aggregateRows(
      [
        episode("P1", "L1", "2023-01-01", "", 1000),
        { ...episode("P1", "X1", "2023-01-01", "", 1000), area: "b" },
      ],
      [...mapping, { area: "b", code: "X1", step_id: "x" }],
      [...steps, { ...steps[0], area: "b", step_id: "x", order: 0 } as LadderStepRow],
      { first: 2023, last: 2023 },
    );
    expect(twoAreas.stocks.filter((row) => row.citizens > 0).map((row) => row.area)).toEqual(["a", "b"]);
  });
});

describe("defaultYears", () => {
  it("ends with the last year the extract covers to 31 December and spans four years", () => {
    expect(defaultYears(dayNumber("2026-01-31"))).toEqual({ first: 2022, last: 2025 });
    expect(defaultYears(dayNumber("2025-12-31"))).toEqual({ first: 2022, last: 2025 });
    expect(defaultYears(dayNumber("2025-12-30"))).toEqual({ first: 2021, last: 2024 });
  });
});
