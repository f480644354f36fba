import * as Plot from "@observablehq/plot";
import { periodStart } from "../data/period.ts";
import { PROJECTION_METHOD_TEXT, type YearEndView } from "../data/transform/projection.ts";
import {
  formatAxisMonth,
  formatMioKr,
  formatMonth,
  formatNumber,
  formatPercent,
  sentence,
} from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";
import { deviationPhrase } from "./words.ts";

export interface ForecastInput {
  id: string;
  label: string;
  view: YearEndView;
  source: string;
  asOf: string;
}

/** Which of the two the budget follow-up uses, said under every year-end figure. */
export const FOLLOW_UP_USES =
  "Budgetopfølgningen, forsiden og orienteringerne bruger forvaltningens skøn (forventet regnskab). Prognosen ud fra aktiviteten er et uafhængigt tjek af skønnet.";

export const FORECAST_METHOD =
  "Prognosen ud fra aktiviteten vælges for hver budgetlinje blandt tre metoder – samme måned sidste år, aktivitet gange enhedspris, og sidste års forløb med udjævnet vækst – efter hvilken der har ramt bedst, når den blev prøvet på årets tidligere måneder (rullende prøve: fra hver måned fremskrives resten af de kendte måneder og sammenlignes med det faktiske forbrug).";

/** "Prognosen … er 10,4 mio. kr. lavere end forvaltningens skøn, fordi …" */
export function gapSentence(view: YearEndView): string {
  const gap = view.projection - view.administration;
  const rest = view.projectedMonths.length;
  if (rest === 0) return "Året er gået: prognosen er det faktiske forbrug.";
  if (Math.abs(gap) < 0.05e6)
    return "Prognosen ud fra aktiviteten og forvaltningens skøn er ens (forskel under 0,1 mio. kr.).";
  const projectedPerMonth = rest === 0 ? 0 : (view.projection - view.spentToDate) / rest;
  const months = rest === 1 ? "årets sidste måned" : `årets sidste ${rest} måneder`;
  return `Prognosen ud fra aktiviteten er ${formatMioKr(Math.abs(gap))} ${gap < 0 ? "lavere" : "højere"} end forvaltningens skøn, fordi skønnet svarer til et forbrug på ${formatMioKr(view.administrationPerMonth)} om måneden i ${months}, mens prognosen regner med ${formatMioKr(projectedPerMonth)} om måneden (de seneste 3 måneder var forbruget ${formatMioKr(view.recentPerMonth)} om måneden).`;
}

/** The method and its typical error, and the band in plain words – claimed only as far as the backtest holds. */
export function methodSentences(view: YearEndView): string[] {
  const chosen = view.scores.find((s) => s.method === view.method);
  const method = PROJECTION_METHOD_TEXT[view.method];
  if (!chosen)
    return [
      `Metode: ${method.name} – ${method.how}. Der er endnu for få måneder i året til at prøve metoderne af på tidligere måneder, så der vises intet bånd, og prognosen er usikker.`,
    ];
  const others = view.scores
    .filter((s) => s.method !== view.method)
    .map((s) => `${PROJECTION_METHOD_TEXT[s.method].name} ${formatPercent(s.mape, 1)}`)
    .join(", ");
  const { held, judged, halfWidth } = view.band;
  const band =
    judged >= 5 && held / judged >= 0.8
      ? `Båndet er ±${formatPercent(halfWidth, 1)} af det fremskrevne forbrug. I ${held} af ${judged} tidligere prøver lå det faktiske forbrug inden for et bånd beregnet på samme måde.`
      : `Båndet er ±${formatPercent(halfWidth, 1)} af det fremskrevne forbrug: så langt har prognosen højst ramt ved siden af i 8 af 10 tidligere prøver. Det er et groft mål: i de tidligere prøver holdt et bånd beregnet på samme måde kun i ${held} af ${judged} tilfælde.`;
  return [
    `Metode: ${method.name} – ${method.how}. Den ramte bedst i ${chosen.tests} prøver på årets tidligere måneder, med en typisk fejl på ${formatPercent(chosen.mape, 1)} af forbruget resten af året${others ? ` (${others})` : ""}.`,
    band,
  ];
}

interface Point {
  date: Date;
  mio: number;
  low: number;
  high: number;
}

/**
 * One year-end view of a budget line: spend so far through the year, the activity-based projection
 * to December with its band, the administration's expected result and the corrected budget.
 */
