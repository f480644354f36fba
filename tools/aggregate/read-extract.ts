import { readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { NOT_UTF8 } from "../../src/data/load/csv-reader.ts";
import type { DataIssue } from "../../src/data/load/issues.ts";
import { type EpisodeCollector, type EpisodeTable, episodeCollector } from "./episodes.ts";
import type { LadderLayout } from "./layout.ts";
import { NotUtf8Error, type OnRecord, readCsvRecords } from "./read-csv.ts";
import { type ExtractLog, logIssue, readHeader, recordValidator } from "./validate.ts";

const DATE_COLUMNS: ReadonlySet<string> = new Set(["start_date", "end_date"]);

/** The extract files in a folder: every .csv and .xlsx, in name order; Excel's ~$ lock files are skipped. */
export function extractFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => [".csv", ".xlsx"].includes(extname(name).toLowerCase()))
    .filter((name) => !name.startsWith("~$") && !name.startsWith("."))
    .sort();
}

/** Reads and validates every extract file in the folder into one episode table. */
export async function readExtractFolder(
  folder: string,
  layout: LadderLayout,
  log: ExtractLog,
  options: { sheet?: string | undefined } = {},
): Promise<{ table: EpisodeTable; files: string[]; rows: number }> {
  let files: string[] = [];
  try {
    files = extractFiles(folder);
  } catch {
    logIssue(log, {
      file: "input folder",
      expected: "the input folder to exist (put the extracts in raw-input/ or name the folder with --input)",
    });
  }
  if (files.length === 0 && log.issues.length === 0) {
    logIssue(log, {
      file: "input folder",
      expected: "at least one extract file (.csv or .xlsx) in the input folder",
    });
  }
  const collector = episodeCollector();
  let rows = 0;
  for (const file of files) rows += await readExtractFile(folder, file, layout, collector, log, options);
  return { table: collector.table(), files, rows };
}

/** Reads one file; a file that cannot be opened or parsed is one file-level problem. Returns its data rows. */
export async function readExtractFile(
  folder: string,
  file: string,
  layout: LadderLayout,
  collector: EpisodeCollector,
  log: ExtractLog,
  { sheet }: { sheet?: string | undefined } = {},
): Promise<number> {
  const path = join(folder, file);
  const isXlsx = extname(file).toLowerCase() === ".xlsx";
  // Messages about an XLSX name the sheet read, so a notes sheet first is seen at once.
  let label = file;
  let validate: OnRecord | undefined;
  let width = 0;
  let sawHeader = false;
  let rows = 0;
  const onRecord: OnRecord = (row, cells) => {
    if (sawHeader) {
      rows += 1;
      if (!isXlsx && validate && cells.length !== width) {
        logIssue(log, {
          file: label,
          row,
          expected: `${width} cells, as many as the header has (a number with thousands separators or a text with an unquoted comma splits into several cells)`,
          found: `${cells.length} cells`,
        });
        return;
      }
      validate?.(row, cells);
      return;
    }
    sawHeader = true;
    width = cells.length;
    const columns = readHeader(label, cells, log, isXlsx ? { sheetHint: true } : {});
    // A file whose header is refused is read to the end but not validated: one problem, not one per row.
    if (columns) validate = recordValidator(label, columns, layout, collector, log);
  };
  try {
    // ExcelJS takes a fifth of a second to load; a CSV-only run does without it.
    if (isXlsx)
      await (await import("./read-xlsx.ts")).readXlsxRecords(path, DATE_COLUMNS, onRecord, {
        sheet,
        onSheet: (name) => {
          label = `${file}, sheet "${name}"`;
        },
      });
    else await readCsvRecords(path, onRecord);
  } catch (error) {
    logIssue(log, fileProblem(label, isXlsx, error));
    return rows;
  }
  if (!sawHeader) logIssue(log, { file: label, row: 0, expected: "a header row with the extract's columns" });
  return rows;
}

function fileProblem(file: string, isXlsx: boolean, error: unknown): DataIssue {
  if (error instanceof NotUtf8Error) return { file, expected: NOT_UTF8 };
  if (error instanceof Error && error.name === "WorkbookError") return { file, expected: error.message };
  return {
    file,
    expected: isXlsx
      ? "an XLSX workbook that can be opened (save it again from Excel, or export the sheet as CSV UTF-8)"
      : "a readable UTF-8 CSV file",
    found: (error as Error).message,
  };
}
