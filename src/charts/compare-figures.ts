import type { Dataset } from "../data/load/dataset.ts";
import { needsPrimarySuppression } from "../data/privacy/suppress.ts";
import type { MeasureRow } from "../data/schemas/measures.ts";
import {
  decomposeGap,
  type NormalisedValue,
  nationalRate,
  nearestPeers,
  normalise,
  type Peer,
  type PopulationGroup,
  type Ranked,
  rank,
} from "../data/transform/benchmarks.ts";
import { tileGrid } from "../data/transform/tile-grid.ts";
import { compareGapChart } from "./compare-gap.ts";
import { compareMapChart } from "./compare-map.ts";
import { compareMultiplesChart, type MultipleRow } from "./compare-multiples.ts";
import { compareRankChart } from "./compare-rank.ts";
import { compareTrendChart } from "./compare-trend.ts";
import type { ChartSpec } from "./spec.ts";

/** Measures with benchmark rows, in catalogue order. */
export function benchmarkMeasures(data: Dataset): MeasureRow[] {
  const ids = new Set(data.benchmarks.map((b) => b.measure_id));
  return data.measures.filter((m) => ids.has(m.id));
}

export interface PeerGroup {
  areaId: string;
  peers: Peer[];
  /** True when the site config names the peers instead of the computed choice. */
  fixed: boolean;
}

/** The peer group for a measure's area: configured, or the nearest municipalities by structure. */
export function peerGroup(data: Dataset, areaId: string): PeerGroup {
  const { site, municipalities } = data;
  const area = site.areas.find((a) => a.id === areaId);
  const group: PopulationGroup = area?.population ?? "total";
  const computed = nearestPeers(municipalities, site.municipalityCode, group, municipalities.length);
  const fixed = site.comparison.peers[areaId];
  if (fixed && fixed.length > 0) {
    return { areaId, fixed: true, peers: computed.filter((p) => fixed.includes(p.code)) };
  }
  return { areaId, fixed: false, peers: computed.slice(0, site.comparison.peerCount) };
}

export interface Comparison {
  measure: MeasureRow;
  /** Municipalities left out because their count is under the threshold (only for counts of people). */
  withheld: string[];
  year: number;
  ranked: Ranked[];
  national: number;
  peers: PeerGroup;
  homeName: string;
  /** Per-capita rate of the peers taken together (their totals ÷ their population). */
  peerRate: number;
}

function caveatsFor(data: Dataset): string[] {
  const year = data.municipalities[0]?.population_year;
  return [
    `Tallene er divideret med befolkningen pr. 1. januar ${year} fra referencetabellen; befolkningens udvikling siden er ikke med.`,
  ];
}

/**
 * Per-capita values that may be published. A rate for a small count of people would reveal the
 * count (rate × population), so such municipalities are left out, and every total, average and
 * rank is computed from the published values only: nothing can be recovered by subtraction.
 */
export function publishedValues(
  data: Dataset,
  measure: MeasureRow,
): { values: NormalisedValue[]; withheld: NormalisedValue[] } {
  const all = normalise(data.benchmarks, data.municipalities, measure);
  const hidden = (v: NormalisedValue) =>
    measure.counts_people && needsPrimarySuppression(v.value, data.threshold);
  return { values: all.filter((v) => !hidden(v)), withheld: all.filter(hidden) };
}

export function comparisonFor(data: Dataset, measure: MeasureRow, year?: number): Comparison {
  const published = publishedValues(data, measure);
  const values = published.values;
  const latest = year ?? Math.max(...values.map((v) => v.year));
  const inYear = values.filter((v) => v.year === latest);
  const per = measure.per ?? 1;
  const peers = peerGroup(data, measure.area ?? data.site.areas[0]?.id ?? "");
  const peerValues = inYear.filter((v) => peers.peers.some((p) => p.code === v.code));
  return {
    measure,
    withheld: published.withheld.filter((v) => v.year === latest).map((v) => v.municipality),
    year: latest,
    ranked: rank(inYear, measure.direction),
    national: nationalRate(inYear, per),
    peers,
    homeName: data.municipalities.find((m) => m.code === data.site.municipalityCode)?.municipality ?? "",
    peerRate: nationalRate(peerValues, per),
  };
}

/** The figures on one measure's comparison page. */
export function measureComparisonFigures(data: Dataset, measure: MeasureRow): ChartSpec[] {
  const c = comparisonFor(data, measure);
  const [rankFigure, mapFigure] = rankAndMap(data, measure, c, "");
  return [
    ...(rankFigure ? [rankFigure] : []),
    compareTrendChart({
      measure,
      source: measure.source,
      asOf: `${c.year}-12-31`,
      id: `${measure.id}-udvikling`,
      homeName: c.homeName,
      points: trendPoints(data, measure, c),
      caveats: caveatsFor(data),
    }),
    ...(mapFigure ? [mapFigure] : []),
    ...gapFigures(data, measure, c),
  ];
}

/**
 * The ranking and the map for each earlier year, pre-rendered so the reader can choose the year
 * (src/scripts/variants.ts swaps them): ids end in the year. The latest year's are on the page.
 */
