// Rolling-origin backtest of the year-end projection on the demo data: the mean absolute
// percentage error (MAPE) of each method on each budget line, and the method the site picks.
import { join } from "node:path";
import { loadDataset } from "../src/data/load/dataset.ts";
import { measureSeries } from "../src/data/transform/activity.ts";
import { PROJECTION_METHOD_TEXT, yearEndView } from "../src/data/transform/projection.ts";
import { unitCostMonths } from "../src/data/transform/unit-cost.ts";
import type { BenchResult } from "./report.ts";

const ROOT = join(import.meta.dirname, "..");
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

export default async function benchProjection(): Promise<BenchResult> {
  const data = loadDataset(join(ROOT, "data"));
  const rows: (string | number)[][] = [];
  const bands: (string | number)[][] = [];
  for (const area of data.site.areas) {
    const config = area.unitCost;
    const measure = data.measures.find((m) => m.id === config?.measure);
    if (!config || !measure) continue;
    const history = unitCostMonths(
      data.finance,
      area.id,
      config.functions,
      measureSeries(data.activity, area.id, measure, data.threshold),
    );
    const view = yearEndView(data.finance, area.id, config.functions, history, data.site.fiscalYear);
    if (!view) continue;
    for (const score of view.scores) {
      rows.push([
        config.label,
        PROJECTION_METHOD_TEXT[score.method].name,
        percent(score.mape),
        score.tests,
        score.method === view.method ? "valgt" : "",
      ]);
    }
    bands.push([
      config.label,
      `±${percent(view.band.halfWidth)}`,
      `${view.band.held} af ${view.band.judged}`,
      (view.administration / 1e6).toFixed(1),
      (view.projection / 1e6).toFixed(1),
    ]);
  }
  return {
    title: "Year-end projection: rolling-origin backtest",
    context: [
      `Demo data, fiscal year ${data.site.fiscalYear}, follow-up to ${data.site.dataAsOf}`,
      "Each origin (March–September) projects the spend of the remaining known months with what was known then",
    ],
    tables: [
      { caption: "MAPE per method and line", columns: ["line", "method", "MAPE", "tests", "chosen"], rows },
      {
        caption: "Band of the chosen method, judged out of sample; year-end in mio. kr.",
        columns: ["line", "band", "held", "administration", "projection"],
        rows: bands,
      },
    ],
    notes: ["MAPE is the mean of |projected − actual| ÷ actual over the origins."],
  };
}
