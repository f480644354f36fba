import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { compareMapChart } from "../../src/charts/compare-map.ts";
import { compareTrendChart } from "../../src/charts/compare-trend.ts";
import {
  contrastRatio,
  labelColourOn,
  spreadLabels,
  stackLabels,
  textEms,
  uniqueShortNames,
} from "../../src/charts/labels.ts";
import { renderSvg } from "../../src/charts/render.ts";
import type { MeasureRow } from "../../src/data/schemas/measures.ts";
import { rank } from "../../src/data/transform/benchmarks.ts";
import { tileGrid } from "../../src/data/transform/tile-grid.ts";
import { snapshotSvg } from "./snapshot.ts";

describe("labelColourOn", () => {
  it("picks the label colour with at least 4.5:1 on every map shade", () => {
    for (const fill of ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5", "#08519c"]) {
      expect(contrastRatio(fill, labelColourOn(fill))).toBeGreaterThanOrEqual(4.5);
    }
  });
  it("puts dark text on a light fill and white text on a dark one", () => {
    expect(labelColourOn("#eff3ff")).toBe("#1a1a1a");
    expect(labelColourOn("#08519c")).toBe("#ffffff");
  });
});

describe("stackLabels", () => {
  it('lifts a label that would overlap its neighbour ("Kolding (os)" next to "Roskilde") a level up', () => {
    const width = (text: string) => textEms(text) * 13 * 1.1;
    const labels = [
      { x: 300, width: width("Kolding (os)") },
      { x: 320, width: width("Roskilde") },
      { x: 500, width: width("Vejle") },
    ];
    expect(stackLabels(labels)).toEqual([0, 1, 0]);
  });
  it("reuses the lowest level once it is free again", () => {
    expect(
      stackLabels([
        { x: 0, width: 50 },
        { x: 20, width: 50 },
        { x: 80, width: 50 },
      ]),
    ).toEqual([0, 1, 0]);
  });
});

describe("spreadLabels", () => {
  it("moves labels apart to the gap, keeping their order and their middle", () => {
    expect(spreadLabels([100, 104, 200], 16)).toEqual([94, 110, 200]);
  });
});

describe("compareTrendChart", () => {
  it('keeps the end labels of close lines apart ("Sammenligningskommuner" no longer over "Os")', () => {
    const spec = compareTrendChart({
      id: "udvikling",
      measure,
      homeName: "Kolding",
      points: [2021, 2022, 2023, 2024, 2025].map((year, i) => ({
        year,
        home: 9_300 + i * 40,
        peers: 9_320 + i * 39,
        national: 11_000 + i * 100,
      })),
      source: "Test",
      caveats: [],
      asOf: "2026-10-31",
    });
    const svg = renderSvg(spec.plot, { label: spec.title, describedBy: "udvikling-alt" });
    const { document } = parseHTML(`<body>${svg}</body>`);
    const y = (label: string) => {
      const text = [...document.querySelectorAll("text")].find((t) => t.textContent?.startsWith(label));
      const translateY = (element: Element | null | undefined) =>
        [...(element?.getAttribute("transform") ?? "").matchAll(/translate\([^,]+,([^)]+)\)/g)].reduce(
          (sum, match) => sum + Number(match[1]),
          0,
        );
      return translateY(text) + translateY(text?.parentElement);
    };
    expect(Math.abs(y("Os:") - y("Sammenligningskommuner:"))).toBeGreaterThanOrEqual(15.9);
    // The label moved inside carries its halo as a style: the HTML checker knows no paint-order or
    // font-variant attribute.
    expect(svg).toContain("paint-order:stroke");
    expect(svg).not.toMatch(/ (paint-order|font-variant)=/);
  });
});

describe("uniqueShortNames", () => {
  it("keeps four letters where they are unique and tells the five Fred… apart", () => {
    const names = ["Frederiksberg", "Frederikshavn", "Frederikssund", "Fredericia", "Fredensborg", "Kolding"];
    const short = uniqueShortNames(names);
    expect(short).toEqual(["Fr.berg", "Fr.havn", "Fr.sund", "Fr.icia", "Fr.borg", "Kold"]);
  });
  it("gives all 98 municipalities distinct labels", () => {
    const names = municipalities().map((m) => m.municipality);
    expect(new Set(uniqueShortNames(names)).size).toBe(98);
  });
});

function municipalities() {
  const [, ...lines] = readFileSync(
    join(import.meta.dirname, "../../data/reference/municipalities.csv"),
    "utf8",
  )
    .trim()
    .split("\n");
  return lines.map((line) => {
    const cells = line.split(",");
    return {
      code: Number(cells[0]),
      municipality: cells[1] ?? "",
      lon: Number(cells[8]),
      lat: Number(cells[9]),
    };
  });
}

const measure: MeasureRow = {
  id: "bm-udgift-hjemmepleje",
  label: "Udgifter til hjemmepleje",
  definition: "Nettodriftsudgifter til hjemmepleje.",
  unit: "kr",
  direction: "lower_better",
  source: "Test",
  area: "aeldre",
  frequency: "year",
  counts_people: false,
  denominator: "65+",
  per: 1,
  target: undefined,
  target_label: undefined,
};

describe("compareMapChart on the tile grid", () => {
  it("labels every tile uniquely, colours labels by contrast and keys each shade with its values", async () => {
    const all = municipalities();
    const values = all.map((m, i) => ({
      code: m.code,
      municipality: m.municipality,
      year: 2025,
      value: 0,
      population: 1,
      perCapita: 10_000 + ((i * 37) % 98) * 150,
    }));
    const spec = compareMapChart({
      id: "kort",
      measure,
      year: 2025,
      ranked: rank(values, "lower_better"),
      tiles: tileGrid(all),
      names: all,
      home: 621,
      peers: [657, 615],
      source: "Test",
      asOf: "2026-10-31",
    });
    const svg = renderSvg(spec.plot, { label: spec.title, describedBy: "kort-alt" });
    const labels = [...svg.matchAll(/<tspan[^>]*>([^<]+)<\/tspan>/g)].map((m) => m[1]);
    const fred = labels.filter((label) => label?.startsWith("Fr"));
    expect(new Set(fred).size).toBe(fred.length);
    expect(svg).not.toContain(">Fred<");
    expect(svg).toContain("Femtedele (lys = laveste):");
    expect(svg).toMatch(/>10\.000–12\.\d{3}</);
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/compare-map-tiles.svg");
  });
});
