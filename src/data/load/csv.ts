import * as aq from "arquero";
import type { z } from "zod";
import { findPersonData } from "../privacy/person-data.ts";
import type { DataIssue } from "./issues.ts";

export interface ParsedTable<Row> {
  /** The rows that passed validation. */
  rows: Row[];
  /** The 1-based data row number of each valid row, for cross-table checks to report. */
  rowNumbers: number[];
  issues: DataIssue[];
}

/**
 * Parses CSV text (comma-separated, UTF-8, header row) into rows validated by a zod object schema.
 * Every cell is read as text and the schema converts it, so an error can quote exactly what was written.
 */
export function fromCsv<Schema extends z.ZodObject>(
  file: string,
  text: string,
  schema: Schema,
): ParsedTable<z.output<Schema>> {
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "") {
    const columns = Object.keys(schema.shape).join(",");
    return {
      rows: [],
      rowNumbers: [],
      issues: [{ file, row: 0, expected: `a header row (${columns}); the file is empty` }],
    };
  }
  const table = aq.fromCSV(clean, { autoType: false });
  const columns = table.columnNames();
  const raw = table.objects() as Record<string, string>[];
  const expectedColumns = Object.keys(schema.shape);
  const issues: DataIssue[] = [
    ...findPersonData(file, columns, raw, numericColumnsOf(schema)),
    ...expectedColumns
      .filter((column) => !columns.includes(column) && !isOptional(schema, column))
      .map((column) => ({ file, row: 0, column, expected: `a column named "${column}" in the header` })),
  ];
  if (issues.some((issue) => issue.row === 0)) return { rows: [], rowNumbers: [], issues };

  const rows: z.output<Schema>[] = [];
  const rowNumbers: number[] = [];
  raw.forEach((cells, index) => {
    const result = schema.safeParse(withoutEmptyOptionals(cells));
    if (result.success) {
      rows.push(result.data);
      rowNumbers.push(index + 1);
      return;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? "");
      issues.push({ file, row: index + 1, column, expected: issue.message, found: cells[column] ?? "" });
    }
  });
  return { rows, rowNumbers, issues };
}

function withoutEmptyOptionals(cells: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(cells).filter(([, value]) => value !== "" && value != null));
}

function isOptional(schema: z.ZodObject, column: string): boolean {
  return schema.shape[column]?.safeParse(undefined).success ?? false;
}

/** Columns whose schema carries `meta({ numeric: true })`: bare ten-digit amounts are not CPR numbers there. */
function numericColumnsOf(schema: z.ZodObject): Set<string> {
  return new Set(
    Object.entries(schema.shape)
      .filter(([, field]) => (field as z.ZodType).meta()?.numeric === true)
      .map(([column]) => column),
  );
}
