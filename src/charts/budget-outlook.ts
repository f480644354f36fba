import * as Plot from "@observablehq/plot";
import type { AreaOutlook } from "../data/transform/finance.ts";
import { formatMioKr, formatMonth, formatNumber, sentence } from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";
import { BUDGET_DEFINITIONS, budgetDirection, deviationLabel, deviationPhrase } from "./words.ts";

export interface BudgetOutlookInput {
  outlook: readonly AreaOutlook[];
  source: string;
  asOf: string;
}

/** Year-end outlook per area: expected deviation from the corrected budget, as bars from zero. */
export function budgetOutlookChart(
  { outlook, source, asOf }: BudgetOutlookInput,
  { width = CHART_WIDTH } = {},
): ChartSpec {
  const month = outlook[0]?.month ?? asOf.slice(0, 7);
  const rows = outlook.map((area) => ({
    ...area,
    deviationMio: area.deviation / 1e6,
    direction: budgetDirection(area.deviation, area.correctedBudget),
    label: deviationLabel(area.deviation, area.correctedBudget),
  }));
  const longestName = Math.max(...rows.map((row) => row.areaName.length), 10);
  return {
    id: "budget-outlook",
    title: outlookTitle(outlook),
    subtitle: `Forventet regnskab minus korrigeret budget, mio. kr. Budgetopfølgning ${formatMonth(month)}.`,
    plot: {
      width,
      height: 70 + rows.length * 56,
      marginBottom: 44,
      marginLeft: Math.min(260, 8 + longestName * 7.2),
      marginRight: 190,
      style: CHART_FONT,
      x: {
        label: "← mindreforbrug · mio. kr. · merforbrug →",
        labelAnchor: "center",
        labelOffset: 36,
        grid: true,
        tickFormat: (d: number) => formatNumber(d),
        nice: true,
      },
      y: { label: null, domain: rows.map((row) => row.areaName) },
      marks: [
        Plot.ruleX([0], { stroke: COLOURS.ink, ariaHidden: "true" }),
        Plot.barX(rows, {
          y: "areaName",
          x: "deviationMio",
          fill: (d: { direction: string }) => (d.direction === "merforbrug" ? COLOURS.over : COLOURS.under),
          ariaLabel: "afvigelse",
        }),
        Plot.text(rows, {
          y: "areaName",
          x: (d: { deviationMio: number }) => Math.max(0, d.deviationMio),
          text: "label",
          textAnchor: "start",
          dx: 6,
          fill: COLOURS.ink,
          ariaHidden: "true",
        }),
      ],
    },
    alt: outlookAlt(outlook, month),
    table: {
      caption: `Forventet regnskab pr. område, budgetopfølgning ${formatMonth(month)}`,
      columns: [
        { key: "areaName", label: "Område", format: "text" },
        { key: "correctedBudget", label: "Korrigeret budget", format: "mioKr" },
        { key: "spentToDate", label: "Forbrug til dato", format: "mioKr" },
        { key: "committed", label: "Disponeret", format: "mioKr" },
        { key: "expectedResult", label: "Forventet regnskab", format: "mioKr" },
        { key: "deviation", label: "Afvigelse", format: "mioKr" },
        { key: "deviationShare", label: "Afvigelse i %", format: "percent1" },
        { key: "lastYearAccounts", label: "Regnskab sidste år", format: "mioKr" },
      ],
      rows: outlook.map((area) => ({ ...area })),
    },
    source,
    definitions: BUDGET_DEFINITIONS,
    caveats: [],
    asOf,
  };
}

/** States the largest overspend, or that everyone keeps the budget. */
export function outlookTitle(outlook: readonly AreaOutlook[]): string {
  const overspending = outlook
    .filter((area) => budgetDirection(area.deviation, area.correctedBudget) === "merforbrug")
    .sort((a, b) => b.deviation - a.deviation);
  const largest = overspending[0];
  if (!largest) return "Alle områder forventer at holde budgettet eller bruge mindre";
  const others = overspending.length - 1;
  const tail =
    others === 0
      ? ""
      : others === 1
        ? " – og ét område mere forventer merforbrug"
        : ` – og ${others} områder mere forventer merforbrug`;
  return `${largest.areaName} forventer ${deviationPhrase(largest.deviation, largest.correctedBudget).replace(/ \(.*\)$/, "")}${tail}`;
}

function outlookAlt(outlook: readonly AreaOutlook[], month: string): string {
  const parts = outlook.map((area) =>
    sentence(
      `${area.areaName} forventer ${deviationPhrase(area.deviation, area.correctedBudget)} af et korrigeret budget på ${formatMioKr(area.correctedBudget)}`,
    ),
  );
  return `Søjlediagram over den forventede afvigelse fra budgettet ved årets udgang pr. område, budgetopfølgning ${formatMonth(month)}. ${parts.join(" ")}`;
}
