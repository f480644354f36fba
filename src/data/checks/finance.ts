import type { ParsedTable } from "../load/csv.ts";
import type { DataIssue } from "../load/issues.ts";
import type { FinanceRow } from "../schemas/finance.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { findDuplicateKeys, findUnknownIds } from "./common.ts";

const FILE = "finance.csv";

/** function_code of a row that states an area's total for the month; checked, then left out. */
export const TOTAL_FUNCTION = "total";

/** Corrected budgets may differ from their stated total by rounding: up to 1.000 kr. */
export const TOTAL_TOLERANCE_KR = 1000;

/** Rules across rows and tables that a row schema cannot see. */
export function checkFinance(site: SiteConfig, table: ParsedTable<FinanceRow>): DataIssue[] {
  const areaIds = new Set(site.areas.map((area) => area.id));
  return [
    ...findUnknownIds(FILE, table, "area", areaIds, "an area id from site.json"),
    ...findDuplicateKeys(FILE, table, ["area", "function_code", "month"]),
    ...checkFiscalYear(site, table),
    ...checkStatedTotals(table),
  ];
}

/**
 * Every month must lie in the fiscal year. When no row does and all share one other year, the
 * fiscal year in site.json (or the export) is what changed: one problem says so.
 */
function checkFiscalYear(site: SiteConfig, table: ParsedTable<FinanceRow>): DataIssue[] {
  const outside = table.rows.flatMap((row, index) =>
    row.month.startsWith(`${site.fiscalYear}-`) ? [] : [{ row, at: table.rowNumbers[index] ?? index + 1 }],
  );
  const years = new Set(outside.map(({ row }) => row.month.slice(0, 4)));
  if (outside.length > 1 && outside.length === table.rows.length && years.size === 1) {
    const [year] = years;
    return [
      {
        file: FILE,
        column: "month",
        expected: `months in the fiscal year ${site.fiscalYear} (fiscalYear in site.json); all ${outside.length} rows are in ${year}: change fiscalYear in site.json or export the ${site.fiscalYear} figures`,
        found: String(year),
      },
    ];
  }
  return outside.map(({ row, at }) => ({
    file: FILE,
    row: at,
    column: "month",
    expected: `a month in the fiscal year ${site.fiscalYear}`,
    found: row.month,
  }));
}

/** A "total" row must equal the sum of its area's function rows that month (within the tolerance). */
function checkStatedTotals({ rows, rowNumbers }: ParsedTable<FinanceRow>): DataIssue[] {
  const sums = new Map<string, number>();
  for (const row of rows) {
    if (row.function_code === TOTAL_FUNCTION) continue;
    const key = `${row.area}|${row.month}`;
    sums.set(key, (sums.get(key) ?? 0) + row.corrected_budget);
  }
  return rows.flatMap((row, index) => {
    if (row.function_code !== TOTAL_FUNCTION) return [];
    const sum = sums.get(`${row.area}|${row.month}`) ?? 0;
    if (Math.abs(sum - row.corrected_budget) <= TOTAL_TOLERANCE_KR) return [];
    return [
      {
        file: FILE,
        row: rowNumbers[index] ?? index + 1,
        column: "corrected_budget",
        expected: `the sum of ${row.area}'s functions in ${row.month}, ${sum} kr. (within ${TOTAL_TOLERANCE_KR} kr.)`,
        found: String(row.corrected_budget),
      },
    ];
  });
}

/** The function rows only: stated totals have been checked and are not counted twice. */
export function withoutTotals(rows: readonly FinanceRow[]): FinanceRow[] {
  return rows.filter((row) => row.function_code !== TOTAL_FUNCTION);
}
