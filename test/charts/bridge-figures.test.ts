import { describe, expect, it } from "vitest";
import { areaBridges, bridgeFigureId } from "../../src/charts/bridge-figures.ts";
import { areaFigures } from "../../src/charts/site-figures.ts";
import { loadDataset } from "../../src/data/load/dataset.ts";
import { measureSeries } from "../../src/data/transform/activity.ts";
import { functionOutlook } from "../../src/data/transform/finance.ts";
import { yearEndView } from "../../src/data/transform/projection.ts";
import { unitCostMonths } from "../../src/data/transform/unit-cost.ts";

const data = loadDataset("data");

describe("the demo's bridges", () => {
  const bridges = data.site.areas.flatMap((area) => areaBridges(data, area));

  it("has one bridge per line with assumptions, whose parts add up to the line's expected deviation", () => {
    expect(bridges.map(bridgeFigureId)).toEqual([
      "born-familie-bro-anbringelser",
      "voksne-handicap-bro-laengerevarende-botilbud",
      "aeldre-bro-hjemmepleje",
    ]);
    for (const b of bridges) {
      const { volumeEffect, priceEffect, remainder, total } = b.split;
      expect(volumeEffect + priceEffect + remainder).toBe(total);
      expect(total).toBe(b.expected - b.budget);
    }
  });

  it("shows the same budget and expected result as the line's forecast and its functions (one truth)", () => {
    for (const area of data.site.areas) {
      for (const b of areaBridges(data, area)) {
        const config = area.unitCost;
        const measure = data.measures.find((m) => m.id === config?.measure);
        if (!config || !measure) throw new Error(`${area.id} has no unit cost line`);
        expect(config.functions).toEqual(b.assumption.functions);
        const history = unitCostMonths(
          data.finance,
          area.id,
          config.functions,
          measureSeries(data.activity, area.id, measure, data.threshold),
        );
        const view = yearEndView(data.finance, area.id, config.functions, history, data.site.fiscalYear);
        expect([b.budget, b.expected]).toEqual([view?.budget, view?.administration]);
        const functions = functionOutlook(data.finance, area.id).filter((f) =>
          b.assumption.functions.includes(f.functionCode),
        );
        expect(b.expected).toBe(functions.reduce((s, f) => s + f.expectedResult, 0));
      }
    }
  });

  it("puts each bridge on its area's page, after the budget figures", () => {
    const area = data.site.areas[0];
    if (!area) throw new Error("no area");
    const ids = areaFigures(data, area).map((f) => f.id);
    expect(ids.indexOf("born-familie-bro-anbringelser")).toBe(ids.indexOf("born-familie-forbrug") + 1);
  });

  it("leaves a line out when a count of its year is small (the effects would reveal it)", () => {
    const small = {
      ...data,
      activity: data.activity.map((r) =>
        r.measure_id === "anbringelser" && r.period === "2026-03" ? { ...r, value: 3 } : r,
      ),
    };
    const area = data.site.areas[0];
    if (!area) throw new Error("no area");
    expect(areaBridges(small, area)).toEqual([]);
    expect(areaBridges({ ...small, threshold: 3 }, area)).toHaveLength(1);
  });
});
