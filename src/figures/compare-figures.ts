import { compareGapChart } from "../charts/compare-gap.ts";
import { compareMapChart } from "../charts/compare-map.ts";
import { compareMultiplesChart, type MultipleRow } from "../charts/compare-multiples.ts";
import { compareRankChart } from "../charts/compare-rank.ts";
import { compareTrendChart } from "../charts/compare-trend.ts";
import type { ChartSpec } from "../charts/spec.ts";
import type { Dataset } from "../data/load/dataset.ts";
import { needsPrimarySuppression } from "../data/privacy/suppress.ts";
import { caveatsOf } from "../data/public/catalogue.ts";
import type { MeasureRow } from "../data/schemas/measures.ts";
import {
  decomposeGap,
  middle,
  type NormalisedValue,
  nationalFigure,
  normalise,
  type Ranked,
  rank,
} from "../data/transform/benchmarks.ts";
import { defaultPeerGroup, type PeerGroup, peerGroups } from "../data/transform/peer-groups.ts";
import { tileGrid } from "../data/transform/tile-grid.ts";

/** Measures with benchmark rows, in catalogue order. */
export function benchmarkMeasures(data: Dataset): MeasureRow[] {
  const ids = new Set(data.benchmarks.map((b) => b.measure_id));
  return data.measures.filter((m) => ids.has(m.id));
}

export type { PeerGroup } from "../data/transform/peer-groups.ts";

/** The peer group the pages use unless a variant names another (site.json comparison.defaultPeerGroup). */
export function peerGroup(data: Dataset, _areaId?: string): PeerGroup {
  return defaultPeerGroup(data);
}

export interface Comparison {
  measure: MeasureRow;
  /** Municipalities left out because their count is under the threshold (only for counts of people). */
  withheld: string[];
  year: number;
  ranked: Ranked[];
  national: number;
  /** "Hele landet" where the source publishes a national figure, else "Midterste kommune". */
  nationalLabel: string;
  peers: PeerGroup;
  homeName: string;
  /** The middle peer's figure (the median of the group). */
  peerRate: number;
}

