import { type Count, isSuppressed } from "../data/privacy/suppress.ts";
import type { BoundUnit } from "../data/transform/bound-values.ts";
import { formatMioKr, formatNumber, formatPercent, NBSP } from "../i18n/format.ts";
import { withheldText } from "../i18n/withheld.ts";
import { formatMeasureValue } from "./findings.ts";

/** A quoted number as prose shows it: "142", "86 %", "12,3 mio. kr.", "under 5". */
export function valueText(value: Count, unit: BoundUnit): string {
  if (isSuppressed(value)) return withheldText(value);
  if (unit === "kr") return formatMioKr(value);
  return formatMeasureValue(value, unit);
}

/** "steg 8 %", "faldt 4 procentpoint", "steg med 3,2 mio. kr.", "var uændret". */
export function changeText(before: Count, after: Count, unit: BoundUnit): string {
  if (isSuppressed(before) || isSuppressed(after)) return "kan ikke vises, fordi tallene er for små";
  const delta = after - before;
  if (unit === "share") {
    if (Math.abs(delta) < 0.005) return "var uændret";
    return `${delta > 0 ? "steg" : "faldt"} ${formatNumber(Math.abs(delta) * 100, 0)}${NBSP}procentpoint`;
  }
  if (unit === "kr") {
    if (Math.abs(delta) < 50_000) return "var uændret";
    return `${delta > 0 ? "steg" : "faldt"} med ${formatMioKr(Math.abs(delta))}`;
  }
  if (before === 0) return delta === 0 ? "var uændret" : `steg fra 0 til ${formatNumber(after)}`;
  const relative = delta / before;
  if (Math.abs(relative) < 0.01) return "var uændret";
  return `${relative > 0 ? "steg" : "faldt"} ${formatPercent(Math.abs(relative))}`;
}
