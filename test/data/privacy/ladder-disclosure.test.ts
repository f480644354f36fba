import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import { type Count, isSuppressed } from "../../../src/data/privacy/suppress.ts";
import { OUTSIDE } from "../../../src/data/schemas/ladder.ts";
import {
  areaLadderCounts,
  type LadderCounts,
  type LadderTables,
  ladderCounts,
  ladderSteps,
  ladderYears,
  MOVEMENT_KINDS,
} from "../../../src/data/transform/ladder.ts";
import { type AttackerSum, type AttackerView, attack, type Published } from "./attacker.ts";

const THRESHOLD = 5;

/**
 * What a reader of the ladder pages and downloads sees, written from the published values alone:
 * the counts as labels, and the sums the pages state (a year's steps add up to its total; a step's
 * row of movements to its count the year before, its column to this year's; each movement total
 * to its cells) and the goal's share on the lower steps.
 */
function readerView(tables: LadderTables, counts: LadderCounts, area: string, lower: readonly string[]) {
  const steps = ladderSteps(tables, area).map((s) => s.step_id);
  const years = ladderYears(tables, area);
  const cells = new Map<string, Published>();
  const truth = new Map<string, number>();
  const label = (value: Count): Published =>
    isSuppressed(value) ? (value.reason === "small" ? "under" : "skjult") : value;
  const put = (name: string, shown: Count, real: number) => {
    cells.set(name, label(shown));
    truth.set(name, real);
  };
  const sums: AttackerSum[] = [];
  const stockReal = (id: string, year: number) =>
    tables.stocks.find((s) => s.area === area && s.step_id === id && s.period === year)?.citizens ?? 0;
  const flowReal = (year: number, from: string, to: string) =>
    tables.flows.find((f) => f.area === area && f.period === year && f.from_step === from && f.to_step === to)
      ?.citizens ?? 0;
  const shares = [];
  for (const year of years) {
    for (const id of steps) put(`s ${id} ${year}`, counts.stock(id, year), stockReal(id, year));
    put(
      `total ${year}`,
      counts.stockTotal(year),
      steps.reduce((sum, id) => sum + stockReal(id, year), 0),
    );
    sums.push({ parts: steps.map((id) => `s ${id} ${year}`), total: `total ${year}` });
    const printed = counts.goalShare(year);
    if (lower.length > 0 && typeof printed === "number")
      shares.push({
        numerator: lower.map((id) => `s ${id} ${year}`),
        denominator: [`total ${year}`],
        printed,
      });
  }
  const kind = (from: string, to: string) => {
    if (from === OUTSIDE.entry) return "entered";
    if (to === OUTSIDE.exit) return "left";
    const d = steps.indexOf(to) - steps.indexOf(from);
    return d < 0 ? "down" : d > 0 ? "up" : "stayed";
  };
  for (const year of years.slice(1)) {
    const from = [OUTSIDE.entry, ...steps];
    const to = [...steps, OUTSIDE.exit];
    const pairs = from.flatMap((f) =>
      to.filter((t) => !(f === OUTSIDE.entry && t === OUTSIDE.exit)).map((t) => [f, t]),
    );
    for (const [f, t] of pairs as [string, string][])
      put(`f ${year} ${f} ${t}`, counts.flow(year, f, t), flowReal(year, f, t));
    for (const id of steps) {
      sums.push({ parts: to.map((t) => `f ${year} ${id} ${t}`), total: `s ${id} ${year - 1}` });
      sums.push({ parts: from.map((f) => `f ${year} ${f} ${id}`), total: `s ${id} ${year}` });
    }
    for (const k of MOVEMENT_KINDS) {
      const parts = (pairs as [string, string][])
        .filter(([f, t]) => kind(f, t) === k)
        .map(([f, t]) => `f ${year} ${f} ${t}`);
      put(
        `m ${year} ${k}`,
        counts.movement(year, k),
        parts.reduce((sum, p) => sum + (truth.get(p) ?? 0), 0),
      );
      sums.push({ parts, total: `m ${year} ${k}` });
    }
  }
  const view: AttackerView = { cells, sums, shares, threshold: THRESHOLD };
  return { view, truth };
}

