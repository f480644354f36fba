import { mean } from "d3-array";
import type { FinanceRow } from "../schemas/finance.ts";
import { numberOf, type SeriesPoint } from "./activity.ts";

/** One month of activity × unit price. Spend in kr. paid in that month (not cumulative). */
export interface UnitCostMonth {
  month: string;
  spend: number;
  /** Citizens counted by the activity measure; undefined when withheld. */
  activity: number | undefined;
  /** Spend ÷ activity: kr. per citizen per month. */
  unitPrice: number | undefined;
}

/**
 * Monthly spend on the given functions, this year and last year (from the cumulative columns),
 * next to the activity measure and the unit price.
 */
export function unitCostMonths(
  finance: readonly FinanceRow[],
  area: string,
  functions: readonly string[],
  activity: readonly SeriesPoint[],
): UnitCostMonth[] {
  const rows = finance.filter((row) => row.area === area && functions.includes(row.function_code));
  const months = [...new Set(rows.map((row) => row.month))].sort();
  const cumulative = (month: string, pick: (row: FinanceRow) => number) =>
    rows.filter((row) => row.month === month).reduce((sum, row) => sum + pick(row), 0);
  const activityBy = new Map(activity.map((point) => [point.period, numberOf(point)]));
  const monthly = (pick: (row: FinanceRow) => number, shift: (month: string) => string) =>
    months.map((month, index) => ({
      month: shift(month),
      spend: cumulative(month, pick) - (index === 0 ? 0 : cumulative(months[index - 1] ?? "", pick)),
    }));
  const lastYear = monthly(
    (row) => row.last_year_spent_to_date,
    (m) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`,
  );
  const thisYear = monthly(
    (row) => row.spent_to_date,
    (m) => m,
  );
  return [...lastYear, ...thisYear].map(({ month, spend }) => {
    const count = activityBy.get(month);
    return { month, spend, activity: count, unitPrice: count ? spend / count : undefined };
  });
}

/** Least-squares straight line through values at x = 0, 1, 2, … */
export function linearTrend(values: readonly number[]): {
  at: (x: number) => number;
  slope: number;
  residualSd: number;
} {
  const n = values.length;
  const xMean = (n - 1) / 2;
  const yMean = mean(values) ?? Number.NaN;
  const sxx = values.reduce((sum, _, x) => sum + (x - xMean) ** 2, 0);
  const sxy = values.reduce((sum, y, x) => sum + (x - xMean) * (y - yMean), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const at = (x: number) => yMean + slope * (x - xMean);
  const residualSd = Math.sqrt(values.reduce((sum, y, x) => sum + (y - at(x)) ** 2, 0) / Math.max(1, n - 2));
  return { at, slope, residualSd };
}
