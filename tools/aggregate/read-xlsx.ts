import { open } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { OnRecord } from "./read-csv.ts";

/** Excel's serial day number of 1970-01-01 (1900 date system). */
const EXCEL_EPOCH_SERIAL = 25_569;

/** The first bytes of an OLE2 compound file: what Excel writes for a password-protected workbook. */
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The workbook could not be read as an extract: a protected file or a sheet that is not there. */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookError";
  }
}

/**
 * Streams one worksheet of an XLSX workbook record by record (the first, or the one named with
 * `sheet`), with every cell as text the way a CSV export would write it. The header is expected in
 * row 1, so data row N is sheet row N+1 and "row N (line N+1)" in a message is also the row Excel
 * shows. `onSheet` learns the sheet's name before its first record, so messages can name it.
 * Dates come as real date cells or as text; `dateColumns` names the header cells whose numbers
 * are Excel serial dates (a date cell whose style was lost).
 */
export async function readXlsxRecords(
  path: string,
  dateColumns: ReadonlySet<string>,
  onRecord: OnRecord,
  { sheet, onSheet }: { sheet?: string | undefined; onSheet?: (name: string) => void } = {},
): Promise<void> {
  await refuseEncrypted(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let isDate: boolean[] = [];
  const seen: string[] = [];
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name: string }).name;
    seen.push(name);
    if (sheet !== undefined && name !== sheet) {
      for await (const _row of worksheet) {
        // another sheet: read past it
      }
      continue;
    }
    onSheet?.(name);
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let column = 1; column < values.length; column += 1) {
        cells.push(cellText(values[column], isDate[column - 1] === true));
      }
      if (row.number === 1) isDate = cells.map((name) => dateColumns.has(name.trim()));
      onRecord(row.number - 1, cells);
    }
    return; // one sheet is the extract; others may hold notes
  }
  if (sheet !== undefined) {
    throw new WorkbookError(
      `a sheet named "${sheet}" (--sheet); the workbook has: ${seen.map((n) => `"${n}"`).join(", ")}`,
    );
  }
}

async function refuseEncrypted(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    if (bytesRead === 8 && buffer.equals(OLE2_SIGNATURE)) {
      throw new WorkbookError(
        "a workbook without a password: the file is encrypted (password-protected); remove the password in Excel (File > Info > Protect Workbook) or save the sheet as CSV UTF-8 (an old .xls file looks the same: save it as .xlsx)",
      );
    }
  } finally {
    await handle.close();
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
