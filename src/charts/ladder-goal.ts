import * as Plot from "@observablehq/plot";
import type { NounForms } from "../data/schemas/site.ts";
import { GOAL_STATE_TEXT, ladderGoalEvaluation } from "../data/transform/goals.ts";
import { formatPercent } from "../i18n/format.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export { ladderGoalEvaluation } from "../data/transform/goals.ts";

export interface LadderGoalInput {
  id: string;
  noun: NounForms;
  goalText: string;
  decidedIn: string;
  lowerStepNames: string[];
  targetShare: number;
  deadline: number;
  shares: readonly { year: number; share: number }[];
  source: string;
  asOf: string;
}

/** The ladder's political goal: the share of citizens on the lower steps each year against the target. */
export function ladderGoalChart(input: LadderGoalInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, noun: forms, shares, targetShare, deadline, source, asOf } = input;
  const noun = forms.other;
  const status = GOAL_STATE_TEXT[ladderGoalEvaluation(shares, targetShare, deadline).state].label;
  const latest = shares.at(-1);
  const low = Math.max(0, Math.min(targetShare, ...shares.map((s) => s.share)) - 0.05);
  return {
    id,
    title: `${status}: ${formatPercent(latest?.share ?? 0)} af ${forms.definite} er på de nederste trin – målet er ${formatPercent(targetShare)} i ${deadline}`,
    subtitle: `Andel på trinene ${input.lowerStepNames.join(", ")} ved årets udgang. Stiplet linje: målet.`,
    plot: {
      width,
      height: 260,
      marginTop: 30,
      marginRight: 60,
      // Room for "100 %" on the axis, and the first year's value label clear of the tick labels.
      marginLeft: 56,
      style: CHART_FONT,
      x: {
        label: null,
        tickFormat: (d: number) => String(d),
        ticks: [...new Set([...shares.map((s) => s.year), deadline])],
        domain: [(shares[0]?.year ?? deadline) - 0.35, deadline + 0.1],
      },
      y: { label: "Andel", domain: [low, 1], tickFormat: (d: number) => formatPercent(d), grid: true },
      marks: [
        Plot.ruleY([targetShare], { stroke: COLOURS.ink, strokeDasharray: "6,4" }),
        Plot.text([targetShare], {
          y: (d: number) => d,
          x: deadline,
          text: () => `Mål ${formatPercent(targetShare)}`,
          textAnchor: "end",
          dy: -8,
          fill: COLOURS.ink,
          ariaHidden: "true",
        }),
        Plot.line(shares, { x: "year", y: "share", stroke: COLOURS.accent, strokeWidth: 2.5 }),
        Plot.dot(shares, { x: "year", y: "share", fill: COLOURS.accent, r: 4 }),
        Plot.text(shares, {
          x: "year",
          y: "share",
          text: (d: { share: number }) => formatPercent(d.share),
          dy: 14,
          fill: COLOURS.ink,
          ariaHidden: "true",
        }),
      ],
    },
    alt: `Linjediagram over andelen af ${noun} på de nederste trin fra ${shares[0]?.year} til ${latest?.year}: ${shares.map((s) => `${s.year} ${formatPercent(s.share)}`).join(", ")}. Målet er ${formatPercent(targetShare)} i ${deadline}. Status: ${status.toLowerCase()}.`,
    table: {
      caption: `Andel af ${noun} på de nederste trin`,
      columns: [
        { key: "year", label: "År", format: "text" },
        { key: "share", label: "Andel på de nederste trin", format: "percent" },
        { key: "target", label: "Mål", format: "percent" },
      ],
      rows: shares.map((s) => ({ year: String(s.year), share: s.share, target: targetShare })),
    },
    source: `${source}. Målet: ${input.decidedIn}`,
    definitions: [
      input.goalText,
      "Status vurderes efter de samme regler som alle andre mål på siden: se siden Politiske mål.",
      "Andelen er afrundet til hele procent, så den ikke kan bruges til at regne skjulte antal ud. Et år, hvor andelen kunne afsløre et skjult antal, vises ikke.",
    ],
    caveats: [],
    asOf,
  };
}
