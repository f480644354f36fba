import { protectCellsCached } from "../privacy/pattern-cache.ts";
import type { ProtectInput, ProtectReport } from "../privacy/protect.ts";
import { type LinearRelation, shareRelations, sumRelation } from "../privacy/relations.ts";
import { applySuppression, type Count, isSuppressed, type Suppressed } from "../privacy/suppress.ts";
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
 * year itself), entries, exits and the down/up/stayed sums. All of them are written as linear
 * relations and solved together by the attacker's audit (privacy/audit.ts), which also covers
 * the year-on-year identity total(t−1) + entries − exits = total(t), since it follows from the
 * margins. Shares and spend are published only from visible cells (see ladderSummary).
 */
export interface LadderCounts {
  stock(stepId: string, year: number): Count;
  stockTotal(year: number): Count;
  flow(year: number, from: string, to: string): Count;
  movement(year: number, kind: keyof Movements): Count;
  /** The raw counts: for sums inside the pipeline and for tests, never published as such. */
  raw: { stock(stepId: string, year: number): number; movement(year: number, kind: keyof Movements): number };
  /** What protection cost and what the audit found: for the build log and the bench. */
  report: ProtectReport;
  /** The small-cell threshold in force. */
  threshold: number;
  /** Which cells (in ladderCells order) are withheld: for nesting another build's pattern. */
  withheld: readonly boolean[];
  /**
   * The goal's share on the lower steps as published (whole percent), or withheld in a year whose
   * share would reveal a withheld count (too few people for a share to be safe).
   */
  goalShare(year: number): number | Suppressed;
}

/** The published cells of one area's ladder and the relations between them, before suppression. */
export interface LadderCells {
  values: number[];
  relations: LinearRelation[];
  /** Cell index by key: s|step|year, t|year, f|year|from|to, m|year|kind. */
  index: Map<string, number>;
  /** What withholding each cell costs readers (see ladderCounts). */
  kinds: ("stock" | "total" | "flow" | "movement")[];
  /** Each year's step cells, lightest step first. */
  yearSteps: number[][];
  /** The years whose goal share (lower steps ÷ total) is among the relations. */
  goalShareYears: number[];
}

/** People shares are published as whole percentages: finer shares of counts fix the totals. */
export const SHARE_DECIMALS = 0;

/** A people share as published: rounded to whole percent (0.873 → 0.87). */
export const publishedShare = (share: number) =>
  Math.round(share * 10 ** (2 + SHARE_DECIMALS)) / 10 ** (2 + SHARE_DECIMALS);

/**
 * Collects every ladder count the site publishes for an area, and every relation between them:
 * sums and margins, and the goal's share on the lower steps at its printed precision. (A step's
 * share of the year is computed from published cells only, so it adds nothing; see ladderSummary.)
 */
export function ladderCells(
  tables: LadderTables,
  area: string,
  lowerSteps: readonly string[] = [],
  minimumShareTotal = 0,
): LadderCells {
  const steps = ladderSteps(tables, area).map((s) => s.step_id);
  const years = ladderYears(tables, area);
  const values: number[] = [];
  const kinds: LadderCells["kinds"] = [];
  const index = new Map<string, number>();
  const add = (key: string, kind: LadderCells["kinds"][number], value: number): number => {
    index.set(key, values.length);
    values.push(value);
    kinds.push(kind);
    return values.length - 1;
  };
  const at = (key: string) => index.get(key) ?? -1;
  const sumOf = (cells: readonly number[]) => cells.reduce((sum, i) => sum + (values[i] ?? 0), 0);
  const relations: LinearRelation[] = [];
  const yearSteps: number[][] = [];
  const goalShareYears: number[] = [];
  const stockOf = new Map(
    tables.stocks.filter((x) => x.area === area).map((x) => [`${x.step_id}|${x.period}`, x.citizens]),
  );
  const flowOf = new Map(
    tables.flows
      .filter((x) => x.area === area)
      .map((x) => [`${x.period}|${x.from_step}|${x.to_step}`, x.citizens]),
  );
  for (const year of years) {
    const parts = steps.map((id) => add(`s|${id}|${year}`, "stock", stockOf.get(`${id}|${year}`) ?? 0));
    yearSteps.push(parts);
    const total = add(`t|${year}`, "total", sumOf(parts));
    relations.push(sumRelation(parts, total));
    const lower = steps.flatMap((id, i) => (lowerSteps.includes(id) ? [parts[i] as number] : []));
    const whole = values[total] ?? 0;
    if (lower.length > 0 && whole > 0 && whole >= minimumShareTotal) {
      relations.push(...shareRelations(lower, [total], publishedShare(sumOf(lower) / whole), SHARE_DECIMALS));
      goalShareYears.push(year);
    }
  }
  const order = new Map(steps.map((id, i) => [id, i]));
  const kindOf = (f: string, t: string): keyof Movements | undefined => {
    if (f === OUTSIDE.entry) return t === OUTSIDE.exit ? undefined : "entered";
    if (t === OUTSIDE.exit) return "left";
    const diff = (order.get(t) ?? 0) - (order.get(f) ?? 0);
    return diff < 0 ? "down" : diff > 0 ? "up" : "stayed";
  };
  // Flows are published (and related to the stocks) only for the years the flow table covers.
  const flowYears = new Set(tables.flows.filter((x) => x.area === area).map((x) => x.period));
  for (const year of years.slice(1).filter((y) => flowYears.has(y))) {
    const from = [OUTSIDE.entry, ...steps];
    const to = [...steps, OUTSIDE.exit];
    const grid = from.map((f) =>
      to.map((t) =>
        kindOf(f, t) === undefined
          ? -1
          : add(`f|${year}|${f}|${t}`, "flow", flowOf.get(`${year}|${f}|${t}`) ?? 0),
      ),
    );
    for (const kind of MOVEMENT_KINDS) {
      const parts = from.flatMap((f, r) =>
        to.flatMap((t, c) => (kindOf(f, t) === kind ? [grid[r]?.[c] ?? -1] : [])),
      );
      relations.push(sumRelation(parts, add(`m|${year}|${kind}`, "movement", sumOf(parts))));
    }
    // A step's row (who left it) adds up to its stock the year before; its column (who arrived) to this year's.
    from.forEach((f, r) => {
      if (f !== OUTSIDE.entry) relations.push(sumRelation(grid[r] ?? [], at(`s|${f}|${year - 1}`)));
    });
    to.forEach((t, c) => {
      if (t !== OUTSIDE.exit)
        relations.push(
          sumRelation(
            grid.map((row) => row[c] ?? -1).filter((cell) => cell >= 0),
            at(`s|${t}|${year}`),
          ),
        );
    });
  }
  return { values, relations, index, kinds, yearSteps, goalShareYears };
}

