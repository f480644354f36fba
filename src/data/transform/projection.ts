import { mean, quantile } from "d3";
import type { FinanceRow } from "../schemas/finance.ts";
import { lineFollowUp } from "./finance.ts";
import { addMonths, linearTrend, type UnitCostMonth } from "./unit-cost.ts";

/** The three ways of projecting monthly spend that the backtest chooses between. */
export const PROJECTION_METHODS = ["seasonal-naive", "unit-price-trend", "seasonal-smoothing"] as const;
export type ProjectionMethod = (typeof PROJECTION_METHODS)[number];

/** Each method in plain Danish, for the text under the chart and the bench. */
export const PROJECTION_METHOD_TEXT: Record<ProjectionMethod, { name: string; how: string }> = {
  "seasonal-naive": {
    name: "samme måned sidste år",
    how: "hver af årets resterende måneder får samme forbrug som samme måned sidste år",
  },
  "unit-price-trend": {
    name: "aktivitet gange enhedspris",
    how: "aktiviteten følger den lige linje gennem de seneste 12 måneder, og enhedsprisen følger den lige linje gennem de seneste 6 måneder",
  },
  "seasonal-smoothing": {
    name: "sidste års forløb med udjævnet vækst",
    how: "hver resterende måned får samme forbrug som samme måned sidste år, ganget med den udjævnede vækst mod sidste år i årets måneder indtil nu (eksponentiel udjævning)",
  },
};

/** What a projection knows at its origin: months of spend (this year and last), with activity. */
export interface ProjectionInput {
  history: readonly UnitCostMonth[];
  /** Last year's spend in months the history lacks (e.g. November and December, known only together). */
  lastYearExtra: ReadonlyMap<string, number>;
}

export interface ProjectedMonth {
  month: string;
  spend: number;
  activity: number | undefined;
  unitPrice: number | undefined;
}

/** Smoothing weight of the newest year-on-year growth in seasonal smoothing. */
const ALPHA = 0.4;

/** Projects monthly spend for the given months with one method; undefined when the method lacks data. */
export function projectMonths(
  method: ProjectionMethod,
  input: ProjectionInput,
  months: readonly string[],
): ProjectedMonth[] | undefined {
  const spendIn = new Map(input.history.map((m) => [m.month, m.spend]));
  for (const [month, spend] of input.lastYearExtra) if (!spendIn.has(month)) spendIn.set(month, spend);
  const lastYear = (month: string) => spendIn.get(`${Number(month.slice(0, 4)) - 1}${month.slice(4)}`);
  if (method === "unit-price-trend") return unitPriceTrend(input.history, months);
  const growth = method === "seasonal-smoothing" ? smoothedGrowth(input.history, lastYear) : 1;
  if (growth === undefined) return undefined;
  const out = months.map((month) => ({
    month,
    spend: lastYear(month),
    activity: undefined,
    unitPrice: undefined,
  }));
  if (out.some((m) => m.spend === undefined)) return undefined;
  return out.map((m) => ({ ...m, spend: (m.spend ?? 0) * growth }));
}

function unitPriceTrend(
  history: readonly UnitCostMonth[],
  months: readonly string[],
): ProjectedMonth[] | undefined {
  const known = history.filter((m) => m.activity !== undefined && m.unitPrice !== undefined);
  const activity = known.slice(-12);
  const prices = known.slice(-6);
  const last = history.at(-1)?.month;
  if (activity.length < 6 || prices.length < 3 || !last) return undefined;
  const activityLine = linearTrend(activity.map((m) => m.activity ?? 0));
  const priceLine = linearTrend(prices.map((m) => m.unitPrice ?? 0));
  return months.map((month) => {
    const ahead = monthsBetween(last, month);
    const a = Math.max(0, activityLine.at(activity.length - 1 + ahead));
    const p = Math.max(0, priceLine.at(prices.length - 1 + ahead));
    return { month, spend: a * p, activity: a, unitPrice: p };
  });
}

/** Exponentially smoothed ratio of this year's spend to the same month last year, oldest first. */
function smoothedGrowth(
  history: readonly UnitCostMonth[],
  lastYear: (month: string) => number | undefined,
): number | undefined {
  const last = history.at(-1)?.month.slice(0, 4);
  const ratios = history.flatMap((m) => {
    const before = lastYear(m.month);
    return m.month.slice(0, 4) === last && before ? [m.spend / before] : [];
  });
  if (ratios.length === 0) return undefined;
  return ratios.slice(1).reduce((level, ratio) => ALPHA * ratio + (1 - ALPHA) * level, ratios[0] ?? 1);
}

function monthsBetween(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return index(to) - index(from);
}

/** One rolling-origin test: the spend projected for the rest of the known year against the actual. */
export interface BacktestCase {
  origin: string;
  method: ProjectionMethod;
  projected: number;
  actual: number;
  /** |projected − actual| ÷ actual. */
  error: number;
}

/**
 * Rolling-origin backtest in the fiscal year: from each origin month (at least 3 months in, and
 * at least one month before the last known month), project the spend of the remaining known months
 * with only what was known at the origin, and compare with what was spent.
 */
export function backtest(input: ProjectionInput, fiscalYear: number): BacktestCase[] {
  const inYear = input.history.filter((m) => m.month.startsWith(`${fiscalYear}-`));
  const origins = inYear.slice(2, -1).map((m) => m.month);
  return origins.flatMap((origin) => {
    const future = inYear.filter((m) => m.month > origin);
    const actual = future.reduce((s, m) => s + m.spend, 0);
    const known = { ...input, history: input.history.filter((m) => m.month <= origin) };
    return PROJECTION_METHODS.flatMap((method) => {
      const projected = projectMonths(
        method,
        known,
        future.map((m) => m.month),
      );
      if (!projected || actual === 0) return [];
      const sum = projected.reduce((s, m) => s + m.spend, 0);
      return [{ origin, method, projected: sum, actual, error: Math.abs(sum - actual) / Math.abs(actual) }];
    });
  });
}

