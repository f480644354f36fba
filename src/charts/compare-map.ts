import * as Plot from "@observablehq/plot";
import { schemeBlues } from "d3-scale-chromatic";
import type { FeatureCollection } from "geojson";
import type { BoundaryFeature } from "../data/load/boundaries.ts";
import type { MeasureRow } from "../data/schemas/measures.ts";
import { denominatorText, type Ranked } from "../data/transform/benchmarks.ts";
import type { Tile } from "../data/transform/tile-grid.ts";
import { formatNumber } from "../i18n/format.ts";
import { perCapitaDecimals } from "./compare-rank.ts";
import { labelColourOn, uniqueShortNames } from "./labels.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, COLOURS } from "./theme.ts";
import { type Tip, tip } from "./tips.ts";

/**
 * Five light-to-dark blues (ColorBrewer Blues, from d3-scale-chromatic), readable in greyscale as
 * light to dark. The fourth is Blues-7's #2171b5, not Blues-5's #3182bd, on which neither white nor
 * black text reaches 4.5:1.
 */
const [b1, b2, b3, , b5] = schemeBlues[5] ?? [];
const CLASSES = [b1, b2, b3, schemeBlues[7]?.[5], b5].map((colour) => colour ?? COLOURS.ink);

/** Quintile class 0–4 of each value: the same number of municipalities in each shade. */
export function quintileClasses(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = [1, 2, 3, 4].map((q) => sorted[Math.floor((q * sorted.length) / 5)] ?? 0);
  return values.map((v) => cut.filter((c) => v >= c).length);
}

/**
 * A tile-grid map: one square per municipality, near its real place, shaded by quintile and
 * labelled with a short name and the value, so the map reads without colour too. No boundary
 * file is needed at view time.
 */
export function compareMapChart(input: {
  id: string;
  measure: MeasureRow;
  year: number;
  ranked: readonly Ranked[];
  tiles: readonly Tile[];
  names: readonly { code: number; municipality: string }[];
  /** Real boundaries (GeoJSON features with properties.kommunekode); without them, the tile grid. */
  boundaries?: readonly BoundaryFeature[] | undefined;
  home: number;
  peers: readonly number[];
  source: string;
  asOf: string;
}): ChartSpec {
  const { id, measure, year, ranked, tiles, home, peers, source, asOf } = input;
  const byCode = new Map(ranked.map((r) => [r.code, r]));
  const decimals = perCapitaDecimals(ranked.map((r) => r.perCapita));
  const classes = quintileClasses(ranked.map((r) => r.perCapita));
  const classOf = new Map(ranked.map((r, i) => [r.code, classes[i] ?? 0]));
  // A municipality without a published value keeps its tile, marked as withheld, so no gap in the map hides it.
  const names = new Map(input.names.map((m) => [m.code, m.municipality]));
  const tileNames = tiles.map((t) => byCode.get(t.code)?.municipality ?? names.get(t.code) ?? String(t.code));
  const shortNames = uniqueShortNames(tileNames);
  const cells = tiles.map((t, i) => {
    const r = byCode.get(t.code);
    const name = tileNames[i] ?? String(t.code);
    return {
      ...t,
      name,
      short: shortNames[i] ?? name,
      value: r?.perCapita,
      cls: r ? (classOf.get(t.code) ?? 0) : -1,
    };
  });
  const cols = Math.max(...tiles.map((t) => t.col)) + 1;
  const rows = Math.max(...tiles.map((t) => t.row)) + 1;
  const size = 46;
  const square = {
    x1: "col",
    x2: (d: { col: number }) => d.col + 1,
    y1: "row",
    y2: (d: { row: number }) => d.row + 1,
  };
  const unit = `${measure.unit === "kr" ? "kr. " : ""}${denominatorText(measure)}`;
  const homeName = byCode.get(home)?.municipality ?? "";
  const details = (code: number, name: string): Tip => {
    const value = byCode.get(code)?.perCapita;
    return {
      label: name,
      value: value === undefined ? "intet offentliggjort tal" : `${formatNumber(value, decimals)} ${unit}`,
      period: String(year),
      municipality: String(code),
    };
  };
  const sortedCells = [...cells].sort((a, b) => a.name.localeCompare(b.name, "da"));
  const legend = classLegend(cells, cols, rows, decimals);
  const tilePlot: Plot.PlotOptions = {
    width: cols * size + 20,
    height: (rows + LEGEND_ROWS) * size + 20,
    margin: 10,
    style: { ...CHART_FONT, fontSize: "10px" },
    x: { axis: null, domain: [0, cols] },
    y: { axis: null, domain: [rows + LEGEND_ROWS, 0] },
    marks: [
      ...legend,
      Plot.rect(cells, {
        ...square,
        inset: 1.5,
        fill: (d: { cls: number }) => CLASSES[d.cls] ?? "white",
        stroke: COLOURS.other,
        channels: { tip: tip((d: { code: number; name: string }) => details(d.code, d.name)) },
      }),
      Plot.rect(
        cells.filter((d) => peers.includes(d.code)),
        {
          ...square,
          inset: 2,
          fill: "none",
          stroke: COLOURS.ink,
          strokeWidth: 1.5,
          strokeDasharray: "3,2",
        },
      ),
      Plot.rect(
        cells.filter((d) => d.code === home),
        { ...square, inset: 2.5, fill: "none", stroke: COLOURS.ink, strokeWidth: 4 },
      ),
      Plot.text(cells, {
        x: (d: { col: number }) => d.col + 0.5,
        y: (d: { row: number }) => d.row + 0.5,
        text: (d: { short: string; value: number | undefined }) =>
          `${d.short}\n${d.value === undefined ? "skjult" : formatNumber(d.value, decimals)}`,
        fill: (d: { cls: number }) => labelColourOn(CLASSES[d.cls] ?? "#ffffff", "#ffffff", COLOURS.ink),
        lineHeight: 1.1,
        ariaHidden: "true",
      }),
    ],
  };
  return {
    id,
    title: `${measure.label} ${unit} i landets kommuner, ${year}: ${homeName} i den ${["laveste", "næstlaveste", "midterste", "næsthøjeste", "højeste"][classOf.get(home) ?? 2]} femtedel`,
    subtitle: `${input.boundaries ? "Kommunerne med deres grænser." : "Hver firkant er en kommune, placeret omtrent hvor den ligger."} Lys til mørk: laveste til højeste femtedel. Tykt omrids: ${homeName}. Stiplet: sammenligningskommuner.`,
    plot: input.boundaries
      ? shapePlot(input.boundaries, classOf, home, peers, (code) =>
          details(code, names.get(code) ?? String(code)),
        )
      : tilePlot,
    alt: `Kort over ${input.boundaries ? "kommunerne" : `landets kommuner med en firkant for hver af ${ranked.length}`}, farvet efter ${measure.label.toLowerCase()} ${unit} i ${year}. ${homeName} ligger i den ${["laveste", "næstlaveste", "midterste", "næsthøjeste", "højeste"][classOf.get(home) ?? 2]} femtedel. Alle tal står i tabellen.`,
    table: {
      caption: `${measure.label} ${unit} pr. kommune, ${year}`,
      columns: [
        { key: "name", label: "Kommune", format: "text" },
        { key: "value", label: unit, format: decimals === 0 ? "number" : "decimal1" },
        { key: "quintile", label: "Femtedel (1 = laveste)", format: "number" },
      ],
      keyRows: sortedCells.flatMap((c, i) => (c.code === home || peers.includes(c.code) ? [i] : [])),
      rows: sortedCells.map((c) => ({
        name: c.name,
        value:
          c.value === undefined
            ? "skjult"
            : decimals === 0
              ? Math.round(c.value)
              : Math.round(c.value * 10) / 10,
        quintile: c.value === undefined ? "–" : c.cls + 1,
      })),
    },
    source: input.boundaries
      ? `${source}. Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, DAGI`
      : `${source}. Kortets inddeling er projektets eget firkantkort ud fra DAGI's kommunepunkter`,
    definitions: [measure.definition],
    caveats: input.boundaries
      ? ["Store kommuner fylder meget på kortet, uanset hvor mange der bor i dem; tallene står i tabellen."]
      : ["Firkanterne er lige store, uanset kommunens areal og befolkning."],
    asOf,
  };
}