/**
 * What withholding a cell costs readers. A step's count drops the step out of the charts and the
 * calculator, so it is the dearest, per person hidden; a flow or a movement total hides a detail
 * of the year, per person. A year's total hides nobody (it stays known to within a few people
 * from its parts), so it costs as little as a small count. A zero costs as much as a small count,
 * so zeros are not withheld for nothing.
 */
const COST_PER_PERSON = { stock: 40, flow: 1, movement: 0.5 } as const;

function withholdingCost(kind: LadderCells["kinds"][number], value: number, threshold: number): number {
  return kind === "total" ? threshold : COST_PER_PERSON[kind] * Math.max(value, threshold);
}

/** An area's ladder counts, with the goal share it publishes: the one way pages and downloads get them. */
export function areaLadderCounts(
  tables: LadderTables,
  area: { id: string; ladderGoal?: { lowerSteps: readonly string[] } | undefined },
  threshold: number,
  publicThreshold = threshold,
): LadderCounts {
  const lower = area.ladderGoal?.lowerSteps ?? [];
  // A committee build with a higher threshold withholds at least what the public build does, so
  // the two builds seen together reveal nothing either of them withholds.
  const publicPattern =
    publicThreshold < threshold ? ladderCounts(tables, area.id, publicThreshold, lower).withheld : undefined;
  return ladderCounts(tables, area.id, threshold, lower, publicPattern);
}

const countsMemo = new WeakMap<LadderTables, Map<string, LadderCounts>>();

/** The suppressed ladder counts of an area; computed once per tables, area, threshold and goal. */
export function ladderCounts(
  tables: LadderTables,
  area: string,
  threshold: number,
  lowerSteps: readonly string[] = [],
  alwaysWithheld?: readonly boolean[],
): LadderCounts {
  const memo = countsMemo.get(tables) ?? new Map<string, LadderCounts>();
  countsMemo.set(tables, memo);
  const key = JSON.stringify([area, threshold, lowerSteps, alwaysWithheld ?? null]);
  const known = memo.get(key);
  if (known) return known;
  const counts = computeLadderCounts(tables, area, threshold, lowerSteps, alwaysWithheld);
  memo.set(key, counts);
  return counts;
}

/**
 * A goal share is a relation the reader can use: with fewer people on the ladder than this many
 * times the threshold, a whole-percent share is close to the exact count, so it is not published.
 */
export const SHARE_MINIMUM_FACTOR = 20;

/** What the ladder asks of secondary suppression: its cells, relations, costs, and the steps worth retrying. */
export function ladderProtection(cells: LadderCells, threshold: number): ProtectInput {
  return {
    values: cells.values,
    relations: cells.relations,
    threshold,
    cost: (cell) => withholdingCost(cells.kinds[cell] ?? "flow", cells.values[cell] ?? 0, threshold),
    retry: (cell) => cells.kinds[cell] === "stock",
    peopleCells: cells.yearSteps.flat(),
  };
}

