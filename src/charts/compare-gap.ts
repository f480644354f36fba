import * as Plot from "@observablehq/plot";
import type { MeasureRow } from "../data/schemas/measures.ts";
import { denominatorText, type GapDecomposition } from "../data/transform/benchmarks.ts";
import { formatKr, formatNumber } from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface GapInput {
  id: string;
  spendMeasure: MeasureRow;
  volumeMeasure: MeasureRow;
  homeName: string;
  year: number;
  decomposition: GapDecomposition;
  volumeLabel: string;
  unitLabel: string;
  source: string;
  asOf: string;
}

/** The gap to the peers split into "more citizens" and "higher cost per citizen", one bar each. */
export function compareGapChart(input: GapInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, spendMeasure, homeName, year, decomposition: d, volumeLabel, unitLabel, source, asOf } = input;
  const unit = `kr. ${denominatorText(spendMeasure)}`;
  const bars = [
    { part: "Forskel i alt", value: d.gap },
    { part: `Mængde: ${volumeLabel.replace(/^flere /, "")}`, value: d.volumeEffect },
    { part: `Pris: ${unitLabel}`, value: d.priceEffect },
  ];
  const sentences = gapSentences(input);
  return {
    id,
    title: sentences[0] ?? "",
    subtitle: `${spendMeasure.label}, ${unit}, ${year}: forskellen til sammenligningskommunerne delt i mængde og pris.`,
    plot: {
      width,
      height: 190,
      marginLeft: 290,
      marginRight: 110,
      style: CHART_FONT,
      x: { label: unit, grid: true, tickFormat: (v: number) => formatNumber(v) },
      y: { label: null, domain: bars.map((b) => b.part) },
      marks: [
        Plot.barX(bars, {
          y: "part",
          x: "value",
          fill: (b: { part: string }) => (b.part === "Forskel i alt" ? COLOURS.ink : COLOURS.accent),
          insetTop: 6,
          insetBottom: 6,
        }),
        Plot.ruleX([0], { stroke: COLOURS.ink }),
        Plot.text(bars, {
          y: "part",
          x: (b: { value: number }) => Math.max(0, b.value),
          text: (b: { value: number }) =>
            `${b.value >= 0 ? "+" : "−"}${formatKr(Math.round(Math.abs(b.value)))}`,
          textAnchor: "start",
          dx: 6,
          fill: COLOURS.ink,
          ariaHidden: "true",
        }),
      ],
    },
    alt: `Søjlediagram: ${sentences.join(" ")}`,
    table: {
      caption: `Forskel til sammenligningskommunerne i ${spendMeasure.label.toLowerCase()}, ${year}`,
      columns: [
        { key: "what", label: "Nøgletal", format: "text" },
        { key: "home", label: homeName, format: "number" },
        { key: "peers", label: "Sammenligningskommuner", format: "number" },
      ],
      rows: [
        { what: `Udgift ${unit}`, home: Math.round(d.home.spend), peers: Math.round(d.peers.spend) },
        {
          what: `${input.volumeMeasure.label} ${denominatorText(input.volumeMeasure)}`,
          home: round(d.home.volume * (input.volumeMeasure.per ?? 1)),
          peers: round(d.peers.volume * (input.volumeMeasure.per ?? 1)),
        },
        { what: `Udgift pr. enhed (kr.)`, home: Math.round(d.home.price), peers: Math.round(d.peers.price) },
      ],
    },
    source,
    definitions: [
      "Udgift pr. indbygger i gruppen = mængde pr. indbygger × udgift pr. enhed. Forskellen deles symmetrisk: mængdedelen er forskellen i mængde ganget med gennemsnittet af de to priser, prisdelen forskellen i pris ganget med gennemsnittet af de to mængder. De to dele giver tilsammen hele forskellen.",
    ],
    caveats: [
      "Delingen viser, hvor forskellen sidder, ikke hvorfor: flere anbringelser kan fx skyldes flere børn med store behov.",
    ],
    asOf,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** One sentence for the gap, one for each part. */
export function gapSentences({
  decomposition: d,
  homeName,
  volumeLabel,
  unitLabel,
  spendMeasure,
}: GapInput): string[] {
  const say = (v: number) => formatKr(Math.round(Math.abs(v)));
  const more = d.gap >= 0 ? "mere" : "mindre";
  return [
    `${homeName} bruger ${say(d.gap)} ${more} ${denominatorText(spendMeasure)} end sammenligningskommunerne`,
    `${say(d.volumeEffect)} ${d.volumeEffect >= 0 ? "mere" : "mindre"} skyldes ${d.volumeEffect >= 0 ? volumeLabel : volumeLabel.replace(/^flere/, "færre")}.`,
    `${say(d.priceEffect)} ${d.priceEffect >= 0 ? "mere" : "mindre"} skyldes ${d.priceEffect >= 0 ? "højere" : "lavere"} ${unitLabel}.`,
  ];
}
