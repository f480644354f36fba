import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Provenance, Provenance as ProvenanceSchema } from "./provenance.ts";

export const PROVENANCE_FILE = "public/provenance.json";

/** data/public/provenance.json, validated; an empty list when the site has no public tables. */
export function loadProvenance(dataDir: string): Provenance {
  let text: string;
  try {
    text = readFileSync(join(dataDir, PROVENANCE_FILE), "utf8");
  } catch {
    return { tables: [] };
  }
  const parsed = ProvenanceSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(
      `${PROVENANCE_FILE}: expected the provenance the loader writes; found ${parsed.error.message}`,
    );
  return parsed.data;
}

/**
 * Whole months from the end of a figure's year (31 December) to the data date: how old the newest
 * figure is when the site is read. 2024 against 2026-10-31 is 22 months.
 */
export function monthsOld(lastYear: number, dataAsOf: string): number {
  const year = Number(dataAsOf.slice(0, 4));
  const month = Number(dataAsOf.slice(5, 7));
  return (year - lastYear - 1) * 12 + month;
}

/** True when the newest figure is older than the configured age (site.json comparison.staleAfterMonths). */
export function isStale(lastYear: number, dataAsOf: string, staleAfterMonths: number): boolean {
  return monthsOld(lastYear, dataAsOf) > staleAfterMonths;
}
