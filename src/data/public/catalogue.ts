import type { DataIssue } from "../load/issues.ts";
import type { MeasureRow } from "../schemas/measures.ts";
import { StatbankQueries, type StatbankQuery } from "../schemas/statbank.ts";

/** The declarative list of public (StatBank) queries, relative to the data folder. */
export const QUERIES_FILE = "public/queries.json";

/** A query's catalogue entry: the benchmark measure as the pages know it. */
export function measureOf(query: StatbankQuery): MeasureRow {
  return {
    id: query.measure,
    label: query.label,
    definition: query.definition,
    unit: query.unit,
    direction: query.direction,
    source: query.source,
    area: query.area,
    frequency: "year",
    counts_people: false,
    denominator: query.denominator,
    per: query.per,
    target: undefined,
    target_label: undefined,
  };
}

/**
 * Parses data/public/queries.json. Problems are returned with the file and the JSON path, like
 * every other input; a missing file means the site has no public benchmarks (an empty list).
 */
export function parseQueries(text: string | undefined): { queries: StatbankQuery[]; issues: DataIssue[] } {
  if (text === undefined) return { queries: [], issues: [] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      queries: [],
      issues: [{ file: QUERIES_FILE, expected: "valid JSON", found: (error as Error).message }],
    };
  }
  const result = StatbankQueries.safeParse(json);
  if (result.success) return { queries: result.data.queries, issues: [] };
  return {
    queries: [],
    issues: result.error.issues.map((issue) => ({
      file: QUERIES_FILE,
      column: issue.path.join("."),
      expected: issue.message,
    })),
  };
}

/** Caveats of a measure from the public catalogue (none for the municipality's own measures). */
export function caveatsOf(queries: readonly StatbankQuery[], measureId: string): string[] {
  return queries.find((q) => q.measure === measureId)?.caveats ?? [];
}
