import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { z } from "zod";
import { checkFlowBalance } from "../checks/ladder.ts";
import { toCsvText } from "../csv-text.ts";
import { fromCsv } from "../load/csv.ts";
import { type DataIssue, DataValidationError } from "../load/issues.ts";
import { LadderMappingRow } from "../schemas/extract.ts";
import { LadderFlowRow, LadderStepRow, LadderStockRow } from "../schemas/ladder.ts";
import { aggregateLadder, defaultYears, type LadderTables, type YearRange } from "./ladder.ts";
import { type LadderLayout, ladderLayout } from "./layout.ts";
import { readExtractFolder } from "./read-extract.ts";
import { emptyLog, type UnmappedCode, unlistedIssues, unmappedIssues } from "./validate.ts";
import { monthlyVolumes, VOLUME_COLUMNS, type VolumeRow } from "./volumes.ts";

export interface AggregateOptions {
  /** Folder with the extract files (.csv, .xlsx). */
  input: string;
  /** Folder the ladder tables are written under (ladder/stocks.csv, ladder/flows.csv). */
  out: string;
  mapping: string;
  steps: string;
  /** Years to aggregate; by default the four years up to the last the extract covers. */
  years?: YearRange;
  /** Leave out episodes with unmapped codes instead of stopping. */
  allowUnmapped: boolean;
  /** The worksheet to read in XLSX extracts (default: the first). */
  sheet?: string;
  /** Also write ladder/volumes.csv: actual volume, spend and unit price per step and month. */
  volumes?: boolean;
}

export interface AggregateResult {
  tables: LadderTables;
  years: YearRange;
  files: string[];
  rows: number;
  episodes: number;
  /** Codes left out under --allow-unmapped. */
  unmapped: UnmappedCode[];
  written: string[];
}

export const STOCK_COLUMNS = Object.keys(LadderStockRow.shape);
export const FLOW_COLUMNS = Object.keys(LadderFlowRow.shape);

/** Reads the mapping and steps, then the extract; aggregates; writes the two ladder tables. */
export async function runAggregate(options: AggregateOptions): Promise<AggregateResult> {
  const layout = loadLayout(options.mapping, options.steps);
  const log = emptyLog();
  const { table, files, rows } = await readExtractFolder(options.input, layout, log, {
    sheet: options.sheet,
  });
  const issues: DataIssue[] = [
    ...sortIssues([...log.issues, ...(options.allowUnmapped ? [] : unmappedIssues(log, options.mapping))]),
    ...unlistedIssues(log),
  ];
  if (issues.length === 0 && table.size === 0) {
    issues.push({ file: "input folder", expected: "at least one episode in the extract" });
  }
  if (issues.length > 0) throw new DataValidationError(issues, options.input);

  const years = options.years ?? defaultYears(table.latestDay);
  const tables = aggregateLadder(table, layout, years);
  assertBalanced(tables);
  const written = writeLadderTables(options.out, tables);
  if (options.volumes) written.push(writeVolumes(options.out, monthlyVolumes(table, layout, years)));
  return { tables, years, files, rows, episodes: table.size, unmapped: [...log.unmapped.values()], written };
}

/** Loads ladder/steps.csv and the mapping file and checks them against each other. */
export function loadLayout(mappingPath: string, stepsPath: string): LadderLayout {
  const steps = readTable(stepsPath, LadderStepRow);
  const mapping = readTable(mappingPath, LadderMappingRow);
  const issues = [...steps.issues, ...mapping.issues];
  if (issues.length === 0) {
    const built = ladderLayout(steps.rows, mapping, mappingPath);
    if (built.issues.length === 0) return built.layout;
    issues.push(...built.issues);
  }
  throw new DataValidationError(sortIssues(issues), ".");
}

function readTable<Schema extends z.ZodObject>(path: string, schema: Schema) {
  let text: Buffer;
  try {
    text = readFileSync(path);
  } catch {
    return { rows: [], rowNumbers: [], issues: [{ file: path, expected: "the file to exist" }] };
  }
  return fromCsv(path, text, schema);
}

/** The tables are balanced by construction; a failure here is a bug, not bad input. */
function assertBalanced(tables: LadderTables): void {
  const problems = checkFlowBalance(tables.stocks, {
    rows: tables.flows,
    rowNumbers: tables.flows.map((_, index) => index + 1),
    issues: [],
  });
  if (problems.length > 0) {
    throw new Error(`The aggregated flows do not balance with the stocks:\n${JSON.stringify(problems)}`);
  }
}

/** Writes ladder/stocks.csv and ladder/flows.csv in the data contract's columns. Aggregates only. */
export function writeLadderTables(out: string, tables: LadderTables): string[] {
  const files = [
    [join(out, "ladder/stocks.csv"), toCsvText(STOCK_COLUMNS, tables.stocks)],
    [join(out, "ladder/flows.csv"), toCsvText(FLOW_COLUMNS, tables.flows)],
  ] as const;
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return files.map(([path]) => path);
}

/** Writes ladder/volumes.csv: aggregates only, exact counts (the site suppresses small ones). */
function writeVolumes(out: string, rows: readonly VolumeRow[]): string {
  const path = join(out, "ladder/volumes.csv");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toCsvText(VOLUME_COLUMNS, rows as unknown as Record<string, unknown>[]));
  return path;
}

/** File by file, top to bottom, as an analyst works through them. */
function sortIssues(issues: DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.row ?? -1) - (b.row ?? -1));
}
