import { describe, expect, it } from "vitest";
import { activityEconomyChart } from "../../src/charts/activity-economy.ts";
import { budgetByFunctionChart } from "../../src/charts/budget-by-function.ts";
import { forecastChart } from "../../src/charts/forecast.ts";
import { measureTrendChart } from "../../src/charts/measure-trend.ts";
import { spendThroughYearChart } from "../../src/charts/spend-through-year.ts";
import { functionOutlook, spendThroughYear } from "../../src/data/transform/finance.ts";
import { yearEndView } from "../../src/data/transform/projection.ts";
import { unitCostMonths } from "../../src/data/transform/unit-cost.ts";
import { NBSP } from "../../src/i18n/format.ts";
import { evenFinanceRows } from "../fixtures/finance-rows.ts";
import { deadlinesKept, monthly, placements } from "../fixtures/measures.ts";
import { snapshotSvg } from "./snapshot.ts";

const plain = (text: string) => text.replaceAll(NBSP, " ");
const common = { source: "Kolding Kommune (testdata)", asOf: "2026-10-31" };
/** Placements: 20 children, one more every few months; two months withheld to show how gaps look. */
const placementSeries = monthly(
  Array.from({ length: 22 }, (_, i) => (i === 4 || i === 5 ? "small" : 20 + Math.floor(i / 4))),
);

describe("chart snapshots", () => {
  it("budget by function", async () => {
    const spec = budgetByFunctionChart({
      ...common,
      id: "budget",
      areaName: "Børn og familie",
      functions: functionOutlook(evenFinanceRows(), "born-familie"),
      month: "2026-10",
    });
    expect(plain(spec.title)).toBe(
      "Plejefamilier trækker mest: forventer et merforbrug på 1,0 mio. kr. (9,1 %)",
    );
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/budget-by-function.svg");
  });

  it("spend through the year", async () => {
    const spec = spendThroughYearChart({
      ...common,
      id: "forbrug",
      areaName: "Børn og familie",
      points: spendThroughYear(evenFinanceRows(), "born-familie", 2026),
    });
    expect(plain(spec.title)).toBe(
      "Børn og familie har brugt 0,3 mio. kr. mere end budgetteret til og med oktober 2026 (2 %)",
    );
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/spend-through-year.svg");
  });

  it("measure trend with a legal target", async () => {
    const spec = measureTrendChart({
      id: "frister",
      measure: deadlinesKept,
      series: monthly(Array.from({ length: 22 }, (_, i) => 0.7 + i * 0.005)),
      asOf: common.asOf,
      threshold: 5,
    });
    expect(spec.plot.marks?.length).toBeGreaterThan(2);
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/measure-trend-target.svg");
  });

  it("measure trend with withheld months drawn as withheld, not as zero", async () => {
    const spec = measureTrendChart({
      id: "anbringelser",
      measure: placements,
      series: placementSeries,
      asOf: common.asOf,
      threshold: 5,
    });
    const svg = snapshotSvg(spec);
    expect(svg).toContain("under 5 (skjult)");
    expect(spec.table.rows[4]?.value).toEqual({ suppressed: true, reason: "small", threshold: 5 });
    await expect(svg).toMatchFileSnapshot("../snapshots/measure-trend-suppressed.svg");
  });

  it("activity next to economy, and the forecast", async () => {
    const history = unitCostMonths(evenFinanceRows(), "born-familie", ["5.28.20"], placementSeries);
    const view = yearEndView(evenFinanceRows(), "born-familie", ["5.28.20"], history, 2026);
    if (!view) throw new Error("no year-end view");
    const economy = activityEconomyChart({
      ...common,
      id: "enhedspris",
      label: "plejefamilier",
      months: history,
    });
    // May–June 2025 (withheld) and November–December 2025 (missing) are gaps: the line breaks twice.
    const activityPath =
      /aria-label="line"[\s\S]*?<path[^>]* d="([^"]+)"/.exec(snapshotSvg(economy))?.[1] ?? "";
    expect(activityPath.match(/M/g)?.length).toBe(3);
    expect(plain(economy.title)).toMatch(/fra aug.–oktober 2025 til aug.–oktober 2026/);
    const projection = forecastChart({ ...common, id: "prognose", label: "Plejefamilier", view });
    expect(plain(projection.title)).toBe(
      "Plejefamilier: forvaltningen skønner et merforbrug på 1,0 mio. kr. (9,1 %), prognosen ud fra aktiviteten et merforbrug på 1,0 mio. kr. (9,1 %)",
    );
    await expect(snapshotSvg(economy)).toMatchFileSnapshot("../snapshots/activity-economy.svg");
    await expect(snapshotSvg(projection)).toMatchFileSnapshot("../snapshots/forecast.svg");
  });
});
