import * as aq from "arquero";
import type { FinanceRow } from "../schemas/finance.ts";
import type { AreaConfig } from "../schemas/site.ts";

/** The year-end outlook of one area at the latest follow-up. Amounts in kr. */
export interface AreaOutlook {
  area: string;
  areaName: string;
  month: string;
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
