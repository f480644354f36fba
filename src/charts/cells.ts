import { formatKr, formatMioKr, formatNumber, formatPercent } from "../i18n/format.ts";
import { withheldText } from "../i18n/withheld.ts";
import { type CellFormat, type CellValue, isSuppressed } from "./spec.ts";

/** How a cell reads on the page and in the text alternative. */
export function formatCell(value: CellValue, format: CellFormat): string {
  if (isSuppressed(value)) return withheldText(value);
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
 * How a cell is written in a CSV download for Danish spreadsheets: decimal comma, no thousands
 * separator, amounts in kr. (not mio.), shares as percentages. Percentages keep the precision the
 * page prints and no more: a finer share of a count would let a reader work out withheld counts.
 */
export function csvCell(value: CellValue, format: CellFormat): string {
  if (isSuppressed(value)) return withheldText(value, " ");
  if (value === null) return "";
  if (typeof value === "string") return value;
  const [number, decimals] =
    format === "percent" ? [value * 100, 0] : format === "percent1" ? [value * 100, 1] : [value, 3];
  const rounded = Math.round(number * 10 ** decimals) / 10 ** decimals;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace(".", ",");
}

/** The header label of a column in the CSV, with the unit the CSV uses. */
export function csvHeader(label: string, format: CellFormat): string {
  if (format === "mioKr") return `${label} (kr.)`;
  if ((format === "percent" || format === "percent1") && !label.includes("%")) return `${label} (%)`;
  return label;
}
