import { type LadderFlowRow, type LadderStockRow, OUTSIDE } from "../../src/data/schemas/ladder.ts";
import { dayNumber, type EpisodeTable } from "./episodes.ts";
import type { LadderLayout } from "./layout.ts";

export interface YearRange {
  first: number;
  last: number;
}

export interface LadderTables {
  stocks: LadderStockRow[];
  flows: LadderFlowRow[];
}

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Aggregates episodes onto the ladders, year by year:
 * - stock at the end of year t: persons with an episode running on 31 December, each counted once,
 *   on the highest step they are on that day;
 * - flows in year t (from t−1 to t): each person's step at the end of t−1 (or "ind") to their step
 *   at the end of t (or "ud"); a step to itself is a stay. Because every person counted at either
 *   year end makes exactly one flow, the flows out of a step add up to its stock at the end of t−1
 *   and the flows into it to its stock at the end of t;
 * - spend in year t: each episode's yearly price times the share of the year it ran, on the
 *   episode's own step (a person on two steps costs on both);
 * - average duration: episodes running at some point in year t, completed ones from start to end,
 *   ongoing ones from start to 31 December, in months.
 */
export function aggregateLadder(table: EpisodeTable, layout: LadderLayout, years: YearRange): LadderTables {
  const yearCount = years.last - years.first + 1;
  const stepCount = layout.steps.length;
  const yearStart = Int32Array.from({ length: yearCount }, (_, y) => dayNumber(`${years.first + y}-01-01`));
  const yearEnd = Int32Array.from({ length: yearCount }, (_, y) => dayNumber(`${years.first + y}-12-31`));
  const order = Int32Array.from(layout.steps, (step) => step.order);

  // Highest step of each person at each year end (-1: not on the ladder).
  const position = new Int16Array(table.persons * yearCount).fill(-1);
  const spend = new Float64Array(stepCount * yearCount);
  const durationDays = new Float64Array(stepCount * yearCount);
  const durationCount = new Int32Array(stepCount * yearCount);

  for (let i = 0; i < table.size; i += 1) {
    const step = table.step[i] ?? 0;
    const start = table.start[i] ?? 0;
    const end = table.end[i] ?? 0;
    const price = table.price[i] ?? 0;
    const person = (table.person[i] ?? 0) * yearCount;
    for (let y = 0; y < yearCount; y += 1) {
      const first = yearStart[y] ?? 0;
      const last = yearEnd[y] ?? 0;
      if (start > last || end < first) continue;
      const cell = step * yearCount + y;
      const daysInYear = last - first + 1;
      const ran = Math.min(end, last) - Math.max(start, first) + 1;
      spend[cell] = (spend[cell] ?? 0) + (price * ran) / daysInYear;
      durationDays[cell] = (durationDays[cell] ?? 0) + Math.min(end, last) - start + 1;
      durationCount[cell] = (durationCount[cell] ?? 0) + 1;
      if (end >= last) {
        const current = position[person + y] ?? -1;
        if (current === -1 || (order[step] ?? 0) > (order[current] ?? 0)) position[person + y] = step;
      }
    }
  }

  // Counts per (year, from, to); index stepCount stands for "ind" as from and "ud" as to.
  const side = stepCount + 1;
  const moves = new Int32Array(yearCount * side * side);
  const stock = new Int32Array(stepCount * yearCount);
  for (let p = 0; p < table.persons; p += 1) {
    const base = p * yearCount;
    for (let y = 0; y < yearCount; y += 1) {
      const to = position[base + y] ?? -1;
      if (to !== -1) stock[to * yearCount + y] = (stock[to * yearCount + y] ?? 0) + 1;
      if (y === 0) continue;
      const from = position[base + y - 1] ?? -1;
      if (from === -1 && to === -1) continue;
      const cell = (y * side + (from === -1 ? stepCount : from)) * side + (to === -1 ? stepCount : to);
      moves[cell] = (moves[cell] ?? 0) + 1;
    }
  }

  const stocks: LadderStockRow[] = [];
  const flows: LadderFlowRow[] = [];
  for (const area of new Set(layout.steps.map((step) => step.area))) {
    const steps = layout.steps.flatMap((step, index) => (step.area === area ? [index] : []));
    for (let y = 0; y < yearCount; y += 1) {
      for (const s of steps) {
        const cell = s * yearCount + y;
        const count = durationCount[cell] ?? 0;
        stocks.push({
          area,
          step_id: layout.steps[s]?.step_id ?? "",
          period: years.first + y,
          citizens: stock[cell] ?? 0,
          spend: Math.round(spend[cell] ?? 0),
          avg_duration_months:
            count === 0 ? 0 : Math.round(((durationDays[cell] ?? 0) / count / DAYS_PER_MONTH) * 10) / 10,
        });
      }
      if (y === 0) continue;
      const id = (s: number, outside: string) =>
        s === stepCount ? outside : (layout.steps[s]?.step_id ?? "");
      for (const from of [stepCount, ...steps]) {
        for (const to of [...steps, stepCount]) {
          const citizens = moves[(y * side + from) * side + to] ?? 0;
          if (citizens === 0) continue;
          flows.push({
            area,
            period: years.first + y,
            from_step: id(from, OUTSIDE.entry),
            to_step: id(to, OUTSIDE.exit),
            citizens,
          });
        }
      }
    }
  }
  return { stocks, flows };
}

/**
 * The years to aggregate when none are given: the four years up to the last one the extract covers
 * to its end (its latest date is 31 December, or lies in the next year).
 */
export function defaultYears(latestDay: number): YearRange {
  const latest = new Date(latestDay * 86_400_000);
  const year = latest.getUTCFullYear();
  const last = latest.getUTCMonth() === 11 && latest.getUTCDate() === 31 ? year : year - 1;
  return { first: last - 3, last };
}
