import type { DataIssue } from "../load/issues.ts";
import { containsCpr } from "./cpr.ts";

/**
 * Person-level data must never reach the site. These checks refuse input that looks like it:
 * a column named like a personal identifier, or a value shaped like a CPR number.
 */

const PERSON_COLUMN =
  /(^|[_\s-])(cpr|cprnr|cpr_nr|personnummer|navn|name|fornavn|efternavn|adresse|address)($|[_\s-])/i;

export function isPersonLevelColumn(column: string): boolean {
  return PERSON_COLUMN.test(column);
}

/**
 * True when the text holds a CPR-shaped value in any shape (see cpr.ts). In amount columns
 * (`allowBareDigits`) ten bare digits are an amount; a separator or "CPR" prefix still counts.
 */
export function containsCprNumber(
  text: string,
  { allowBareDigits = false, idContext = false } = {},
): boolean {
  return containsCpr(text, { numeric: allowBareDigits, idContext });
}

/** Scans a parsed table for person-level columns and CPR-shaped values. */
export function findPersonData(
  file: string,
  columns: readonly string[],
  rows: readonly Record<string, string>[],
  numericColumns: ReadonlySet<string>,
): DataIssue[] {
  const issues: DataIssue[] = columns.filter(isPersonLevelColumn).map((column) => ({
    file,
    row: 0,
    column,
    expected:
      "no person-level columns (the site takes aggregated tables only; names, addresses and CPR numbers must not be in data/)",
    found: column,
  }));
  rows.forEach((row, index) => {
    for (const column of columns) {
      const value = row[column] ?? "";
      if (containsCprNumber(value, { allowBareDigits: numericColumns.has(column) })) {
        issues.push({
          file,
          row: index + 1,
          column,
          expected: "no CPR numbers (the value has the shape DDMMYY-SSSS of a Danish personal id; remove it)",
          found: maskDigits(value),
        });
      }
    }
  });
  return issues;
}

/** Error messages must not spread the number they refuse: keep the shape, hide the digits. */
export function maskDigits(value: string): string {
  return value.replace(/\d/g, "•");
}
