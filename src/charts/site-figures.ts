import type { Dataset } from "../data/load/dataset.ts";
import { areaOutlook } from "../data/transform/finance.ts";
import { budgetOutlookChart } from "./budget-outlook.ts";
import type { ChartSpec } from "./spec.ts";

/** The figures on the front page. */
export function frontPageFigures(data: Dataset): ChartSpec[] {
  const { site, finance } = data;
  return [
    budgetOutlookChart({
      outlook: areaOutlook(finance, site.areas),
      source: site.source,
      asOf: site.dataAsOf,
    }),
  ];
}

/** Every figure on the site, for the CSV downloads. Ids are unique across the site. */
export function allFigures(data: Dataset): ChartSpec[] {
  return [...frontPageFigures(data)];
}
