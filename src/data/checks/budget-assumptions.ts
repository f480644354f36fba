import type { ParsedTable } from "../load/csv.ts";
import type { DataIssue } from "../load/issues.ts";
import {
  assumptionTolerance,
  type BudgetAssumptionRow,
  countsPeople,
} from "../schemas/budget-assumptions.ts";
import type { FinanceRow } from "../schemas/finance.ts";
import type { MeasureRow } from "../schemas/measures.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { findDuplicateKeys, findUnknownIds } from "./common.ts";
import { TOTAL_FUNCTION } from "./finance.ts";

export const ASSUMPTIONS_FILE = "budget-assumptions.csv";

/** Rules across rows and tables for the budget assumptions. */
export function checkBudgetAssumptions(
  site: SiteConfig,
  table: ParsedTable<BudgetAssumptionRow>,
  finance: readonly FinanceRow[],
  measures: readonly MeasureRow[],
): DataIssue[] {
  const F = ASSUMPTIONS_FILE;
  return [
    ...findUnknownIds(F, table, "area", new Set(site.areas.map((a) => a.id)), "an area id from site.json"),
    ...findDuplicateKeys(F, table, ["area", "line", "period"]),
    ...checkPeriods(site.fiscalYear, table),
    ...checkFunctions(table, finance),
    ...checkMeasures(table, measures),
    ...checkLineBudgets(table, finance),
  ];
}

/** Located rows of one line, in file order. */
function linesOf(
  table: ParsedTable<BudgetAssumptionRow>,
): Map<string, { row: BudgetAssumptionRow; at: number }[]> {
  const lines = new Map<string, { row: BudgetAssumptionRow; at: number }[]>();
  table.rows.forEach((row, index) => {
    const key = `${row.area}/${row.line}`;
    lines.set(key, [...(lines.get(key) ?? []), { row, at: table.rowNumbers[index] ?? index + 1 }]);
  });
  return lines;
}

/** The fiscal year, or its twelve months; a line is either yearly or monthly, never both. */
function checkPeriods(fiscalYear: number, table: ParsedTable<BudgetAssumptionRow>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [key, rows] of linesOf(table)) {
    for (const { row, at } of rows) {
      if (!row.period.startsWith(String(fiscalYear)))
        issues.push({
          file: ASSUMPTIONS_FILE,
          row: at,
          column: "period",
          expected: `${fiscalYear} or a month of ${fiscalYear} (fiscalYear in site.json)`,
          found: row.period,
        });
    }
    const monthly = rows.filter(({ row }) => row.period.length === 7);
    const first = rows[0];
    if (monthly.length > 0 && monthly.length !== rows.length && first)
      issues.push({
        file: ASSUMPTIONS_FILE,
        row: first.at,
        column: "period",
        expected: `line ${key} either as one row for the year or as twelve monthly rows, not both`,
        found: rows.map(({ row }) => row.period).join(" "),
      });
    else if (monthly.length > 0 && new Set(monthly.map(({ row }) => row.period)).size !== 12 && first)
      issues.push({
        file: ASSUMPTIONS_FILE,
        row: first.at,
        column: "period",
        expected: `all twelve months of ${fiscalYear} for the phased line ${key}`,
        found: `${new Set(monthly.map(({ row }) => row.period)).size} months`,
      });
  }
  return issues;
}

/** Every function code exists in finance.csv for the area, and no function is in two lines. */
function checkFunctions(
  table: ParsedTable<BudgetAssumptionRow>,
  finance: readonly FinanceRow[],
): DataIssue[] {
  const known = new Set(
    finance.filter((r) => r.function_code !== TOTAL_FUNCTION).map((r) => `${r.area}|${r.function_code}`),
  );
  const owner = new Map<string, string>();
  return table.rows.flatMap((row, index) => {
    const at = table.rowNumbers[index] ?? index + 1;
    return functionCodes(row).flatMap((code): DataIssue[] => {
      const key = `${row.area}|${code}`;
      if (!known.has(key))
        return [
          {
            file: ASSUMPTIONS_FILE,
            row: at,
            column: "functions",
            expected: `function codes of ${row.area} in finance.csv, separated by spaces`,
            found: code,
          },
        ];
      const line = owner.get(key);
      owner.set(key, line ?? row.line);
      return line !== undefined && line !== row.line
        ? [
            {
              file: ASSUMPTIONS_FILE,
              row: at,
              column: "functions",
              expected: `each function in one line only (${code} is already in line ${line})`,
              found: code,
            },
          ]
        : [];
    });
  });
}

export function functionCodes(row: Pick<BudgetAssumptionRow, "functions">): string[] {
  return row.functions.split(/\s+/).filter((code) => code !== "");
}

/** The measure exists, belongs to the area, and counts what the unit says. */
function checkMeasures(
  table: ParsedTable<BudgetAssumptionRow>,
  measures: readonly MeasureRow[],
): DataIssue[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  return table.rows.flatMap((row, index) => {
    const at = table.rowNumbers[index] ?? index + 1;
    const measure = byId.get(row.measure);
    const unit = countsPeople(row.unit) ? "count" : "hours";
    if (!measure)
      return [
        {
          file: ASSUMPTIONS_FILE,
          row: at,
          column: "measure",
          expected: "a measure id from measures.csv",
          found: row.measure,
        },
      ];
    if (measure.unit !== unit || (measure.area !== undefined && measure.area !== row.area))
      return [
        {
          file: ASSUMPTIONS_FILE,
          row: at,
          column: "measure",
          expected: `a measure of ${row.area} with unit ${unit} (the line counts ${row.unit})`,
          found: `${row.measure} (${measure.area ?? "no area"}, ${measure.unit})`,
        },
      ];
    return [];
  });
}

/**
 * A line's budget (its rows together) must be a budget finance.csv holds for its functions: the
 * original budget, or the corrected budget of some month (the latest, or the one the assumptions
 * were last corrected to: a briefing recorded before a later correction still loads).
 */
function checkLineBudgets(
  table: ParsedTable<BudgetAssumptionRow>,
  finance: readonly FinanceRow[],
): DataIssue[] {
  const month = finance
    .map((r) => r.month)
    .sort()
    .at(-1);
  return [...linesOf(table)].flatMap(([, rows]) => {
    const first = rows[0];
    if (!first || !month) return [];
    const codes = functionCodes(first.row);
    const own = finance.filter((r) => r.area === first.row.area && codes.includes(r.function_code));
    const sumIn = (m: string, pick: (r: FinanceRow) => number) =>
      own.filter((r) => r.month === m).reduce((s, r) => s + pick(r), 0);
    const months = [...new Set(own.map((r) => r.month))];
    const candidates = [
      ...months.map((m) => sumIn(m, (r) => r.corrected_budget)),
      sumIn(month, (r) => r.original_budget),
    ];
    const corrected = sumIn(month, (r) => r.corrected_budget);
    const stated = rows.reduce((s, { row }) => s + row.budget, 0);
    const tolerance = assumptionTolerance(corrected);
    if (own.length === 0 || candidates.some((budget) => Math.abs(stated - budget) <= tolerance)) return [];
    return [
      {
        file: ASSUMPTIONS_FILE,
        row: first.at,
        column: "budget",
        expected: `line ${first.row.area}/${first.row.line} to add up to the budget of ${codes.join(" ")} in finance.csv: corrected ${corrected} kr. in ${month} or original ${sumIn(month, (r) => r.original_budget)} kr. (within ${Math.round(tolerance)} kr.)`,
        found: `${stated} kr.${rows.length > 1 ? ` over ${rows.length} rows` : ""}`,
      },
    ];
  });
}
