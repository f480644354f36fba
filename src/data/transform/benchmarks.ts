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
  /** The figure as published (e.g. kr. per inhabitant, per 1.000 aged 0–17). */
  value: number;
  /** The same figure: published per capita, never divided again here. */
  perCapita: number;
}

/**
 * The published per-capita figures of one measure for the municipalities in the reference table.
 * The national row (code 0) is not a municipality and is left out; see nationalFigure.
 */
export function normalise(
  rows: readonly BenchmarkRow[],
  municipalities: readonly MunicipalityRow[],
  measure: MeasureRow,
): NormalisedValue[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  return rows.flatMap((row) => {
    const m = byCode.get(row.municipality_code);
    if (!m || row.measure_id !== measure.id) return [];
    return [
      { code: m.code, municipality: m.municipality, year: row.year, value: row.value, perCapita: row.value },
    ];
  });
}

/** The middle value (the median): of an even count, the mean of the two middle ones. */
export function middle(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half] : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
}

export const NATIONAL_LABEL = "Hele landet";
export const MEDIAN_LABEL = "Midterste kommune";

/**
 * The country's figure for a year: the national row as the source publishes it (DST's "Hele
 * landet"), or, where the source publishes none, the middle municipality, named as such.
 */
export function nationalFigure(
  rows: readonly BenchmarkRow[],
  measureId: string,
  year: number,
  municipalValues: readonly number[],
): { value: number; label: string; published: boolean } {
  const row = rows.find((r) => r.measure_id === measureId && r.year === year && r.municipality_code === 0);
  if (row) return { value: row.value, label: NATIONAL_LABEL, published: true };
  return { value: middle(municipalValues) ?? 0, label: MEDIAN_LABEL, published: false };
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
