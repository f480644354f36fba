import * as Plot from "@observablehq/plot";
import type { SeriesPoint } from "../data/transform/activity.ts";
import { numberOf } from "../data/transform/activity.ts";
import { formatNumber, formatPercent, NBSP } from "../i18n/format.ts";
import { periodName } from "./findings.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface WeeklyHoursInput {
  id: string;
  granted: readonly SeriesPoint[];
  budgeted: readonly SeriesPoint[];
  source: string;
  definitions: string[];
  asOf: string;
}

export interface WeekRow {
  week: number;
  period: string;
  granted: number;
  budgeted: number;
  difference: number;
}

/** Joins the two weekly series on their period. */
export function weekRows(granted: readonly SeriesPoint[], budgeted: readonly SeriesPoint[]): WeekRow[] {
  const budgetBy = new Map(budgeted.map((p) => [p.period, numberOf(p)]));
  return granted.flatMap((p) => {
    const g = numberOf(p);
    const b = budgetBy.get(p.period);
    if (g === undefined || b === undefined) return [];
    return [
      { week: Number(p.period.slice(-2)), period: p.period, granted: g, budgeted: b, difference: g - b },
    ];
  });
}

/** The first week from which granted hours stay at or below the budget, if they were above before. */
export function crossingWeek(rows: readonly WeekRow[]): WeekRow | undefined {
  const lastAbove = rows.findLastIndex((row) => row.difference > 0);
  if (lastAbove === -1 || lastAbove === rows.length - 1) return undefined;
  const wasAboveEarlier = rows.slice(0, lastAbove + 1).some((row) => row.difference > 0);
  return wasAboveEarlier ? rows[lastAbove + 1] : undefined;
}

/** Assens' wall chart: granted (visiterede) home-care hours per week against the budgeted hours. */
export function weeklyHoursChart(input: WeeklyHoursInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const rows = weekRows(input.granted, input.budgeted);
  const crossing = crossingWeek(rows);
  const latest = rows.at(-1);
  const long = rows.flatMap((row) => [
    { week: row.week, hours: row.granted, series: "Visiterede timer" },
    { week: row.week, hours: row.budgeted, series: "Budgetterede timer" },
  ]);
  const ends = ["Visiterede timer", "Budgetterede timer"].flatMap((series) =>
    long.filter((d) => d.series === series).slice(-1),
  );
  return {
    id: input.id,
    title: weeklyTitle(rows, crossing),
    subtitle: `Timer hjemmepleje pr. uge, ${periodName(rows[0]?.period ?? "")} – ${periodName(latest?.period ?? "")}.`,
    plot: {
      width,
      height: 300,
      marginRight: 150,
      marginLeft: 56,
      marginTop: 30,
      style: CHART_FONT,
      x: { label: "Uge", tickFormat: (d: number) => String(d) },
      y: { label: "Timer pr. uge", grid: true, tickFormat: (d: number) => formatNumber(d) },
      marks: [
        ...(crossing
          ? [
              Plot.ruleX([crossing.week], { stroke: COLOURS.muted, strokeDasharray: "2,3" }),
              Plot.text([crossing], {
                x: "week",
                frameAnchor: "top",
                dy: 4,
                text: () => `Uge ${crossing.week}: under budget`,
                textAnchor: "end",
                dx: -4,
                fill: COLOURS.ink,
              }),
            ]
          : []),
        Plot.line(
          long.filter((d) => d.series === "Budgetterede timer"),
          { x: "week", y: "hours", stroke: COLOURS.ink, strokeDasharray: "6,4", strokeWidth: 2 },
        ),
        Plot.line(
          long.filter((d) => d.series === "Visiterede timer"),
          { x: "week", y: "hours", stroke: COLOURS.accent, strokeWidth: 2.5 },
        ),
        Plot.text(ends, {
          x: "week",
          y: "hours",
          text: "series",
          textAnchor: "start",
          dx: 8,
          fill: COLOURS.ink,
          ariaHidden: "true",
        }),
      ],
    },
    alt: weeklyAlt(rows, crossing),
    table: {
      caption: "Visiterede og budgetterede timer i hjemmeplejen pr. uge",
      columns: [
        { key: "weekName", label: "Uge", format: "text" },
        { key: "granted", label: "Visiterede timer", format: "number" },
        { key: "budgeted", label: "Budgetterede timer", format: "number" },
        { key: "difference", label: "Forskel", format: "number" },
      ],
      rows: rows.map((row) => ({
        weekName: periodName(row.period),
        granted: row.granted,
        budgeted: row.budgeted,
        difference: row.difference,
      })),
    },
    source: input.source,
    definitions: input.definitions,
    caveats: [],
    asOf: input.asOf,
  };
}

function weeklyTitle(rows: readonly WeekRow[], crossing: WeekRow | undefined): string {
  const latest = rows.at(-1);
  if (!latest) return "Der er endnu ingen ugetal for hjemmeplejen";
  if (crossing) return `De visiterede timer har ligget under budgettet siden uge ${crossing.week}`;
  const share = latest.budgeted === 0 ? 0 : latest.difference / latest.budgeted;
  if (latest.difference > 0)
    return `De visiterede timer ligger ${formatPercent(share)} over budgettet i ${periodName(latest.period)}`;
  return `De visiterede timer har ligget inden for budgettet hele året`;
}

function weeklyAlt(rows: readonly WeekRow[], crossing: WeekRow | undefined): string {
  const above = rows.filter((row) => row.difference > 0).length;
  const latest = rows.at(-1);
  const crossed = crossing ? ` Fra uge ${crossing.week} er de visiterede timer under budgettet.` : "";
  return `Linjediagram over visiterede og budgetterede timer i hjemmeplejen pr. uge. De visiterede timer lå over budgettet i ${above} af ${rows.length} uger.${crossed} Seneste uge: ${formatNumber(latest?.granted ?? 0)} visiterede mod ${formatNumber(latest?.budgeted ?? 0)}${NBSP}budgetterede timer.`;
}