function computeLadderCounts(
  tables: LadderTables,
  area: string,
  threshold: number,
  lowerSteps: readonly string[],
  alwaysWithheld: readonly boolean[] | undefined,
): LadderCounts {
  const protect = (cells: LadderCells, lastResort: "withhold-all" | "throw") =>
    protectCellsCached({ ...ladderProtection(cells, threshold), lastResort, alwaysWithheld });
  // The goal shares are published when a pattern protects them too; otherwise they are withheld.
  let cells = ladderCells(tables, area, lowerSteps, SHARE_MINIMUM_FACTOR * threshold);
  let result: ReturnType<typeof protectCellsCached>;
  try {
    result = protect(cells, "throw");
  } catch {
    cells = ladderCells(tables, area);
    result = protect(cells, "withhold-all");
  }
  const { values, index, goalShareYears } = cells;
  const { withheld, report } = result;
  const shown = applySuppression(values, withheld, threshold);
  const at = (key: string) => index.get(key) ?? -1;
  const get = (key: string): Count => shown[at(key)] ?? 0;
  const raw = (key: string): number => values[at(key)] ?? 0;
  return {
    stock: (id, year) => get(`s|${id}|${year}`),
    stockTotal: (year) => get(`t|${year}`),
    flow: (year, f, t) => get(`f|${year}|${f}|${t}`),
    movement: (year, kind) => get(`m|${year}|${kind}`),
    raw: { stock: (id, year) => raw(`s|${id}|${year}`), movement: (year, kind) => raw(`m|${year}|${kind}`) },
    report,
    threshold,
    withheld: withheld.map(Boolean),
    goalShare: (year) =>
      goalShareYears.includes(year)
        ? shareOnSteps(tables, area, year, lowerSteps)
        : { suppressed: true, reason: "complementary", threshold },
  };
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
  /** True when a step is withheld: shares are then of the steps shown, not of everyone. */
  sharesOfShown: boolean;
  threshold: number;
}

/**
 * The ladder at the end of a year, lightest step first. A step whose citizen count is withheld
 * also has its spend, averages and shares withheld: with few citizens they describe individuals.
 * Shares are computed from published cells only, so they cannot be divided back into a withheld
 * one: of the year's total when it is published, otherwise of the steps shown (`sharesOfShown`).
 * They are rounded to whole percent, as printed.
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
  const shownSteps = steps.filter((step) => !isSuppressed(counts.stock(step.step_id, year)));
  const totalShown = counts.stockTotal(year);
  const citizensBase =
    typeof totalShown === "number"
      ? totalShown
      : shownSteps.reduce((sum, step) => sum + counts.raw.stock(step.step_id, year), 0);
  const spendOf = (step: LadderStepRow) => stockOf(step.step_id)?.spend ?? 0;
  const totalSpend = steps.reduce((sum, step) => sum + spendOf(step), 0);
  const spendBase =
    shownSteps.length === steps.length
      ? totalSpend
      : shownSteps.reduce((sum, step) => sum + spendOf(step), 0);
  const share = (part: number, whole: number) => (whole === 0 ? 0 : publishedShare(part / whole));
  return {
    area,
    year,
    totalCitizens: totalShown,
    totalSpend,
    sharesOfShown: shownSteps.length < steps.length,
    threshold: counts.threshold,
    steps: steps.map((step) => {
      const shown = counts.stock(step.step_id, year);
      const guard = (value: number): Guarded =>
        isSuppressed(shown) ? { ...shown, reason: "complementary" } : value;
      const n = counts.raw.stock(step.step_id, year);
      const spend = spendOf(step);
      return {
        step,
        citizens: shown,
        spend: guard(spend),
        costPerCitizen: guard(n === 0 ? 0 : spend / n),
        durationMonths: guard(stockOf(step.step_id)?.avg_duration_months ?? 0),
        citizenShare: guard(share(n, citizensBase)),
        spendShare: guard(share(spend, spendBase)),
      };
    }),
  };
}

/**
 * The share of citizens on the given steps (e.g. the lower steps in a political goal), rounded to
 * whole percent as it is printed; ladderCells gives the audit the same share at the same precision.
 */
export function shareOnSteps(
  tables: LadderTables,
  area: string,
  year: number,
  stepIds: readonly string[],
): number {
  const stocks = tables.stocks.filter((s) => s.area === area && s.period === year);
  const total = stocks.reduce((sum, s) => sum + s.citizens, 0);
  const on = stocks.filter((s) => stepIds.includes(s.step_id)).reduce((sum, s) => sum + s.citizens, 0);
  return total === 0 ? 0 : publishedShare(on / total);
}

/** Yearly spend change if `count` citizens move from one step to another, at the steps' average costs. */
export function scenarioChange(costFrom: number, costTo: number, count: number): number {
  return count * (costTo - costFrom);
}
