import {
  applySuppression,
  type Count,
  isSuppressed,
  type SumGroup,
  type Suppressed,
  suppressionPattern,
} from "../privacy/suppress.ts";
import { type LadderFlowRow, type LadderStepRow, type LadderStockRow, OUTSIDE } from "../schemas/ladder.ts";

export interface LadderTables {
  steps: readonly LadderStepRow[];
  stocks: readonly LadderStockRow[];
  flows: readonly LadderFlowRow[];
}

/** A figure that is withheld whenever the step's citizen count is. */
export type Guarded = number | Suppressed;

export interface Movements {
  down: number;
  up: number;
  stayed: number;
  entered: number;
  left: number;
}

export const MOVEMENT_KINDS = ["down", "up", "stayed", "entered", "left"] as const;

export function ladderSteps(tables: LadderTables, area: string): LadderStepRow[] {
  return tables.steps.filter((step) => step.area === area).sort((a, b) => a.order - b.order);
}

export function ladderYears(tables: LadderTables, area: string): number[] {
  return [...new Set(tables.stocks.filter((s) => s.area === area).map((s) => s.period))].sort(
    (a, b) => a - b,
  );
}

/**
 * Every count the ladder pages publish, suppressed as one table: stocks per step and year with
 * their totals, and flows per year with their margins (the stocks of the year before and of the
 * year itself), entries, exits and the down/up/stayed sums. Suppressing them together means no
 * withheld count can be recomputed from any published sum, across the stock and flow tables.
 * Limit: each sum is audited on its own; the sums are not solved together as one system, and the
 * year-on-year identity (total(t−1) + entries − exits = total(t)) is not audited.
 */
export interface LadderCounts {
  stock(stepId: string, year: number): Count;
  stockTotal(year: number): Count;
  flow(year: number, from: string, to: string): Count;
  movement(year: number, kind: keyof Movements): Count;
  /** The raw counts: for sums inside the pipeline and for tests, never published as such. */
  raw: { stock(stepId: string, year: number): number; movement(year: number, kind: keyof Movements): number };
}

export function ladderCounts(tables: LadderTables, area: string, threshold: number): LadderCounts {
  const steps = ladderSteps(tables, area).map((s) => s.step_id);
  const years = ladderYears(tables, area);
  const cells: number[] = [];
  const index = new Map<string, number>();
  const add = (key: string, value: number): number => {
    index.set(key, cells.length);
    cells.push(value);
    return cells.length - 1;
  };
  const at = (key: string) => index.get(key) ?? -1;
  const sums: SumGroup[] = [];
  for (const year of years) {
    const parts = steps.map((id) =>
      add(
        `s|${id}|${year}`,
        tables.stocks.find((x) => x.area === area && x.step_id === id && x.period === year)?.citizens ?? 0,
      ),
    );
    sums.push({
      parts,
      total: add(
        `t|${year}`,
        parts.reduce((sum, i) => sum + (cells[i] ?? 0), 0),
      ),
    });
  }
  for (const year of years.slice(1)) sums.push(...flowGroups(tables, area, year, steps, add, at, cells));
  const shown = applySuppression(cells, suppressionPattern(cells, sums, threshold), threshold);
  const get = (key: string): Count => shown[at(key)] ?? 0;
  const raw = (key: string): number => cells[at(key)] ?? 0;
  return {
    stock: (id, year) => get(`s|${id}|${year}`),
    stockTotal: (year) => get(`t|${year}`),
    flow: (year, f, t) => get(`f|${year}|${f}|${t}`),
    movement: (year, kind) => get(`m|${year}|${kind}`),
    raw: { stock: (id, year) => raw(`s|${id}|${year}`), movement: (year, kind) => raw(`m|${year}|${kind}`) },
  };
}

