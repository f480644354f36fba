import { readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { type EpisodeCollector, type EpisodeTable, episodeCollector } from "./episodes.ts";
import type { LadderLayout } from "./layout.ts";
import { type OnRecord, readCsvRecords } from "./read-csv.ts";
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
  for (const file of files) rows += await readExtractFile(folder, file, layout, collector, log);
  return { table: collector.table(), files, rows };
}

/** Reads one file; a file that cannot be opened or parsed is one file-level problem. Returns its data rows. */
export async function readExtractFile(
  folder: string,
  file: string,
  layout: LadderLayout,
  collector: EpisodeCollector,
  log: ExtractLog,
): Promise<number> {
  const path = join(folder, file);
  const isXlsx = extname(file).toLowerCase() === ".xlsx";
  let validate: OnRecord | undefined;
  let sawHeader = false;
  let rows = 0;
  const onRecord: OnRecord = (row, cells) => {
    if (sawHeader) {
      rows += 1;
      validate?.(row, cells);
      return;
    }
    sawHeader = true;
    const columns = readHeader(file, cells, log);
    // A file whose header is refused is read to the end but not validated: one problem, not one per row.
    if (columns) validate = recordValidator(file, columns, layout, collector, log);
  };
  try {
    // ExcelJS takes a fifth of a second to load; a CSV-only run does without it.
    if (isXlsx) await (await import("./read-xlsx.ts")).readXlsxRecords(path, DATE_COLUMNS, onRecord);
    else await readCsvRecords(path, onRecord);
  } catch (error) {
    logIssue(log, {
      file,
      expected: isXlsx
        ? "an XLSX workbook that can be opened (save it again from Excel, or export the sheet as CSV)"
        : "a readable UTF-8 CSV file",
      found: (error as Error).message,
    });
    return rows;
  }
  if (!sawHeader) logIssue(log, { file, row: 0, expected: "a header row with the extract's columns" });
  return rows;
}
