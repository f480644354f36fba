import * as aq from "arquero";
import type { FinanceRow } from "../schemas/finance.ts";
import type { AreaConfig } from "../schemas/site.ts";

/** The follow-up figures an area and a function share. Amounts in kr. */
interface OutlookFigures {
  area: string;
  correctedBudget: number;
  committed: number;
  spentToDate: number;
  expectedResult: number;
  lastYearAccounts: number;
  /** expectedResult − correctedBudget: positive is merforbrug, negative mindreforbrug. */
  deviation: number;
  /** deviation ÷ correctedBudget. */
  deviationShare: number;
}

/** The year-end outlook of one area at the latest follow-up. */
export interface AreaOutlook extends OutlookFigures {
  areaName: string;
  month: string;
}

export function latestMonth(rows: readonly FinanceRow[]): string {
  return (
    rows
      .map((row) => row.month)
      .sort()
      .at(-1) ?? ""
  );
}

/** Sums the latest month's follow-up per area, in the order the areas are configured. */
export function areaOutlook(rows: readonly FinanceRow[], areas: readonly AreaConfig[]): AreaOutlook[] {
  const month = latestMonth(rows);
  const totals = aq
    .from(rows as FinanceRow[])
    .params({ month })
    .filter((d: FinanceRow, $: { month: string }) => d.month === $.month)
    .groupby("area")
    .rollup({
      correctedBudget: aq.op.sum("corrected_budget"),
      committed: aq.op.sum("committed"),
      spentToDate: aq.op.sum("spent_to_date"),
      expectedResult: aq.op.sum("expected_result"),
      lastYearAccounts: aq.op.sum("last_year_accounts"),
    })
    .derive({
      deviation: (d: { expectedResult: number; correctedBudget: number }) =>
        d.expectedResult - d.correctedBudget,
    })
    .objects() as Omit<AreaOutlook, "areaName" | "month" | "deviationShare">[];
  return areas.flatMap((area) => {
    const total = totals.find((t) => t.area === area.id);
    if (!total) return [];
    return [
      {
        ...total,
        areaName: area.name,
        month,
        deviationShare: total.correctedBudget === 0 ? 0 : total.deviation / total.correctedBudget,
      },
    ];
  });
}

/** One function's follow-up at the latest month, with its deviation. */
export interface FunctionOutlook extends OutlookFigures {
  functionCode: string;
  functionLabel: string;
  /** Spend to date against last year's spend by the same month (0.12 = 12 % more). */
  changeOnLastYear: number | null;
}

/** The latest month's follow-up per function, largest budget first. */
export function functionOutlook(rows: readonly FinanceRow[], area?: string): FunctionOutlook[] {
  const month = latestMonth(rows);
  return rows
    .filter((row) => row.month === month && (area === undefined || row.area === area))
    .map((row) => ({
      area: row.area,
      functionCode: row.function_code,
      functionLabel: row.function_label,
      correctedBudget: row.corrected_budget,
      committed: row.committed,
      spentToDate: row.spent_to_date,
      expectedResult: row.expected_result,
      lastYearAccounts: row.last_year_accounts,
      deviation: row.expected_result - row.corrected_budget,
      deviationShare:
        row.corrected_budget === 0 ? 0 : (row.expected_result - row.corrected_budget) / row.corrected_budget,
      changeOnLastYear:
        row.last_year_spent_to_date === 0 ? null : row.spent_to_date / row.last_year_spent_to_date - 1,
    }))
    .sort((a, b) => b.correctedBudget - a.correctedBudget);
}

/** The n functions with the largest deviation either way. */
export function largestDeviations(rows: readonly FinanceRow[], n = 3): FunctionOutlook[] {
  return functionOutlook(rows)
    .sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation))
    .slice(0, n);
}

/** One month of the spend-through-the-year chart: cumulative kr. from 1 January. */
export interface SpendPathPoint {
  month: string;
  spent: number | null;
  /** The corrected budget spread over the year in last year's monthly pattern. */
  budgetPath: number;
  lastYear: number | null;
}

/**
 * Cumulative spend this year against the budget's path and last year. The budget path follows
 * last year's monthly pattern (so seasonal dips are not read as savings); months after the data
 * date have no spend yet.
 */
export function spendThroughYear(
  rows: readonly FinanceRow[],
  area: string,
  fiscalYear: number,
): SpendPathPoint[] {
  const areaRows = rows.filter((row) => row.area === area);
  const months = [...new Set(areaRows.map((row) => row.month))].sort();
  const sumFor = (month: string, pick: (row: FinanceRow) => number) =>
    areaRows.filter((row) => row.month === month).reduce((sum, row) => sum + pick(row), 0);
  const latest = months.at(-1) ?? "";
  const budget = sumFor(latest, (row) => row.corrected_budget);
  const lastYearTotal = sumFor(latest, (row) => row.last_year_accounts);
  return Array.from({ length: 12 }, (_, index) => {
    const month = `${fiscalYear}-${String(index + 1).padStart(2, "0")}`;
    const known = months.includes(month);
    const lastYear = known
      ? sumFor(month, (row) => row.last_year_spent_to_date)
      : index === 11
        ? lastYearTotal
        : null;
    const share =
      lastYearTotal === 0
        ? (index + 1) / 12
        : (lastYear ?? lastYearTotal * ((index + 1) / 12)) / lastYearTotal;
    return {
      month,
      spent: known ? sumFor(month, (row) => row.spent_to_date) : null,
      budgetPath: Math.round(budget * (index === 11 ? 1 : share)),
      lastYear,
    };
  });
}

/** One budget line (a set of functions of an area) at the latest follow-up: the one year-end figure. */
export interface LineFollowUp {
  month: string;
  budget: number;
  spentToDate: number;
  /** The administration's expected result (forventet regnskab). */
  expected: number;
}

/**
 * Sums a line's functions in the latest month. The forecast chart, the budget bridge and the
 * front page all take a line's budget and expected result from here.
 */
export function lineFollowUp(
  finance: readonly FinanceRow[],
  area: string,
  functions: readonly string[],
): LineFollowUp | undefined {
  const month = latestMonth(finance);
  if (!month) return undefined;
  const rows = finance.filter(
    (r) => r.area === area && functions.includes(r.function_code) && r.month === month,
  );
  const sum = (pick: (r: FinanceRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    month,
    budget: sum((r) => r.corrected_budget),
    spentToDate: sum((r) => r.spent_to_date),
    expected: sum((r) => r.expected_result),
  };
}
