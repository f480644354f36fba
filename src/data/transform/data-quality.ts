import type { Dataset } from "../load/dataset.ts";
import { lastIsoWeekBy, monthRange, yearRange } from "../period.ts";
import { isSuppressed } from "../privacy/suppress.ts";
import { measureSeries } from "./activity.ts";

/** One table's or series' delivery: what it covers, what was expected by the data date, what is missing. */
export interface DeliveryRow {
  table: string;
  series: string;
  first: string;
  last: string;
  /** The latest period a delivery should hold by the site's data date. */
  expected: string;
  late: boolean;
  /** Periods missing between the first and the last (gaps, never bridged on the charts). */
  missing: string[];
  /** Periods shown as withheld (small counts). */
  withheld: number;
}

/** Every table's delivery against the data date: late deliveries, gaps and withheld periods. */
export function deliveries(data: Dataset): DeliveryRow[] {
  const asOf = data.site.dataAsOf;
  const month = asOf.slice(0, 7);
  const lastYear = String(Number(asOf.slice(0, 4)) - 1);
  const financeMonths = [...new Set(data.finance.map((r) => r.month))].sort();
  const rows: DeliveryRow[] = [
    row("finance.csv", "Budgetopfølgning (alle områder)", financeMonths, month, monthRange),
  ];
  // Public benchmark figures are not the municipality's deliveries: their age is on /data/kilder/.
  const publicIds = new Set(data.publicQueries.map((q) => q.measure));
  for (const measure of data.measures) {
    if (!measure.area || publicIds.has(measure.id)) continue;
    const series = measureSeries(data.activity, measure.area, measure, data.threshold);
    const periods = series.map((p) => p.period);
    const expected =
      measure.frequency === "month" ? month : measure.frequency === "year" ? lastYear : lastIsoWeekBy(asOf);
    const between =
      measure.frequency === "month" ? monthRange : measure.frequency === "year" ? yearRange : () => [];
    const table = measure.frequency === "year" ? "benchmarks.csv" : "activity.csv";
    const periodsOrYears =
      measure.frequency === "year"
        ? [
            ...new Set(data.benchmarks.filter((b) => b.measure_id === measure.id).map((b) => String(b.year))),
          ].sort()
        : periods;
    rows.push({
      ...row(table, measure.label, periodsOrYears, expected, between),
      withheld: series.filter((p) => isSuppressed(p.value)).length,
    });
  }
  const ladderYears = [...new Set(data.ladder.stocks.map((s) => String(s.period)))].sort();
  if (ladderYears.length > 0)
    rows.push(
      row("ladder/stocks.csv", "Indsatstrappen (antal ultimo året)", ladderYears, lastYear, yearRange),
    );
  return rows;
}

function row(
  table: string,
  series: string,
  periods: readonly string[],
  expected: string,
  between: (first: string, last: string) => string[],
): DeliveryRow {
  const first = periods[0] ?? "";
  const last = periods.at(-1) ?? "";
  const present = new Set(periods);
  return {
    table,
    series,
    first,
    last,
    expected,
    late: last < expected,
    missing: first ? between(first, last).filter((p) => !present.has(p)) : [],
    withheld: 0,
  };
}