export function comparisonYearVariants(
  data: Dataset,
  measure: MeasureRow,
): { year: number; figures: ChartSpec[] }[] {
  const latest = comparisonFor(data, measure).year;
  const years = [...new Set(publishedValues(data, measure).values.map((v) => v.year))]
    .filter((year) => year < latest)
    .sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    figures: rankAndMap(data, measure, comparisonFor(data, measure, year), `-${year}`),
  }));
}

function trendPoints(data: Dataset, measure: MeasureRow, c: Comparison) {
  const home = data.site.municipalityCode;
  const peerCodes = c.peers.peers.map((p) => p.code);
  const values = publishedValues(data, measure).values;
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  const per = measure.per ?? 1;
  return years.map((year) => {
    const inYear = values.filter((v) => v.year === year);
    return {
      year,
      home: inYear.find((v) => v.code === home)?.perCapita,
      peers: nationalRate(
        inYear.filter((v) => peerCodes.includes(v.code)),
        per,
      ),
      national: nationalRate(inYear, per),
    };
  });
}

function rankAndMap(data: Dataset, measure: MeasureRow, c: Comparison, suffix: string): ChartSpec[] {
  const home = data.site.municipalityCode;
  const peerCodes = c.peers.peers.map((p) => p.code);
  const common = { measure, source: measure.source, asOf: `${c.year}-12-31` };
  const withheldNote =
    c.withheld.length === 0
      ? []
      : [
          `${c.withheld.length} kommuner har under ${data.threshold} i ${c.year} og er ikke med, hverken i placeringen, landstallet eller sammenligningen: ${c.withheld.join(", ")}.`,
        ];
  return [
    compareRankChart({
      ...common,
      id: `${measure.id}-placering${suffix}`,
      homeName: c.homeName,
      year: c.year,
      ranked: c.ranked,
      home,
      peers: peerCodes,
      peerRate: c.peerRate,
      national: c.national,
      caveats: [...caveatsFor(data), ...withheldNote],
    }),
    compareMapChart({
      ...common,
      id: `${measure.id}-kort${suffix}`,
      year: c.year,
      ranked: c.ranked,
      tiles: tileGrid(data.municipalities),
      names: data.municipalities,
      boundaries: data.boundaries,
      home,
      peers: peerCodes,
    }),
  ];
}

function gapFigures(data: Dataset, measure: MeasureRow, c: Comparison): ChartSpec[] {
  const config = data.site.comparison.decompositions.find((d) => d.spend === measure.id);
  const volumeMeasure = config && data.measures.find((m) => m.id === config.volume);
  if (!config || !volumeMeasure) return [];
  const volume = comparisonFor(data, volumeMeasure, c.year);
  const homeVolume = volume.ranked.find((r) => r.code === data.site.municipalityCode);
  const homeSpend = c.ranked.find((r) => r.code === data.site.municipalityCode);
  if (!homeVolume || !homeSpend) return [];
  // Volume per person in the group (not per 1.000), so volume × price = spend per person.
  const perVolume = volumeMeasure.per ?? 1;
  const peerCodes = c.peers.peers.map((p) => p.code);
  const peerVolume = nationalRate(
    publishedValues(data, volumeMeasure).values.filter(
      (v) => v.year === c.year && peerCodes.includes(v.code),
    ),
    1,
  );
  const decomposition = decomposeGap(
    { spend: homeSpend.perCapita, volume: homeVolume.perCapita / perVolume },
    { spend: c.peerRate, volume: peerVolume },
  );
  return [
    compareGapChart({
      id: `${measure.id}-forskel`,
      spendMeasure: measure,
      volumeMeasure,
      homeName: c.homeName,
      year: c.year,
      decomposition,
      volumeLabel: config.volumeLabel,
      unitLabel: config.unitLabel,
      source: measure.source,
      asOf: `${c.year}-12-31`,
    }),
  ];
}

/** The overview: every benchmark measure as an index against the country. */
export function comparisonOverviewFigure(data: Dataset): ChartSpec {
  const rows: MultipleRow[] = benchmarkMeasures(data).map((measure) => {
    const c = comparisonFor(data, measure);
    const index = (v: number) => (c.national === 0 ? 0 : (100 * v) / c.national);
    const peerValues = c.ranked
      .filter((r) => c.peers.peers.some((p) => p.code === r.code))
      .map((r) => index(r.perCapita));
    const home = c.ranked.find((r) => r.code === data.site.municipalityCode)?.perCapita ?? 0;
    return {
      label: measure.label,
      home: index(home),
      peers: index(c.peerRate),
      peerMin: Math.min(...peerValues),
      peerMax: Math.max(...peerValues),
    };
  });
  const first = benchmarkMeasures(data)[0];
  const c = first ? comparisonFor(data, first) : undefined;
  return compareMultiplesChart({
    id: "sammenlign-oversigt",
    homeName: c?.homeName ?? "",
    year: c?.year ?? data.site.fiscalYear,
    rows,
    source: first?.source ?? data.site.source,
    asOf: `${c?.year ?? data.site.fiscalYear - 1}-12-31`,
  });
}
