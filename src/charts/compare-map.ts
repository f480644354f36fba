import * as Plot from "@observablehq/plot";
import type { BoundaryFeature } from "../data/load/boundaries.ts";
import type { MeasureRow } from "../data/schemas/measures.ts";
import { denominatorText, type Ranked } from "../data/transform/benchmarks.ts";
import type { Tile } from "../data/transform/tile-grid.ts";
import { formatNumber } from "../i18n/format.ts";
import { perCapitaDecimals } from "./compare-rank.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, COLOURS } from "./theme.ts";

/** Five light-to-dark blues (ColorBrewer Blues), readable in greyscale as light to dark. */
const CLASSES = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"];

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
  const cells = tiles.map((t) => {
    const r = byCode.get(t.code);
    const name = r?.municipality ?? names.get(t.code) ?? String(t.code);
    return {
      ...t,
      name,
      short: name.slice(0, 4),
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
  const tilePlot: Plot.PlotOptions = {
    width: cols * size + 20,
    height: rows * size + 20,
    margin: 10,
    style: { ...CHART_FONT, fontSize: "10px" },
    x: { axis: null, domain: [0, cols] },
    y: { axis: null, domain: [rows, 0] },
    marks: [
      Plot.rect(cells, {
        ...square,
        inset: 1.5,
        fill: (d: { cls: number }) => CLASSES[d.cls] ?? "white",
        stroke: COLOURS.other,
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
        fill: (d: { cls: number }) => (d.cls >= 3 ? "white" : COLOURS.ink),
        lineHeight: 1.1,
        ariaHidden: "true",
      }),
    ],
  };
  return {
    id,
    title: `${measure.label} ${unit} i landets kommuner, ${year}: ${homeName} i den ${["laveste", "næstlaveste", "midterste", "næsthøjeste", "højeste"][classOf.get(home) ?? 2]} femtedel`,
    subtitle: `${input.boundaries ? "Kommunerne med deres grænser." : "Hver firkant er en kommune, placeret omtrent hvor den ligger."} Lys til mørk: laveste til højeste femtedel. Tykt omrids: ${homeName}. Stiplet: sammenligningskommuner.`,
    plot: input.boundaries ? shapePlot(input.boundaries, classOf, home, peers) : tilePlot,
    alt: `Kort over ${input.boundaries ? "kommunerne" : `landets kommuner med en firkant for hver af ${ranked.length}`}, farvet efter ${measure.label.toLowerCase()} ${unit} i ${year}. ${homeName} ligger i den ${["laveste", "næstlaveste", "midterste", "næsthøjeste", "højeste"][classOf.get(home) ?? 2]} femtedel. Alle tal står i tabellen.`,
    table: {
      caption: `${measure.label} ${unit} pr. kommune, ${year}`,
      columns: [
        { key: "name", label: "Kommune", format: "text" },
        { key: "value", label: unit, format: decimals === 0 ? "number" : "decimal1" },
        { key: "quintile", label: "Femtedel (1 = laveste)", format: "number" },
      ],
      rows: [...cells]
        .sort((a, b) => a.name.localeCompare(b.name, "da"))
        .map((c) => ({
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

/** The same shading on the real boundaries: us outlined thick, the peers dashed, the rest in the table. */
function shapePlot(
  boundaries: readonly BoundaryFeature[],
  classOf: ReadonlyMap<number, number>,
  home: number,
  peers: readonly number[],
): Plot.PlotOptions {
  const features = boundaries.filter((f) => f.properties.kommunekode !== 411);
  // Validated on load (schemas in src/data/load/boundaries.ts); d3-geo's own GeoJSON type is stricter than zod's.
  const collection = { type: "FeatureCollection", features } as unknown as GeoJSON.FeatureCollection;
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
