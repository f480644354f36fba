import ExcelJS from "exceljs";
import type { OnRecord } from "./read-csv.ts";

/** Excel's serial day number of 1970-01-01 (1900 date system). */
const EXCEL_EPOCH_SERIAL = 25_569;

/**
 * Streams the first worksheet of an XLSX workbook record by record, with every cell as text
 * the way a CSV export would write it. The header is expected in row 1, so data row N is sheet
 * row N+1 and "row N (line N+1)" in a message is also the row Excel shows.
 * Dates come as real date cells or as text; `dateColumns` names the header cells whose numbers
 * are Excel serial dates (a date cell whose style was lost).
 */
export async function readXlsxRecords(
  path: string,
  dateColumns: ReadonlySet<string>,
  onRecord: OnRecord,
): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let isDate: boolean[] = [];
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let column = 1; column < values.length; column += 1) {
        cells.push(cellText(values[column], isDate[column - 1] === true));
      }
      if (row.number === 1) isDate = cells.map((name) => dateColumns.has(name.trim()));
      onRecord(row.number - 1, cells);
    }
    break; // the extract is the first worksheet; others may hold notes
  }
}

/** A cell value from ExcelJS as the text a CSV export would hold. */
export function cellText(value: unknown, isDateColumn: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return isDateColumn ? serialToIsoDate(value) : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (cell.richText) return cell.richText.map((part) => part.text).join("");
    if ("result" in cell) return cellText(cell.result, isDateColumn);
    if (typeof cell.text === "string") return cell.text;
  }
  return String(value);
}

function serialToIsoDate(serial: number): string {
  if (!Number.isInteger(serial)) return String(serial);
  return new Date((serial - EXCEL_EPOCH_SERIAL) * 86_400_000).toISOString().slice(0, 10);
}
