import * as Plot from "@observablehq/plot";
import type { MeasureRow } from "../data/schemas/measures.ts";
import { denominatorText } from "../data/transform/benchmarks.ts";
import { formatNumber, formatPercent } from "../i18n/format.ts";
import { perCapitaDecimals } from "./compare-rank.ts";
import { countBasisText } from "./findings.ts";
import { spreadLabels } from "./labels.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface TrendPoint {
  year: number;
  home: number | undefined;
  peers: number;
  national: number;
}

type Series = "Os" | "Sammenligningskommuner" | "Hele landet";

/** Our per-capita figure over the years against the peers' and the country's. */
export function compareTrendChart(
  input: {
    id: string;
    measure: MeasureRow;
    homeName: string;
    points: readonly TrendPoint[];
    source: string;
    caveats: string[];
    asOf: string;
    /** "Hele landet", or "Midterste kommune" where the source publishes no national figure. */
    nationalLabel?: string | undefined;
  },
  { width = CHART_WIDTH } = {},
): ChartSpec {
  const { id, measure, homeName, points, source, caveats, asOf } = input;
  const nationalLabel = input.nationalLabel ?? "Hele landet";
  const shown = (series: Series) => (series === "Hele landet" ? nationalLabel : series);
  const long = points.flatMap((p) => [
    ...(p.home === undefined ? [] : [{ year: p.year, series: "Os" as Series, value: p.home }]),
    { year: p.year, series: "Sammenligningskommuner" as Series, value: p.peers },
    { year: p.year, series: "Hele landet" as Series, value: p.national },
  ]);
  const decimals = perCapitaDecimals(long.map((d) => d.value));
  const style: Record<Series, { stroke: string; dash: string; width: number }> = {
    Os: { stroke: COLOURS.accent, dash: "none", width: 3 },
    Sammenligningskommuner: { stroke: COLOURS.ink, dash: "6,4", width: 2 },
    "Hele landet": { stroke: COLOURS.peer, dash: "2,3", width: 2 },
  };
  const first = points[0];
  const last = points.at(-1);
  // The three end labels are moved apart where the lines end close together (Plot's y scale is
  // the extent of the values between the margins; the labels need 16 px each).
  const frame = { top: 30, bottom: 30, height: 300 };
  const [low = 0, high = 1] = [Math.min(...long.map((d) => d.value)), Math.max(...long.map((d) => d.value))];
  const yPixel = (v: number) =>
    frame.top + (1 - (v - low) / (high - low || 1)) * (frame.height - frame.top - frame.bottom);
  const ends = (Object.keys(style) as Series[]).flatMap((s) => long.filter((d) => d.series === s).slice(-1));
  const spread = spreadLabels(
    ends.map((d) => yPixel(d.value)),
    16,
  );
  const endLabels = ends.map((d, i) => ({
    ...d,
    dy: Math.round(((spread[i] ?? 0) - yPixel(d.value)) * 10) / 10,
  }));
  const unit = `${measure.unit === "kr" ? "kr. " : ""}${denominatorText(measure)}`;
  return {
    id,
    title: trendTitle(homeName, first, last),
    subtitle: `${measure.label}${countBasisText(measure.definition) ? ` (${countBasisText(measure.definition)})` : ""}, ${unit}. Sammenligningskommunerne: den midterste af dem (medianen).`,
    plot: {
      width,
      height: frame.height,
      marginTop: frame.top,
      marginBottom: frame.bottom,
      marginRight: 190,
      marginLeft: 60,
      style: CHART_FONT,
      x: { label: null, ticks: points.length, tickFormat: (d: number) => String(d) },
      y: { label: unit, grid: true, tickFormat: (d: number) => formatNumber(d) },
      marks: [
        ...(Object.keys(style) as Series[]).map((series) =>
          Plot.line(
            long.filter((d) => d.series === series),
            {
              x: "year",
              y: "value",
              stroke: style[series].stroke,
              strokeDasharray: style[series].dash,
              strokeWidth: style[series].width,
            },
          ),
        ),
        Plot.dot(
          long.filter((d) => d.series === "Os"),
          { x: "year", y: "value", fill: COLOURS.accent, r: 4 },
        ),
        ...endLabels.map((label) =>
          Plot.text([label], {
            x: "year",
            y: "value",
            text: (d: { series: Series; value: number }) =>
              `${shown(d.series)}: ${formatNumber(d.value, decimals)}`,
            textAnchor: "start",
            dx: 8,
            dy: label.dy,
            fill: COLOURS.ink,
            ariaHidden: "true",
          }),
        ),
      ],
    },
    alt: `Linjediagram over ${measure.label.toLowerCase()} ${unit} fra ${first?.year} til ${last?.year} for ${homeName}, sammenligningskommunerne og ${nationalLabel.toLowerCase()}. ${points
      .map(
        (p) =>
          `${p.year}: ${homeName} ${p.home === undefined ? "–" : formatNumber(p.home, decimals)}, sammenligningskommuner ${formatNumber(p.peers, decimals)}, ${nationalLabel.toLowerCase()} ${formatNumber(p.national, decimals)}.`,
      )
      .join(" ")}`,
    table: {
      caption: `${measure.label} ${unit}, ${first?.year}–${last?.year}`,
      columns: [
        { key: "year", label: "År", format: "text" },
        { key: "home", label: homeName, format: decimals === 0 ? "number" : "decimal1" },
        { key: "peers", label: "Sammenligningskommuner", format: decimals === 0 ? "number" : "decimal1" },
        { key: "national", label: nationalLabel, format: decimals === 0 ? "number" : "decimal1" },
      ],
      rows: points.map((p) => ({
        year: String(p.year),
        home: p.home ?? null,
        peers: p.peers,
        national: p.national,
      })),
    },
    source,
    definitions: [measure.definition],
    caveats,
    asOf,
  };
}

function trendTitle(homeName: string, first: TrendPoint | undefined, last: TrendPoint | undefined): string {
  if (!first || !last || first.home === undefined || last.home === undefined)
    return `${homeName} sammenlignet over tid`;
  const gapThen = first.home / first.peers - 1;
  const gapNow = last.home / last.peers - 1;
  const side = (gap: number) => (gap >= 0 ? "over" : "under");
  const movement =
    Math.abs(gapNow) < Math.abs(gapThen) - 0.01
      ? "tættere på"
      : Math.abs(gapNow) > Math.abs(gapThen) + 0.01
        ? "længere fra"
        : "lige så langt fra";
  const than = movement === "lige så langt fra" ? "som" : "end";
  return `${homeName} ligger ${formatPercent(Math.abs(gapNow))} ${side(gapNow)} sammenligningskommunerne i ${last.year} – ${movement} dem ${than} i ${first.year}`;
}
