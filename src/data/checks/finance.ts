import type { ParsedTable } from "../load/csv.ts";
import type { DataIssue } from "../load/issues.ts";
import type { FinanceRow } from "../schemas/finance.ts";
import type { SiteConfig } from "../schemas/site.ts";

const FILE = "finance.csv";

/** Rules across rows and tables that a row schema cannot see. */
export function checkFinance(site: SiteConfig, { rows, rowNumbers }: ParsedTable<FinanceRow>): DataIssue[] {
  const areaIds = new Set(site.areas.map((area) => area.id));
  const seen = new Map<string, number>();
  const issues: DataIssue[] = [];
  rows.forEach((row, index) => {
    const at = { file: FILE, row: rowNumbers[index] ?? index + 1 };
    if (!areaIds.has(row.area)) {
      issues.push({
        ...at,
        column: "area",
        expected: `an area id from site.json (${[...areaIds].join(", ")})`,
        found: row.area,
      });
    }
    if (!row.month.startsWith(`${site.fiscalYear}-`)) {
      issues.push({
        ...at,
        column: "month",
        expected: `a month in the fiscal year ${site.fiscalYear}`,
        found: row.month,
      });
    }
    const key = `${row.area}|${row.function_code}|${row.month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        ...at,
        column: "month",
        expected: `one row per area, function and month (row ${first} has the same area, function_code and month)`,
        found: `${row.area}, ${row.function_code}, ${row.month}`,
      });
    } else {
      seen.set(key, at.row);
    }
  });
  return issues;
}
