import * as Plot from "@observablehq/plot";
import { isSuppressed } from "../data/privacy/suppress.ts";
import { formatPercent } from "../i18n/format.ts";
import type { LadderInput } from "./ladder-stair.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";
import { tip } from "./tips.ts";

/**
 * Share of citizens (left, grey) against share of spend (right, accent) per step: the butterfly
 * shows that the top steps hold few people and much of the money.
 */
export function ladderSharesChart(input: LadderInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, areaName, noun: forms, summary, source, asOf } = input;
  const noun = forms.other;
  const visible = summary.steps.filter((s) => !isSuppressed(s.citizenShare));
  const name = (s: (typeof summary.steps)[number]) => `${s.step.order}. ${s.step.title}`;
  const domain = [...summary.steps].reverse().map(name);
  const bars = visible.flatMap((s) => [
    { name: name(s), side: "Andel af borgerne", value: -(s.citizenShare as number) },
    { name: name(s), side: "Andel af udgifterne", value: s.spendShare as number },
  ]);
  const withheld = summary.steps.filter((s) => isSuppressed(s.citizenShare)).map(name);
  const longest = Math.max(...domain.map((d) => d.length));
  const plural = forms.definite;
  const top = [...visible].sort((a, b) => (b.spendShare as number) - (a.spendShare as number))[0];
  return {
    id,
    title: top
      ? `${top.step.title}: ${formatPercent(top.citizenShare as number)} af ${plural}, ${formatPercent(top.spendShare as number)} af udgifterne`
      : `Fordelingen af ${noun} og udgifter på trappen`,
    subtitle: `Venstre: andel af ${plural} på trinnet. Højre: andel af årets udgifter. ${summary.year}.`,
    plot: {
      width,
      height: 70 + summary.steps.length * 36,
      marginLeft: Math.min(260, 10 + longest * 7.2),
      marginRight: 50,
      marginTop: 34,
      style: CHART_FONT,
      x: {
        label: null,
        tickFormat: (d: number) => formatPercent(Math.abs(d)),
        grid: true,
        domain: [-0.7, 0.7],
      },
      y: { label: null, domain },
      marks: [
        Plot.ruleX([0], { stroke: COLOURS.ink, ariaHidden: "true" }),
        Plot.barX(bars, {
          y: "name",
          x: "value",
          fill: (d: { side: string }) => (d.side === "Andel af borgerne" ? COLOURS.peer : COLOURS.accent),
          insetTop: 5,
          insetBottom: 5,
          channels: {
            tip: tip((d: { name: string; side: string; value: number }) => ({
              label: d.name,
              value: `${formatPercent(Math.abs(d.value))} (${d.side.toLowerCase()})`,
              period: String(summary.year),
            })),
          },
        }),
        ...(["start", "end"] as const).map((anchor) =>
          Plot.text(
            bars.filter((d) => (anchor === "end" ? d.value < 0 : d.value >= 0)),
            {
              y: "name",
              x: "value",
              text: (d: { value: number }) => formatPercent(Math.abs(d.value)),
              textAnchor: anchor,
              dx: anchor === "end" ? -4 : 4,
              fill: COLOURS.ink,
              ariaHidden: "true",
            },
          ),
        ),
        Plot.text(withheld, {
          y: (d: string) => d,
          x: 0,
          text: () => "skjult (få personer)",
          fill: COLOURS.ink,
          // Over the zero line: a white halo keeps the word readable instead of struck through.
          stroke: "white",
          strokeWidth: 4,
          paintOrder: "stroke",
          ariaHidden: "true",
        }),
        ...[
          { x: -0.02, text: `← Andel af ${plural}`, anchor: "end" as const },
          { x: 0.02, text: "Andel af udgifterne →", anchor: "start" as const },
        ].map((heading) =>
          Plot.text([heading], {
            x: "x",
            frameAnchor: "top",
            dy: -22,
            text: "text",
            textAnchor: heading.anchor,
            fontWeight: "bold",
            fill: COLOURS.ink,
            ariaHidden: "true",
          }),
        ),
      ],
    },
    alt: `Sommerfugldiagram over indsatstrappen for ${areaName} i ${summary.year}: for hvert trin andelen af ${plural} til venstre og andelen af udgifterne til højre. ${visible
      .map(
        (s) =>
          `${s.step.title}: ${formatPercent(s.citizenShare as number)} af ${plural} og ${formatPercent(s.spendShare as number)} af udgifterne.`,
      )
      .join(" ")}`,
    table: {
      caption: `Andel af ${plural} og af udgifterne pr. trin, ${summary.year}`,
      columns: [
        { key: "name", label: "Trin", format: "text" },
        { key: "citizenShare", label: `Andel af ${plural}`, format: "percent" },
        { key: "spendShare", label: "Andel af udgifterne", format: "percent" },
      ],
      rows: [...summary.steps]
        .reverse()
        .map((s) => ({ name: name(s), citizenShare: s.citizenShare, spendShare: s.spendShare })),
    },
    source,
    definitions: [
      `Andel af ${plural} = antal på trinnet ÷ alle på trappen ved årets udgang. Andel af udgifterne = trinnets udgift ÷ trappens samlede udgift i året. Andelene er afrundet til hele procent.`,
    ],
    caveats: summary.sharesOfShown
      ? [
          "Et trin med få personer er skjult. Andelene er derfor regnet af de viste trin, så de ikke kan bruges til at regne det skjulte trins antal eller udgift ud.",
        ]
      : [],
    asOf,
  };
}
