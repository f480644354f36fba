import * as Plot from "@observablehq/plot";
import type { ForecastMonth, UnitCostMonth } from "../data/transform/unit-cost.ts";
import {
  formatAxisMonth,
  formatKr,
  formatMioKr,
  formatMonth,
  formatNumber,
  monthToDate,
} from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";
import { deviationPhrase } from "./words.ts";

export interface ForecastInput {
  id: string;
  label: string;
  history: readonly UnitCostMonth[];
  forecast: readonly ForecastMonth[];
  yearEnd: { expected: number; low: number; high: number };
  /** The corrected budget of the functions in the forecast. */
  budget: number;
  fiscalYear: number;
  source: string;
  asOf: string;
}

export const FORECAST_METHOD =
  "Fremskrivningen ganger aktiviteten med enhedsprisen. Aktiviteten følger den lige linje gennem de seneste 12 måneder; enhedsprisen er gennemsnittet af de seneste 6 måneder. Båndet viser, hvor forbruget vil ligge med 80 % sandsynlighed, hvis udsvingene bliver som i det seneste år.";

/** Monthly spend so far and 6 months ahead, with the forecast's 80 % band; the year-end in the title. */
export function forecastChart(input: ForecastInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, label, history, forecast, yearEnd, budget, fiscalYear, source, asOf } = input;
  const actual = history.map((m) => ({ date: monthToDate(m.month), mio: m.spend / 1e6 }));
  const ahead = forecast.map((m) => ({
    date: monthToDate(m.month),
    mio: m.spend / 1e6,
    low: m.low / 1e6,
    high: m.high / 1e6,
  }));
  const bridge = actual.at(-1);
  const projected = bridge ? [{ ...bridge, low: bridge.mio, high: bridge.mio }, ...ahead] : ahead;
  return {
    id,
    title: `Fremskrevet ud fra aktiviteten ender ${label} på ${formatMioKr(yearEnd.expected)} i ${fiscalYear} – ${deviationPhrase(yearEnd.expected - budget, budget)}`,
    subtitle: `Forbrug pr. måned, mio. kr. Fuld linje: faktisk forbrug. Stiplet linje og bånd: fremskrivning ${forecast.length} måneder frem.`,
    plot: {
      width,
      height: 300,
      marginTop: 30,
      marginRight: 40,
      style: CHART_FONT,
      x: { type: "utc", label: null, tickFormat: formatAxisMonth, ticks: 8 },
      y: { label: "Mio. kr. pr. måned", grid: true, zero: true, tickFormat: (d: number) => formatNumber(d) },
      marks: [
        Plot.areaY(projected, { x: "date", y1: "low", y2: "high", fill: COLOURS.accent, fillOpacity: 0.15 }),
        Plot.line(projected, {
          x: "date",
          y: "mio",
          stroke: COLOURS.accent,
          strokeDasharray: "6,4",
          strokeWidth: 2,
        }),
        Plot.line(actual, { x: "date", y: "mio", stroke: COLOURS.ink, strokeWidth: 2, curve: "linear" }),
        Plot.dot(actual, { x: "date", y: "mio", fill: COLOURS.ink, r: 2.5 }),
        ...(bridge
          ? [
              Plot.ruleX([bridge.date], { stroke: COLOURS.muted, strokeDasharray: "2,3" }),
              Plot.text([bridge], {
                x: "date",
                frameAnchor: "top",
                text: () => "Fremskrivning →",
                textAnchor: "start",
                dx: 6,
                dy: 4,
                fill: COLOURS.ink,
              }),
            ]
          : []),
      ],
    },
    alt: `Linjediagram over det månedlige forbrug til ${label}, faktisk frem til ${formatMonth(history.at(-1)?.month ?? "")} og fremskrevet til ${formatMonth(forecast.at(-1)?.month ?? "")}. Årets forbrug skønnes til ${formatMioKr(yearEnd.expected)} (80 %-bånd ${formatMioKr(yearEnd.low)} til ${formatMioKr(yearEnd.high)}) mod et korrigeret budget på ${formatMioKr(budget)}.`,
    table: {
      caption: `Forbrug og fremskrivning pr. måned, ${label}`,
      columns: [
        { key: "monthName", label: "Måned", format: "text" },
        { key: "kind", label: "Type", format: "text" },
        { key: "activity", label: "Aktivitet (borgere)", format: "number", people: true },
        { key: "unitPrice", label: "Enhedspris pr. måned", format: "kr" },
        { key: "spend", label: "Forbrug", format: "mioKr" },
        { key: "low", label: "Lav (80 %)", format: "mioKr" },
        { key: "high", label: "Høj (80 %)", format: "mioKr" },
      ],
      rows: [
        ...history.map((m) => ({
          monthName: formatMonth(m.month),
          kind: "Faktisk",
          activity: m.activity ?? null,
          unitPrice: m.unitPrice === undefined ? null : Math.round(m.unitPrice),
          spend: m.spend,
          low: null,
          high: null,
        })),
        ...forecast.map((m) => ({
          monthName: formatMonth(m.month),
          kind: "Fremskrevet",
          activity: Math.round(m.activity),
          unitPrice: Math.round(m.unitPrice),
          spend: m.spend,
          low: m.low,
          high: m.high,
        })),
      ],
    },
    source,
    definitions: [
      FORECAST_METHOD,
      `Enhedspris = forbrug i måneden ÷ antal borgere i ${label} ved månedens udgang; seneste 6 måneder i gennemsnit: ${formatKr(Math.round(forecast[0]?.unitPrice ?? 0))}.`,
    ],
    caveats: [
      "Fremskrivningen antager, at udviklingen fortsætter som hidtil. Store enkeltsager, prisstigninger og politiske beslutninger er ikke med.",
      "November og december sidste år mangler som enkeltmåneder i budgetopfølgningen og indgår ikke.",
    ],
    asOf,
  };
}
