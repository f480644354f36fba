import type { ParsedTable } from "../load/csv.ts";
import type { DataIssue } from "../load/issues.ts";
import { frequencyOf } from "../period.ts";
import type { ActivityRow } from "../schemas/activity.ts";
import { thousandsHint } from "../schemas/fields.ts";
import type { MeasureRow } from "../schemas/measures.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { findDuplicateKeys, findUnknownIds } from "./common.ts";
import { firstGap } from "./periods.ts";

const FILE = "activity.csv";

export function checkActivity(
  site: SiteConfig,
  measures: readonly MeasureRow[],
  table: ParsedTable<ActivityRow>,
): DataIssue[] {
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  const issues = [
    ...findUnknownIds(
      FILE,
      table,
      "area",
      new Set(site.areas.map((area) => area.id)),
      "an area id from site.json",
    ),
    ...findUnknownIds(FILE, table, "measure_id", new Set(byId.keys()), "a measure id from measures.csv"),
    ...findDuplicateKeys(FILE, table, ["area", "measure_id", "period"]),
  ];
  table.rows.forEach((row, index) => {
    const measure = byId.get(row.measure_id);
    if (!measure) return;
    const at = { file: FILE, row: table.rowNumbers[index] ?? index + 1 };
    if (row.unit !== measure.unit) {
      issues.push({
        ...at,
        column: "unit",
        expected: `${measure.unit}, the unit of ${measure.id} in measures.csv`,
        found: row.unit,
      });
    }
    if (frequencyOf(row.period) !== measure.frequency) {
      issues.push({
        ...at,
        column: "period",
        expected: `a ${measure.frequency} period for ${measure.id}`,
        found: row.period,
      });
    }
    if (measure.unit === "count" && (row.value < 0 || !Number.isInteger(row.value))) {
      const hint = thousandsHint(String(row.value));
      issues.push({
        ...at,
        column: "value",
        expected: `a whole number, 0 or more, for a count${hint ? `; ${hint}` : ""}`,
        found: String(row.value),
      });
    }
    // "5.345" hours or kr. is a Danish 5345 far more often than a figure to the thousandth.
    const hint =
      measure.unit === "hours" || measure.unit === "kr" ? thousandsHint(String(row.value)) : undefined;
    if (hint) {
      issues.push({
        ...at,
        column: "value",
        expected: `a number of ${measure.unit === "kr" ? "kr." : "hours"} with at most two decimals; ${hint}`,
        found: String(row.value),
      });
    }
    if (measure.unit === "share" && (row.value < 0 || row.value > 1)) {
      issues.push({
        ...at,
        column: "value",
        expected: "a share between 0 and 1 (e.g. 0.85 for 85 %)",
        found: String(row.value),
      });
    }
    if (measure.unit !== "share" && measure.unit !== "kr" && row.value < 0) {
      issues.push({ ...at, column: "value", expected: "0 or more", found: String(row.value) });
    }
  });
  return [...issues, ...findGaps(table)];
}

/** A series must have no missing periods between its first and last. */
function findGaps({ rows, rowNumbers }: ParsedTable<ActivityRow>): DataIssue[] {
  const series = new Map<string, { period: string; row: number }[]>();
  rows.forEach((row, index) => {
    const key = `${row.area}|${row.measure_id}`;
    const list = series.get(key) ?? [];
    list.push({ period: row.period, row: rowNumbers[index] ?? index + 1 });
    series.set(key, list);
  });
  return [...series].flatMap(([key, points]) => {
    const sorted = [...points].sort((a, b) => a.period.localeCompare(b.period));
    const gap = firstGap(sorted.map((point) => point.period));
    if (!gap) return [];
    const after = sorted.find((point) => point.period === gap.after);
    return [
      {
        file: FILE,
        row: after?.row ?? 0,
        column: "period",
        expected: `no gaps in the series ${key.replace("|", " / ")}: ${gap.missing} is missing after this row`,
        found: gap.after,
      },
    ];
  });
}
