import * as Plot from "@observablehq/plot";
import { periodStart } from "../data/period.ts";
import { isSuppressed } from "../data/privacy/suppress.ts";
import type { MeasureRow } from "../data/schemas/measures.ts";
import { compareLatest, numberOf, type SeriesPoint } from "../data/transform/activity.ts";
import { controlChart, VARIATION_DEFINITION } from "../data/transform/spc.ts";
import { formatAxisMonth, formatNumber, formatPercent } from "../i18n/format.ts";
import { suppressionRule, WITHHELD_HIDDEN, withheldText } from "../i18n/withheld.ts";
import { countBasisText, formatMeasureValue, periodName, trendFinding } from "./findings.ts";
import type { ChartSpec, TableColumn } from "./spec.ts";
import { CHART_FONT, CHART_WIDTH, COLOURS } from "./theme.ts";

export interface MeasureTrendInput {
  id: string;
  measure: MeasureRow;
  series: readonly SeriesPoint[];
  asOf: string;
  /** The small-cell threshold in force (for the caveat on counts of people). */
  threshold: number;
}

/** "pr. måned" / "pr. uge" / "pr. år" */
const PERIOD_WORD = { month: "måned", week: "uge", year: "år" } as const;

const UNIT_TEXT: Record<MeasureRow["unit"], string> = {
  count: "Antal",
  share: "Procent",
  hours: "Timer",
  kr: "Kr.",
  ratio: "Gennemsnit",
};

/**
 * The top of a share axis: fitted to the values and the standard (6–10 % sick leave gets a 0–12 %
 * axis, not 0–100 %), rounded up to a step that reads well, never above 100 %. Zero stays the
 * baseline, since a share is read against nothing.
 */
export function shareCeiling(points: readonly { value: number | null }[], target?: number): number {
  const top = Math.max(0, target ?? 0, ...points.map((p) => p.value ?? 0)) * 1.15;
  const step = top > 0.5 ? 0.1 : top > 0.2 ? 0.05 : 0.02;
  return Math.min(1, Math.max(step, Math.ceil(top / step) * step));
}

/**
 * A monthly measure over time: the line in the accent colour, the standard (if any) as a dashed
 * rule with its label, and withheld values marked "under N" at the foot of the chart, never as zero.
 */
