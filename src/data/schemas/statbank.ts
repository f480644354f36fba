import { z } from "zod";

const slugId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "an id of lowercase letters, digits and hyphens" });

/**
 * One StatBank query and the benchmark measure it feeds (data/public/queries.json). The query part
 * is what `npm run data:fetch` sends to the API; the measure part is the catalogue entry the pages
 * show (label, definition, source and caveats).
 */
export const StatbankQuery = z.object({
  /** The measure id the query feeds (a row of the measure catalogue). */
  measure: slugId,
  /** StatBank table id, e.g. REGK31. */
  table: z.string().regex(/^[A-Z0-9]+$/, { error: "a StatBank table id in capitals, e.g. REGK31" }),
  /** The variable holding municipalities; detected from tableinfo when left out (OMRÅDE, ADMKOM, KOMK …). */
  areaVariable: z.string().min(1).optional(),
  /** Fixed values of the other variables (codes, as valuePresentation=Code returns them). */
  variables: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
  /** Time codes to fetch (2024, 2024K1, 2024M01); empty = every period tableinfo lists. */
  time: z.array(z.string().regex(/^\d{4}([KQ][1-4]|M\d{2})?$/)).default([]),
  /**
   * Where the source publishes counts, not a rate: the population to divide by, fetched the same
   * way (summed over the values listed, e.g. ALDER 0–17) for 1 January of each year (time code YYYYK1).
   */
  denominatorQuery: z
    .object({
      table: z.string().regex(/^[A-Z0-9]+$/),
      areaVariable: z.string().min(1).optional(),
      variables: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
    })
    .optional(),
  label: z.string().min(1),
  definition: z.string().min(1),
  unit: z.enum(["count", "share", "hours", "kr", "ratio"]),
  direction: z.enum(["higher_better", "lower_better", "neutral"]).default("neutral"),
  area: slugId.optional(),
  /** The population group the published figure is per; the figure is taken as published. */
  denominator: z.enum(["0-17", "18-64", "65+", "total"]),
  per: z.number().positive().default(1),
  /** "Kilde: …" line, as the source asks to be cited. */
  source: z.string().min(1),
  licence: z.string().min(1),
  /** Reservations a reader must know, shown with the figures. */
  caveats: z.array(z.string().min(1)).default([]),
  /** How the committed figures were obtained when not fetched from the API (e.g. transcribed). */
  origin: z.string().min(1).optional(),
});
export type StatbankQuery = z.output<typeof StatbankQuery>;

export const StatbankQueries = z.object({ queries: z.array(StatbankQuery).min(1) });
export type StatbankQueries = z.output<typeof StatbankQueries>;
