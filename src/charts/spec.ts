import type { PlotOptions } from "@observablehq/plot";

/** A cell whose count was withheld by small-cell suppression. Never zero, never the number. */
export interface Suppressed {
  suppressed: true;
  /** The threshold in force: shown as "under {threshold}". */
  threshold: number;
}

export type CellValue = number | string | null | Suppressed;

export type CellFormat = "text" | "mioKr" | "kr" | "percent" | "percent1" | "number" | "decimal1";

export interface TableColumn {
  key: string;
  label: string;
  format: CellFormat;
}

export interface TableView {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, CellValue>[];
}

/**
 * Everything a figure shows, computed from data by a pure function in src/charts/. The component
 * only lays it out; the SVG is rendered from `plot` at build time.
 */
export interface ChartSpec {
  /** Stable id: anchor on the page and the CSV file name. */
  id: string;
  /** The finding, in plain Danish. */
  title: string;
  /** Unit and period. */
  subtitle: string;
  /** Observable Plot options (without `document`; the renderer adds it). */
  plot: PlotOptions;
  /** What a screen reader says instead of the picture. */
  alt: string;
  table: TableView;
  source: string;
  definitions: string[];
  caveats: string[];
  /** YYYY-MM-DD: the date the figures were extracted. */
  asOf: string;
}

export function isSuppressed(value: CellValue): value is Suppressed {
  return typeof value === "object" && value !== null && "suppressed" in value;
}