export function measureTrendChart(
  { id, measure, series, asOf, threshold }: MeasureTrendInput,
  { width = CHART_WIDTH } = {},
): ChartSpec {
  const points = series.map((p) => ({ date: periodStart(p.period), value: numberOf(p) ?? null, point: p }));
  const per = PERIOD_WORD[measure.frequency];
  const withheld = points.filter((p) => p.value === null);
  const last = [...points].reverse().find((p) => p.value !== null);
  const isShare = measure.unit === "share";
  const first = series[0]?.period ?? "";
  const tableColumn: TableColumn = {
    key: "value",
    label: measure.label,
    format: isShare ? "percent1" : measure.unit === "ratio" ? "decimal1" : "number",
    people: measure.counts_people,
  };
  const control = measure.frequency === "month" ? controlChart(series) : undefined;
  return {
    id,
    title: trendFinding(measure, compareLatest(series), control),
    subtitle: `${UNIT_TEXT[measure.unit]} ${perPeriod(measure.definition, per)}, ${periodName(first)} – ${periodName(series.at(-1)?.period ?? first)}.`,
    plot: {
      width,
      height: 280,
      marginRight: 90,
      marginTop: 30,
      marginLeft: 56,
      style: CHART_FONT,
      x: { type: "utc", label: null, tickFormat: formatAxisMonth, ticks: 8 },
      y: {
        label: UNIT_TEXT[measure.unit],
        grid: true,
        zero: measure.unit === "count" || measure.unit === "share",
        ...(isShare
          ? { domain: [0, shareCeiling(points, measure.target)], tickFormat: (d: number) => formatPercent(d) }
          : { tickFormat: (d: number) => formatNumber(d) }),
      },
      marks: [
        ...(control
          ? [
              Plot.ruleY([control.mean], { stroke: COLOURS.muted, strokeWidth: 1 }),
              Plot.ruleY([Math.max(0, control.lower), isShare ? Math.min(1, control.upper) : control.upper], {
                stroke: COLOURS.muted,
                strokeDasharray: "2,3",
              }),
            ]
          : []),
        ...(measure.target === undefined
          ? []
          : [
              Plot.ruleY([measure.target], { stroke: COLOURS.ink, strokeDasharray: "6,4" }),
              Plot.text([measure.target], {
                y: (d: number) => d,
                frameAnchor: "left",
                dx: 6,
                dy: 12,
                text: () =>
                  `${measure.target_label ?? "Mål"} (${formatMeasureValue(measure.target ?? 0, measure.unit)})`,
                textAnchor: "start",
                fill: COLOURS.ink,
                ariaHidden: "true",
              }),
            ]),
        Plot.line(points, { x: "date", y: "value", stroke: COLOURS.accent, strokeWidth: 2.5 }),
        ...(last
          ? [
              Plot.dot([last], { x: "date", y: "value", fill: COLOURS.accent, r: 4 }),
              Plot.text([last], {
                x: "date",
                y: "value",
                text: (d: { value: number }) => formatMeasureValue(d.value, measure.unit),
                textAnchor: "start",
                dx: 8,
                fontWeight: "bold",
                fill: COLOURS.ink,
                ariaHidden: "true",
              }),
            ]
          : []),
        ...(withheld.length === 0
          ? []
          : [
              Plot.dot(withheld, {
                x: "date",
                frameAnchor: "bottom",
                dy: -6,
                symbol: "times",
                stroke: COLOURS.ink,
                r: 4,
              }),
              Plot.text(withheld.slice(0, 1), {
                x: "date",
                frameAnchor: "bottom",
                dy: -18,
                text: () => `${withheldLabel(withheld[0]?.point)} (skjult)`,
                fill: COLOURS.ink,
              }),
            ]),
      ],
    },
    alt: trendAlt(measure, series, control),
    table: {
      caption: `${measure.label} pr. ${per}`,
      columns: [
        { key: "periodName", label: per === "uge" ? "Uge" : per === "år" ? "År" : "Måned", format: "text" },
        tableColumn,
      ],
      rows: series.map((p) => ({ periodName: periodName(p.period), value: p.value })),
    },
    source: measure.source,
    definitions: control
      ? [
          measure.definition,
          `Tynd grå linje: gennemsnittet (${formatMeasureValue(control.mean, measure.unit)}). Prikkede linjer: grænserne for den normale variation (${formatMeasureValue(Math.max(0, control.lower), measure.unit)} til ${formatMeasureValue(control.upper, measure.unit)}). ${VARIATION_DEFINITION}`,
        ]
      : [measure.definition],
    caveats: measure.counts_people ? [suppressionRule(threshold)] : [],
    asOf,
  };
}

/** "ultimo hver måned" (a stock), "i løbet af hver måned" (a flow) or "pr. måned". */
function perPeriod(definition: string, per: string): string {
  const basis = countBasisText(definition);
  if (basis.startsWith("ultimo")) return `ultimo hver ${per}`;
  if (basis.startsWith("i løbet af")) return `i løbet af hver ${per}`;
  return `pr. ${per}`;
}

function withheldLabel(point: SeriesPoint | undefined): string {
  return point && isSuppressed(point.value) ? withheldText(point.value, " ") : WITHHELD_HIDDEN;
}

function trendAlt(
  measure: MeasureRow,
  series: readonly SeriesPoint[],
  control: ReturnType<typeof controlChart>,
): string {
  const values = series.map(numberOf).filter((v): v is number => v !== undefined);
  if (values.length === 0) return `Linjediagram over ${measure.label.toLowerCase()}: ingen tal at vise.`;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const target =
    measure.target === undefined
      ? ""
      : ` ${measure.target_label ?? "Målet"} er ${formatMeasureValue(measure.target, measure.unit)}.`;
  return `Linjediagram over ${measure.label.toLowerCase()} pr. ${PERIOD_WORD[measure.frequency]} fra ${periodName(series[0]?.period ?? "")} til ${periodName(series.at(-1)?.period ?? "")}. Værdierne ligger mellem ${formatMeasureValue(min, measure.unit)} og ${formatMeasureValue(max, measure.unit)}. ${trendFinding(measure, compareLatest(series), control)}.${target}`;
}
