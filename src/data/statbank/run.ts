import type { PublishedFigure } from "../public/from-shared.ts";
import type { ProvenanceEntry } from "../public/provenance.ts";
import type { StatbankQuery } from "../schemas/statbank.ts";
import { type ClientOptions, fetchData, tableInfo } from "./client.ts";
import { areaVariable, parseTime, statbankNumber, timeVariable } from "./parse.ts";

/** The header column for a variable id: the CSV writes TID for tableinfo's Tid. */
function column(header: readonly string[], id: string): string {
  return header.find((h) => h.toUpperCase() === id.toUpperCase()) ?? id;
}

/**
 * Fetches one query and returns its figures per municipality (and 0 = Hele landet) and year, as
 * published; several rows for one area and year (e.g. a list of functions) are added up.
 */
export async function fetchQuery(
  options: ClientOptions,
  query: StatbankQuery,
  municipalityCodes: readonly number[],
): Promise<PublishedFigure[]> {
  const figures = await fetchTotals(options, query, municipalityCodes);
  const denominator = query.denominatorQuery;
  if (!denominator) return figures;
  // A count divided by the population of 1 January of the same year, per `per` (e.g. 1.000).
  const years = [...new Set(figures.map((f) => f.year))];
  const population = await fetchTotals(
    options,
    {
      ...query,
      table: denominator.table,
      areaVariable: denominator.areaVariable,
      variables: denominator.variables,
      time: years.map((y) => `${y}K1`),
      denominatorQuery: undefined,
    },
    municipalityCodes,
  );
  const byKey = new Map(population.map((p) => [`${p.municipality_code}|${p.year}`, p.value]));
  return figures.flatMap((f) => {
    const base = byKey.get(`${f.municipality_code}|${f.year}`);
    if (!base) return [];
    return [{ ...f, value: Math.round((f.value / base) * query.per * 100) / 100 }];
  });
}

async function fetchTotals(
  options: ClientOptions,
  query: StatbankQuery,
  municipalityCodes: readonly number[],
): Promise<PublishedFigure[]> {
  const info = await tableInfo(options, query.table);
  const area = query.areaVariable ?? areaVariable(info, municipalityCodes);
  if (!area)
    throw new Error(`${query.table}: no variable holds the municipalities; set areaVariable in the query`);
  const time = timeVariable(info);
  const variables = { [area]: ["*"], ...query.variables, [time]: query.time.length > 0 ? query.time : ["*"] };
  const csv = await fetchData(options, { table: query.table, variables }, info);
  const areaColumn = column(csv.header, area);
  const timeColumn = column(csv.header, time);
  const wanted = new Set([0, ...municipalityCodes]);
  const sums = new Map<string, { year: number; code: number; value: number }>();
  csv.rows.forEach((row, index) => {
    const code = Number(row[areaColumn]);
    if (!wanted.has(code)) return;
    let value: number | null;
    try {
      value = statbankNumber(row.INDHOLD ?? "");
    } catch (error) {
      throw new Error(`${query.table}, row ${index + 1}, column INDHOLD: ${(error as Error).message}`);
    }
    if (value === null) return;
    const { year } = parseTime(row[timeColumn] ?? "");
    const key = `${code}|${year}`;
    const known = sums.get(key);
    sums.set(key, { year, code, value: (known?.value ?? 0) + value });
  });
  return [...sums.values()]
    .map((s) => ({ year: s.year, municipality_code: s.code, measure_id: query.measure, value: s.value }))
    .sort((a, b) => a.year - b.year || a.municipality_code - b.municipality_code);
}

/** Replaces the rows of the fetched measures in the committed table, keeping every other row. */
export function mergeFigures(
  committed: readonly PublishedFigure[],
  fetched: readonly PublishedFigure[],
  order: readonly string[],
): PublishedFigure[] {
  const replaced = new Set(fetched.map((f) => f.measure_id));
  const position = new Map(order.map((id, i) => [id, i]));
  return [...committed.filter((c) => !replaced.has(c.measure_id)), ...fetched].sort(
    (a, b) =>
      (position.get(a.measure_id) ?? order.length) - (position.get(b.measure_id) ?? order.length) ||
      a.measure_id.localeCompare(b.measure_id) ||
      a.year - b.year ||
      a.municipality_code - b.municipality_code,
  );
}

/** True for an error that means "no network" (DNS, refused, fetch failed), not a bad answer. */
export function isOffline(error: unknown): boolean {
  const codes = [
    "ENOTFOUND",
    "EAI_AGAIN",
    "ECONNREFUSED",
    "ECONNRESET",
    "ETIMEDOUT",
    "ENETUNREACH",
    "UND_ERR_CONNECT_TIMEOUT",
  ];
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: string }).code;
    if (code && codes.includes(code)) return true;
    if (e instanceof TypeError && /fetch failed/i.test(e.message)) return true;
  }
  return false;
}

/** The provenance entry for figures fetched from the API now. */
export function fetchedProvenance(
  query: StatbankQuery,
  figures: readonly PublishedFigure[],
  fetched: string,
): ProvenanceEntry {
  const years = figures.map((f) => f.year);
  return {
    measure: query.measure,
    table: query.table,
    query: { variables: query.variables, time: query.time },
    fetched,
    via: "Statistikbankens API (api.statbank.dk/v1)",
    source: query.source,
    licence: query.licence,
    caveats: query.caveats,
    firstYear: years.length ? Math.min(...years) : 0,
    lastYear: years.length ? Math.max(...years) : 0,
    municipalities: new Set(figures.filter((f) => f.municipality_code !== 0).map((f) => f.municipality_code))
      .size,
    national: figures.some((f) => f.municipality_code === 0),
  };
}
