import * as Plot from "@observablehq/plot";
import { addMonths, periodStart } from "../data/period.ts";
import { CITIZENS, type NounForms } from "../data/schemas/site.ts";
import type { UnitCostMonth } from "../data/transform/unit-cost.ts";
import {
  formatAxisMonth,
  formatMonth,
  formatMonthShort,
  formatNumber,
  formatPercent,
} from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface ActivityEconomyInput {
  id: string;
  label: string;
  /** What the area calls the people it counts ("børn", "borgere"). */
  noun?: NounForms;
  months: readonly UnitCostMonth[];
  source: string;
  asOf: string;
}

type Line = "Aktivitet" | "Forbrug" | "Enhedspris";

/**
 * Activity, spend and unit price as indices (first month = 100) on one chart, so a committee sees
 * at a glance whether spend moves with the number of citizens or with the price per citizen.
 */
export function activityEconomyChart(
  { id, label, noun = CITIZENS, months, source, asOf }: ActivityEconomyInput,
  { width = CHART_WIDTH } = {},
): ChartSpec {
  const usable = months.filter((m) => m.activity !== undefined && m.unitPrice !== undefined);
  const first = usable[0];
  const last = usable.at(-1);
  // The base is the average of the first 3 months, so one odd month does not set the scale.
  const baseMonths = usable.slice(0, 3);
  const baseOf = (pick: (m: UnitCostMonth) => number) =>
    baseMonths.reduce((sum, m) => sum + pick(m), 0) / Math.max(1, baseMonths.length);
  const base = {
    activity: baseOf((m) => m.activity ?? 0),
    spend: baseOf((m) => m.spend),
    price: baseOf((m) => m.unitPrice ?? 0),
  };
  const index = (value: number, of: number) => (of === 0 ? null : (100 * value) / of);
  const byMonth = new Map(usable.map((m) => [m.month, m]));
  // Every month from the first to the last; a missing month is a gap in the lines, never bridged.
  const calendar: string[] = [];
  for (let m = first?.month; m && last && m <= last.month; m = addMonths(m, 1)) calendar.push(m);
  const long = calendar.flatMap((month) => {
    const m = byMonth.get(month);
    const date = periodStart(month);
    return [
      { date, line: "Aktivitet" as Line, value: m ? index(m.activity ?? 0, base.activity) : null },
      { date, line: "Forbrug" as Line, value: m ? index(m.spend, base.spend) : null },
      { date, line: "Enhedspris" as Line, value: m ? index(m.unitPrice ?? 0, base.price) : null },
    ];
  });
  const style: Record<Line, { stroke: string; dash: string }> = {
    Aktivitet: { stroke: COLOURS.accent, dash: "none" },
    Forbrug: { stroke: COLOURS.ink, dash: "6,4" },
    Enhedspris: { stroke: COLOURS.over, dash: "2,3" },
  };
  const lines: Line[] = ["Aktivitet", "Forbrug", "Enhedspris"];
  return {
    id,
    title:
      usable.length >= 6
        ? activityTitle(label, usable, noun)
        : `Der er for få tal til at sammenligne aktivitet og økonomi for ${label}`,
    subtitle: `Indeks, gennemsnittet af ${baseMonths.map((m) => formatMonth(m.month)).join(", ")} = 100. Måneder uden tal er huller i linjerne. Aktivitet: antal borgere. Forbrug: kr. i måneden. Enhedspris: forbrug pr. borger.`,
    plot: {
      width,
      height: 300,
      marginTop: 30,
      marginRight: 100,
      style: CHART_FONT,
      x: { type: "utc", label: null, tickFormat: formatAxisMonth, ticks: 8 },
      y: { label: "Indeks", grid: true, tickFormat: (d: number) => formatNumber(d) },
      marks: [
        Plot.ruleY([100], { stroke: COLOURS.muted }),
        ...lines.map((line) =>
          Plot.line(
            long.filter((d) => d.line === line),
            {
              x: "date",
              y: "value",
              stroke: style[line].stroke,
              strokeDasharray: style[line].dash,
              strokeWidth: 2,
            },
          ),
        ),
        Plot.text(
          lines.flatMap((line) => long.filter((d) => d.line === line && d.value !== null).slice(-1)),
          {
            x: "date",
            y: "value",
            text: "line",
            textAnchor: "start",
            dx: 6,
            fill: COLOURS.ink,
            ariaHidden: "true",
          },
        ),
      ],
    },
    alt:
      first && last
        ? `Linjediagram med indeks for aktivitet, forbrug og enhedspris for ${label} fra ${formatMonth(first.month)} til ${formatMonth(last.month)}. ${activityTitle(label, usable, noun)}.`
        : `Der er for få måneder med både aktivitet og forbrug til at vise udviklingen for ${label}; tallene står i tabellen.`,
    table: {
      caption: `Aktivitet, forbrug og enhedspris pr. måned, ${label}`,
      columns: [
        { key: "monthName", label: "Måned", format: "text" },
        { key: "activity", label: "Aktivitet (borgere)", format: "number", people: true },
        { key: "spend", label: "Forbrug i måneden", format: "mioKr" },
        { key: "unitPrice", label: "Enhedspris (kr. pr. borger pr. måned)", format: "kr" },
      ],
      rows: months.map((m) => ({
        monthName: formatMonth(m.month),
        activity: m.activity ?? null,
        spend: m.spend,
        unitPrice: m.unitPrice === undefined ? null : Math.round(m.unitPrice),
      })),
    },
    source,
    definitions: [
      "Enhedspris = forbrug i måneden ÷ antal borgere ved månedens udgang.",
      "Et indeks over 100 betyder højere end gennemsnittet af de tre første måneder.",
    ],
    caveats: ["Månedligt forbrug svinger med betalingstidspunkter; se på retningen over flere måneder."],
    asOf,
  };
}

/**
 * Compares the last 3 months with the same 3 months a year before (averages), so neither one odd
 * month nor the season decides it; without a year before, the first 3 months.
 */
export function activityTitle(label: string, usable: readonly UnitCostMonth[], noun = CITIZENS): string {
  const average = (list: readonly UnitCostMonth[], pick: (m: UnitCostMonth) => number) =>
    list.reduce((sum, m) => sum + pick(m), 0) / Math.max(1, list.length);
  const tail = usable.slice(-3);
  const yearBefore = new Set(tail.map((m) => `${Number(m.month.slice(0, 4)) - 1}${m.month.slice(4)}`));
  const sameLastYear = usable.filter((m) => yearBefore.has(m.month));
  const head = sameLastYear.length === tail.length ? sameLastYear : usable.slice(0, 3);
  const change = (pick: (m: UnitCostMonth) => number) => {
    const before = average(head, pick);
    return before === 0 ? 0 : average(tail, pick) / before - 1;
  };
  const activity = change((m) => m.activity ?? 0);
  const price = change((m) => m.unitPrice ?? 0);
  const word = (c: number) =>
    Math.abs(c) < 0.01 ? "er uændret" : `${c > 0 ? "steg" : "faldt"} ${formatPercent(Math.abs(c))}`;
  const span = (list: readonly UnitCostMonth[]) =>
    `${formatMonthShort(list[0]?.month ?? "")}–${formatMonth(list.at(-1)?.month ?? "")}`;
  return `Antallet af ${noun.other} i ${label} ${word(activity)} fra ${span(head)} til ${span(tail)} (gennemsnit pr. måned), mens prisen pr. ${noun.one} ${word(price)}`;
}
