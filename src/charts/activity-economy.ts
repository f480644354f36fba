import * as Plot from "@observablehq/plot";
import type { UnitCostMonth } from "../data/transform/unit-cost.ts";
import { formatAxisMonth, formatMonth, formatNumber, formatPercent, monthToDate } from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface ActivityEconomyInput {
  id: string;
  label: string;
  /** What the area calls the people it counts ("børn", "borgere"). */
  noun?: string;
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
  { id, label, noun = "borgere", months, source, asOf }: ActivityEconomyInput,
  { width = CHART_WIDTH } = {},
): ChartSpec {
  const usable = months.filter((m) => m.activity !== undefined && m.unitPrice !== undefined);
  const first = usable[0];
  const last = usable.at(-1);
  const index = (value: number, base: number) => (base === 0 ? null : (100 * value) / base);
  const long = usable.flatMap((m) => [
    {
      date: monthToDate(m.month),
      line: "Aktivitet" as Line,
      value: index(m.activity ?? 0, first?.activity ?? 0),
    },
    { date: monthToDate(m.month), line: "Forbrug" as Line, value: index(m.spend, first?.spend ?? 0) },
    {
      date: monthToDate(m.month),
      line: "Enhedspris" as Line,
      value: index(m.unitPrice ?? 0, first?.unitPrice ?? 0),
    },
  ]);
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
    subtitle: `Indeks, ${formatMonth(first?.month ?? "")} = 100. Aktivitet: antal borgere. Forbrug: kr. i måneden. Enhedspris: forbrug pr. borger.`,
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
          lines.flatMap((line) => long.filter((d) => d.line === line).slice(-1)),
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
      "Et indeks over 100 betyder højere end i den første måned.",
    ],
    caveats: ["Månedligt forbrug svinger med betalingstidspunkter; se på retningen over flere måneder."],
    asOf,
  };
}

/** The singular of the nouns areas call their citizens, for "pr. barn" beside "antallet af børn". */
const SINGULAR: Record<string, string> = {
  børn: "barn",
  borgere: "borger",
  brugere: "bruger",
  ældre: "ældre",
};

/** Compares the average of the first three months with the last three, so one odd month does not decide it. */
export function activityTitle(label: string, usable: readonly UnitCostMonth[], noun = "borgere"): string {
  const average = (list: readonly UnitCostMonth[], pick: (m: UnitCostMonth) => number) =>
    list.reduce((sum, m) => sum + pick(m), 0) / Math.max(1, list.length);
  const head = usable.slice(0, 3);
  const tail = usable.slice(-3);
  const change = (pick: (m: UnitCostMonth) => number) => {
    const before = average(head, pick);
    return before === 0 ? 0 : average(tail, pick) / before - 1;
  };
  const activity = change((m) => m.activity ?? 0);
  const price = change((m) => m.unitPrice ?? 0);
  const word = (c: number) =>
    Math.abs(c) < 0.01 ? "er uændret" : `${c > 0 ? "steg" : "faldt"} ${formatPercent(Math.abs(c))}`;
  const one = SINGULAR[noun] ?? "person";
  return `Antallet af ${noun} i ${label} ${word(activity)}, mens prisen pr. ${one} ${word(price)}`;
}
