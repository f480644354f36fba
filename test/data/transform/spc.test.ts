import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keyFigure } from "../../../src/charts/key-figures.ts";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import { measureSeries } from "../../../src/data/transform/activity.ts";
import { controlChart, variationPhrase } from "../../../src/data/transform/spc.ts";
import { monthly } from "../../fixtures/measures.ts";

const steady = [50, 52, 49, 51, 50, 48, 53, 50, 49, 51, 52, 50, 49, 51];

describe("controlChart", () => {
  it("calls a value inside the limits common-cause variation", () => {
    const chart = controlChart(monthly([...steady, 52]));
    expect(chart?.latest).toBe("common");
    expect(variationPhrase(chart)).toBe("inden for den normale variation");
    expect(chart?.mean).toBeCloseTo(50.47, 1);
  });
  it("flags a value outside the process limits", () => {
    const chart = controlChart(monthly([...steady, 70]));
    expect(chart).toMatchObject({ latest: "high", rule: "outside" });
    expect(variationPhrase(chart)).toMatch(/^usædvanligt højt/);
  });
  it("flags a run of 7 on one side of the mean, and a trend of 6", () => {
    expect(controlChart(monthly([...steady, 47, 48, 47, 48, 47, 48, 47]))).toMatchObject({
      latest: "low",
      rule: "run",
    });
    expect(controlChart(monthly([...steady, 46, 47, 48, 49, 50, 51]))).toMatchObject({
      latest: "high",
      rule: "trend",
    });
  });
  it("counts no run or trend across a withheld month: it is a gap", () => {
    const values: (number | "small")[] = [...steady, 47, 48, 47, "small", 48, 47, 48];
    expect(controlChart(monthly(values))?.latest).toBe("common");
  });
  it("says nothing with less than a year of history", () => {
    expect(controlChart(monthly([1, 2, 3]))).toBeUndefined();
    expect(variationPhrase(undefined)).toBe("");
  });
});

describe("key figures on the demo data", () => {
  it("never claim a change the control rules call common-cause variation without saying so", () => {
    const data = loadDataset(join(import.meta.dirname, "../../../data"));
    const monthly = data.measures.filter((m) => m.frequency === "month" && m.area);
    expect(monthly.length).toBeGreaterThan(5);
    for (const measure of monthly) {
      const series = measureSeries(data.activity, measure.area ?? "", measure, data.threshold);
      const figure = keyFigure(measure, series);
      const chart = controlChart(series);
      if (!figure?.change || !chart) continue;
      if (chart.latest === "common") {
        expect(figure.change, measure.id).toContain("inden for den normale variation");
        expect(figure.judgement, measure.id).toBe("neutral");
      } else {
        expect(figure.change, measure.id).toMatch(/usædvanligt (højt|lavt)/);
      }
    }
  });
});
