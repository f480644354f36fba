import { mean } from "d3-array";
import { samePeriodLastYear } from "../data/period.ts";
import { isSuppressed } from "../data/privacy/suppress.ts";
import type { MeasureRow } from "../data/schemas/measures.ts";
import { numberOf, type SeriesPoint } from "../data/transform/activity.ts";
import { controlChart, variationPhrase } from "../data/transform/spc.ts";
import { formatNumber, formatPercent, NBSP } from "../i18n/format.ts";
import { WITHHELD_HIDDEN, withheldText } from "../i18n/withheld.ts";
import { formatMeasureValue, periodName, UNCHANGED_POINTS, UNCHANGED_RELATIVE } from "./findings.ts";

export interface KeyFigure {
  measureId: string;
  /** "area/measure": the quantity's identity for the site's consistency check. */
  quantity: string;
  /** The latest period (YYYY-MM) and its plain value; undefined when withheld. */
  periodKey: string;
  raw: number | undefined;
  label: string;
  /** The latest value as readers see it ("142", "86 %", "under 5"). */
  value: string;
  period: string;
  /** "op 8 % mod oktober 2025 – inden for den normale variation"; empty without an earlier value. */
  change: string;
  /** Whether the change is good news: shown as a word and an icon, never by colour alone. */
  judgement: "better" | "worse" | "neutral";
  /** Which way the figure moved: drawn as an arrow next to the words. */
  trend: "up" | "down" | "flat";
}

/**
 * The latest value of a measure and its change against the same period last year (or, without
 * one, the last 3 periods against the 3 before), never one month against the month before. The
 * control rules say whether the latest value is normal variation; if so, the change is not judged.
 */
export function keyFigure(measure: MeasureRow, series: readonly SeriesPoint[]): KeyFigure | undefined {
  const latest = series.at(-1);
  if (!latest) return undefined;
  const now = numberOf(latest);
  const base = {
    measureId: measure.id,
    quantity: `${measure.area ?? ""}/${measure.id}`,
    periodKey: latest.period,
    raw: now,
    label: measure.label,
    period: `${countBasis(measure)}${periodName(latest.period)}`,
  };
  if (now === undefined) {
    const value = isSuppressed(latest.value) ? withheldText(latest.value) : WITHHELD_HIDDEN;
    return { ...base, value, change: "", judgement: "neutral", trend: "flat" };
  }
  const value = formatMeasureValue(now, measure.unit);
  const compared = comparisonBasis(series);
  if (!compared) return { ...base, value, change: "", judgement: "neutral", trend: "flat" };
  const chart = measure.frequency === "month" ? controlChart(series) : undefined;
  const variation = variationPhrase(chart);
  const note = variation ? ` – ${variation}` : "";
  const delta = compared.now - compared.before;
  const size =
    measure.unit === "share"
      ? `${formatNumber(Math.abs(delta) * 100, 1)}${NBSP}procentpoint`
      : compared.before === 0
        ? formatNumber(Math.abs(delta))
        : formatPercent(Math.abs(delta / compared.before));
  const unchanged =
    measure.unit === "share"
      ? Math.abs(delta) < UNCHANGED_POINTS
      : compared.before !== 0 && Math.abs(delta / compared.before) < UNCHANGED_RELATIVE;
  if (unchanged)
    return {
      ...base,
      value,
      change: `uændret ${compared.since}${note}`,
      judgement: "neutral",
      trend: "flat",
    };
  const better =
    measure.direction === "neutral" || chart?.latest === "common"
      ? undefined
      : (measure.direction === "higher_better") === delta > 0;
  return {
    ...base,
    value,
    change: `${delta > 0 ? "op" : "ned"} ${size} ${compared.since}${note}`,
    judgement: better === undefined ? "neutral" : better ? "better" : "worse",
    trend: delta > 0 ? "up" : "down",
  };
}

/**
 * Names how a count is taken, so two counts of the same people are not read as one:
 * "ultimo oktober 2026" (a stock at the month's end) or "i oktober 2026" (a flow during it).
 */
export function countBasis(measure: MeasureRow): string {
  if (/ved månedens udgang/.test(measure.definition)) return "ultimo ";
  if (/i måneden/.test(measure.definition)) return "i ";
  return "";
}

/** Same period last year if it is visible; else the mean of the last 3 periods against the 3 before. */
function comparisonBasis(
  series: readonly SeriesPoint[],
): { now: number; before: number; since: string } | undefined {
  const latest = series.at(-1);
  const lastYear = series.find((p) => p.period === samePeriodLastYear(latest?.period ?? ""));
  const now = numberOf(latest);
  const before = numberOf(lastYear);
  if (now !== undefined && before !== undefined && lastYear)
    return { now, before, since: `mod ${periodName(lastYear.period)}` };
  const last6 = series.slice(-6).map(numberOf);
  if (last6.length < 6 || last6.some((v) => v === undefined)) return undefined;
  const values = last6 as number[];
  return {
    now: mean(values.slice(3)) ?? 0,
    before: mean(values.slice(0, 3)) ?? 0,
    since: "de seneste 3 måneder mod de 3 før (gennemsnit)",
  };
}
