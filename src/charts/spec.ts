import type { PlotOptions } from "@observablehq/plot";
import type { Suppressed } from "../data/privacy/suppress.ts";

export { isSuppressed, type Suppressed } from "../data/privacy/suppress.ts";

export type CellValue = number | string | null | Suppressed;

export type CellFormat = "text" | "mioKr" | "kr" | "percent" | "percent1" | "number" | "decimal1";

export interface TableColumn {
  key: string;
  label: string;
  format: CellFormat;
  /** True when the column counts people: the output scan checks no such cell is a small count. */
  people?: boolean;
}

export interface TableView {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, CellValue>[];
  /**
   * For long lists (all 98 municipalities): the rows shown first, e.g. the home municipality and its
   * peers; the whole list stays one click away.
   */
  keyRows?: number[];
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
