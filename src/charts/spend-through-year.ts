import * as Plot from "@observablehq/plot";
import type { SpendPathPoint } from "../data/transform/finance.ts";
import { formatMioKr, formatMonth, formatMonthShort, formatNumber, formatPercent } from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface SpendThroughYearInput {
  id: string;
  areaName: string;
  points: readonly SpendPathPoint[];
  source: string;
  asOf: string;
}

type Series = "I år" | "Budgettets forløb" | "Sidste år";

/** Cumulative spend this year (solid, accent) against the budget's path (dashed) and last year (grey). */
export function spendThroughYearChart(input: SpendThroughYearInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, areaName, points, source, asOf } = input;
  const long = points.flatMap((p, index) => [
    ...(p.spent === null ? [] : [{ index, month: p.month, series: "I år" as Series, mio: p.spent / 1e6 }]),
    { index, month: p.month, series: "Budgettets forløb" as Series, mio: p.budgetPath / 1e6 },
    ...(p.lastYear === null
      ? []
      : [{ index, month: p.month, series: "Sidste år" as Series, mio: p.lastYear / 1e6 }]),
  ]);
  const ends = (["I år", "Budgettets forløb", "Sidste år"] as Series[]).flatMap((series) =>
    long.filter((d) => d.series === series).slice(-1),
  );
  const latest = [...points].reverse().find((p) => p.spent !== null);
  const dash: Record<Series, string> = { "I år": "none", "Budgettets forløb": "6,4", "Sidste år": "2,3" };
  const stroke: Record<Series, string> = {
    "I år": COLOURS.accent,
    "Budgettets forløb": COLOURS.ink,
    "Sidste år": COLOURS.peer,
  };
  return {
    id,
    title: latest ? pathTitle(areaName, latest) : `Der er endnu ikke bogført forbrug for ${areaName}`,
    subtitle:
      "Forbrug fra 1. januar, mio. kr. Budgettets forløb fordeler det korrigerede budget over året som sidste års forbrug.",
    plot: {
      width,
      height: 320,
      marginRight: 140,
      marginTop: 30,
      style: CHART_FONT,
      x: {
        label: null,
        domain: [0, 11],
        ticks: 12,
        tickFormat: (i: number) => formatMonthShort(points[i]?.month ?? ""),
      },
      y: { label: "Mio. kr.", grid: true, tickFormat: (d: number) => formatNumber(d) },
      marks: [
        ...(["Sidste år", "Budgettets forløb", "I år"] as Series[]).map((series) =>
          Plot.line(
            long.filter((d) => d.series === series),
            {
              x: "index",
              y: "mio",
              stroke: stroke[series],
              strokeWidth: series === "I år" ? 3 : 2,
              strokeDasharray: dash[series],
            },
          ),
        ),
        Plot.dot(
          long.filter((d) => d.series === "I år"),
          { x: "index", y: "mio", fill: COLOURS.accent, r: 3 },
        ),
        // Budget path and last year often end close together: nudge their labels apart.
        ...ends.map((end) =>
          Plot.text([end], {
            x: "index",
            y: "mio",
            text: "series",
            textAnchor: "start",
            dx: 8,
            dy: { "I år": 0, "Budgettets forløb": -8, "Sidste år": 9 }[end.series],
            fill: COLOURS.ink,
            ariaHidden: "true",
          }),
        ),
      ],
    },
    alt: latest
      ? pathAlt(areaName, latest)
      : `Linjediagram over forbruget fra 1. januar for ${areaName}: der er endnu ikke bogført forbrug i år.`,
    table: {
      caption: `Forbrug fra 1. januar pr. måned, ${areaName}`,
      columns: [
        { key: "monthName", label: "Måned", format: "text" },
        { key: "spent", label: "Forbrug i år", format: "mioKr" },
        { key: "budgetPath", label: "Budgettets forløb", format: "mioKr" },
        { key: "lastYear", label: "Forbrug sidste år", format: "mioKr" },
      ],
      rows: points.map((p) => ({
        monthName: formatMonth(p.month),
        spent: p.spent,
        budgetPath: p.budgetPath,
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
  return `Linjediagram over forbruget fra 1. januar for ${areaName}. Til og med ${formatMonth(p.month)} er der brugt ${formatMioKr(p.spent ?? 0)} mod ${formatMioKr(p.budgetPath)} efter budgettets forløb.${lastYear}`;
}
