import type { StatbankQuery } from "../schemas/statbank.ts";

/** A row of benchmarks.csv, as written. */
export interface PublishedFigure {
  year: number;
  municipality_code: number;
  measure_id: string;
  value: number;
}

/** A row of regk31_udvalgte_funktioner_kr_pr_indbygger.csv (the shared REGK31 facts). */
export interface Regk31Fact {
  kommunekode: number;
  aar: number;
  funktion: string;
  kr_pr_indbygger: number;
}

/** A row of underretninger_boern_pr_1000_0_17aarige_2015_2025.csv. */
export interface NotificationFact {
  kommunekode: number;
  aar: number;
  underretninger_pr_1000_0_17: number;
}

/** "52821" → "5.28.21": REGK31's FUNKTION code (no dots, no leading zero) as an account number. */
export function functionNumber(code: string): string {
  const padded = code.padStart(5, "0");
  return `${Number(padded.slice(0, 1))}.${padded.slice(1, 3)}.${padded.slice(3, 5)}`;
}

/**
 * The committed benchmark table from the shared facts: for each REGK31 query its function's figures
 * (Hele landet as code 0) for the years the query asks for, and for UND2 the derived rate. Values
 * are taken as published; nothing is divided again. Sorted by measure, year and code.
 */
export function figuresFromShared(
  queries: readonly StatbankQuery[],
  regk31: readonly Regk31Fact[],
  notifications: readonly NotificationFact[],
): PublishedFigure[] {
  const rows: PublishedFigure[] = [];
  for (const query of queries) {
    const years = new Set(query.time.map((t) => Number(t.slice(0, 4))));
    const inYears = (year: number) => years.size === 0 || years.has(year);
    if (query.table === "REGK31") {
      const functions = new Set((query.variables.FUNKTION ?? []).map(functionNumber));
      for (const fact of regk31) {
        if (!functions.has(fact.funktion) || !inYears(fact.aar)) continue;
        rows.push({
          year: fact.aar,
          municipality_code: fact.kommunekode,
          measure_id: query.measure,
          value: fact.kr_pr_indbygger,
        });
      }
    } else if (query.table === "UND2") {
      for (const fact of notifications) {
        if (!inYears(fact.aar)) continue;
        rows.push({
          year: fact.aar,
          municipality_code: fact.kommunekode,
          measure_id: query.measure,
          value: fact.underretninger_pr_1000_0_17,
        });
      }
    }
  }
  const order = new Map(queries.map((q, i) => [q.measure, i]));
  return rows.sort(
    (a, b) =>
      (order.get(a.measure_id) ?? 0) - (order.get(b.measure_id) ?? 0) ||
      a.year - b.year ||
      a.municipality_code - b.municipality_code,
  );
}

/** The latest 1 January population per municipality from the shared time series (2024M01 beats 2021K1). */
export function latestPopulation(
  rows: readonly { kommunekode: number; periode: string; befolkning: number }[],
): Map<number, { year: number; total: number }> {
  const januaries = rows.filter((r) => /^\d{4}(K1|M01)$/.test(r.periode));
  const latest = new Map<number, { year: number; total: number }>();
  for (const row of januaries) {
    const year = Number(row.periode.slice(0, 4));
    const known = latest.get(row.kommunekode);
    if (!known || year > known.year) latest.set(row.kommunekode, { year, total: row.befolkning });
  }
  return latest;
}
