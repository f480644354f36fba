import { frequencyOf, weekParts } from "../data/period.ts";
import { isSuppressed } from "../data/privacy/suppress.ts";
import type { MeasureRow } from "../data/schemas/measures.ts";
import { type Comparison, numberOf, type SeriesPoint } from "../data/transform/activity.ts";
import { type ControlChart, variationPhrase } from "../data/transform/spc.ts";
import { formatMonth, formatNumber, formatPercent, NBSP } from "../i18n/format.ts";
import { WITHHELD_HIDDEN, withheldText } from "../i18n/withheld.ts";

/** Relative changes smaller than this read as "uændret" (1 %); for shares, 0,5 percentage point. */
export const UNCHANGED_RELATIVE = 0.01;
export const UNCHANGED_POINTS = 0.005;

/**
 * How a count is taken, read from its definition, so two counts of the same people are never
 * shown as one: "ultimo måneden", "i løbet af måneden", "ultimo året", "i løbet af året" or "".
 */
export function countBasisText(definition: string): string {
  if (/ved månedens udgang/.test(definition)) return "ultimo måneden";
  if (/i måneden/.test(definition)) return "i løbet af måneden";
  if (/ved årets udgang|ultimo året/.test(definition)) return "ultimo året";
  if (/i løbet af året|i året/.test(definition)) return "i løbet af året";
  return "";
}

/** "oktober 2026" / "uge 39 2026" / "2026" */
export function periodName(period: string): string {
  const week = weekParts(period);
  if (week) return `uge ${week.week} ${week.year}`;
  return frequencyOf(period) === "month" ? formatMonth(period) : period;
}

export function formatMeasureValue(value: number, unit: MeasureRow["unit"]): string {
  switch (unit) {
    case "share":
      return formatPercent(value, value < 0.1 ? 1 : 0);
    case "ratio":
      return formatNumber(value, 1);
    case "kr":
      return `${formatNumber(value)}${NBSP}kr.`;
    case "hours":
      return `${formatNumber(value)}${NBSP}timer`;
    default:
      return formatNumber(value);
  }
}

/** The subject of a sentence about a measure: "Antallet af underretninger" for counts. */
function subject(measure: MeasureRow): string {
  const label = measure.label;
  if (measure.unit === "count") return `Antallet af ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  return label;
}

function withheldPointText(point: SeriesPoint): string {
  return isSuppressed(point.value) ? withheldText(point.value) : WITHHELD_HIDDEN;
}

/**
 * "– inden for den normale variation" when the control rules call the latest value common-cause
 * variation; otherwise "– en forværring, usædvanligt højt (…)" with the direction word if any.
 */
function judgement(measure: MeasureRow, change: number, chart: ControlChart | undefined): string {
  const variation = variationPhrase(chart);
  if (chart?.latest === "common") return ` – ${variation}`;
  const better = measure.direction === "higher_better" ? change > 0 : change < 0;
  const word =
    measure.direction === "neutral" || change === 0 ? "" : better ? "en forbedring" : "en forværring";
  const parts = [word, variation].filter((part) => part !== "");
  return parts.length === 0 ? "" : ` – ${parts.join(", ")}`;
}

/**
 * The finding for a measure in plain Danish: which way it moved, by how much, between which
 * periods. Handles withheld (small) values and missing data without guessing.
 */
export function trendFinding(
  measure: MeasureRow,
  comparison: Comparison | undefined,
  chart?: ControlChart,
): string {
  if (!comparison) return `Der er endnu ingen tal for ${measure.label.toLowerCase()}`;
  const { latest, earlier } = comparison;
  const now = numberOf(latest);
  const when = periodName(latest.period);
  if (now === undefined)
    return `${subject(measure)} var ${withheldPointText(latest)} i ${when} – for få til at vise udviklingen`;
  if (!earlier) return `${subject(measure)} var ${formatMeasureValue(now, measure.unit)} i ${when}`;
  const before = numberOf(earlier);
  const since = periodName(earlier.period);
  if (before === undefined) {
    return `${subject(measure)} var ${formatMeasureValue(now, measure.unit)} i ${when} mod ${withheldPointText(earlier)} i ${since}`;
  }
  if (measure.unit === "share" || before === 0) {
    const points = now - before;
    if (Math.abs(points) < UNCHANGED_POINTS && measure.unit === "share") {
      return `${subject(measure)} er uændret på ${formatMeasureValue(now, measure.unit)} fra ${since} til ${when}${judgement(measure, 0, chart)}`;
    }
    const verb = points > 0 ? "steg" : points < 0 ? "faldt" : "var uændret";
    return `${subject(measure)} ${verb} fra ${formatMeasureValue(before, measure.unit)} i ${since} til ${formatMeasureValue(now, measure.unit)} i ${when}${judgement(measure, points, chart)}`;
  }
  const relative = now / before - 1;
  if (Math.abs(relative) < UNCHANGED_RELATIVE) {
    return `${subject(measure)} er uændret fra ${since} til ${when} (${formatMeasureValue(now, measure.unit)})${judgement(measure, 0, chart)}`;
  }
  const verb = relative > 0 ? "steg" : "faldt";
  return `${subject(measure)} ${verb} ${formatPercent(Math.abs(relative))} fra ${since} til ${when}${judgement(measure, relative, chart)}`;
}
