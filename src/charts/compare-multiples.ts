import * as Plot from "@observablehq/plot";
import { formatNumber } from "../i18n/format.ts";
import { levelWord } from "./compare-words.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface MultipleRow {
  label: string;
  /** Index: the middle municipality = 100. */
  home: number;
  peers: number;
  /** The lowest and highest peer, as indices. */
  peerMin: number;
  peerMax: number;
}

/**
 * One row per measure on a common scale (the country = 100): the peers' range as a grey line,
 * the peers together as a grey circle, us as an accent diamond.
 */
export function compareMultiplesChart(
  input: {
    id: string;
    homeName: string;
    year: number;
    rows: readonly MultipleRow[];
    source: string;
    asOf: string;
  },
  { width = CHART_WIDTH } = {},
): ChartSpec {
  const { id, homeName, year, rows, source, asOf } = input;
  const count = (pick: (r: MultipleRow) => string, word: string) =>
    rows.filter((r) => pick(r) === word).length;
  const vsPeers = (r: MultipleRow) => levelWord(Math.round(r.home), Math.round(r.peers));
  const vsCountry = (r: MultipleRow) => levelWord(Math.round(r.home), 100);
  const longest = Math.max(...rows.map((r) => r.label.length));
  return {
    id,
    title: `Af ${rows.length} nøgletal ligger ${homeName} over sammenligningskommunerne på ${count(vsPeers, "over")}, på niveau på ${count(vsPeers, "på niveau med")} og under på ${count(vsPeers, "under")}; over den midterste kommune på ${count(vsCountry, "over")}, på niveau på ${count(vsCountry, "på niveau med")} og under på ${count(vsCountry, "under")}`,
    subtitle: `Indeks, den midterste kommune = 100, ${year}. På niveau: under 5 % fra. Ruder: ${homeName}. Cirkler: den midterste sammenligningskommune. Grå linje: fra laveste til højeste sammenligningskommune.`,
    plot: {
      width,
      height: 50 + rows.length * 40,
      marginLeft: Math.min(300, 10 + longest * 7),
      marginRight: 40,
      style: CHART_FONT,
      x: {
        label: "Indeks (midterste kommune = 100)",
        grid: true,
        tickFormat: (d: number) => formatNumber(d),
      },
      y: { label: null, domain: rows.map((r) => r.label) },
      marks: [
        Plot.ruleX([100], { stroke: COLOURS.ink, strokeDasharray: "6,4" }),
        Plot.ruleY(rows, { y: "label", x1: "peerMin", x2: "peerMax", stroke: COLOURS.other, strokeWidth: 6 }),
        Plot.dot(rows, { y: "label", x: "peers", r: 6, fill: "white", stroke: COLOURS.ink, strokeWidth: 2 }),
        Plot.dot(rows, {
          y: "label",
          x: "home",
          r: 8,
          symbol: "diamond",
          fill: COLOURS.accent,
          stroke: COLOURS.ink,
        }),
      ],
    },
    alt: `Prikdiagram over ${rows.length} nøgletal som indeks (midterste kommune = 100). ${rows
      .map(
        (r) =>
          `${r.label}: ${homeName} ${formatNumber(r.home)}, sammenligningskommunerne ${formatNumber(r.peers)}.`,
      )
      .join(" ")}`,
    table: {
      caption: `Nøgletal som indeks, midterste kommune = 100, ${year}`,
      columns: [
        { key: "label", label: "Nøgletal", format: "text" },
        { key: "home", label: homeName, format: "number" },
        { key: "peers", label: "Sammenligningskommuner", format: "number" },
        { key: "peerMin", label: "Laveste sammenligningskommune", format: "number" },
        { key: "peerMax", label: "Højeste sammenligningskommune", format: "number" },
      ],
      rows: rows.map((r) => ({
        ...r,
        home: Math.round(r.home),
        peers: Math.round(r.peers),
        peerMin: Math.round(r.peerMin),
        peerMax: Math.round(r.peerMax),
      })),
    },
    source,
    definitions: [
      `Indeks = ${homeName}s tal ÷ den midterste kommunes tal × 100 (den midterste af alle 98 kommuner, fordi ikke alle kilder offentliggør et landstal).`,
      "Over eller under: mindst 5 % fra; ellers på niveau.",
    ],
    caveats: [],
    asOf,
  };
}
