import { compareGapChart } from "../../src/charts/compare-gap.ts";
import type { ChartSpec } from "../../src/charts/spec.ts";
import { type Dataset, loadDataset } from "../../src/data/load/dataset.ts";
import type { MeasureRow } from "../../src/data/schemas/measures.ts";
import { decomposeGap } from "../../src/data/transform/benchmarks.ts";
import {
  benchmarkMeasures,
  comparisonOverviewFigure,
  measureComparisonFigures,
} from "../../src/figures/compare-figures.ts";
import { areaFigures, frontPageFigures, ladderPage } from "../../src/figures/site-figures.ts";
import { REPO_ROOT } from "../fixtures/public-dk.ts";

/**
 * The chart gallery (after Observable Plot's test/plots/index.ts): one named, realistic example per
 * chart type, drawn from the demo municipality through the site's own figure wiring, so each is
 * what a reader sees. `chart` is the module in src/charts; test/gallery/gallery.test.ts fails when
 * a chart module has no example here, snapshots every example to test/snapshots/gallery/<name>.svg,
 * and test/browser/gallery.browser.test.ts renders them all and checks them with axe.
 *
 * A new chart type: its module in src/charts, one line here, and `npx vitest run test/gallery -u`
 * writes its golden SVG (look at it before committing).
 */
export interface GalleryExample {
  name: string;
  chart: string;
  spec: (data: Dataset) => ChartSpec;
}

function byId(specs: readonly ChartSpec[], id: string): ChartSpec {
  const spec = specs.find((s) => s.id === id);
  if (!spec)
    throw new Error(`The gallery expects a figure "${id}"; found ${specs.map((s) => s.id).join(", ")}`);
  return spec;
}

const area = (data: Dataset, id: string) => {
  const found = data.site.areas.find((a) => a.id === id);
  if (!found) throw new Error(`No area "${id}" in the demo data`);
  return found;
};
const areaFigure = (areaId: string, suffix: string) => (data: Dataset) =>
  byId(areaFigures(data, area(data, areaId)), `${areaId}-${suffix}`);
const required = (spec: ChartSpec | undefined, what: string): ChartSpec => {
  if (!spec) throw new Error(`The demo data has no ${what}`);
  return spec;
};
const ladder = (name: string) => (data: Dataset) =>
  required(ladderPage(data, area(data, "born-familie")).figures[name], `ladder figure "${name}"`);
const comparison = (measureId: string, suffix: string) => (data: Dataset) => {
  const measure = benchmarkMeasures(data).find((m) => m.id === measureId);
  if (!measure) throw new Error(`No benchmark measure "${measureId}" in the demo data`);
  return byId(measureComparisonFigures(data, measure), `${measureId}-${suffix}`);
};

const foster: MeasureRow = {
  id: "udgift-plejefamilier",
  label: "Udgifter til plejefamilier",
  definition: "Nettodriftsudgifter til anbringelser i plejefamilier i året.",
  unit: "kr",
  direction: "lower_better",
  source: "Kommunens eget regnskab",
  area: "born-familie",
  frequency: "year",
  counts_people: false,
  denominator: "0-17",
  per: 1,
  target: undefined,
  target_label: undefined,
};
const GAP_EXAMPLE = {
  id: "forskel",
  spendMeasure: foster,
  volumeMeasure: {
    ...foster,
    id: "plejefamilier",
    label: "Børn i plejefamilie",
    unit: "count" as const,
    per: 1000,
  },
  homeName: "Kolding",
  year: 2024,
  decomposition: decomposeGap({ spend: 692, volume: 0.0061 }, { spend: 610, volume: 0.0058 }),
  volumeLabel: "flere børn i plejefamilie",
  unitLabel: "udgift pr. barn i plejefamilie",
  source: "Kommunens eget regnskab og sagssystem",
  asOf: "2026-10-31",
};

export const GALLERY: readonly GalleryExample[] = [
  {
    name: "budget-outlook",
    chart: "budget-outlook.ts",
    spec: (d) => byId(frontPageFigures(d), "budget-outlook"),
  },
  { name: "budget-by-function", chart: "budget-by-function.ts", spec: areaFigure("born-familie", "budget") },
  { name: "spend-through-year", chart: "spend-through-year.ts", spec: areaFigure("born-familie", "forbrug") },
  { name: "activity-economy", chart: "activity-economy.ts", spec: areaFigure("born-familie", "enhedspris") },
  { name: "forecast", chart: "forecast.ts", spec: areaFigure("born-familie", "prognose") },
  { name: "measure-trend", chart: "measure-trend.ts", spec: areaFigure("born-familie", "anbringelser") },
  { name: "weekly-hours", chart: "weekly-hours.ts", spec: areaFigure("aeldre", "timer") },
  { name: "weekly-price", chart: "weekly-price.ts", spec: areaFigure("aeldre", "timepris") },
  {
    name: "budget-bridge",
    chart: "budget-bridge.ts",
    spec: areaFigure("born-familie", "bro-anbringelser"),
  },
  { name: "ladder-stair", chart: "ladder-stair.ts", spec: ladder("stair") },
  { name: "ladder-shares", chart: "ladder-shares.ts", spec: ladder("shares") },
  { name: "ladder-flows", chart: "ladder-flows.ts", spec: ladder("flows") },
  { name: "ladder-history", chart: "ladder-history.ts", spec: ladder("history") },
  { name: "ladder-goal", chart: "ladder-goal.ts", spec: ladder("goal") },
  { name: "compare-rank", chart: "compare-rank.ts", spec: comparison("regk31-plejefamilier", "placering") },
  {
    name: "compare-trend",
    chart: "compare-trend.ts",
    spec: comparison("regk31-plejefamilier", "udvikling"),
  },
  { name: "compare-map", chart: "compare-map.ts", spec: comparison("regk31-plejefamilier", "kort") },
  // The real public data has no volume figures (DST publishes spend per inhabitant, not placements
  // alongside it), so the demo configures no volume × price split: this example is hand-made.
  { name: "compare-gap", chart: "compare-gap.ts", spec: () => compareGapChart(GAP_EXAMPLE) },
  { name: "compare-multiples", chart: "compare-multiples.ts", spec: comparisonOverviewFigure },
];

/** The demo municipality, as the site builds it. */
export function galleryData(): Dataset {
  return loadDataset(`${REPO_ROOT}/data`);
}
