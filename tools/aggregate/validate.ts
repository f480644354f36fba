import { headerIssue } from "../../src/data/load/csv-reader.ts";
import type { DataIssue } from "../../src/data/load/issues.ts";
import { containsCprNumber, isPersonLevelColumn, maskDigits } from "../../src/data/privacy/person-data.ts";
import { EXTRACT_COLUMNS, ExtractRow, PROVIDER_TYPES } from "../../src/data/schemas/extract.ts";
import { addEpisode, type EpisodeCollector, OPEN_END, parseIsoDay } from "./episodes.ts";
import type { LadderLayout } from "./layout.ts";
import type { OnRecord } from "./read-csv.ts";

/**
 * Problems kept in memory for the report, which groups identical ones and lists at most 30 lines;
 * beyond this many (a million-row file gone wrong) the rest are only counted.
 */
export const MAX_LISTED_ISSUES = 10_000;

/** Problems found while reading the extract, capped, plus the codes the mapping lacks. */
export interface ExtractLog {
  issues: DataIssue[];
  /** Problems beyond MAX_LISTED_ISSUES, per file. */
  unlisted: Map<string, number>;
  /** "area\u0000code" → where it was first seen and in how many rows. */
  unmapped: Map<string, UnmappedCode>;
}

export interface UnmappedCode {
  file: string;
  row: number;
  area: string;
  code: string;
  rows: number;
}

export function emptyLog(): ExtractLog {
  return { issues: [], unlisted: new Map(), unmapped: new Map() };
}

export function logIssue(log: ExtractLog, issue: DataIssue): void {
  if (log.issues.length < MAX_LISTED_ISSUES) log.issues.push(issue);
  else log.unlisted.set(issue.file, (log.unlisted.get(issue.file) ?? 0) + 1);
}

/** Where each column of the extract sits in a file's header. */
export type ColumnIndex = Record<(typeof EXTRACT_COLUMNS)[number], number>;

/**
 * Checks a header row: no person-level column (a name or CPR column must not even reach the
 * aggregation), and every extract column present. Returns the column positions, or undefined when
 * the file cannot be read.
 */
export function readHeader(
  file: string,
  header: readonly string[],
  log: ExtractLog,
  { sheetHint = false }: { sheetHint?: boolean } = {},
): ColumnIndex | undefined {
  const names = header.map((cell) => cell.trim());
  let readable = true;
  for (const column of names.filter(isPersonLevelColumn)) {
    readable = false;
    logIssue(log, {
      file,
      row: 0,
      column,
      expected:
        "no person-level columns (names, addresses and CPR numbers stay in the case system; use a pseudonymised person_key)",
      found: column,
    });
  }
  names.forEach((name, index) => {
    const first = names.indexOf(name);
    if (first === index || !(EXTRACT_COLUMNS as readonly string[]).includes(name)) return;
    readable = false;
    logIssue(log, {
      file,
      row: 0,
      column: name,
      expected: `each column name once in the header (columns ${first + 1} and ${index + 1} are both "${name}")`,
      found: names.join(","),
    });
  });
  const missing = EXTRACT_COLUMNS.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    readable = false;
    const issue = headerIssue(file, header.join(","), names, missing, EXTRACT_COLUMNS);
    logIssue(log, {
      ...issue,
      found: sheetHint
        ? `${issue.found}; the header must be in row 1 of the sheet read: choose another sheet with --sheet NAME`
        : issue.found,
    });
  }
  if (!readable) return undefined;
  return Object.fromEntries(EXTRACT_COLUMNS.map((column) => [column, names.indexOf(column)])) as ColumnIndex;
}

const PROVIDERS: ReadonlySet<string> = new Set(PROVIDER_TYPES);
const PLAIN_PRICE = /^\d+(\.\d{1,2})?$/;
/** Six digits, at most one separator and four digits, or nine in a row: other keys skip the full CPR check. */
const CPR_DIGITS = /\d{6}\D?\d{4}|\d{9}/;

