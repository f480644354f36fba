import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { checkFinance } from "../checks/finance.ts";
import { FinanceRow } from "../schemas/finance.ts";
import { SiteConfig } from "../schemas/site.ts";
import { fromCsv, type ParsedTable } from "./csv.ts";
import { type DataIssue, DataValidationError } from "./issues.ts";

/** Everything the site is built from, validated. Pages receive this and trust it. */
export interface Dataset {
  site: SiteConfig;
  finance: FinanceRow[];
}

export type ReadText = (file: string) => string;

/**
 * Reads and validates every table in the data folder, collecting all problems before failing, so an
 * analyst fixes the whole list in one go.
 */
export function loadDataset(dataDir: string, readText: ReadText = readFrom(dataDir)): Dataset {
  const issues: DataIssue[] = [];
  const site = loadSiteConfig(readText, issues);
  const finance = collect(issues, fromCsv("finance.csv", readText("finance.csv"), FinanceRow));
  if (site) issues.push(...checkFinance(site, finance));
  if (issues.length > 0 || !site) throw new DataValidationError(sortIssues(issues));
  return { site, finance: finance.rows };
}

function collect<Row>(issues: DataIssue[], parsed: ParsedTable<Row>): ParsedTable<Row> {
  issues.push(...parsed.issues);
  return parsed;
}

/** Lists problems file by file, top to bottom, as an analyst works through them. */
function sortIssues(issues: DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.row ?? -1) - (b.row ?? -1));
}

function readFrom(dataDir: string): ReadText {
  return (file) => readFileSync(join(dataDir, file), "utf8");
}

function loadSiteConfig(readText: ReadText, issues: DataIssue[]): SiteConfig | undefined {
  const file = "site.json";
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
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
  return {
    file,
    column,
    expected: issue.message,
    ...(found === undefined ? {} : { found: JSON.stringify(found) }),
  };
}
