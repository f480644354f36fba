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

export interface ForecastMonth {
  month: string;
  activity: number;
  unitPrice: number;
  spend: number;
  /** 80 % band. */
  low: number;
  high: number;
}

/** The z-value of an 80 % two-sided band. */
const Z80 = 1.2816;

/**
 * Forecast of monthly spend `horizon` months ahead as activity × unit price: activity follows the
 * straight-line trend of the last 12 months; the unit price is the average of the last 6 months.
 * The band combines the month-to-month spread of the unit price with the activity trend's error.
 */
export function forecastSpend(history: readonly UnitCostMonth[], horizon = 6): ForecastMonth[] {
  const known = history.filter((m) => m.activity !== undefined && m.unitPrice !== undefined);
  const recent = known.slice(-12);
  if (recent.length < 6) return [];
  const trend = linearTrend(recent.map((m) => m.activity ?? 0));
  const prices = known.slice(-6).map((m) => m.unitPrice ?? 0);
  const unitPrice = mean(prices);
  const priceCv = sd(known.slice(-12).map((m) => m.unitPrice ?? 0)) / unitPrice;
  const last = history.at(-1)?.month ?? "";
  return Array.from({ length: horizon }, (_, h) => {
    const activity = Math.max(0, trend.at(recent.length + h));
    const activityCv = activity === 0 ? 0 : (trend.residualSd * Math.sqrt(1 + (h + 1) / 12)) / activity;
    const spend = activity * unitPrice;
    const spread = Z80 * Math.sqrt(priceCv ** 2 + activityCv ** 2) * spend;
    return {
      month: addMonths(last, h + 1),
      activity,
      unitPrice,
      spend,
      low: spend - spread,
      high: spend + spread,
    };
  });
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function sd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / Math.max(1, values.length - 1));
}

/** Least-squares straight line through values at x = 0, 1, 2, … */
export function linearTrend(values: readonly number[]): {
  at: (x: number) => number;
  slope: number;
  residualSd: number;
} {
  const n = values.length;
  const xMean = (n - 1) / 2;
  const yMean = mean(values);
  const sxx = values.reduce((sum, _, x) => sum + (x - xMean) ** 2, 0);
  const sxy = values.reduce((sum, y, x) => sum + (x - xMean) * (y - yMean), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const at = (x: number) => yMean + slope * (x - xMean);
  const residualSd = Math.sqrt(values.reduce((sum, y, x) => sum + (y - at(x)) ** 2, 0) / Math.max(1, n - 2));
  return { at, slope, residualSd };
}

export function addMonths(yearMonth: string, count: number): string {
  const [year, month] = yearMonth.split("-").map(Number);
  const index = (year ?? 0) * 12 + (month ?? 1) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Year-end spend implied by the forecast: spent so far this year plus the forecast for the rest of it. */
export function yearEndFromForecast(
  history: readonly UnitCostMonth[],
  forecast: readonly ForecastMonth[],
  fiscalYear: number,
) {
  const inYear = (m: { month: string }) => m.month.startsWith(`${fiscalYear}-`);
  const spent = history.filter(inYear).reduce((sum, m) => sum + m.spend, 0);
  const rest = forecast.filter(inYear);
  return {
    expected: spent + rest.reduce((sum, m) => sum + m.spend, 0),
    low: spent + rest.reduce((sum, m) => sum + m.low, 0),
    high: spent + rest.reduce((sum, m) => sum + m.high, 0),
  };
}
