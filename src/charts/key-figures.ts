import { isSuppressed } from "../data/privacy/suppress.ts";
import type { MeasureRow } from "../data/schemas/measures.ts";
import { numberOf, type SeriesPoint } from "../data/transform/activity.ts";
import { formatNumber, formatPercent, NBSP } from "../i18n/format.ts";
import { WITHHELD_HIDDEN, withheldText } from "../i18n/withheld.ts";
import { formatMeasureValue, periodName } from "./findings.ts";

export interface KeyFigure {
  measureId: string;
  label: string;
  /** The latest value as readers see it ("142", "86 %", "under 5"). */
  value: string;
  period: string;
  /** "+8 % siden september 2026" or "uændret siden …"; empty without an earlier value. */
  change: string;
  /** Whether the change is good news: shown as a word and an icon, never by colour alone. */
  judgement: "better" | "worse" | "neutral";
  /** Which way the figure moved: drawn as an arrow next to the words. */
  trend: "up" | "down" | "flat";
}

/** The latest value of a measure and its change since the period before. */
export function keyFigure(measure: MeasureRow, series: readonly SeriesPoint[]): KeyFigure | undefined {
  const latest = series.at(-1);
  if (!latest) return undefined;
  const now = numberOf(latest);
  const previous = series.at(-2);
  const before = numberOf(previous);
  const base = { measureId: measure.id, label: measure.label, period: periodName(latest.period) };
  if (now === undefined) {
    const value = isSuppressed(latest.value) ? withheldText(latest.value) : WITHHELD_HIDDEN;
    return { ...base, value, change: "", judgement: "neutral", trend: "flat" };
  }
  const value = formatMeasureValue(now, measure.unit);
  if (before === undefined || !previous)
    return { ...base, value, change: "", judgement: "neutral", trend: "flat" };
  const delta = now - before;
  const since = `siden ${periodName(previous.period)}`;
  const size =
    measure.unit === "share"
      ? `${formatNumber(Math.abs(delta) * 100, 1)}${NBSP}procentpoint`
      : before === 0
        ? formatNumber(Math.abs(delta))
        : formatPercent(Math.abs(delta / before));
  const unchanged =
    measure.unit === "share" ? Math.abs(delta) < 0.005 : before !== 0 && Math.abs(delta / before) < 0.01;
  if (unchanged) return { ...base, value, change: `uændret ${since}`, judgement: "neutral", trend: "flat" };
  const better =
    measure.direction === "neutral" ? undefined : (measure.direction === "higher_better") === delta > 0;
  return {
    ...base,
    value,
    change: `${delta > 0 ? "op" : "ned"} ${size} ${since}`,
    judgement: better === undefined ? "neutral" : better ? "better" : "worse",
    trend: delta > 0 ? "up" : "down",
  };
}
