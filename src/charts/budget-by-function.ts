import * as Plot from "@observablehq/plot";
import type { FunctionOutlook } from "../data/transform/finance.ts";
import { formatMioKr, formatMonth, formatNumber, sentence } from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";
import { BUDGET_DEFINITIONS, budgetDirection, deviationLabel, deviationPhrase } from "./words.ts";

export interface BudgetByFunctionInput {
  id: string;
  areaName: string;
  functions: readonly FunctionOutlook[];
  month: string;
  source: string;
  asOf: string;
}

/**
 * Budget follow-up per function: the corrected budget as a grey bar, the expected year-end result
 * as a black tick and last year's accounts as a hollow circle. Planned and actual are never stacked.
 */
export function budgetByFunctionChart(input: BudgetByFunctionInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, areaName, functions, month, source, asOf } = input;
  const rows = functions.map((f) => ({
    ...f,
    budgetMio: f.correctedBudget / 1e6,
    expectedMio: f.expectedResult / 1e6,
    lastYearMio: f.lastYearAccounts / 1e6,
    label: deviationLabel(f.deviation, f.correctedBudget, { withShare: true }),
  }));
  const longest = Math.max(...rows.map((row) => row.functionLabel.length), 10);
  return {
    id,
    title: functionsTitle(areaName, functions),
    subtitle: `Mio. kr. Grå søjle: korrigeret budget. Sort streg: forventet regnskab. Hul cirkel: regnskab sidste år. Budgetopfølgning ${formatMonth(month)}.`,
    plot: {
      width,
      height: 60 + rows.length * 44,
      marginLeft: Math.min(280, 8 + longest * 7.2),
      marginRight: 170,
      style: CHART_FONT,
      x: { label: "Mio. kr.", grid: true, tickFormat: (d: number) => formatNumber(d), nice: true },
      y: { label: null, domain: rows.map((row) => row.functionLabel) },
      marks: [
        Plot.barX(rows, {
          y: "functionLabel",
          x: "budgetMio",
          fill: COLOURS.other,
          insetTop: 6,
          insetBottom: 6,
        }),
        Plot.dot(rows, { y: "functionLabel", x: "lastYearMio", stroke: COLOURS.ink, fill: "white", r: 4 }),
        Plot.tickX(rows, { y: "functionLabel", x: "expectedMio", stroke: COLOURS.ink, strokeWidth: 3 }),
        Plot.text(rows, {
          y: "functionLabel",
          x: (d: { budgetMio: number; expectedMio: number; lastYearMio: number }) =>
            Math.max(d.budgetMio, d.expectedMio, d.lastYearMio),
          text: "label",
          textAnchor: "start",
          dx: 8,
          fill: COLOURS.ink,
          ariaHidden: "true",
        }),
        Plot.ruleX([0], { stroke: COLOURS.ink, ariaHidden: "true" }),
      ],
    },
    alt: functionsAlt(areaName, functions, month),
    table: {
      caption: `Budgetopfølgning pr. funktion, ${areaName}, ${formatMonth(month)}`,
      columns: [
        { key: "functionLabel", label: "Funktion", format: "text" },
        { key: "functionCode", label: "Funktionsnr.", format: "text" },
        { key: "correctedBudget", label: "Korrigeret budget", format: "mioKr" },
        { key: "committed", label: "Disponeret", format: "mioKr" },
        { key: "spentToDate", label: "Forbrug til dato", format: "mioKr" },
        { key: "expectedResult", label: "Forventet regnskab", format: "mioKr" },
        { key: "deviation", label: "Afvigelse", format: "mioKr" },
        { key: "deviationShare", label: "Afvigelse i %", format: "percent1" },
        { key: "lastYearAccounts", label: "Regnskab sidste år", format: "mioKr" },
      ],
      rows: functions.map((f) => ({ ...f })),
    },
    source,
    definitions: BUDGET_DEFINITIONS,
    caveats: [],
    asOf,
  };
}

/** Names the function that drives the area's deviation. */
export function functionsTitle(areaName: string, functions: readonly FunctionOutlook[]): string {
  const largest = [...functions].sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation))[0];
  if (!largest || budgetDirection(largest.deviation, largest.correctedBudget) === "balance") {
    return `Alle funktioner under ${areaName} forventer at holde budgettet`;
  }
  return `${largest.functionLabel} trækker mest: forventer ${deviationPhrase(largest.deviation, largest.correctedBudget)}`;
}

function functionsAlt(areaName: string, functions: readonly FunctionOutlook[], month: string): string {
  const parts = functions.map((f) =>
    sentence(
      `${f.functionLabel}: korrigeret budget ${formatMioKr(f.correctedBudget)}, forventer ${deviationPhrase(f.deviation, f.correctedBudget)}`,
    ),
  );
  return `Søjlediagram over budget og forventet regnskab pr. funktion for ${areaName}, ${formatMonth(month)}. ${parts.join(" ")}`;
}
