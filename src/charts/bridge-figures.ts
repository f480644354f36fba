import type { Dataset } from "../data/load/dataset.ts";
import { needsPrimarySuppression } from "../data/privacy/suppress.ts";
import { countsPeople } from "../data/schemas/budget-assumptions.ts";
import type { AreaConfig } from "../data/schemas/site.ts";
import { endOfMonth } from "../data/transform/as-of.ts";
import { type LineBridge, lineAssumptions, lineBridge } from "../data/transform/budget-bridge.ts";
import { hourlyPrices } from "../data/transform/hourly-price.ts";
import { budgetBridgeChart } from "./budget-bridge.ts";
import type { ChartSpec } from "./spec.ts";
import { weeklyPriceChart } from "./weekly-price.ts";

/** The figure id of a line's bridge: `<area>-bro-<line>`. */
export function bridgeFigureId(bridge: LineBridge): string {
  return `${bridge.assumption.area}-bro-${bridge.assumption.line}`;
}

/**
 * The bridges of an area's lines with assumptions. A line whose volume counts people is left out
 * when any of the year's counts is small: the expected volume, and with it every effect, would let
 * a reader work the withheld count out.
 */
export function areaBridges(data: Dataset, area: AreaConfig): LineBridge[] {
  const { site, finance, activity, measures } = data;
  return lineAssumptions(data.budgetAssumptions)
    .filter((a) => a.area === area.id)
    .flatMap((a) => {
      const measure = measures.find((m) => m.id === a.measure);
      if (!measure) return [];
      const year = activity.filter(
        (r) => r.area === a.area && r.measure_id === a.measure && r.period.startsWith(`${site.fiscalYear}`),
      );
      if (countsPeople(a.unit) && year.some((r) => needsPrimarySuppression(r.value, data.threshold)))
        return [];
      const bridge = lineBridge(a, finance, activity, measure, site.fiscalYear);
      return bridge ? [bridge] : [];
    });
}

/** The bridge figures on an area's page. */
export function bridgeFigures(data: Dataset, area: AreaConfig): ChartSpec[] {
  return areaBridges(data, area).map((bridge) => {
    const measure = data.measures.find((m) => m.id === bridge.assumption.measure);
    return budgetBridgeChart({
      id: bridgeFigureId(bridge),
      bridge,
      measureLabel: measure?.label ?? bridge.assumption.measure,
      source: `${data.site.source}; ${measure?.source ?? ""}`.replace(/; $/, ""),
      asOf: endOfMonth(bridge.month),
    });
  });
}

/**
 * The price side of a weekly hours chart: for each line priced per hour and counted by a weekly
 * measure, the price per hour week by week against the budget and the bridge's expected price.
 */
export function hourlyPriceFigures(data: Dataset, area: AreaConfig): ChartSpec[] {
  return areaBridges(data, area).flatMap((bridge) => {
    const a = bridge.assumption;
    const measure = data.measures.find((m) => m.id === a.measure);
    if (a.unit !== "hours" || measure?.frequency !== "week") return [];
    const weeks = data.activity.filter(
      (r) => r.area === a.area && r.measure_id === a.measure && r.period.startsWith(`${bridge.fiscalYear}-`),
    );
    const months = hourlyPrices(data.finance, a.area, a.functions, weeks, a.fixedCosts, bridge.fiscalYear);
    if (months.length === 0) return [];
    return [
      weeklyPriceChart({
        id: `${a.area}-timepris`,
        bridge,
        months,
        weeks: weeks.map((w) => w.period).sort(),
        source: `${data.site.source}; ${measure.source}`,
        asOf: endOfMonth(months.at(-1)?.month ?? bridge.month),
      }),
    ];
  });
}
