import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { z } from "zod";
import { type Audience, thresholdFor } from "../../build-options.ts";
import { checkActivity } from "../checks/activity.ts";
import { checkBenchmarks, checkReference } from "../checks/benchmarks.ts";
import { checkBudgetAssumptions } from "../checks/budget-assumptions.ts";
import { findDuplicateKeys } from "../checks/common.ts";
import { checkFinance, withoutTotals } from "../checks/finance.ts";
import { checkLadder } from "../checks/ladder.ts";
import {
  checkMeasureAreas,
  checkMissingStocks,
  checkSiteReferences,
  requireRows,
} from "../checks/references.ts";
import { measureOf, parseQueries, QUERIES_FILE } from "../public/catalogue.ts";
import { ActivityRow } from "../schemas/activity.ts";
import { BenchmarkRow } from "../schemas/benchmarks.ts";
import { BudgetAssumptionRow } from "../schemas/budget-assumptions.ts";
import { FinanceRow } from "../schemas/finance.ts";
import { LadderFlowRow, LadderStepRow, LadderStockRow } from "../schemas/ladder.ts";
import { MeasureRow } from "../schemas/measures.ts";
import { MunicipalityRow } from "../schemas/reference.ts";
import { SiteConfig } from "../schemas/site.ts";
import type { StatbankQuery } from "../schemas/statbank.ts";
import { type BoundaryFeature, loadBoundaries } from "./boundaries.ts";
import { fromCsv, type ParsedTable } from "./csv.ts";
import { decodeUtf8, type FileContent } from "./csv-reader.ts";
import { type DataIssue, DataValidationError } from "./issues.ts";

export type { Audience };

/** Everything the site is built from, validated. Pages receive this and trust it. */
export interface Dataset {
  site: SiteConfig;
  /** Who this build is for: the public transparency site or the committee's own. */
  audience: Audience;
  /** The small-cell threshold in force for this audience (the committee one is at least the public one). */
  threshold: number;
  municipalities: MunicipalityRow[];
  measures: MeasureRow[];
  /** Function rows only; stated area totals are checked on load and left out. */
  finance: FinanceRow[];
  activity: ActivityRow[];
  ladder: { steps: LadderStepRow[]; stocks: LadderStockRow[]; flows: LadderFlowRow[] };
  /** Published figures per municipality (code 0 = Hele landet), as the source publishes them. */
  benchmarks: BenchmarkRow[];
  /** The public (StatBank) queries behind the benchmark measures: source, licence and caveats. */
  publicQueries: StatbankQuery[];
  /** What the budget lines were built on (volume × unit price); empty when the file is absent. */
  budgetAssumptions: BudgetAssumptionRow[];
  /** Real municipality boundaries, when site.json names a boundary file; else the map uses tiles. */
  boundaries?: BoundaryFeature[] | undefined;
  /** Set by asPublicSite: a site from public data alone, which publishes no own-data figure or table. */
  publicOnly?: boolean;
}

/** The files of the data contract, relative to the data folder. */
export const DATA_FILES = {
  site: "site.json",
  municipalities: "reference/municipalities.csv",
  measures: "measures.csv",
  finance: "finance.csv",
  activity: "activity.csv",
  ladderSteps: "ladder/steps.csv",
  ladderStocks: "ladder/stocks.csv",
  ladderFlows: "ladder/flows.csv",
  benchmarks: "benchmarks.csv",
  budgetAssumptions: "budget-assumptions.csv",
} as const;

/** Reads a file of the data folder: its bytes (checked as UTF-8 on the way in) or, in tests, its text. */
export type ReadText = (file: string) => FileContent;

/**
 * Reads and validates every table in the data folder, collecting all problems before failing, so an
 * analyst fixes the whole list in one go.
 */
