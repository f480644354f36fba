import type { BenchmarkRow } from "../schemas/benchmarks.ts";
import type { MeasureRow } from "../schemas/measures.ts";
import type { MunicipalityRow } from "../schemas/reference.ts";
import { splitVolumePrice } from "./decompose.ts";

export type PopulationGroup = "0-17" | "18-64" | "65+" | "total";

export function populationOf(m: MunicipalityRow, group: PopulationGroup): number {
  switch (group) {
    case "0-17":
      return m.population_0_17;
    case "18-64":
      return m.population_18_64;
    case "65+":
      return m.population_65_plus;
    default:
      return m.population_total;
  }
}

/** "pr. 1.000 0–17-årige" / "pr. 65+-årig" – the denominator named on every chart. */
export function denominatorText(measure: MeasureRow): string {
  const per = measure.per ?? 1;
  const group = measure.denominator ?? "total";
  const who = {
    "0-17": per === 1 ? "0–17-årig" : "0–17-årige",
    "18-64": per === 1 ? "18–64-årig" : "18–64-årige",
    "65+": per === 1 ? "borger på 65 år og derover" : "borgere på 65 år og derover",
    total: per === 1 ? "indbygger" : "indbyggere",
  }[group];
  return per === 1 ? `pr. ${who}` : `pr. ${new Intl.NumberFormat("da-DK").format(per)} ${who}`;
}

export interface NormalisedValue {
  code: number;
  municipality: string;
  year: number;
  /** The municipality's total, as reported. */
  value: number;
  population: number;
  /** value ÷ population × per. */
  perCapita: number;
}

/** Divides each municipality's total by the measure's population group (e.g. spend per 0–17-year-old). */
export function normalise(
  rows: readonly BenchmarkRow[],
  municipalities: readonly MunicipalityRow[],
  measure: MeasureRow,
): NormalisedValue[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const per = measure.per ?? 1;
  return rows.flatMap((row) => {
    const m = byCode.get(row.municipality_code);
    if (!m || row.measure_id !== measure.id) return [];
    const population = populationOf(m, measure.denominator ?? "total");
    if (population === 0) return [];
    return [
      {
        code: m.code,
        municipality: m.municipality,
        year: row.year,
        value: row.value,
        population,
        perCapita: (row.value / population) * per,
      },
    ];
  });
}

/** The national figure: all municipalities' totals over all their population (not an average of rates). */
export function nationalRate(values: readonly NormalisedValue[], per: number): number {
  const value = values.reduce((sum, v) => sum + v.value, 0);
  const population = values.reduce((sum, v) => sum + v.population, 0);
  return population === 0 ? 0 : (value / population) * per;
}

export interface Ranked extends NormalisedValue {
  /** 1 = first in the stated order; ties share a rank (1, 2, 2, 4). */
  rank: number;
}

/** Ranks lowest first, or highest first when higher is better. Ties share the better rank. */
export function rank(values: readonly NormalisedValue[], direction: MeasureRow["direction"]): Ranked[] {
  const sign = direction === "higher_better" ? -1 : 1;
  const sorted = [...values].sort((a, b) => sign * (a.perCapita - b.perCapita) || a.code - b.code);
  let previous: { value: number; rank: number } | undefined;
  return sorted.map((v, index) => {
    const tied = previous !== undefined && Math.abs(previous.value - v.perCapita) < 1e-9;
    const position = tied && previous ? previous.rank : index + 1;
    previous = { value: v.perCapita, rank: position };
    return { ...v, rank: position };
  });
}

export interface Peer {
  code: number;
  municipality: string;
  /** Standardised distance to the home municipality: 0 is identical. */
  distance: number;
}

/** The structural variables a peer group is chosen on, for one area. */
export function structuralVariables(m: MunicipalityRow, group: PopulationGroup): number[] {
  const total = m.population_total || 1;
  const groupShare = group === "total" ? 0 : populationOf(m, group) / total;
  return [Math.log(total), m.population_0_17 / total, m.population_65_plus / total, groupShare];
}

export const STRUCTURE_TEXT =
  "indbyggertal og aldersfordeling (andelen af 0–17-årige og af borgere på 65 år og derover)";

/**
 * The home municipality's nearest neighbours by Euclidean distance over z-standardised structural
 * variables (population on a log scale, age shares, and the share of the area's own age group).
 */
export function nearestPeers(
  municipalities: readonly MunicipalityRow[],
  home: number,
  group: PopulationGroup,
  count: number,
): Peer[] {
  const vectors = municipalities.map((m) => structuralVariables(m, group));
  const columns = vectors[0]?.map((_, j) => vectors.map((v) => v[j] ?? 0)) ?? [];
  const stats = columns.map((column) => {
    const mean = column.reduce((a, b) => a + b, 0) / column.length;
    const sd = Math.sqrt(column.reduce((a, b) => a + (b - mean) ** 2, 0) / column.length);
    return { mean, sd: sd || 1 };
  });
  const z = (v: number[]) => v.map((x, j) => (x - (stats[j]?.mean ?? 0)) / (stats[j]?.sd ?? 1));
  const homeRow = municipalities.find((m) => m.code === home);
  if (!homeRow) return [];
  const target = z(structuralVariables(homeRow, group));
  return municipalities
    .filter((m) => m.code !== home)
    .map((m) => {
      const point = z(structuralVariables(m, group));
      return {
        code: m.code,
        municipality: m.municipality,
        distance: Math.sqrt(point.reduce((sum, x, j) => sum + (x - (target[j] ?? 0)) ** 2, 0)),
      };
    })
    .sort((a, b) => a.distance - b.distance || a.code - b.code)
    .slice(0, count);
}

export interface GapDecomposition {
  /** Spend per capita: home minus the peers' combined rate. */
  gap: number;
  /** The part of the gap from more (or fewer) units per capita, priced at the average unit price. */
  volumeEffect: number;
  /** The part from a higher (or lower) price per unit, at the average volume. */
  priceEffect: number;
  /** What volume × price leaves unexplained: 0 unless a side has spend but no volume. */
  remainder: number;
  home: { volume: number; price: number; spend: number };
  peers: { volume: number; price: number; spend: number };
}

/**
 * Splits the difference in spend per capita into volume and price: spend = volume × price, and
 * the symmetric split ΔS = ΔV·(P₁+P₀)/2 + ΔP·(V₁+V₀)/2 adds up to the gap exactly. The same split
 * as the budget bridge (splitVolumePrice), weighted symmetrically: neither side is the norm.
 */
export function decomposeGap(
  home: { spend: number; volume: number },
  peers: { spend: number; volume: number },
): GapDecomposition {
  const price = (s: { spend: number; volume: number }) => (s.volume === 0 ? 0 : s.spend / s.volume);
  const p1 = price(home);
  const p0 = price(peers);
  const split = splitVolumePrice(
    { amount: peers.spend, volume: peers.volume, price: p0 },
    { amount: home.spend, volume: home.volume, price: p1 },
    "symmetric",
  );
  return {
    gap: split.total,
    volumeEffect: split.volumeEffect,
    priceEffect: split.priceEffect,
    remainder: split.remainder,
    home: { ...home, price: p1 },
    peers: { ...peers, price: p0 },
  };
}