export function forecastChart(input: ForecastInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, label, view, source, asOf } = input;
  let running = 0;
  const actual: Point[] = view.actualMonths.map((m) => {
    running += m.spend;
    return { date: periodStart(m.month), mio: running / 1e6, low: running / 1e6, high: running / 1e6 };
  });
  const spent = running;
  let ahead = 0;
  const projected: Point[] = view.projectedMonths.map((m) => {
    ahead += m.spend;
    const spread = ahead * view.band.halfWidth;
    return {
      date: periodStart(m.month),
      mio: (spent + ahead) / 1e6,
      low: (spent + ahead - spread) / 1e6,
      high: (spent + ahead + spread) / 1e6,
    };
  });
  const last = actual.at(-1);
  const shown = actual.slice(-4);
  const path = last ? [last, ...projected] : projected;
  const december = periodStart(`${view.fiscalYear}-12`);
  const ends = [
    {
      date: december,
      mio: view.administration / 1e6,
      text: `Forvaltningens skøn ${formatMioKr(view.administration)}`,
    },
    { date: december, mio: view.projection / 1e6, text: `Prognose ${formatMioKr(view.projection)}` },
  ].sort((a, b) => b.mio - a.mio);
  return {
    id,
    title: `${label}: forvaltningen skønner ${deviationPhrase(view.administration - view.budget, view.budget)}, prognosen ud fra aktiviteten ${deviationPhrase(view.projection - view.budget, view.budget)}`,
    subtitle: `Forbrug i året til og med måneden, mio. kr., årets sidste måneder. Fuld linje: faktisk. Stiplet linje og bånd: prognose ud fra aktiviteten. Prik ved december: forvaltningens skøn. Vandret streg: korrigeret budget. ${gapSentence(view)}`,
    plot: {
      width,
      height: 320,
      marginTop: 30,
      marginRight: 250,
      style: CHART_FONT,
      // The last months only, and no zero baseline: the two year-end figures must be told apart.
      x: {
        type: "utc",
        label: null,
        tickFormat: formatAxisMonth,
        ticks: 6,
        domain: [shown[0]?.date ?? december, december],
      },
      y: { label: "Mio. kr. i året", grid: true, zero: false, tickFormat: (d: number) => formatNumber(d) },
      marks: [
        Plot.ruleY([view.budget / 1e6], { stroke: COLOURS.muted, strokeDasharray: "4,3" }),
        Plot.areaY(path, { x: "date", y1: "low", y2: "high", fill: COLOURS.accent, fillOpacity: 0.15 }),
        Plot.line(path, {
          x: "date",
          y: "mio",
          stroke: COLOURS.accent,
          strokeDasharray: "6,4",
          strokeWidth: 2,
        }),
        Plot.line(shown, { x: "date", y: "mio", stroke: COLOURS.ink, strokeWidth: 2 }),
        Plot.dot(shown, { x: "date", y: "mio", fill: COLOURS.ink, r: 2.5 }),
        Plot.dot([ends.find((e) => e.text.startsWith("Forvaltningens")) ?? ends[0]], {
          x: "date",
          y: "mio",
          fill: COLOURS.ink,
          r: 5,
        }),
        ...ends.map((end, i) =>
          Plot.text([end], {
            x: "date",
            y: "mio",
            text: "text",
            textAnchor: "start",
            dx: 10,
            dy: i === 0 ? -8 : 8,
            fill: COLOURS.ink,
            ariaHidden: "true",
          }),
        ),
        Plot.text([{ y: view.budget / 1e6 }], {
          x: shown[0]?.date ?? december,
          y: "y",
          text: () => `Korrigeret budget ${formatMioKr(view.budget)}`,
          textAnchor: "start",
          dy: -8,
          fill: COLOURS.ink,
          ariaHidden: "true",
        }),
      ],
    },
    alt: `Linjediagram over forbruget i året til ${label}, faktisk frem til ${formatMonth(view.month)} og fremskrevet til december. ${sentence(`Forvaltningens skøn for året er ${formatMioKr(view.administration)}, prognosen ud fra aktiviteten ${formatMioKr(view.projection)} (bånd ${formatMioKr(view.low)} til ${formatMioKr(view.high)}), og det korrigerede budget er ${formatMioKr(view.budget)}`)} ${gapSentence(view)}`,
    table: {
      caption: `Året for ${label}: forvaltningens skøn og prognosen ud fra aktiviteten`,
      columns: [
        { key: "monthName", label: "Måned", format: "text" },
        { key: "kind", label: "Hvad", format: "text" },
        { key: "spend", label: "Forbrug i måneden", format: "mioKr" },
        { key: "cumulative", label: "Forbrug i året", format: "mioKr" },
        { key: "low", label: "Bånd, lav", format: "mioKr" },
        { key: "high", label: "Bånd, høj", format: "mioKr" },
      ],
      rows: [
        ...view.actualMonths.map((m, i) => ({
          monthName: formatMonth(m.month),
          kind: "Faktisk",
          spend: m.spend,
          cumulative: (actual[i]?.mio ?? 0) * 1e6,
          low: null,
          high: null,
        })),
        ...view.projectedMonths.map((m, i) => ({
          monthName: formatMonth(m.month),
          kind: "Prognose ud fra aktiviteten",
          spend: m.spend,
          cumulative: (projected[i]?.mio ?? 0) * 1e6,
          low: (projected[i]?.low ?? 0) * 1e6,
          high: (projected[i]?.high ?? 0) * 1e6,
        })),
        {
          monthName: `Året ${view.fiscalYear}`,
          kind: "Forvaltningens skøn (bruges i budgetopfølgningen)",
          spend: null,
          cumulative: view.administration,
          low: null,
          high: null,
        },
        {
          monthName: `Året ${view.fiscalYear}`,
          kind: "Prognose ud fra aktiviteten",
          spend: null,
          cumulative: view.projection,
          low: view.low,
          high: view.high,
        },
        {
          monthName: `Året ${view.fiscalYear}`,
          kind: "Korrigeret budget",
          spend: null,
          cumulative: view.budget,
          low: null,
          high: null,
        },
      ],
    },
    source,
    definitions: [FOLLOW_UP_USES, ...methodSentences(view), FORECAST_METHOD],
    caveats: [
      "Prognosen antager, at udviklingen fortsætter som hidtil. Store enkeltsager, prisstigninger og politiske beslutninger er ikke med.",
      "November og december sidste år kendes kun samlet (årsregnskabet minus forbruget til oktober) og er delt ligeligt på de to måneder.",
    ],
    asOf,
  };
}
