import * as Plot from "@observablehq/plot";
import { isoWeekSunday } from "../data/transform/as-of.ts";
import type { LineBridge } from "../data/transform/budget-bridge.ts";
import { type HourlyPriceMonth, priceToDate } from "../data/transform/hourly-price.ts";
import { formatKr, formatMonth, formatNumber } from "../i18n/format.ts";
import { priceDifference } from "./bridge-words.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface WeeklyPriceInput {
  id: string;
  /** The home-care line's bridge: its budgeted and expected price per hour. */
  bridge: LineBridge;
  months: readonly HourlyPriceMonth[];
  /** The weeks of the hours chart (YYYY-Www), so the two charts share their axis. */
  weeks: readonly string[];
  source: string;
  asOf: string;
}

/** Each week gets its month's price per hour (spend is booked by month); the month is its Thursday's. */
export function weekPrices(weeks: readonly string[], months: readonly HourlyPriceMonth[]) {
  const byMonth = new Map(months.map((m) => [m.month, m.price]));
  return weeks.flatMap((period) => {
    const thursday = new Date(Date.parse(`${isoWeekSunday(period)}T00:00:00Z`) - 3 * 86_400_000);
    const price = byMonth.get(thursday.toISOString().slice(0, 7));
    return price === undefined ? [] : [{ week: Number(period.slice(-2)), price }];
  });
}

/**
 * The price side of Assens' wall chart: what a granted hour costs, week by week, against the price
 * per hour the budget was built on and the price the expected result implies for the year (the
 * same number as the year-end bridge).
 */
export function weeklyPriceChart(input: WeeklyPriceInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { bridge, months } = input;
  const budgeted = bridge.assumption.price;
  const points = weekPrices(input.weeks, months);
  const latest = months.at(-1);
  const toDate = priceToDate(months, bridge.assumption.fixedCosts);
  const references = [
    { label: `Budget: ${formatKr(Math.round(budgeted))}`, price: budgeted, dash: "6,4" },
    {
      label: `Forventet for året: ${formatKr(Math.round(bridge.expectedPrice))}`,
      price: bridge.expectedPrice,
      dash: "2,3",
    },
  ];
  return {
    id: input.id,
    title: weeklyPriceTitle(bridge, latest),
    subtitle: `Kr. pr. visiteret time i hjemmeplejen pr. uge, ${bridge.fiscalYear}. Prisen beregnes pr. måned, fordi forbruget bogføres pr. måned.`,
    plot: {
      width,
      height: 280,
      marginLeft: 56,
      marginRight: 170,
      marginTop: 30,
      style: CHART_FONT,
      x: { label: "Uge", tickFormat: (d: number) => String(d) },
      y: { label: "Kr. pr. time", grid: true, tickFormat: (d: number) => formatNumber(d) },
      marks: [
        ...references.map((r) =>
          Plot.ruleY([r.price], {
            stroke: r.dash === "6,4" ? COLOURS.ink : COLOURS.muted,
            strokeDasharray: r.dash,
            strokeWidth: 2,
          }),
        ),
        Plot.line(points, { x: "week", y: "price", stroke: COLOURS.accent, strokeWidth: 2.5, curve: "step" }),
        ...references.map((r, index) =>
          Plot.text([r], {
            y: "price",
            frameAnchor: "right",
            text: "label",
            textAnchor: "start",
            dx: 8,
            dy: index === 0 ? -8 : 8,
            fill: COLOURS.ink,
            ariaHidden: "true",
          }),
        ),
      ],
    },
    alt: `Linjediagram over prisen pr. visiteret time i hjemmeplejen pr. uge mod budgettets pris på ${formatKr(Math.round(budgeted))} pr. time. ${toDate === undefined ? "" : `Årets måneder til og med ${formatMonth(latest?.month ?? "")} kostede i gennemsnit ${formatKr(Math.round(toDate))} pr. time. `}Det forventede regnskab svarer til ${formatKr(Math.round(bridge.expectedPrice))} pr. time for hele året.`,
    table: {
      caption: `Pris pr. visiteret time i hjemmeplejen pr. måned, ${bridge.fiscalYear}`,
      columns: [
        { key: "month", label: "Måned", format: "text" },
        { key: "hours", label: "Visiterede timer", format: "number" },
        { key: "spend", label: "Forbrug (kr.)", format: "kr" },
        { key: "price", label: "Pris pr. time (kr.)", format: "kr" },
        { key: "budgeted", label: "Budgetteret pris pr. time (kr.)", format: "kr" },
      ],
      rows: months.map((m) => ({
        month: formatMonth(m.month),
        hours: Math.round(m.hours),
        spend: m.spend,
        price: Math.round(m.price),
        budgeted: Math.round(budgeted),
      })),
    },
    source: input.source,
    definitions: [
      `Pris pr. time = (månedens forbrug − en tolvtedel af de faste udgifter, ${formatKr(bridge.assumption.fixedCosts)} om året) ÷ månedens visiterede timer. Ugernes timer fordeles på månederne efter dage.`,
      "Forventet for året = (forventet regnskab − faste udgifter) ÷ forventet antal timer: den pris, budgetbroen regner med.",
    ],
    caveats: [],
    asOf: input.asOf,
  };
}

/** "Timeprisen ventes at ende 1 kr. over budgettets 907 kr.; i oktober var den 972 kr." */
export function weeklyPriceTitle(bridge: LineBridge, latest: HourlyPriceMonth | undefined): string {
  const dp = priceDifference(bridge);
  const budget = formatKr(Math.round(bridge.assumption.price));
  const year =
    dp === 0
      ? `Timeprisen ventes at ende på budgettets ${budget}`
      : `Timeprisen ventes at ende ${formatKr(Math.abs(dp))} ${dp > 0 ? "over" : "under"} budgettets ${budget}`;
  return latest
    ? `${year}; i ${formatMonth(latest.month).replace(/ \d{4}$/, "")} var den ${formatKr(Math.round(latest.price))}`
    : year;
}