/** Adds one year's flow cells and movement sums; returns the sums they take part in. */
function flowGroups(
  tables: LadderTables,
  area: string,
  year: number,
  steps: readonly string[],
  add: (key: string, value: number) => number,
  at: (key: string) => number,
  cells: readonly number[],
): SumGroup[] {
  const order = new Map(steps.map((id, i) => [id, i]));
  const from = [OUTSIDE.entry, ...steps];
  const to = [...steps, OUTSIDE.exit];
  const grid = from.map((f) =>
    to.map((t) =>
      add(
        `f|${year}|${f}|${t}`,
        tables.flows.find((x) => x.area === area && x.period === year && x.from_step === f && x.to_step === t)
          ?.citizens ?? 0,
      ),
    ),
  );
  const kindOf = (f: string, t: string): keyof Movements | undefined => {
    if (f === OUTSIDE.entry) return t === OUTSIDE.exit ? undefined : "entered";
    if (t === OUTSIDE.exit) return "left";
    const diff = (order.get(t) ?? 0) - (order.get(f) ?? 0);
    return diff < 0 ? "down" : diff > 0 ? "up" : "stayed";
  };
  const groups: SumGroup[] = MOVEMENT_KINDS.map((kind) => {
    const parts = from.flatMap((f, r) =>
      to.flatMap((t, c) => (kindOf(f, t) === kind ? [grid[r]?.[c] ?? -1] : [])),
    );
    return {
      parts,
      total: add(
        `m|${year}|${kind}`,
        parts.reduce((sum, i) => sum + (cells[i] ?? 0), 0),
      ),
    };
  });
  // A step's row (who left it) adds up to its stock the year before; its column (who arrived) to this year's.
  from.forEach((f, r) => {
    if (f !== OUTSIDE.entry) groups.push({ parts: grid[r] ?? [], total: at(`s|${f}|${year - 1}`) });
  });
  to.forEach((t, c) => {
    if (t !== OUTSIDE.exit)
      groups.push({ parts: grid.map((row) => row[c] ?? -1), total: at(`s|${t}|${year}`) });
  });
  return groups;
}

export interface StepSummary {
  step: LadderStepRow;
  citizens: Count;
  spend: Guarded;
  /** Spend ÷ citizens at year end: the average yearly cost of one citizen on the step. */
  costPerCitizen: Guarded;
  durationMonths: Guarded;
  citizenShare: Guarded;
  spendShare: Guarded;
}

export interface LadderSummary {
  area: string;
  year: number;
  steps: StepSummary[];
  totalCitizens: Count;
  totalSpend: number;
}

/**
 * The ladder at the end of a year, lightest step first. A step whose citizen count is withheld
 * also has its spend, averages and shares withheld: with few citizens they describe individuals.
 */
export function ladderSummary(
  tables: LadderTables,
  counts: LadderCounts,
  area: string,
  year: number,
): LadderSummary {
  const steps = ladderSteps(tables, area);
  const stockOf = (id: string) =>
    tables.stocks.find((s) => s.area === area && s.step_id === id && s.period === year);
  const total = steps.reduce((sum, step) => sum + counts.raw.stock(step.step_id, year), 0);
  const totalSpend = steps.reduce((sum, step) => sum + (stockOf(step.step_id)?.spend ?? 0), 0);
  return {
    area,
    year,
    totalCitizens: counts.stockTotal(year),
    totalSpend,
    steps: steps.map((step) => {
      const shown = counts.stock(step.step_id, year);
      const guard = (value: number): Guarded =>
        isSuppressed(shown) ? { ...shown, reason: "complementary" } : value;
      const n = counts.raw.stock(step.step_id, year);
      const spend = stockOf(step.step_id)?.spend ?? 0;
      return {
        step,
        citizens: shown,
        spend: guard(spend),
        costPerCitizen: guard(n === 0 ? 0 : spend / n),
        durationMonths: guard(stockOf(step.step_id)?.avg_duration_months ?? 0),
        citizenShare: guard(total === 0 ? 0 : n / total),
        spendShare: guard(totalSpend === 0 ? 0 : spend / totalSpend),
      };
    }),
  };
}

/** The share of citizens on the given steps (e.g. the lower steps in a political goal). */
export function shareOnSteps(
  tables: LadderTables,
  area: string,
  year: number,
  stepIds: readonly string[],
): number {
  const stocks = tables.stocks.filter((s) => s.area === area && s.period === year);
  const total = stocks.reduce((sum, s) => sum + s.citizens, 0);
  const on = stocks.filter((s) => stepIds.includes(s.step_id)).reduce((sum, s) => sum + s.citizens, 0);
  return total === 0 ? 0 : on / total;
}

/** Yearly spend change if `count` citizens move from one step to another, at the steps' average costs. */
export function scenarioChange(costFrom: number, costTo: number, count: number): number {
  return count * (costTo - costFrom);
}
