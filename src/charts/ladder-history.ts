import * as Plot from "@observablehq/plot";
import { isSuppressed } from "../data/privacy/suppress.ts";
import type { NounForms } from "../data/schemas/site.ts";
import type { LadderSummary } from "../data/transform/ladder.ts";
import { formatNumber, formatPercent, NBSP } from "../i18n/format.ts";
import { suppressionRule, WITHHELD_HIDDEN } from "../i18n/withheld.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface LadderHistoryInput {
  id: string;
  areaName: string;
  noun: NounForms;
  /** One summary per year, oldest first. */
  years: readonly LadderSummary[];
  source: string;
  asOf: string;
}

/**
 * How each step developed from the first to the last year: change in citizens (circle) and in
 * spend (square), in per cent. Steps with withheld counts are named but not drawn.
 */
export function ladderHistoryChart(input: LadderHistoryInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, areaName, noun: forms, years, source, asOf } = input;
  const noun = forms.other;
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last) throw new Error("ladderHistoryChart needs at least one year");
  const changes = last.steps.map((step, i) => {
    const before = first.steps[i];
    const change = (a: unknown, b: unknown) =>
      typeof a === "number" && typeof b === "number" && a > 0 ? b / a - 1 : undefined;
    return {
      name: `${step.step.order}. ${step.step.title}`,
      order: step.step.order,
      citizens: change(before?.citizens, step.citizens),
      spend: change(before?.spend, step.spend),
    };
  });
  const points = changes.flatMap((c) => [
    ...(c.citizens === undefined ? [] : [{ name: c.name, measure: `Antal ${noun}`, value: c.citizens }]),
    ...(c.spend === undefined ? [] : [{ name: c.name, measure: "Udgift", value: c.spend }]),
  ]);
  const domain = [...changes].reverse().map((c) => c.name);
  const longest = Math.max(...domain.map((d) => d.length));
  const extent = Math.max(0.2, ...points.map((p) => Math.abs(p.value))) * 1.15;
  const topTwo = changes.filter((c) => c.citizens !== undefined).slice(-2);
  const topChange =
    topTwo.length === 0 ? undefined : topTwo.reduce((sum, c) => sum + (c.citizens ?? 0), 0) / topTwo.length;
  return {
    id,
    title:
      topChange === undefined
        ? `Udviklingen på trappen fra ${first.year} til ${last.year}`
        : `Fra ${first.year} til ${last.year} ${topChange < 0 ? "faldt" : "steg"} antallet af ${noun} på de øverste trin med ${formatPercent(Math.abs(topChange))} i gennemsnit`,
    subtitle: `Ændring i procent fra ${first.year} til ${last.year}. Cirkel: antal ${noun} ved årets udgang. Firkant: årets udgift.`,
    plot: {
      width,
      height: 60 + changes.length * 38,
      marginLeft: Math.min(260, 10 + longest * 7.2),
      marginRight: 30,
      style: CHART_FONT,
      x: {
        label: `Ændring ${first.year}–${last.year}`,
        domain: [-extent, extent],
        grid: true,
        tickFormat: (d: number) => formatPercent(d),
      },
      y: { label: null, domain },
      symbol: { domain: [`Antal ${noun}`, "Udgift"], range: ["circle", "square"] },
      marks: [
        Plot.ruleX([0], { stroke: COLOURS.ink }),
        Plot.dot(points, {
          y: "name",
          x: "value",
          symbol: "measure",
          r: 6,
          fill: (d: { measure: string }) => (d.measure === "Udgift" ? COLOURS.accent : "white"),
          stroke: (d: { measure: string }) => (d.measure === "Udgift" ? COLOURS.accent : COLOURS.ink),
          strokeWidth: 2,
        }),
        Plot.text(
          changes.filter((c) => c.citizens === undefined),
          {
            y: "name",
            x: 0,
            text: () => "skjult (få personer)",
            dx: 8,
            textAnchor: "start",
            fill: COLOURS.ink,
            ariaHidden: "true",
          },
        ),
      ],
    },
    alt: `Prikdiagram over ændringen på hvert trin af indsatstrappen for ${areaName} fra ${first.year} til ${last.year}. ${changes
      .map((c) =>
        c.citizens === undefined
          ? `${c.name}: skjult.`
          : `${c.name}: antal ${noun} ${signed(c.citizens)}, udgift ${c.spend === undefined ? WITHHELD_HIDDEN : signed(c.spend)}.`,
      )
      .join(" ")}`,
    table: {
      caption: `Antal ${noun} og udgift pr. trin, ${first.year}–${last.year}`,
      columns: [
        { key: "name", label: "Trin", format: "text" },
        ...years.flatMap((y) => [
          { key: `c${y.year}`, label: `Antal ${y.year}`, format: "number" as const, people: true },
          { key: `s${y.year}`, label: `Udgift ${y.year}`, format: "mioKr" as const },
        ]),
      ],
      rows: [...last.steps].reverse().map((step) => {
        const cells: Record<string, ReturnType<typeof cellOf>> = {
          name: `${step.step.order}. ${step.step.title}`,
        };
        for (const y of years) {
          const s = y.steps.find((x) => x.step.step_id === step.step.step_id);
          cells[`c${y.year}`] = cellOf(s?.citizens);
          cells[`s${y.year}`] = cellOf(s?.spend);
        }
        return cells;
      }),
    },
    source,
    definitions: ["Udgifterne er i løbende priser (ikke korrigeret for pris- og lønudvikling)."],
    caveats: [suppressionRule(last.threshold, noun)],
    asOf,
  };
}

function cellOf(value: unknown) {
  if (value === undefined) return null;
  if (isSuppressed(value)) return value;
  return value as number | string;
}

function signed(change: number): string {
  return `${change > 0 ? "+" : change < 0 ? "-" : ""}${formatNumber(Math.abs(change) * 100, 0)}${NBSP}%`;
}
