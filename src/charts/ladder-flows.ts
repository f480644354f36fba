import * as Plot from "@observablehq/plot";
import { type Count, isSuppressed } from "../data/privacy/suppress.ts";
import type { LadderStepRow } from "../data/schemas/ladder.ts";
import { OUTSIDE } from "../data/schemas/ladder.ts";
import type { NounForms } from "../data/schemas/site.ts";
import { type LadderCounts, MOVEMENT_KINDS, type Movements } from "../data/transform/ladder.ts";
import { formatNumber } from "../i18n/format.ts";
import { suppressionRule, withheldText } from "../i18n/withheld.ts";
import type { ChartSpec } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";
import { tip } from "./tips.ts";

export interface LadderFlowInput {
  id: string;
  areaName: string;
  noun: NounForms;
  steps: readonly LadderStepRow[];
  counts: LadderCounts;
  year: number;
  source: string;
  asOf: string;
}

const KIND_FILL: Record<keyof Movements, string> = {
  down: "#c6dbef",
  up: "#fdd0a2",
  stayed: "#e5e5e5",
  entered: "#ffffff",
  left: "#ffffff",
};

const KIND_TEXT: Record<keyof Movements, string> = {
  down: "ned ad trappen",
  up: "op ad trappen",
  stayed: "blev på trinnet",
  entered: "kom ind",
  left: "gik ud",
};

function countText(value: Count): string {
  if (!isSuppressed(value)) return formatNumber(value);
  return withheldText(value);
}

/**
 * Movement between steps during a year as a matrix: rows are where citizens stood at the start,
 * columns where they stood at the end. Below the diagonal is down the ladder (the goal), above it
 * up; the row "Ny" is entries and the column "Ud" exits. Every number is written in its cell.
 */
export function ladderFlowChart(input: LadderFlowInput, { width = CHART_WIDTH } = {}): ChartSpec {
  const { id, areaName, noun: forms, steps, counts, year, source, asOf } = input;
  const noun = forms.other;
  const short = (stepId: string) =>
    stepId === OUTSIDE.entry
      ? "Ny"
      : stepId === OUTSIDE.exit
        ? "Ud"
        : `${steps.find((s) => s.step_id === stepId)?.order ?? ""}`;
  const order = new Map(steps.map((s) => [s.step_id, s.order]));
  const from = [OUTSIDE.entry, ...steps.map((s) => s.step_id)];
  const to = [...steps.map((s) => s.step_id), OUTSIDE.exit];
  const kindOf = (f: string, t: string): keyof Movements =>
    f === OUTSIDE.entry
      ? "entered"
      : t === OUTSIDE.exit
        ? "left"
        : (order.get(t) ?? 0) < (order.get(f) ?? 0)
          ? "down"
          : (order.get(t) ?? 0) > (order.get(f) ?? 0)
            ? "up"
            : "stayed";
  const cells = from.flatMap((f) =>
    to.flatMap((t) =>
      f === OUTSIDE.entry && t === OUTSIDE.exit
        ? []
        : [{ from: short(f), to: short(t), kind: kindOf(f, t), value: counts.flow(year, f, t) }],
    ),
  );
  const movements = Object.fromEntries(MOVEMENT_KINDS.map((k) => [k, counts.movement(year, k)])) as Record<
    keyof Movements,
    Count
  >;
  const size = Math.min(56, Math.floor((width - 120) / to.length));
  return {
    id,
    title: flowTitle(year, noun, movements),
    subtitle: `Antal ${noun}. Rækker: trin ved starten af ${year}. Kolonner: trin ved udgangen af ${year}. Blå felter under diagonalen er flytninger ned ad trappen, orange over diagonalen op.`,
    plot: {
      width: Math.min(width, 120 + size * to.length),
      height: 70 + size * from.length,
      marginLeft: 90,
      marginTop: 50,
      style: CHART_FONT,
      x: { axis: "top", label: "Trin ved årets udgang →", domain: to.map(short), tickSize: 0 },
      y: {
        label: "Trin ved årets start",
        domain: from.map(short),
        tickSize: 0,
        tickFormat: (d: string) => (d === "Ny" ? "Ny (ind)" : `Trin ${d}`),
      },
      marks: [
        Plot.cell(cells, {
          x: "to",
          y: "from",
          fill: (d: { kind: keyof Movements }) => KIND_FILL[d.kind],
          stroke: "#ffffff",
          strokeWidth: 2,
          inset: 1,
          channels: {
            tip: tip((d: { from: string; to: string; kind: keyof Movements; value: Count }) => ({
              label: `${d.from === "Ny" ? "Ny (ind)" : `Fra trin ${d.from}`} ${d.to === "Ud" ? "ud af trappen" : `til trin ${d.to}`}`,
              value: `${countText(d.value)} ${noun} (${KIND_TEXT[d.kind]})`,
              period: String(year),
            })),
          },
        }),
        Plot.text(cells, {
          x: "to",
          y: "from",
          text: (d: { value: Count }) => countText(d.value),
          fill: COLOURS.ink,
          fontWeight: "bold",
        }),
      ],
    },
    alt: `Matrix over ${noun}s bevægelser mellem trinene på indsatstrappen for ${areaName} i ${year}. ${MOVEMENT_KINDS.map((k) => `${countText(movements[k])} ${KIND_TEXT[k]}`).join(", ")}.`,
    table: {
      caption: `Bevægelser mellem trinene i ${year} (antal ${noun})`,
      columns: [
        { key: "fromName", label: "Fra", format: "text" },
        ...to.map((t) => ({
          key: t,
          label: t === OUTSIDE.exit ? "Ud" : `Til trin ${short(t)}`,
          format: "number" as const,
          people: true,
        })),
      ],
      rows: from.map((f) => ({
        fromName:
          f === OUTSIDE.entry
            ? "Ny (ind)"
            : `Trin ${short(f)} ${steps.find((s) => s.step_id === f)?.title ?? ""}`,
        ...Object.fromEntries(
          to.map((t) => [t, f === OUTSIDE.entry && t === OUTSIDE.exit ? null : counts.flow(year, f, t)]),
        ),
      })),
    },
    source,
    definitions: [
      "Ned ad trappen = ved årets udgang på et lettere trin end ved årets start. Op = på et tungere trin. Ny = kom ind på trappen i løbet af året. Ud = forlod trappen.",
      `Trinene: ${steps.map((s) => `${s.order} = ${s.title}`).join(", ")}.`,
    ],
    caveats: [suppressionRule(counts.threshold, noun)],
    asOf,
  };
}

/** "I 2025 flyttede 254 børn ned ad trappen og 68 op" – with withheld counts said as such. */
export function flowTitle(year: number, noun: string, movements: Record<keyof Movements, Count>): string {
  const say = (value: Count) =>
    isSuppressed(value)
      ? value.reason === "small"
        ? withheldText(value)
        : "et skjult antal"
      : formatNumber(value);
  return `I ${year} flyttede ${say(movements.down)} ${noun} ned ad trappen og ${say(movements.up)} op`;
}