export interface MethodScore {
  method: ProjectionMethod;
  /** Mean absolute percentage error over the backtest's origins. */
  mape: number;
  tests: number;
}

/** MAPE per method, best first (ties keep the order of PROJECTION_METHODS). */
export function scoreMethods(cases: readonly BacktestCase[]): MethodScore[] {
  return PROJECTION_METHODS.flatMap((method) => {
    const errors = cases.filter((c) => c.method === method).map((c) => c.error);
    return errors.length === 0 ? [] : [{ method, mape: mean(errors) ?? 0, tests: errors.length }];
  }).sort((a, b) => a.mape - b.mape);
}

/** How wide the band is and how often such a band held in the backtest, judged out of sample. */
export interface BandCheck {
  /** Relative half-width: the 80 % quantile of the backtest's errors. */
  halfWidth: number;
  /** Tests where a band from the earlier tests' errors held the actual spend. */
  held: number;
  /** Tests that had at least two earlier tests to draw a band from. */
  judged: number;
}

/** The band of the chosen method and an honest check of it: each test's band uses only earlier tests. */
export function bandCheck(cases: readonly BacktestCase[], method: ProjectionMethod): BandCheck {
  const own = cases.filter((c) => c.method === method);
  const errors = own.map((c) => c.error);
  let held = 0;
  let judged = 0;
  own.forEach((c, i) => {
    if (i < 2) return;
    judged++;
    if (c.error <= (quantile(errors.slice(0, i), 0.8) ?? 0)) held++;
  });
  return { halfWidth: quantile(errors, 0.8) ?? 0, held, judged };
}

/** Last year's November and December together (full-year accounts minus spend to October), split evenly. */
export function lastYearRest(
  finance: readonly FinanceRow[],
  area: string,
  functions: readonly string[],
  month: string,
): Map<string, number> {
  const rows = finance.filter(
    (r) => r.area === area && functions.includes(r.function_code) && r.month === month,
  );
  const rest = rows.reduce((s, r) => s + r.last_year_accounts - r.last_year_spent_to_date, 0);
  const lastYearMonth = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  const missing: string[] = [];
  for (let m = addMonths(lastYearMonth, 1); m.slice(0, 4) === lastYearMonth.slice(0, 4); m = addMonths(m, 1))
    missing.push(m);
  return new Map(missing.map((m) => [m, rest / missing.length]));
}

/** One budget line's year-end: the administration's expected result and the activity-based projection. */
export interface YearEndView {
  month: string;
  fiscalYear: number;
  budget: number;
  spentToDate: number;
  /** The administration's expected result (forventet regnskab): what the budget follow-up uses. */
  administration: number;
  /** Spend to date plus the chosen method's projection of the rest of the year. */
  projection: number;
  low: number;
  high: number;
  method: ProjectionMethod;
  scores: MethodScore[];
  band: BandCheck;
  /** Actual months of the fiscal year, then the projected ones. */
  actualMonths: readonly UnitCostMonth[];
  projectedMonths: readonly ProjectedMonth[];
  /** What the administration's estimate implies per remaining month, and the last 3 months' average. */
  administrationPerMonth: number;
  recentPerMonth: number;
}

/** Builds the year-end view of one line from the follow-up rows and its monthly history. */
export function yearEndView(
  finance: readonly FinanceRow[],
  area: string,
  functions: readonly string[],
  history: readonly UnitCostMonth[],
  fiscalYear: number,
): YearEndView | undefined {
  const line = lineFollowUp(finance, area, functions);
  if (!line) return undefined;
  const { month } = line;
  const input: ProjectionInput = { history, lastYearExtra: lastYearRest(finance, area, functions, month) };
  const cases = backtest(input, fiscalYear);
  const scores = scoreMethods(cases);
  const rest: string[] = [];
  for (let m = addMonths(month, 1); m.startsWith(`${fiscalYear}-`); m = addMonths(m, 1)) rest.push(m);
  // Without a backtest yet (early in the year), seasonal smoothing, then seasonal naive, unproven.
  const candidates =
    scores.length > 0 ? scores.map((s) => s.method) : (["seasonal-smoothing", "seasonal-naive"] as const);
  const method = candidates.find((m) => projectMonths(m, input, rest));
  const projectedMonths = method ? (projectMonths(method, input, rest) ?? []) : [];
  if (!method) return undefined;
  const spentToDate = line.spentToDate;
  const restSum = projectedMonths.reduce((s, m) => s + m.spend, 0);
  const band = bandCheck(cases, method);
  const actualMonths = history.filter((m) => m.month.startsWith(`${fiscalYear}-`));
  const administration = line.expected;
  return {
    month,
    fiscalYear,
    budget: line.budget,
    spentToDate,
    administration,
    projection: spentToDate + restSum,
    low: spentToDate + restSum * (1 - band.halfWidth),
    high: spentToDate + restSum * (1 + band.halfWidth),
    method,
    scores,
    band,
    actualMonths,
    projectedMonths,
    administrationPerMonth: rest.length === 0 ? 0 : (administration - spentToDate) / rest.length,
    recentPerMonth: mean(actualMonths.slice(-3).map((m) => m.spend)) ?? 0,
  };
}
