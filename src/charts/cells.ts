import { formatKr, formatMioKr, formatNumber, formatPercent, NBSP } from "../i18n/format.ts";
import { type CellFormat, type CellValue, isSuppressed } from "./spec.ts";

/** How a cell reads on the page and in the text alternative. */
export function formatCell(value: CellValue, format: CellFormat): string {
  if (isSuppressed(value)) return value.reason === "small" ? `under${NBSP}${value.threshold}` : "skjult";
  if (value === null) return "–";
  if (typeof value === "string") return value;
  switch (format) {
    case "mioKr":
      return formatMioKr(value);
    case "kr":
      return formatKr(value);
    case "percent":
      return formatPercent(value);
    case "percent1":
      return formatPercent(value, 1);
    case "decimal1":
      return formatNumber(value, 1);
    default:
      return formatNumber(value);
  }
}

/**
 * How a cell is written in a CSV download for Danish spreadsheets: full precision, decimal comma,
 * no thousands separator, amounts in kr. (not mio.), shares as percentages.
 */
export function csvCell(value: CellValue, format: CellFormat): string {
  if (isSuppressed(value)) return value.reason === "small" ? `under ${value.threshold}` : "skjult";
  if (value === null) return "";
  if (typeof value === "string") return value;
  const number = format === "percent" || format === "percent1" ? value * 100 : value;
  return String(Math.round(number * 1000) / 1000).replace(".", ",");
}

/** The header label of a column in the CSV, with the unit the CSV uses. */
export function csvHeader(label: string, format: CellFormat): string {
  if (format === "mioKr") return `${label} (kr.)`;
  if ((format === "percent" || format === "percent1") && !label.includes("%")) return `${label} (%)`;
  return label;
}
