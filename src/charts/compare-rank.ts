import * as Plot from "@observablehq/plot";
import type { MeasureRow } from "../data/schemas/measures.ts";
import { denominatorText, type Ranked } from "../data/transform/benchmarks.ts";
import { formatNumber } from "../i18n/format.ts";
import { fifthOf, LEAGUE_TABLE_WARNING, positionSentence, rankOrderText } from "./compare-words.ts";
import { countBasisText } from "./findings.ts";
import { stackLabels, textEms } from "./labels.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";
import { tip } from "./tips.ts";

export interface CompareInput {
  id: string;
  /** The home municipality's name: pages name it, never "os". */
  homeName: string;
  measure: MeasureRow;
  year: number;
  ranked: readonly Ranked[];
  home: number;
  peers: readonly number[];
  national: number;
  /** "Hele landet", or "Midterste kommune" where the source publishes no national figure. */
  nationalLabel?: string | undefined;
  /** The peers together, as on the trend chart; without it the middle peer is used. */
  peerRate?: number | undefined;
  source: string;
  caveats: string[];
  asOf: string;
}

/** Decimals that keep per-capita values readable: kr. whole, rates per 1.000 with one decimal. */
export function perCapitaDecimals(values: readonly number[]): number {
  const max = Math.max(...values.map(Math.abs), 0);
  return max >= 100 ? 0 : max >= 10 ? 1 : 2;
}

/**
 * All 98 municipalities sorted along the x axis: each a grey dot, the peers darker and named,
 * the home municipality in the accent colour and named, the national figure a dashed line.
 */
export function compareRankChart(input: CompareInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, homeName, measure, year, ranked, home, peers, peerRate, national, source, caveats, asOf } =
    input;
  const nationalLabel = input.nationalLabel ?? "Hele landet";
  const decimals = perCapitaDecimals(ranked.map((r) => r.perCapita));
  const role = (code: number) => (code === home ? "home" : peers.includes(code) ? "peer" : "other");
  const points = ranked.map((r, i) => ({ ...r, position: i + 1, role: role(r.code) }));
  const margin = { left: 60, right: 30 };
  const labelText = (d: { municipality: string; role: string }) => d.municipality;
  // Names sit level above their dot; neighbours that would collide stack (see stackLabels).
  const named = points.filter((p) => p.role !== "other");
  const levels = stackLabels(
    named.map((p) => ({
      x: margin.left + (p.position / (ranked.length + 1)) * (width - margin.left - margin.right),
      width: textEms(labelText(p)) * 13 * 1.1,
    })),
  );
  const labelled = named.map((p, i) => ({ ...p, level: levels[i] ?? 0 }));
  const unit = `${measure.unit === "kr" ? "kr. " : ""}${denominatorText(measure)}`;
  const rankTip = tip((d: { municipality: string; code: number; perCapita: number }) => ({
    label: d.municipality,
    value: `${formatNumber(d.perCapita, decimals)} ${unit}`,
    period: String(year),
    municipality: String(d.code),
  }));
  return {
    id,
    title: positionSentence(measure, ranked, home, peers, homeName, peerRate).replace(/\.$/, ""),
    subtitle: `${measure.label}${countBasisText(measure.definition) ? ` (${countBasisText(measure.definition)})` : ""}, ${unit}, ${year}. Alle ${ranked.length} kommuner sorteret (${rankOrderText(measure)}).`,
    plot: {
      width,
      height: 340,
      marginTop: 30,
      marginRight: margin.right,
      marginLeft: margin.left,
      style: CHART_FONT,
      // No rank numbers on the axis: the position in the distribution is what the title says.
      x: {
        label: `Kommunerne sorteret (${rankOrderText(measure)}) →`,
        domain: [0, ranked.length + 1],
        ticks: [],
      },
      y: { label: unit, grid: true, zero: true, tickFormat: (d: number) => formatNumber(d) },
      marks: [
        Plot.ruleY([national], { stroke: COLOURS.ink, strokeDasharray: "6,4" }),
        Plot.text([national], {
          y: (d: number) => d,
          frameAnchor: "left",
          dx: 4,
          dy: -8,
          text: () => `${nationalLabel}: ${formatNumber(national, decimals)}`,
          textAnchor: "start",
          fill: COLOURS.ink,
          ariaHidden: "true",
        }),
        Plot.dot(
          points.filter((p) => p.role === "other"),
          { x: "position", y: "perCapita", r: 3, fill: COLOURS.other, channels: { tip: rankTip } },
        ),
        Plot.dot(
          points.filter((p) => p.role === "peer"),
          {
            x: "position",
            y: "perCapita",
            r: 5,
            fill: COLOURS.peer,
            stroke: COLOURS.ink,
            channels: { tip: rankTip },
          },
        ),
        Plot.dot(
          points.filter((p) => p.role === "home"),
          {
            x: "position",
            y: "perCapita",
            r: 8,
            fill: COLOURS.accent,
            stroke: COLOURS.ink,
            symbol: "diamond",
            channels: { tip: rankTip },
          },
        ),
        ...[...new Set(labelled.map((p) => p.level))].map((level) =>
          Plot.text(
            labelled.filter((p) => p.level === level),
            {
              x: "position",
              y: "perCapita",
              text: labelText,
              textAnchor: "middle",
              dy: -12 - level * 15,
              fill: COLOURS.ink,
              fontWeight: "bold",
              ariaHidden: "true",
            },
          ),
        ),
      ],
    },
    alt: `Prikdiagram med alle ${ranked.length} kommuner sorteret efter ${measure.label.toLowerCase()} ${unit} i ${year}. ${positionSentence(measure, ranked, home, peers, homeName, peerRate)} ${nationalLabel}: ${formatNumber(national, decimals)}.`,
    table: {
      caption: `${measure.label} ${unit}, alle kommuner, ${year}`,
      columns: [
        { key: "municipality", label: "Kommune", format: "text" },
        { key: "fifth", label: "Femtedel (1 = laveste tal)", format: "number" },
        {
          key: "perCapita",
          label: `${measure.label} ${unit}`,
          format: decimals === 0 ? "number" : "decimal1",
        },
        { key: "group", label: "Gruppe", format: "text" },
      ],
      rows: points.map((p) => ({
        municipality: p.municipality,
        fifth:
          fifthOf(
            p.perCapita,
            ranked.map((r) => r.perCapita),
          ) + 1,
        perCapita: decimals === 0 ? Math.round(p.perCapita) : Math.round(p.perCapita * 10) / 10,
        group: p.role === "home" ? homeName : p.role === "peer" ? "Sammenligningskommune" : "",
      })),
      keyRows: points.flatMap((p, i) => (p.role === "home" || p.role === "peer" ? [i] : [])),
    },
    source,
    definitions: [
      measure.definition,
      `Tallet er divideret med antal ${denominatorText(measure).replace(/^pr\. /, "")} i kommunen.`,
    ],
    caveats: [LEAGUE_TABLE_WARNING, ...caveats],
    asOf,
  };
}
