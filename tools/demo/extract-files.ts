import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { toCsvText } from "../../src/data/csv-text.ts";
import { EXTRACT_COLUMNS, type ExtractRow } from "../../src/data/schemas/extract.ts";

const BATCH = 20_000;

/** Writes extract rows as CSV, in batches, so millions of rows never sit in memory. Returns the row count. */
export function writeExtractCsv(path: string, rows: Iterable<ExtractRow>): number {
  mkdirSync(dirname(path), { recursive: true });
  const file = openSync(path, "w");
  let count = 0;
  try {
    writeSync(file, toCsvText(EXTRACT_COLUMNS, []));
    let batch: ExtractRow[] = [];
    for (const row of rows) {
      batch.push(row);
      count += 1;
      if (batch.length === BATCH) {
        writeSync(file, withoutHeader(batch));
        batch = [];
      }
    }
    if (batch.length > 0) writeSync(file, withoutHeader(batch));
  } finally {
    closeSync(file);
  }
  return count;
}

function withoutHeader(rows: readonly ExtractRow[]): string {
  const text = toCsvText(EXTRACT_COLUMNS, rows);
  return text.slice(text.indexOf("\n") + 1);
}

/**
 * Writes extract rows as an XLSX workbook the way a case system's Excel export looks: one sheet,
 * a header row, dates as real date cells, prices as numbers. Streams, but XLSX holds at most
 * 1,048,575 data rows.
 */
export async function writeExtractXlsx(path: string, rows: Iterable<ExtractRow>): Promise<number> {
  mkdirSync(dirname(path), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet("episoder");
  sheet.columns = EXTRACT_COLUMNS.map((column) => ({
    header: column,
    key: column,
    ...(column.endsWith("_date") ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
  }));
  let count = 0;
  for (const row of rows) {
    sheet
      .addRow({
        ...row,
        start_date: asDate(row.start_date),
        end_date: row.end_date === undefined ? null : asDate(row.end_date),
      })
      .commit();
    count += 1;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

function asDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
