import { toCsvText } from "../data/csv-text.ts";
import { csvCell, csvHeader } from "./cells.ts";
import type { ChartSpec } from "./spec.ts";

/**
 * The CSV behind a figure: exactly the table rows shown (suppression applied), for Danish
 * spreadsheets: UTF-8 with BOM, semicolons, decimal comma. The first line is the header row, so
 * Excel and every CSV tool read the columns right; title, source and definitions are in the
 * metadata file beside it (figureMetadata) and in the downloaded file's name.
 */
export function figureCsv(spec: ChartSpec): string {
  const { columns, rows } = spec.table;
  const cells = rows.map((row) =>
    Object.fromEntries(
      columns.map((column) => [column.key, csvCell(row[column.key] ?? null, column.format)]),
    ),
  );
  const body = toCsvText(
    columns.map((column) => column.key),
    cells,
    { delimiter: ";", header: columns.map((column) => csvHeader(column.label, column.format)) },
  );
  return `\uFEFF${body}`;
}

/** What the figure's CSV holds, beside it as `<id>.metadata.json` (after OWID's `.metadata.json`). */
export interface CsvMetadata {
  title: string;
  subtitle: string;
  source: string;
  /** YYYY-MM-DD: the date the figures were extracted. */
  dataAsOf: string;
  definitions: string[];
  caveats: string[];
  csv: { file: string; delimiter: string; decimal: string; encoding: string };
  columns: { name: string; key: string }[];
}

export function figureMetadata(spec: ChartSpec): CsvMetadata {
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    source: spec.source,
    dataAsOf: spec.asOf,
    definitions: spec.definitions,
    caveats: spec.caveats,
    csv: { file: figureCsvPath(spec), delimiter: ";", decimal: ",", encoding: "UTF-8 med BOM" },
    columns: spec.table.columns.map((column) => ({
      name: csvHeader(column.label, column.format),
      key: column.key,
    })),
  };
}

export function figureCsvPath(spec: ChartSpec): string {
  return `/csv/${spec.id}.csv`;
}

export function figureMetadataPath(spec: ChartSpec): string {
  return `/csv/${spec.id}.metadata.json`;
}

/** The name the browser saves a download under: the figure's title and data date, safe on every system. */
export function downloadFileName(title: string, asOf: string, extension = "csv"): string {
  const safe = title
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/[\\/:*?"<>|#%{}^~[\]`;]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const short = safe.length > 90 ? `${safe.slice(0, 90).replace(/\s+\S*$/, "")}` : safe;
  return `${short.replace(/[.,\s]+$/, "")} (data pr. ${asOf}).${extension}`;
}
