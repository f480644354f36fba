import { toCsvText } from "../data/csv-text.ts";
import { formatDate } from "../i18n/format.ts";
import { csvCell, csvHeader } from "./cells.ts";
import type { ChartSpec } from "./spec.ts";

/**
 * The CSV behind a figure: exactly the table rows shown (suppression applied), for Danish
 * spreadsheets: UTF-8 with BOM, semicolons, decimal comma. The first line names source and date.
 */
export function figureCsv(spec: ChartSpec): string {
  const { columns, rows } = spec.table;
  const cells = rows.map((row) =>
    Object.fromEntries(
      columns.map((column) => [column.key, csvCell(row[column.key] ?? null, column.format)]),
    ),
  );
  const note = `# ${spec.title}. Kilde: ${spec.source}. Data pr. ${formatDate(spec.asOf)}.`;
  const body = toCsvText(
    columns.map((column) => column.key),
    cells,
    { delimiter: ";", header: columns.map((column) => csvHeader(column.label, column.format)) },
  );
  return `\uFEFF${note.replaceAll(";", ",")}\n${body}`;
}

export function figureCsvPath(spec: ChartSpec): string {
  return `/csv/${spec.id}.csv`;
}
