import { mean } from "d3-array";
import { addMonths } from "../period.ts";
import { numberOf, type SeriesPoint } from "./activity.ts";

/** NHS England "Making Data Count": an XmR chart's limits are the mean ± 2.66 × the mean moving range. */
export const LIMIT_FACTOR = 2.66;
/** A run of this many points on one side of the mean is a special cause. */
export const RUN_LENGTH = 7;
/** This many points each higher (or lower) than the one before is a special cause. */
export const TREND_LENGTH = 6;
/** Fewer points than this give no limits: too little history to say what is normal. */
export const MIN_POINTS = 12;

export type Variation = "common" | "high" | "low" | "insufficient";
export type SpecialRule = "outside" | "run" | "trend";

export interface ControlChart {
  mean: number;
  upper: number;
  lower: number;
  /** How the latest value varies: common cause, or a special cause high or low. */
  latest: Variation;
  /** Which rule made the latest value a special cause. */
  rule: SpecialRule | undefined;
}

/**
 * The control chart of a monthly measure and the class of its latest value. Withheld or missing
 * months are gaps: no moving range, run or trend is counted across them.
 */
export function controlChart(series: readonly SeriesPoint[]): ControlChart | undefined {
  const points = series.flatMap((p) => {
    const value = numberOf(p);
    return value === undefined ? [] : [{ period: p.period, value }];
  });
  if (points.length < MIN_POINTS || !points.every((p) => /^\d{4}-\d{2}$/.test(p.period))) return undefined;
  const follows = (i: number) => i > 0 && addMonths(points[i - 1]?.period ?? "", 1) === points[i]?.period;
  const ranges = points.flatMap((p, i) =>
    follows(i) ? [Math.abs(p.value - (points[i - 1]?.value ?? 0))] : [],
  );
  const centre = mean(points, (p) => p.value) ?? 0;
  const spread = LIMIT_FACTOR * (mean(ranges) ?? 0);
  const upper = centre + spread;
  const lower = centre - spread;
  const last = points.at(-1)?.value ?? centre;
  const base = { mean: centre, upper, lower };
  if (spread > 0 && last > upper) return { ...base, latest: "high", rule: "outside" };
  if (spread > 0 && last < lower) return { ...base, latest: "low", rule: "outside" };
  // The unbroken stretch of months ending with the latest.
  let start = points.length - 1;
  while (start > 0 && follows(start)) start--;
  const recent = points.slice(start).map((p) => p.value);
  const side = (v: number) => Math.sign(v - centre);
  const run = countFromEnd(recent, (v) => side(v) === side(last) && side(v) !== 0);
  if (run >= RUN_LENGTH) return { ...base, latest: last > centre ? "high" : "low", rule: "run" };
  const rising = 1 + countFromEnd(steps(recent), (d) => d > 0);
  const falling = 1 + countFromEnd(steps(recent), (d) => d < 0);
  if (rising >= TREND_LENGTH) return { ...base, latest: "high", rule: "trend" };
  if (falling >= TREND_LENGTH) return { ...base, latest: "low", rule: "trend" };
  return { ...base, latest: "common", rule: undefined };
}

function steps(values: readonly number[]): number[] {
  return values.slice(1).map((v, i) => v - (values[i] ?? v));
}

function countFromEnd<T>(values: readonly T[], keep: (value: T) => boolean): number {
  let count = 0;
  for (let i = values.length - 1; i >= 0 && keep(values[i] as T); i--) count++;
  return count;
}

/** The words for the latest value: "inden for den normale variation" or "usædvanligt højt/lavt". */
export function variationPhrase(chart: ControlChart | undefined): string {
  if (!chart || chart.latest === "insufficient") return "";
  if (chart.latest === "common") return "inden for den normale variation";
  const why = {
    outside: "uden for de normale grænser",
    run: `${RUN_LENGTH} måneder eller flere i træk på samme side af gennemsnittet`,
    trend: `${TREND_LENGTH} måneder eller flere i træk ${chart.latest === "high" ? "stigende" : "faldende"}`,
  }[chart.rule ?? "outside"];
  return `usædvanligt ${chart.latest === "high" ? "højt" : "lavt"} (${why})`;
}

/** How the control rules are explained under every chart that uses them. */
export const VARIATION_DEFINITION = `Normal variation: tallet ligger inden for de grænser, måned-til-måned-udsvingene hidtil giver (gennemsnittet ± ${String(LIMIT_FACTOR).replace(".", ",")} gange det gennemsnitlige udsving fra måned til måned), og der er ikke ${RUN_LENGTH} måneder i træk på samme side af gennemsnittet eller ${TREND_LENGTH} måneder i træk, der stiger eller falder. Ellers er tallet usædvanligt højt eller lavt (metoden fra NHS England, "Making Data Count"). Manglende måneder tælles ikke med.`;
