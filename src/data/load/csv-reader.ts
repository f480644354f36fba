import { parse } from "csv-parse/sync";
import type { DataIssue } from "./issues.ts";

/**
 * The one CSV reader for every input file (the data folder's tables, the ladder mapping and steps).
 * Built on csv-parse, so quoting follows RFC 4180 exactly; on top of it the rules an analyst's
 * exports break: UTF-8 only, as many cells in every row as in the header, each column name once,
 * and the header and delimiter shown when the header is not the expected one. A BOM and CRLF line
 * ends are accepted.
 */

/** The text of a file, or raw bytes still to be checked as UTF-8. */
export type FileContent = string | Uint8Array;

export const NOT_UTF8 =
  "UTF-8 text: the file looks like Windows-1252/Latin-1; save it as UTF-8 (in Excel: CSV UTF-8)";

/** One data record: the 1-based data row (the line it starts on, minus the header line) and its cells. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvRecords {
  /** The column names as read, trimmed. Empty when the file could not be read. */
  header: string[];
  records: CsvRecord[];
  /** Problems with the file as a whole (row 0) or with a row's shape; cell values are not checked here. */
  issues: DataIssue[];
}

/** Decodes bytes as UTF-8, refusing the file (one problem, at its first bad line) when they are not. */
export function decodeUtf8(file: string, content: FileContent): { text: string } | { issue: DataIssue } {
  if (typeof content === "string") {
    const bad = content.indexOf("\uFFFD");
    return bad === -1 ? { text: content } : { issue: notUtf8(file, content, bad) };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(content) };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(content);
    const latin1 = new TextDecoder("windows-1252").decode(content);
    const issue = notUtf8(file, lossy, lossy.indexOf("\uFFFD"));
    const line = latin1.split(/\r?\n/)[issue.row ?? 0];
    return { issue: { ...issue, found: shorten(line ?? "") } };
  }
}

function notUtf8(file: string, text: string, index: number): DataIssue {
  const row = text.slice(0, Math.max(index, 0)).split("\n").length - 1;
  return { file, row, expected: NOT_UTF8, found: shorten(text.split(/\r?\n/)[row] ?? "") };
}

/** Reads CSV text into its header and records; which columns are required is the caller's decision. */
export function readCsv(file: string, content: FileContent): CsvRecords {
  const decoded = decodeUtf8(file, content);
  if ("issue" in decoded) return { header: [], records: [], issues: [decoded.issue] };
  const text = decoded.text.replace(/^\uFEFF/, "");
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      delimiter: ",",
      relax_column_count: true,
      skip_empty_lines: true,
      // Excel writes CRLF; a hand-edited file may mix in LF (or old Mac CR) lines.
      record_delimiter: ["\r\n", "\n", "\r"],
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    const row = Math.max((lines ?? 1) - 1, 0);
    return {
      header: [],
      records: [],
      issues: [
        { file, row, expected: 'CSV text with matching double quotes ("…")', found: quoteProblem(message) },
      ],
    };
  }
  const [first, ...rest] = parsed;
  if (!first) return { header: [], records: [], issues: [] };
  const header = first.record.map((name) => name.trim());
  const issues: DataIssue[] = [...duplicateColumns(file, header)];
  const records: CsvRecord[] = [];
  for (const { record, info } of rest) {
    const row = info.lines - 1 - (record.join(",").split("\n").length - 1);
    if (record.length === 1 && record[0]?.trim() === "") continue;
    if (record.length !== header.length) {
      issues.push(cellCountIssue(file, row, header.length, record));
      continue;
    }
    records.push({ row, cells: record });
  }
  return { header, records, issues };
}

/** A header that lacks columns: one problem that shows what was read and how it was split. */
export function headerIssue(
  file: string,
  text: FileContent,
  header: readonly string[],
  missing: readonly string[],
  expected: readonly string[],
): DataIssue {
  const firstLine = (typeof text === "string" ? text : new TextDecoder().decode(text))
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)[0];
  const delimiter = guessDelimiter(firstLine ?? "");
  const read = `${header.length} ${header.length === 1 ? "column" : "columns"}`;
  if (delimiter !== ",") {
    return {
      file,
      row: 0,
      expected: `a comma-separated header (${expected.join(",")})`,
      found: `${shorten(firstLine ?? "", 160)} (read as ${read} split on commas; the line looks separated by ${delimiterName(delimiter)}: save the file as comma-separated CSV)`,
    };
  }
  const names = missing.map((column) => `"${column}"`).join(", ");
  return {
    file,
    row: 0,
    ...(missing.length === 1 ? { column: missing[0] } : {}),
    expected: `${missing.length === 1 ? "a column" : "columns"} named ${names} in the header`,
    found: `${shorten(firstLine ?? "", 160)} (the header read, ${read} split on commas)`,
  };
}

/** The delimiter the header line most likely uses: the most frequent of comma, semicolon and tab. */
export function guessDelimiter(line: string): string {
  const counts = [",", ";", "\t", "|"].map((d) => [d, line.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

function delimiterName(delimiter: string): string {
  return delimiter === "\t" ? "tabs" : delimiter === ";" ? "semicolons" : `'${delimiter}'`;
}

function duplicateColumns(file: string, header: readonly string[]): DataIssue[] {
  const seen = new Map<string, number>();
  const issues: DataIssue[] = [];
  header.forEach((name, index) => {
    const first = seen.get(name);
    if (first === undefined) seen.set(name, index);
    else
      issues.push({
        file,
        row: 0,
        column: name,
        expected: `each column name once in the header (columns ${first + 1} and ${index + 1} are both "${name}")`,
        found: header.join(","),
      });
  });
  return issues;
}

function cellCountIssue(file: string, row: number, expected: number, record: readonly string[]): DataIssue {
  const hint =
    record.length > expected && record.some((cell, i) => i > 0 && /^\d{3}$/.test(cell.trim()))
      ? " (a number written with thousands separators, e.g. 112,000,000, splits into several cells: write 112000000, or put the cell in quotes)"
      : record.length > expected
        ? " (a text with a comma must be in double quotes)"
        : "";
  return {
    file,
    row,
    expected: `${expected} cells, as many as the header has${hint}`,
    found: `${record.length} cells`,
  };
}

function quoteProblem(message: string): string {
  if (/not closed|Quote Not Closed/i.test(message)) return "a double quote that is never closed";
  return "a double quote in the middle of a cell (write it as two double quotes inside a quoted cell)";
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
