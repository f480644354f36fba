import type { ParsedTable } from "../load/csv.ts";
import type { DataIssue } from "../load/issues.ts";

/** Reports rows whose key columns repeat an earlier row's. */
export function findDuplicateKeys<Row extends Record<string, unknown>>(
  file: string,
  table: ParsedTable<Row>,
  keyColumns: readonly (keyof Row & string)[],
): DataIssue[] {
  const seen = new Map<string, number>();
  const issues: DataIssue[] = [];
  table.rows.forEach((row, index) => {
    const row0 = table.rowNumbers[index] ?? index + 1;
    const key = keyColumns.map((column) => String(row[column])).join(" | ");
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row0);
      return;
    }
    issues.push({
      file,
      row: row0,
      column: keyColumns.at(-1) ?? "",
      expected: `one row per ${keyColumns.join(", ")} (row ${first} has the same key)`,
      found: key,
    });
  });
  return issues;
}

/**
 * Reports values in a column that are not among the known ids. `keyOf` builds the lookup key when
 * ids are only unique within an area (e.g. "born-familie/plejefamilie").
 */
export function findUnknownIds<Row extends Record<string, unknown>>(
  file: string,
  table: ParsedTable<Row>,
  column: keyof Row & string,
  known: ReadonlySet<string | number>,
  what: string,
  keyOf: (row: Row) => string | number = (row) => row[column] as string | number,
): DataIssue[] {
  const examples = [...known].slice(0, 6).join(", ");
  return table.rows.flatMap((row, index) =>
    known.has(keyOf(row))
      ? []
      : [
          {
            file,
            row: table.rowNumbers[index] ?? index + 1,
            column,
            expected: `${what} (e.g. ${examples}${known.size > 6 ? ", …" : ""})`,
            found: String(row[column]),
          },
        ],
  );
}
