/** Serialises rows to CSV text with a fixed column order, quoting only where needed. */
export function toCsvText(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  { delimiter = ",", header = columns }: { delimiter?: string; header?: readonly string[] } = {},
): string {
  const lines = [header.map((cell) => quote(cell, delimiter)).join(delimiter)];
  for (const row of rows) {
    lines.push(columns.map((column) => quote(row[column], delimiter)).join(delimiter));
  }
  return `${lines.join("\n")}\n`;
}

function quote(value: unknown, delimiter: string): string {
  const text = value === null || value === undefined ? "" : neutraliseFormula(String(value));
  return text.includes(delimiter) || /["\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number as a spreadsheet reads it: sign, digits, one decimal point or comma. */
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": it starts with =, +, -, @,
 * a tab or a carriage return) gets a leading apostrophe, so Excel shows it as text. Numbers,
 * negative ones included, are left as they are.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}
