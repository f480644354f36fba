import { z } from "zod";
import { count, decimal, municipalityCode, text, year } from "./fields.ts";

/**
 * data/reference/municipalities.csv: the 98 municipalities with population by age group.
 * Facts from Danmarks Statistik (FOLK1A, 1 January of population_year); see data/README.md.
 */
export const MunicipalityRow = z.object({
  code: municipalityCode(),
  /** DST spelling, e.g. "Høje-Taastrup". */
  municipality: text(),
  /** Region name, e.g. "Region Syddanmark". */
  region: text(),
  population_year: year(),
  population_total: count(),
  population_0_17: count(),
  population_18_64: count(),
  population_65_plus: count(),
  /** DAGI's visual centre of the municipality (WGS84), for laying out the tile-grid map. */
  lon: decimal(),
  lat: decimal(),
  /** DST's municipality group (kommunegruppe), e.g. "Hovedstadskommuner"; used to choose peers. */
  kommunegruppe: text().optional(),
  /** The latest population total (1 January of latest_population_year), FOLK1A/FOLK1AM. */
  latest_population_year: year().optional(),
  latest_population_total: count().optional(),
});

export type MunicipalityRow = z.output<typeof MunicipalityRow>;
