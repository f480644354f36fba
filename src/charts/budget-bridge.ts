import * as Plot from "@observablehq/plot";
import type { LineBridge } from "../data/transform/budget-bridge.ts";
import { formatKr, formatMioKr, formatMonth, formatNumber, sentence } from "../i18n/format.ts";
import { bridgeTitle, capitalise, differenceClauses, UNIT_WORDS } from "./bridge-words.ts";
import { FOLLOW_UP_USES } from "./forecast.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface BudgetBridgeInput {
  id: string;
  bridge: LineBridge;
  /** The measure the expected volume is counted by, e.g. "Anbragte børn og unge". */
  measureLabel: string;
  source: string;
  asOf: string;
}

/** One step of the bridge: from → to, in kr. relative to the budget. */
interface Step {
  step: string;
  from: number;
  to: number;
  kind: "total" | "effect";
}

/** The steps from the budget (0) to the expected deviation: volume, price, other, then the total. */
export function bridgeSteps(bridge: LineBridge): Step[] {
  const { volumeEffect, priceEffect, remainder, total } = bridge.split;
  const afterVolume = volumeEffect;
  const afterPrice = afterVolume + priceEffect;
  return [
    { step: "Mængde", from: 0, to: afterVolume, kind: "effect" },
    { step: "Pris", from: afterVolume, to: afterPrice, kind: "effect" },
    { step: "Andet", from: afterPrice, to: afterPrice + remainder, kind: "effect" },
    { step: "Afvigelse i alt", from: 0, to: total, kind: "total" },
  ];
}

/**
 * The bridge (waterfall) from a line's corrected budget to its expected result: how much of the
 * deviation is more or fewer units than budgeted, how much a higher or lower price per unit, and
 * what the assumptions do not cover.
 */
export function budgetBridgeChart(input: BudgetBridgeInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { bridge } = input;
  const a = bridge.assumption;
  const words = UNIT_WORDS[a.unit];
  const steps = bridgeSteps(bridge);
  const signed = (kr: number) => `${kr > 0 ? "+" : kr < 0 ? "−" : "±"}${formatMioKr(Math.abs(kr))}`;
  const volumeDecimals = a.unit === "hours" ? 0 : 1;
  return {
    id: input.id,
    title: bridgeTitle(bridge),
    subtitle: `${capitalise(a.label)}: fra korrigeret budget ${formatMioKr(bridge.budget)} til forventet regnskab ${formatMioKr(bridge.expected)}, ${bridge.fiscalYear}, skøn pr. ${formatMonth(bridge.month)}. Mio. kr. i forhold til budgettet.`,
    plot: {
      width,
      height: 210,
      marginLeft: 120,
      marginRight: 120,
      style: CHART_FONT,
      x: {
        label: "Mio. kr. i forhold til budgettet",
        grid: true,
        tickFormat: (v: number) => formatNumber(v / 1e6, 1),
      },
      y: { label: null, domain: steps.map((s) => s.step) },
      marks: [
        Plot.barX(steps, {
          y: "step",
          x1: "from",
          x2: "to",
          fill: (s: Step) =>
            s.kind === "total" ? COLOURS.ink : s.to >= s.from ? COLOURS.over : COLOURS.under,
          insetTop: 6,
          insetBottom: 6,
        }),
        Plot.ruleX([0], { stroke: COLOURS.ink }),
        Plot.text(steps, {
          y: "step",
          x: (s: Step) => Math.max(s.from, s.to),
          text: (s: Step) => signed(s.to - s.from),
          textAnchor: "start",
          dx: 6,
          fill: COLOURS.ink,
          ariaHidden: "true",
        }),
      ],
    },
    alt: `Vandfaldsdiagram fra korrigeret budget ${formatMioKr(bridge.budget)} til forventet regnskab ${formatMioKr(bridge.expected)} for ${a.label}. Mængden: ${signed(bridge.split.volumeEffect)}; prisen: ${signed(bridge.split.priceEffect)}; andet: ${signed(bridge.split.remainder)}; ${sentence(`afvigelse i alt ${signed(bridge.split.total)}`)} Der er ${differenceClauses(bridge)}.`,
    table: {
      caption: `Fra budget til forventet regnskab for ${a.label}, ${bridge.fiscalYear}`,
      columns: [
        { key: "step", label: "Trin", format: "text" },
        {
          key: "volume",
          label: `Mængde (${words.plural})`,
          format: volumeDecimals === 0 ? "number" : "decimal1",
        },
        { key: "price", label: `Pris (kr. ${words.pricePer})`, format: "kr" },
        { key: "amount", label: "Beløb (kr.)", format: "kr" },
      ],
      rows: [
        { step: "Korrigeret budget", volume: a.volume, price: Math.round(a.price), amount: bridge.budget },
        {
          step: "Mængde: forskel i mængde × budgetteret pris",
          volume: bridge.expectedVolume - a.volume,
          price: Math.round(a.price),
          amount: bridge.split.volumeEffect,
        },
        {
          step: "Pris: forskel i pris × forventet mængde",
          volume: bridge.expectedVolume,
          price: Math.round(bridge.expectedPrice - a.price),
          amount: bridge.split.priceEffect,
        },
        { step: "Andet", volume: null, price: null, amount: bridge.split.remainder },
        {
          step: "Forventet regnskab",
          volume: bridge.expectedVolume,
          price: Math.round(bridge.expectedPrice),
          amount: bridge.expected,
        },
      ],
    },
    source: input.source,
    definitions: bridgeDefinitions(input),
    caveats: [
      "Delingen viser, hvor afvigelsen sidder, ikke hvorfor: en højere pris pr. anbringelse kan fx skyldes tungere sager.",
    ],
    asOf: input.asOf,
  };
}

function bridgeDefinitions({ bridge, measureLabel }: BudgetBridgeInput): string[] {
  const a = bridge.assumption;
  const words = UNIT_WORDS[a.unit];
  const periods = a.unit === "hours" ? "ugerne" : "månederne";
  const fixed =
    a.fixedCosts === 0
      ? []
      : [
          `Faste udgifter, som ikke følger mængden: ${formatKr(a.fixedCosts)} (${a.fixedCostsNotes.join("; ")}).`,
        ];
  return [
    "Mængdeeffekt = (forventet mængde − budgetteret mængde) × budgetteret pris. Priseffekt = (forventet pris − budgetteret pris) × forventet mængde. Andet = resten: den del af budgettet, som forudsætningerne ikke dækker (fx en budgetkorrektion), og afrunding. De tre dele giver tilsammen hele afvigelsen.",
    `Budgetteret mængde og pris er de forudsætninger, budgettet blev lagt på: ${formatNumber(a.volume, Number.isInteger(a.volume) ? 0 : 1)} ${words.plural} à ${formatKr(Math.round(a.price))} ${words.pricePer}${a.months.length > 0 ? " (fordelt på årets måneder)" : ""}.`,
    `Forventet mængde = gennemsnittet af "${measureLabel}" i ${periods} ${bridge.fiscalYear} til og med ${formatMonth(bridge.month)} (${bridge.periods} i alt), holdt året ud. Forventet pris = (forventet regnskab − faste udgifter) ÷ forventet mængde.`,
    ...fixed,
    FOLLOW_UP_USES,
  ];
}