/** The source's reservations for a measure, shown with every figure of it. */
function caveatsFor(data: Dataset, measure: MeasureRow): string[] {
  return caveatsOf(data.publicQueries, measure.id);
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

export function comparisonFor(
  data: Dataset,
  measure: MeasureRow,
  year?: number,
  group: PeerGroup = defaultPeerGroup(data),
): Comparison {
  const published = publishedValues(data, measure);
  const values = published.values;
  const latest = year ?? Math.max(...values.map((v) => v.year));
  const inYear = values.filter((v) => v.year === latest);
  const peerValues = inYear.filter((v) => group.peers.some((p) => p.code === v.code));
  const national = nationalFigure(
    data.benchmarks,
    measure.id,
    latest,
    inYear.map((v) => v.perCapita),
  );
  return {
    measure,
    withheld: published.withheld.filter((v) => v.year === latest).map((v) => v.municipality),
    year: latest,
    ranked: rank(inYear, measure.direction),
    national: national.value,
    nationalLabel: national.label,
    peers: group,
    homeName: data.municipalities.find((m) => m.code === data.site.municipalityCode)?.municipality ?? "",
    peerRate: middle(peerValues.map((v) => v.perCapita)) ?? 0,
  };
}

/** The figures on one measure's comparison page. */
export function measureComparisonFigures(
  data: Dataset,
  measure: MeasureRow,
  group: PeerGroup = defaultPeerGroup(data),
): ChartSpec[] {
  const c = comparisonFor(data, measure, undefined, group);
  // Figures of a non-default group get their own ids (and CSV files).
  const suffix = group.id === defaultPeerGroup(data).id ? "" : `-${group.id}`;
  const [rankFigure, mapFigure] = rankAndMap(data, measure, c, suffix);
  return [
    ...(rankFigure ? [rankFigure] : []),
    compareTrendChart({
      measure,
      source: measure.source,
      asOf: `${c.year}-12-31`,
      nationalLabel: c.nationalLabel,
      id: `${measure.id}-udvikling${suffix}`,
      homeName: c.homeName,
      points: trendPoints(data, measure, c),
      caveats: caveatsFor(data, measure),
    }),
    ...(mapFigure ? [mapFigure] : []),
    ...(suffix === "" ? gapFigures(data, measure, c) : []),
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
  return years.map((year) => {
    const inYear = values.filter((v) => v.year === year);
    return {
      year,
      home: inYear.find((v) => v.code === home)?.perCapita,
      peers: middle(inYear.filter((v) => peerCodes.includes(v.code)).map((v) => v.perCapita)) ?? 0,
      national: nationalFigure(
        data.benchmarks,
        measure.id,
        year,
        inYear.map((v) => v.perCapita),
      ).value,
    };
  });
}

function rankAndMap(data: Dataset, measure: MeasureRow, c: Comparison, suffix: string): ChartSpec[] {
  const home = data.site.municipalityCode;
  const peerCodes = c.peers.peers.map((p) => p.code);
  const common = { measure, source: measure.source, asOf: `${c.year}-12-31`, nationalLabel: c.nationalLabel };
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
      national: c.national,
      caveats: [...caveatsFor(data, measure), ...withheldNote],
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
  const volume = comparisonFor(data, volumeMeasure, c.year, c.peers);
  const homeVolume = volume.ranked.find((r) => r.code === data.site.municipalityCode);
  const homeSpend = c.ranked.find((r) => r.code === data.site.municipalityCode);
  if (!homeVolume || !homeSpend) return [];
  // Volume per person in the group (not per 1.000), so volume × price = spend per person.
  const perVolume = volumeMeasure.per ?? 1;
  const peerCodes = c.peers.peers.map((p) => p.code);
  const peerVolume =
    (middle(
      publishedValues(data, volumeMeasure)
        .values.filter((v) => v.year === c.year && peerCodes.includes(v.code))
        .map((v) => v.perCapita),
    ) ?? 0) / perVolume;
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

/** The overview: every benchmark measure as an index against the middle municipality (= 100). */
export function comparisonOverviewFigure(data: Dataset): ChartSpec {
  const rows: MultipleRow[] = benchmarkMeasures(data).map((measure) => {
    const c = comparisonFor(data, measure);
    // The middle municipality, not the country: not every source publishes a national figure.
    const base = middle(c.ranked.map((r) => r.perCapita)) ?? 0;
    const index = (v: number) => (base === 0 ? 0 : (100 * v) / base);
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
    source: [...new Set(benchmarkMeasures(data).map((m) => m.source))].join("; ") || data.site.source,
    asOf: `${c?.year ?? data.site.fiscalYear - 1}-12-31`,
  });
}

export interface GroupPosition {
  group: PeerGroup;
  /** The group's middle figure (median of the members, the home municipality not included). */
  median: number;
  home: number | undefined;
  /** home ÷ median − 1; undefined when the home figure or the median is missing or 0. */
  difference: number | undefined;
  /** 1-based place among the members and the home municipality, in the measure's rank order. */
  rank: number | undefined;
  of: number;
}

/** How the home municipality's position reads against each peer group, for one measure's latest year. */
export function positionByGroup(data: Dataset, measure: MeasureRow): GroupPosition[] {
  const home = data.site.municipalityCode;
  return peerGroups(data).map((group) => {
    const c = comparisonFor(data, measure, undefined, group);
    const members = new Set([home, ...group.peers.map((p) => p.code)]);
    const inGroup = rank(
      c.ranked.filter((r) => members.has(r.code)),
      measure.direction,
    );
    const us = inGroup.find((r) => r.code === home);
    return {
      group,
      median: c.peerRate,
      home: us?.perCapita,
      difference: us && c.peerRate !== 0 ? us.perCapita / c.peerRate - 1 : undefined,
      rank: us?.rank,
      of: inGroup.length,
    };
  });
}