const LEGEND_ROWS = 1;

/** The key under the tiles: one swatch per class, labelled with the values it covers. */
function classLegend(
  cells: readonly { cls: number; value: number | undefined }[],
  cols: number,
  rows: number,
  decimals: number,
): Plot.Markish[] {
  const width = cols / CLASSES.length;
  const entries = CLASSES.map((fill, cls) => {
    const values = cells.flatMap((c) => (c.cls === cls && c.value !== undefined ? [c.value] : []));
    const range =
      values.length === 0
        ? "–"
        : `${formatNumber(Math.min(...values), decimals)}–${formatNumber(Math.max(...values), decimals)}`;
    return { fill, x1: cls * width, x2: (cls + 1) * width, label: range };
  });
  const y1 = rows + 0.35;
  const y2 = rows + 0.95;
  return [
    Plot.text(["Femtedele (lys = laveste):"], {
      x: 0,
      y: rows + 0.2,
      textAnchor: "start",
      fill: COLOURS.ink,
      fontWeight: "bold",
    }),
    Plot.rect(entries, {
      x1: "x1",
      x2: "x2",
      y1: () => y1,
      y2: () => y2,
      inset: 1.5,
      fill: "fill",
      stroke: COLOURS.other,
    }),
    Plot.text(entries, {
      x: (d: { x1: number; x2: number }) => (d.x1 + d.x2) / 2,
      y: (y1 + y2) / 2,
      text: "label",
      fill: (d: { fill: string }) => labelColourOn(d.fill, "#ffffff", COLOURS.ink),
    }),
  ];
}

/** The same shading on the real boundaries: us outlined thick, the peers dashed, the rest in the table. */
function shapePlot(
  boundaries: readonly BoundaryFeature[],
  classOf: ReadonlyMap<number, number>,
  home: number,
  peers: readonly number[],
  details: (code: number) => Tip,
): Plot.PlotOptions {
  const features = boundaries.filter((f) => f.properties.kommunekode !== 411);
  // Validated on load (schemas in src/data/load/boundaries.ts); d3-geo's own GeoJSON type is stricter than zod's.
  const collection = { type: "FeatureCollection", features } as unknown as FeatureCollection;
  const code = (f: BoundaryFeature) => f.properties.kommunekode;
  return {
    width: 640,
    height: 560,
    margin: 10,
    style: CHART_FONT,
    projection: { type: "transverse-mercator", rotate: [-11, -56], domain: collection },
    marks: [
      Plot.geo(features, {
        fill: (f: BoundaryFeature) => CLASSES[classOf.get(code(f)) ?? -1] ?? "white",
        stroke: "white",
        strokeWidth: 0.5,
        channels: { tip: tip((f: BoundaryFeature) => details(code(f))) },
      }),
      Plot.geo(
        features.filter((f) => peers.includes(code(f))),
        { fill: "none", stroke: COLOURS.ink, strokeWidth: 1.5, strokeDasharray: "3,2" },
      ),
      Plot.geo(
        features.filter((f) => code(f) === home),
        { fill: "none", stroke: COLOURS.ink, strokeWidth: 3 },
      ),
    ],
  };
}
