import { samePeriodLastYear } from "../period.ts";
import { applySuppression, type Count, isSuppressed, primaryPattern } from "../privacy/suppress.ts";
import type { ActivityRow } from "../schemas/activity.ts";
import type { MeasureRow } from "../schemas/measures.ts";

export interface SeriesPoint {
  period: string;
  /** Suppressed when the measure counts people and the value is small. */
  value: Count;
}

/**
 * One measure's series for an area, oldest first. Counts of people pass through small-cell
 * suppression; a series publishes no totals, so only small values themselves are withheld.
 */
export function measureSeries(
  activity: readonly ActivityRow[],
  area: string,
  measure: MeasureRow,
  threshold: number,
): SeriesPoint[] {
  const rows = activity
    .filter((row) => row.area === area && row.measure_id === measure.id)
    .sort((a, b) => a.period.localeCompare(b.period));
  const values = rows.map((row) => row.value);
  const shown = measure.counts_people
    ? applySuppression(values, primaryPattern(values, threshold), threshold)
    : values;
  return rows.map((row, index) => ({ period: row.period, value: shown[index] ?? row.value }));
}

export interface Comparison {
  latest: SeriesPoint;
  /** The same period a year before, or else the period before. */
  earlier: SeriesPoint | undefined;
  basis: "year" | "previous";
}

/** Compares the latest value with the same period last year (or, if absent, the previous period). */
export function compareLatest(series: readonly SeriesPoint[]): Comparison | undefined {
  const latest = series.at(-1);
  if (!latest) return undefined;
  const lastYear = series.find((point) => point.period === samePeriodLastYear(latest.period));
  if (lastYear) return { latest, earlier: lastYear, basis: "year" };
  return { latest, earlier: series.at(-2), basis: "previous" };
}

/** The plain number of a point, or undefined when it is withheld. */
export function numberOf(point: SeriesPoint | undefined): number | undefined {
  if (!point || isSuppressed(point.value)) return undefined;
  return point.value;
}
