import * as Plot from "@observablehq/plot";
import type { SpendPathPoint } from "../data/transform/finance.ts";
import { formatMioKr, formatMonth, formatMonthShort, formatNumber, formatPercent } from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";
import { tip } from "./tips.ts";

export interface SpendThroughYearInput {
  id: string;
  areaName: string;
  points: readonly SpendPathPoint[];
  source: string;
  asOf: string;
}

/**
 * Spend through the year as a deviation chart: each month's cumulative spend minus the budget's
 * path to that month, in mio. kr. A 3 % overspend is a bar clearly above zero, where two cumulative
 * lines 3 % apart look the same. Over zero (orange) is more spent than budgeted; under (blue) less.
 */
export function spendThroughYearChart(input: SpendThroughYearInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, areaName, points, source, asOf } = input;
  const deviations = points.flatMap((p, index) =>
    p.spent === null ? [] : [{ index, month: p.month, mio: (p.spent - p.budgetPath) / 1e6 }],
  );
  const latest = [...points].reverse().find((p) => p.spent !== null);
  const last = deviations.at(-1);
  const extent = Math.max(0.1, ...deviations.map((d) => Math.abs(d.mio)));
  return {
    id,
    title: latest ? pathTitle(areaName, latest) : `Der er endnu ikke bogført forbrug for ${areaName}`,
    subtitle:
      "Forbrug fra 1. januar minus budgettets forløb til samme måned, mio. kr. Over nul: mere brugt end budgetteret. Budgettets forløb fordeler det korrigerede budget over året som sidste års forbrug.",
    plot: {
      width,
      height: 300,
      marginRight: 40,
      marginTop: 40,
      style: CHART_FONT,
      x: {
        label: null,
        type: "band",
        domain: points.map((_, index) => index),
        tickFormat: (i: number) => formatMonthShort(points[i]?.month ?? ""),
      },
      y: {
        label: "Mio. kr. over (+) eller under (−) budgettets forløb",
        grid: true,
        // Zero matters here: it is the budget. The domain is symmetric so over and under compare.
        domain: [-extent * 1.25, extent * 1.25],
        tickFormat: (d: number) => `${d > 0 ? "+" : d < 0 ? "−" : ""}${formatNumber(Math.abs(d), 1)}`,
      },
      marks: [
        Plot.barY(deviations, {
          x: "index",
          y: "mio",
          fill: (d: { mio: number }) => (d.mio > 0 ? COLOURS.over : COLOURS.under),
          insetLeft: 4,
          insetRight: 4,
          channels: {
            tip: tip((d: { month: string; mio: number }) => ({
              label: formatMonth(d.month),
              value: `${d.mio > 0 ? "+" : d.mio < 0 ? "−" : ""}${formatNumber(Math.abs(d.mio), 1)} mio. kr. ${d.mio > 0 ? "over" : "under"} budgettets forløb`,
            })),
          },
        }),
        Plot.ruleY([0], { stroke: COLOURS.ink, strokeWidth: 1.5 }),
        ...(last
          ? [
              Plot.text([last], {
                x: "index",
                y: "mio",
                text: (d: { mio: number }) =>
                  `${d.mio > 0 ? "+" : d.mio < 0 ? "−" : ""}${formatNumber(Math.abs(d.mio), 1)} mio. kr.`,
                dy: last.mio >= 0 ? -10 : 10,
                fill: COLOURS.ink,
                fontWeight: "bold",
                ariaHidden: "true",
              }),
            ]
          : []),
      ],
    },
    alt: latest
      ? pathAlt(areaName, latest)
      : `Søjlediagram over forbruget fra 1. januar mod budgettets forløb for ${areaName}: der er endnu ikke bogført forbrug i år.`,
    table: {
      caption: `Forbrug fra 1. januar pr. måned, ${areaName}`,
      columns: [
        { key: "monthName", label: "Måned", format: "text" },
        { key: "spent", label: "Forbrug i år", format: "mioKr" },
        { key: "budgetPath", label: "Budgettets forløb", format: "mioKr" },
        { key: "deviation", label: "Forskel til budgettets forløb", format: "mioKr" },
        { key: "lastYear", label: "Forbrug sidste år", format: "mioKr" },
      ],
      rows: points.map((p) => ({
        monthName: formatMonth(p.month),
        spent: p.spent,
        budgetPath: p.budgetPath,
        deviation: p.spent === null ? null : p.spent - p.budgetPath,
        lastYear: p.lastYear,
      })),
    },
    source,
    definitions: [
      "Forbrug til dato er betalte udgifter fra 1. januar til udgangen af måneden.",
      "Budgettets forløb er det korrigerede budget fordelt på måneder efter sidste års mønster, så sæsonudsving ikke læses som besparelser.",
    ],
    caveats: [
      "Regninger for december bogføres ofte først i januar; det sidste punkt for sidste år er årets regnskab.",
    ],
    asOf,
  };
}

function pathTitle(areaName: string, p: SpendPathPoint): string {
  const ahead = (p.spent ?? 0) - p.budgetPath;
  const share = p.budgetPath === 0 ? 0 : Math.abs(ahead / p.budgetPath);
  if (share < 0.005) return `${areaName} har brugt som budgetteret til og med ${formatMonth(p.month)}`;
  const word = ahead > 0 ? "mere" : "mindre";
  return `${areaName} har brugt ${formatMioKr(Math.abs(ahead))} ${word} end budgetteret til og med ${formatMonth(p.month)} (${formatPercent(share)})`;
}

function pathAlt(areaName: string, p: SpendPathPoint): string {
  const lastYear =
    p.lastYear === null ? "" : ` Sidste år var forbruget på samme tidspunkt ${formatMioKr(p.lastYear)}.`;
  return `Søjlediagram over forskellen mellem forbruget fra 1. januar og budgettets forløb for ${areaName}, måned for måned. Til og med ${formatMonth(p.month)} er der brugt ${formatMioKr(p.spent ?? 0)} mod ${formatMioKr(p.budgetPath)} efter budgettets forløb.${lastYear}`;
}