/**
 * Validates records of the extract and adds the good ones to the collector.
 *
 * ExtractRow (zod) is the definition of a valid row. Parsing a million rows through it costs about
 * 2.4 s, half the time budget, so a record first takes a fast lane: plain checks that accept only
 * what ExtractRow certainly accepts, with the mapping looked up on the way. Anything the fast lane
 * is unsure of goes through ExtractRow, which gives the error messages. A property test holds the
 * two to the same answers (`fastLane: false` turns the fast lane off for it).
 */
export function recordValidator(
  file: string,
  columns: ColumnIndex,
  layout: LadderLayout,
  collector: EpisodeCollector,
  log: ExtractLog,
  { fastLane: useFastLane = true } = {},
): OnRecord {
  const { person_key, area, service_code, provider_type, start_date, end_date, price_per_year } = columns;

  const fastLane = (cells: readonly string[]): boolean => {
    const step = layout.codes.get(cells[area] ?? "")?.get(cells[service_code] ?? "");
    if (step === undefined || !PROVIDERS.has(cells[provider_type] ?? "")) return false;
    const start = parseIsoDay(cells[start_date] ?? "");
    const endText = cells[end_date] ?? "";
    const end = endText === "" ? OPEN_END : parseIsoDay(endText);
    if (start === undefined || end === undefined || end < start) return false;
    const priceText = cells[price_per_year] ?? "";
    if (!PLAIN_PRICE.test(priceText)) return false;
    const key = cells[person_key] ?? "";
    if (key === "" || key.length > 64 || key.trim() !== key) return false;
    if (CPR_DIGITS.test(key) && containsCprNumber(key, { idContext: true })) return false;
    collector.add(cells[area] ?? "", key, step, start, end, Number(priceText));
    return true;
  };

  const slowLane = (row: number, cells: readonly string[]): void => {
    const input: Record<string, string> = {};
    for (const column of EXTRACT_COLUMNS) {
      const value = cells[columns[column]] ?? "";
      if (value.trim() !== "" || column !== "end_date") input[column] = value;
    }
    const result = ExtractRow.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        logIssue(log, {
          file,
          row,
          column,
          expected: issue.message,
          found: safeFound(input[column]),
        });
      }
      return;
    }
    const episode = result.data;
    const step = layout.codes.get(episode.area)?.get(episode.service_code);
    if (step === undefined) {
      noteUnmapped(log, file, row, episode.area, episode.service_code);
      return;
    }
    addEpisode(collector, episode, step);
  };

  return (row, cells) => {
    if (!(useFastLane && fastLane(cells))) slowLane(row, cells);
  };
}

/** What the file held, fit to print: a CPR-shaped value is shown with its digits hidden. */
export function safeFound(value: string | undefined): string {
  const text = value ?? "";
  return containsCprNumber(text, { idContext: true }) ? maskDigits(text) : text;
}

function noteUnmapped(log: ExtractLog, file: string, row: number, area: string, code: string): void {
  const key = `${area}\u0000${code}`;
  const seen = log.unmapped.get(key);
  if (seen) seen.rows += 1;
  else log.unmapped.set(key, { file, row, area, code, rows: 1 });
}

/** One issue per unmapped code, at the first row that has it, with how many rows have it. */
export function unmappedIssues(log: ExtractLog, mappingFile: string): DataIssue[] {
  return [...log.unmapped.values()].map((code) => ({
    file: code.file,
    row: code.row,
    column: "service_code",
    expected: `a code that ${mappingFile} maps to a step of ${code.area} (${code.rows === 1 ? "1 row has" : `${code.rows} rows have`} this code; this is the first)`,
    found: code.code,
  }));
}

/** A file-level line per file whose further problems were not listed. */
export function unlistedIssues(log: ExtractLog): DataIssue[] {
  return [...log.unlisted].map(([file, count]) => ({
    file,
    expected: `at most ${MAX_LISTED_ISSUES} problems read in all; ${count} more in this file were counted, not read (fix the ones above and run again)`,
  }));
}
