import * as Plot from "@observablehq/plot";
import { isSuppressed } from "../data/privacy/suppress.ts";
import type { NounForms } from "../data/schemas/site.ts";
import type { LadderSummary } from "../data/transform/ladder.ts";
import { formatKr, formatList, formatMioKr, formatNumber, NBSP } from "../i18n/format.ts";
import { suppressionRule, WITHHELD_HIDDEN, withheldText } from "../i18n/withheld.ts";
import { formatCell } from "./cells.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface LadderInput {
  id: string;
  areaName: string;
  /** What the citizens are called: { one: "barn", other: "børn", definite: "børnene" }. */
  noun: NounForms;
  summary: LadderSummary;
  source: string;
  asOf: string;
}

/**
 * The ladder drawn as a stair: one step per row, lightest at the bottom, each bar as long as the
 * number of citizens on the step (what the goal is about: moving citizens down), with the cost
 * written under each bar: the step's spend, the yearly cost per citizen and the average duration.
 */
export function ladderStairChart(input: LadderInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, areaName, noun: forms, summary, source, asOf } = input;
  const { one, other: noun } = forms;
  const rows = summary.steps.map((s) => {
    const withheld = isSuppressed(s.costPerCitizen);
    const hidden = withheld || isSuppressed(s.citizens);
    return {
      name: `${s.step.order}. ${s.step.title}`,
      citizens: hidden ? 0 : (s.citizens as number),
      withheld: hidden,
      label: hidden
        ? `${isSuppressed(s.citizens) ? withheldText(s.citizens) : WITHHELD_HIDDEN} – tallene for trinnet er skjult`
        : `${formatCell(s.citizens, "number")} ${noun} · ${formatMioKr(s.spend as number)} i alt`,
      cost: hidden
        ? `for at beskytte ${noun}`
        : `${formatKr(Math.round((s.costPerCitizen as number) / 1000) * 1000)} pr. ${one} pr. år · ${formatNumber(s.durationMonths as number, 0)} mdr.`,
    };
  });
  const domain = [...rows].reverse().map((row) => row.name);
  const longest = Math.max(...rows.map((row) => row.name.length));
  return {
    id,
    title: stairTitle(input),
    subtitle: `Antal ${noun} pr. trin ved årets udgang, ${summary.year}. Trin 0 er det letteste. Under hver søjle: antal ${noun}, trinnets samlede udgift, udgift pr. ${one} pr. år og gennemsnitlig varighed.`,
    plot: {
      width,
      // Each row: the bar, and two lines under it (count and spend; cost per citizen and duration).
      height: 50 + rows.length * 62,
      marginLeft: Math.min(260, 10 + longest * 7.2),
      marginRight: 20,
      style: CHART_FONT,
      x: { label: `Antal ${noun}`, grid: true, tickFormat: (d: number) => formatNumber(d) },
      y: { label: null, domain },
      marks: [
        Plot.barX(
          rows.filter((r) => !r.withheld),
          { y: "name", x: "citizens", fill: COLOURS.accent, insetTop: 4, insetBottom: 32 },
        ),
        ...(["label", "cost"] as const).map((line, i) =>
          Plot.text(rows, {
            y: "name",
            frameAnchor: "left",
            dy: 6 + i * 15,
            dx: 2,
            text: line,
            textAnchor: "start",
            fill: COLOURS.ink,
            fontSize: 12,
            ariaHidden: "true",
          }),
        ),
        Plot.ruleX([0], { stroke: COLOURS.ink, ariaHidden: "true" }),
      ],
    },
    alt: `Trappediagram over indsatstrappen for ${areaName} i ${summary.year}, fra det letteste trin nederst til det tungeste øverst. ${summary.steps
      .map((s) =>
        isSuppressed(s.citizens)
          ? `Trin ${s.step.order}, ${s.step.title}: tallene er skjult for at beskytte borgerne.`
          : `Trin ${s.step.order}, ${s.step.title}: ${formatCell(s.citizens, "number")} ${noun}, ${formatMioKr(s.spend as number)}, ${formatKr(Math.round(s.costPerCitizen as number))} pr. ${one} pr. år, ${formatNumber(s.durationMonths as number, 1)} måneder i gennemsnit.`,
      )
      .join(" ")}`,
    table: {
      caption: `Indsatstrappen for ${areaName}, ${summary.year}`,
      columns: [
        { key: "name", label: "Trin", format: "text" },
        { key: "legalBasis", label: "Lovgrundlag", format: "text" },
        { key: "citizens", label: `Antal ${noun}`, format: "number", people: true },
        { key: "spend", label: "Udgift i året", format: "mioKr" },
        { key: "costPerCitizen", label: "Udgift pr. år pr. person", format: "kr" },
        { key: "durationMonths", label: "Gns. varighed (mdr.)", format: "decimal1" },
      ],
      rows: [...summary.steps].reverse().map((s) => ({
        name: `${s.step.order}. ${s.step.title}`,
        legalBasis: s.step.legal_basis,
        citizens: s.citizens,
        spend: s.spend,
        costPerCitizen: isSuppressed(s.costPerCitizen) ? s.costPerCitizen : Math.round(s.costPerCitizen),
        durationMonths: s.durationMonths,
      })),
    },
    source,
    definitions: [
      `Antal ${noun} på trinnet ved årets udgang. Har en person indsatser på flere trin, tælles personen på det højeste.`,
      "Udgift pr. år pr. person = årets udgift på trinnet ÷ antal ved årets udgang.",
      "Varighed er den gennemsnitlige tid på trinnet for afsluttede og igangværende forløb.",
    ],
    caveats: [
      suppressionRule(summary.threshold, noun),
      "Udgift, varighed og udgift pr. person vises ikke for et trin, hvis antal er skjult.",
    ],
    asOf,
  };
}

/** "3 % af børnene er på de to øverste trin, men de koster 42 % af udgifterne" */
export function stairTitle({ summary, noun }: Pick<LadderInput, "summary" | "noun">): string {
  const visible = summary.steps.filter((s) => !isSuppressed(s.citizenShare) && !isSuppressed(s.spendShare));
  const top = [...visible].sort((a, b) => b.step.order - a.step.order).slice(0, 2);
  if (top.length === 0) return `Indsatstrappen for ${summary.year}`;
  const citizens = top.reduce((sum, s) => sum + (s.citizenShare as number), 0);
  const spend = top.reduce((sum, s) => sum + (s.spendShare as number), 0);
  const names = formatList(top.map((s) => s.step.title.toLowerCase()));
  return `${Math.round(citizens * 100)}${NBSP}% af ${noun.definite} er i ${names}, men de står for ${Math.round(spend * 100)}${NBSP}% af udgifterne`;
}
