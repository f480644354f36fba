import type { z } from "zod";
import { maskCpr } from "../privacy/cpr.ts";
import { findPersonData } from "../privacy/person-data.ts";
import { type FileContent, headerIssue, readCsv } from "./csv-reader.ts";
import type { DataIssue } from "./issues.ts";

export interface ParsedTable<Row> {
  /** The rows that passed validation. */
  rows: Row[];
  /** The 1-based data row number of each valid row, for cross-table checks to report. */
  rowNumbers: number[];
  issues: DataIssue[];
}

/**
 * Parses a CSV file (comma-separated, UTF-8, header row) into rows validated by a zod object schema.
 * Every cell is read as text and the schema converts it, so an error can quote exactly what was written.
 */
export function fromCsv<Schema extends z.ZodObject>(
  file: string,
  text: FileContent,
  schema: Schema,
): ParsedTable<z.output<Schema>> {
  const read = readCsv(file, text);
  const expectedColumns = Object.keys(schema.shape);
  if (read.header.length === 0) {
    const issues: DataIssue[] = read.issues.length
      ? read.issues
      : [{ file, row: 0, expected: `a header row (${expectedColumns.join(",")}); the file is empty` }];
    return { rows: [], rowNumbers: [], issues };
  }
  const columns = read.header;
  const missing = expectedColumns.filter(
    (column) => !columns.includes(column) && !isOptional(schema, column),
  );
  const headerProblems = read.issues.filter((issue) => issue.row === 0);
  if (missing.length > 0) headerProblems.push(headerIssue(file, text, columns, missing, expectedColumns));
  const personColumns = findPersonData(file, columns, [], numericColumnsOf(schema));
  if (headerProblems.length > 0 || personColumns.length > 0) {
    return { rows: [], rowNumbers: [], issues: [...personColumns, ...headerProblems] };
  }
  const raw = read.records.map(({ cells }) =>
    Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ""])),
  );
  const issues: DataIssue[] = [
    ...read.issues,
    ...findPersonData(file, columns, raw, numericColumnsOf(schema)).map((issue) => ({
      ...issue,
      row: read.records[(issue.row ?? 1) - 1]?.row ?? issue.row,
    })),
  ];
  const refused = new Set(issues.map((issue) => issue.row));
  const cprCells = new Set(issues.map((issue) => `${issue.row}|${issue.column}`));

  const rows: z.output<Schema>[] = [];
  const rowNumbers: number[] = [];
  raw.forEach((cells, index) => {
    const row = read.records[index]?.row ?? index + 1;
    const result = schema.safeParse(withoutEmptyOptionals(cells));
    if (result.success) {
      if (refused.has(row)) return;
      rows.push(result.data);
      rowNumbers.push(row);
      return;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? "");
      // A cell refused as a CPR number is reported once, and no message ever quotes its digits.
      if (cprCells.has(`${row}|${column}`)) continue;
      issues.push({ file, row, column, expected: issue.message, found: maskCpr(cells[column] ?? "") });
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
