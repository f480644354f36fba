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
  const text = value === null || value === undefined ? "" : String(value);
  return text.includes(delimiter) || /["\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