/** A random but consistent ladder: stocks, and flows whose rows and columns add up to them. */
const ladders = fc
  .record({
    steps: fc.integer({ min: 2, max: 4 }),
    years: fc.integer({ min: 2, max: 3 }),
    seed: fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })), {
      minLength: 200,
      maxLength: 200,
    }),
  })
  .map(({ steps, years, seed }) => {
    let next = 0;
    const draw = () => seed[next++ % seed.length] ?? 0;
    const ids = Array.from({ length: steps }, (_, i) => `t${i}`);
    const tables: {
      steps: LadderTables["steps"][number][];
      stocks: LadderTables["stocks"][number][];
      flows: LadderTables["flows"][number][];
    } = {
      steps: ids.map((id, order) => ({
        area: "a",
        step_id: id,
        order,
        title: id,
        description: id,
        legal_basis: "-",
      })),
      stocks: [],
      flows: [],
    };
    let stock = ids.map(() => draw());
    const pushStocks = (year: number) => {
      for (const [i, id] of ids.entries())
        tables.stocks.push({
          area: "a",
          step_id: id,
          period: year,
          citizens: stock[i] ?? 0,
          spend: 1000,
          avg_duration_months: 6,
        });
    };
    pushStocks(2020);
    for (let y = 1; y < years; y += 1) {
      const year = 2020 + y;
      const into = ids.map(() => 0);
      ids.forEach((from, i) => {
        let left = stock[i] ?? 0;
        for (const [j, to] of ids.entries()) {
          const n = Math.min(left, draw());
          left -= n;
          into[j] = (into[j] ?? 0) + n;
          tables.flows.push({ area: "a", period: year, from_step: from, to_step: to, citizens: n });
        }
        tables.flows.push({
          area: "a",
          period: year,
          from_step: from,
          to_step: OUTSIDE.exit,
          citizens: left,
        });
      });
      ids.forEach((to, j) => {
        const n = draw();
        into[j] = (into[j] ?? 0) + n;
        tables.flows.push({ area: "a", period: year, from_step: OUTSIDE.entry, to_step: to, citizens: n });
      });
      stock = into;
      pushStocks(year);
    }
    return tables;
  });

describe("ladder disclosure control against an independent attacker (GLPK over the published labels)", () => {
  it("leaves every withheld count of a random ladder open: each small one can be any of 1…N−1, no 'skjult' is pinned or shown to be small", async () => {
    await fc.assert(
      fc.asyncProperty(ladders, async (tables) => {
        const counts = ladderCounts(tables, "a", THRESHOLD, ["t0"]);
        const { view, truth } = readerView(tables, counts, "a", ["t0"]);
        expect(await attack(view, truth)).toEqual([]);
      }),
      { numRuns: 12, seed: 20261129 },
    );
  }, 120_000);

  it("the attacker is not toothless: with only the small counts withheld it breaks random ladders", async () => {
    let broken = 0;
    await fc.assert(
      fc.asyncProperty(ladders, async (tables) => {
        const counts = ladderCounts(tables, "a", THRESHOLD, ["t0"]);
        const naive: LadderCounts = {
          ...counts,
          stock: (id, year) => {
            const n = counts.raw.stock(id, year);
            return n > 0 && n < THRESHOLD ? { suppressed: true, reason: "small", threshold: THRESHOLD } : n;
          },
          stockTotal: (year) =>
            ladderSteps(tables, "a").reduce((s, step) => s + counts.raw.stock(step.step_id, year), 0),
        };
        const { view, truth } = readerView(tables, naive, "a", []);
        // Only the stock table, as a naive page would publish it: steps and their total.
        const stocksOnly: typeof view = {
          ...view,
          cells: new Map(
            [...view.cells].filter(([name]) => name.startsWith("s ") || name.startsWith("total ")),
          ),
          sums: view.sums.filter((s) => s.total.startsWith("total ")),
          shares: [],
        };
        if ((await attack(stocksOnly, truth)).length > 0) broken += 1;
      }),
      { numRuns: 12, seed: 7 },
    );
    expect(broken).toBeGreaterThan(0);
  }, 120_000);

  it("protects the demo's ladders, keeps the 32-child netværkspleje step visible, and says what it cost", async () => {
    const data = loadDataset("data");
    for (const area of data.site.areas.filter((a) => data.ladder.steps.some((s) => s.area === a.id))) {
      const counts = areaLadderCounts(data.ladder, area, data.threshold);
      const { view, truth } = readerView(data.ladder, counts, area.id, area.ladderGoal?.lowerSteps ?? []);
      expect(await attack(view, truth), area.id).toEqual([]);
      expect(counts.report.audit.findings).toEqual([]);
      expect(counts.report.peopleHidden / counts.report.peoplePublished).toBeLessThan(0.01);
    }
    const childrenArea = data.site.areas.find((a) => a.id === "born-familie");
    if (!childrenArea) throw new Error("the demo has a children's area");
    const children = areaLadderCounts(data.ladder, childrenArea, data.threshold);
    for (const year of ladderYears(data.ladder, "born-familie"))
      expect(isSuppressed(children.stock("netvaerk", year))).toBe(false);
    expect(children.stock("netvaerk", 2025)).toBe(32);
  }, 120_000);

  it("nests a committee build with a higher threshold inside the public one: everything the public build withholds stays withheld", () => {
    const data = loadDataset("data");
    const area = data.site.areas.find((a) => a.id === "born-familie");
    if (!area) throw new Error("the demo has a children's area");
    const publicCounts = areaLadderCounts(data.ladder, area, 5, 5);
    const committee = areaLadderCounts(data.ladder, area, 8, 5);
    const leaked = publicCounts.withheld.flatMap((w, cell) => (w && !committee.withheld[cell] ? [cell] : []));
    expect(publicCounts.withheld.filter(Boolean).length).toBeGreaterThan(0);
    expect(leaked).toEqual([]);
    expect(committee.withheld.filter(Boolean).length).toBeGreaterThan(
      publicCounts.withheld.filter(Boolean).length,
    );
  }, 120_000);
});
