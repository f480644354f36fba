import type { ParsedTable } from "../load/csv.ts";
import type { DataIssue } from "../load/issues.ts";
import type { LadderStepRow, LadderStockRow } from "../schemas/ladder.ts";
import type { MeasureRow } from "../schemas/measures.ts";
import type { SiteConfig } from "../schemas/site.ts";

/**
 * References between the data files, each checked against the one file that defines the id, and
 * the message names that file: areas and committees in site.json, measures in measures.csv, steps
 * in ladder/steps.csv.
 */

/** A measure's area must be an area of site.json (empty for cross-cutting benchmark measures). */
export function checkMeasureAreas(site: SiteConfig, measures: ParsedTable<MeasureRow>): DataIssue[] {
  const areas = site.areas.map((area) => area.id);
  return measures.rows.flatMap((row, index) =>
    row.area === undefined || areas.includes(row.area)
      ? []
      : [
          {
            file: "measures.csv",
            row: measures.rowNumbers[index] ?? index + 1,
            column: "area",
            expected: `an area id from site.json (one of ${areas.join(", ")}), or empty`,
            found: row.area,
          },
        ],
  );
}

/** The measures and steps that site.json names must exist in measures.csv and ladder/steps.csv. */
export function checkSiteReferences(
  site: SiteConfig,
  measures: readonly MeasureRow[],
  steps: readonly LadderStepRow[] | undefined,
): DataIssue[] {
  const measureIds = new Set(measures.map((m) => m.id));
  const issues: DataIssue[] = [];
  const measure = (path: string, id: string) => {
    if (!measureIds.has(id))
      issues.push({ file: "site.json", column: path, expected: "a measure id from measures.csv", found: id });
  };
  site.areas.forEach((area, i) => {
    area.keyMeasures.forEach((id, j) => {
      measure(`areas.${i}.keyMeasures.${j}`, id);
    });
    if (area.unitCost) measure(`areas.${i}.unitCost.measure`, area.unitCost.measure);
    if (area.hoursComparison) {
      measure(`areas.${i}.hoursComparison.granted`, area.hoursComparison.granted);
      measure(`areas.${i}.hoursComparison.budgeted`, area.hoursComparison.budgeted);
    }
    if (area.ladderGoal && steps) {
      const known = new Set(steps.filter((s) => s.area === area.id).map((s) => s.step_id));
      area.ladderGoal.lowerSteps.forEach((id, j) => {
        if (!known.has(id))
          issues.push({
            file: "site.json",
            column: `areas.${i}.ladderGoal.lowerSteps.${j}`,
            expected: `a step of ${area.id} in ladder/steps.csv (one of ${[...known].join(", ") || "none"})`,
            found: id,
          });
      });
    }
  });
  site.comparison.decompositions.forEach((d, i) => {
    measure(`comparison.decompositions.${i}.spend`, d.spend);
    measure(`comparison.decompositions.${i}.volume`, d.volume);
  });
  return issues;
}

/**
 * Every step of an area has a stocks row for every year the area's stocks cover. A missing row
 * would be shown as 0 and switch the flow balance check off for that step, so it is refused.
 */
export function checkMissingStocks(
  steps: readonly LadderStepRow[],
  stocks: ParsedTable<LadderStockRow>,
): DataIssue[] {
  const have = new Set(stocks.rows.map((row) => `${row.area}|${row.step_id}|${row.period}`));
  const issues: DataIssue[] = [];
  for (const area of new Set(stocks.rows.map((row) => row.area))) {
    const years = [...new Set(stocks.rows.filter((r) => r.area === area).map((r) => r.period))].sort();
    for (const step of steps.filter((s) => s.area === area)) {
      const missing = years.filter((year) => !have.has(`${area}|${step.step_id}|${year}`));
      if (missing.length > 0)
        issues.push({
          file: "ladder/stocks.csv",
          column: "period",
          expected: `a row for ${area}/${step.step_id} (a step in ladder/steps.csv) in every year the area's stocks cover, ${years[0]}–${years.at(-1)}; write 0 for a step with no citizens`,
          found: `no row for ${missing.join(", ")}`,
        });
    }
  }
  return issues;
}

/** Tables the pages cannot do without must hold at least one data row. */
export function requireRows(file: string, table: ParsedTable<unknown>): DataIssue[] {
  return table.rows.length === 0 && table.issues.length === 0
    ? [{ file, expected: "at least one data row below the header; the table is empty" }]
    : [];
}
