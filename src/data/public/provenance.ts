import { z } from "zod";
import type { StatbankQuery } from "../schemas/statbank.ts";
import type { PublishedFigure } from "./from-shared.ts";

/** data/public/provenance.json: where each benchmark table came from, written next to it. */
export const ProvenanceEntry = z.object({
  measure: z.string(),
  table: z.string(),
  /** The query as the StatBank API takes it (variables with codes, time codes). */
  query: z.object({ variables: z.record(z.string(), z.array(z.string())), time: z.array(z.string()) }),
  /** YYYY-MM-DD (or an ISO time) the figures were fetched or collected. */
  fetched: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  /** How: "StatBank API" or the intermediary the figures were transcribed from. */
  via: z.string(),
  origin: z.string().optional(),
  source: z.string(),
  licence: z.string(),
  caveats: z.array(z.string()),
  /** First and last year in the committed table. */
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  municipalities: z.number().int(),
  national: z.boolean(),
});
export const Provenance = z.object({ tables: z.array(ProvenanceEntry) });
export type ProvenanceEntry = z.output<typeof ProvenanceEntry>;
export type Provenance = z.output<typeof Provenance>;

/** One provenance entry per query, describing the committed figures it produced. */
export function provenanceOf(
  queries: readonly StatbankQuery[],
  figures: readonly PublishedFigure[],
  how: { fetched: string; via: string },
): Provenance {
  return {
    tables: queries.map((q) => {
      const own = figures.filter((f) => f.measure_id === q.measure);
      const years = own.map((f) => f.year);
      return {
        measure: q.measure,
        table: q.table,
        query: { variables: q.variables, time: q.time },
        fetched: how.fetched,
        via: how.via,
        ...(q.origin ? { origin: q.origin } : {}),
        source: q.source,
        licence: q.licence,
        caveats: q.caveats,
        firstYear: years.length ? Math.min(...years) : 0,
        lastYear: years.length ? Math.max(...years) : 0,
        municipalities: new Set(own.filter((f) => f.municipality_code !== 0).map((f) => f.municipality_code))
          .size,
        national: own.some((f) => f.municipality_code === 0),
      };
    }),
  };
}