export function loadDataset(
  dataDir: string,
  readText: ReadText = readFrom(dataDir),
  audience: Audience = "public",
): Dataset {
  const issues: DataIssue[] = [];
  const site = loadSiteConfig(readText, issues);
  const table = <Schema extends z.ZodObject>(file: string, schema: Schema) =>
    collect(issues, fromCsvFile(readText, file, schema));
  const municipalities = table(DATA_FILES.municipalities, MunicipalityRow);
  const measures = table(DATA_FILES.measures, MeasureRow);
  const finance = table(DATA_FILES.finance, FinanceRow);
  const activity = table(DATA_FILES.activity, ActivityRow);
  const ladder = {
    steps: table(DATA_FILES.ladderSteps, LadderStepRow),
    stocks: table(DATA_FILES.ladderStocks, LadderStockRow),
    flows: table(DATA_FILES.ladderFlows, LadderFlowRow),
  };
  const benchmarks = table(DATA_FILES.benchmarks, BenchmarkRow);
  // The benchmark measures are defined once, with their StatBank query, in public/queries.json.
  const publicCatalogue = parseQueries(optionalText(readText, QUERIES_FILE));
  issues.push(...publicCatalogue.issues);
  const ownIds = new Set(measures.rows.map((m) => m.id));
  for (const query of publicCatalogue.queries) {
    if (ownIds.has(query.measure))
      issues.push({
        file: QUERIES_FILE,
        column: "measure",
        expected: "a measure id not already used in measures.csv",
        found: query.measure,
      });
  }
  const allMeasures = [
    ...measures.rows,
    ...publicCatalogue.queries.filter((q) => !ownIds.has(q.measure)).map(measureOf),
  ];
  // Optional: a municipality without activity-based budgets has no assumptions file.
  const budgetAssumptions = collect(
    issues,
    fromOptionalCsvFile(readText, DATA_FILES.budgetAssumptions, BudgetAssumptionRow),
  );
  for (const [file, parsed] of [
    [DATA_FILES.municipalities, municipalities],
    [DATA_FILES.measures, measures],
    [DATA_FILES.finance, finance],
    [DATA_FILES.activity, activity],
    [DATA_FILES.ladderSteps, ladder.steps],
    [DATA_FILES.ladderStocks, ladder.stocks],
  ] as const) {
    issues.push(...requireRows(file, parsed));
  }
  // A table that could not be read at all (missing file or header) would make every check that
  // leans on it report each row again; skip those checks and let the one real problem show.
  const unreadable = new Set(issues.filter((issue) => !issue.row).map((issue) => issue.file));
  const readable = (...files: string[]) => files.every((file) => !unreadable.has(file));
  const F = DATA_FILES;
  issues.push(...findDuplicateKeys(F.measures, measures, ["id"]));
  if (site) {
    if (readable(F.measures)) {
      issues.push(...checkMeasureAreas(site, measures));
      issues.push(
        ...checkSiteReferences(site, measures.rows, readable(F.ladderSteps) ? ladder.steps.rows : undefined),
      );
    }
    if (readable(F.ladderSteps, F.ladderStocks))
      issues.push(...checkMissingStocks(ladder.steps.rows, ladder.stocks));
    if (readable(F.municipalities)) issues.push(...checkReference(site, municipalities));
    if (readable(F.finance)) issues.push(...checkFinance(site, finance));
    if (readable(F.measures, F.activity)) issues.push(...checkActivity(site, measures.rows, activity));
    if (readable(F.ladderSteps, F.ladderStocks, F.ladderFlows)) issues.push(...checkLadder(site, ladder));
    if (readable(F.municipalities, F.measures, F.benchmarks)) {
      issues.push(...checkBenchmarks(municipalities.rows, allMeasures, benchmarks));
    }
    // The assumptions are checked against finance.csv only once it is clean: a finance file with
    // problems would make every function code of the assumptions look unknown.
    if (readable(F.measures, F.budgetAssumptions) && finance.issues.length === 0)
      issues.push(
        ...checkBudgetAssumptions(site, budgetAssumptions, withoutTotals(finance.rows), measures.rows),
      );
  }
  const boundaryFile = site?.comparison.boundaryFile;
  const boundaries = boundaryFile ? loadBoundaries(resolve(boundaryFile), issues) : undefined;
  if (issues.length > 0 || !site)
    throw new DataValidationError(sortIssues(issues), relative(process.cwd(), dataDir) || ".");
  return {
    site,
    audience,
    threshold: thresholdFor(site.suppression, audience),
    municipalities: municipalities.rows,
    measures: allMeasures,
    finance: withoutTotals(finance.rows),
    activity: activity.rows,
    ladder: { steps: ladder.steps.rows, stocks: ladder.stocks.rows, flows: ladder.flows.rows },
    benchmarks: benchmarks.rows,
    publicQueries: publicCatalogue.queries,
    budgetAssumptions: budgetAssumptions.rows,
    boundaries,
  };
}

function collect<Row>(issues: DataIssue[], parsed: ParsedTable<Row>): ParsedTable<Row> {
  issues.push(...parsed.issues);
  return parsed;
}

/** Lists problems file by file, top to bottom, as an analyst works through them. */
function sortIssues(issues: DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.row ?? -1) - (b.row ?? -1));
}

/** A missing file is one issue like any other, so the analyst sees it in the same list. */
function fromCsvFile<Schema extends z.ZodObject>(readText: ReadText, file: string, schema: Schema) {
  let text: FileContent;
  try {
    text = readText(file);
  } catch {
    return { rows: [], rowNumbers: [], issues: [{ file, expected: "the file to exist in the data folder" }] };
  }
  return fromCsv(file, text, schema);
}

function optionalText(readText: ReadText, file: string): string | undefined {
  try {
    const content = readText(file);
    return typeof content === "string" ? content : new TextDecoder().decode(content);
  } catch {
    return undefined;
  }
}

/** A file the contract allows to be left out: absent means no rows, present means validated like any other. */
function fromOptionalCsvFile<Schema extends z.ZodObject>(readText: ReadText, file: string, schema: Schema) {
  let text: FileContent;
  try {
    text = readText(file);
  } catch {
    return { rows: [], rowNumbers: [], issues: [] };
  }
  return fromCsv(file, text, schema);
}

function readFrom(dataDir: string): ReadText {
  return (file) => readFileSync(join(dataDir, file));
}

function loadSiteConfig(readText: ReadText, issues: DataIssue[]): SiteConfig | undefined {
  const file = DATA_FILES.site;
  let json: unknown;
  try {
    const decoded = decodeUtf8(file, readText(file));
    if ("issue" in decoded) {
      issues.push(decoded.issue);
      return undefined;
    }
    json = JSON.parse(decoded.text.replace(/^\uFEFF/, ""));
  } catch (error) {
    issues.push({ file, expected: "valid JSON", found: (error as Error).message });
    return undefined;
  }
  const result = SiteConfig.safeParse(json);
  if (result.success) return result.data;
  issues.push(...result.error.issues.map((issue) => siteIssue(file, issue, json)));
  return undefined;
}

function siteIssue(file: string, issue: z.core.$ZodIssue, json: unknown): DataIssue {
  const column = issue.path.join(".");
  const found = issue.path.reduce<unknown>(
    (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey],
    json,
  );
  // A whole object or list is not what the analyst wrote wrong: quote only single values.
  const quotable = found === null || ["string", "number", "boolean"].includes(typeof found);
  return {
    file,
    column,
    expected: issue.message,
    ...(found === undefined || !quotable
      ? {}
      : { found: typeof found === "string" ? found : JSON.stringify(found) }),
  };
}
