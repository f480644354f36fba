import type { DataIssue } from "../load/issues.ts";

/**
 * Person-level data must never reach the site. These checks refuse input that looks like it:
 * a column named like a personal identifier, or a value shaped like a CPR number.
 */

const PERSON_COLUMN =
  /(^|[_\s-])(cpr|cprnr|cpr_nr|personnummer|navn|name|fornavn|efternavn|adresse|address)($|[_\s-])/i;

export function isPersonLevelColumn(column: string): boolean {
  return PERSON_COLUMN.test(column);
}

const DASHED_CPR = /(?<!\d)(\d{2})(\d{2})(\d{2})-(\d{4})(?!\d)/g;
const BARE_CPR = /^(\d{2})(\d{2})(\d{2})(\d{4})$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDayMonth(day: string, month: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= (DAYS_IN_MONTH[m - 1] ?? 0);
}

/**
 * True when the text contains DDMMYY-SSSS with a valid day and month, or (for text columns, where
 * amounts cannot explain it) is exactly ten digits of that shape.
 */
export function containsCprNumber(text: string, { allowBareDigits = false } = {}): boolean {
  for (const match of text.matchAll(DASHED_CPR)) {
    if (isValidDayMonth(match[1] ?? "", match[2] ?? "")) return true;
  }
  if (allowBareDigits) return false;
  const bare = BARE_CPR.exec(text.trim());
  return bare !== null && isValidDayMonth(bare[1] ?? "", bare[2] ?? "");
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
