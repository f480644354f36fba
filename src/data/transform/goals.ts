import { mean } from "d3-array";
import { numberOf, type SeriesPoint } from "./activity.ts";

export type GoalState = "on-track" | "at-risk" | "off-track" | "no-data";

/** The ladder goal by the same rule set: the share on the lower steps by year against the target. */
export function ladderGoalEvaluation(
  shares: readonly { year: number; share: number }[],
  target: number,
  deadline: number,
): GoalEvaluation {
  return evaluateGoal(
    { target, direction: "at-least", deadline: String(deadline) },
    shares.map((s) => ({ period: String(s.year), value: s.share })),
  );
}

/** Which way the measure has moved against the same period a year before. */
export type GoalTrend = "better" | "worse" | "flat" | "unknown";

export interface GoalEvaluation {
  state: GoalState;
  latest: number | undefined;
  latestPeriod: string | undefined;
  /** The expected value at the deadline: the same season's latest value plus the yearly change. */
  projected: number | undefined;
  trend: GoalTrend;
}

export interface GoalTarget {
  target: number;
  direction: "at-least" | "at-most";
  /** YYYY-MM for monthly measures, YYYY for yearly ones. */
  deadline: string;
}

/** Within this relative distance of the target a miss is "at risk" (5 %: 6,5 % ± 0,3 procentpoint). */
export const AT_RISK_MARGIN = 0.05;

/** How many of the latest year-on-year changes the trend averages. */
const TREND_WINDOW = 3;

/**
 * One status rule set for every goal on the site (content/goals, service levels and the ladder
 * goals in site.json), written out on the goals page. It respects seasonality: the trend is the
 * change against the same period a year before, and the value expected at the deadline is the
 * same season's latest value plus that yearly change.
 * - off track: the latest value misses the target and the trend is worsening (never "on track");
 * - on track: the value expected at the deadline meets the target;
 * - at risk: the latest value meets the target but the deadline's season is not expected to, or
 *   the expected value misses by at most 5 % of the target;
 * - off track otherwise; no data: no visible value yet.
 */
export function evaluateGoal(goal: GoalTarget, series: readonly SeriesPoint[]): GoalEvaluation {
  const visible = new Map<string, number>();
  for (const point of series) {
    const value = numberOf(point);
    if (value !== undefined) visible.set(point.period, value);
  }
  const periods = [...visible.keys()].sort();
  const latestPeriod = periods.at(-1);
  const latest = latestPeriod === undefined ? undefined : visible.get(latestPeriod);
  if (latestPeriod === undefined || latest === undefined)
    return {
      state: "no-data",
      latest: undefined,
      latestPeriod: undefined,
      projected: undefined,
      trend: "unknown",
    };
  const good = goal.direction === "at-least" ? 1 : -1;
  const meets = (v: number) => (good > 0 ? v >= goal.target : v <= goal.target);
  const drift = yearlyChange(visible, periods);
  const trend: GoalTrend =
    drift === undefined ? "unknown" : drift * good > 0 ? "better" : drift * good < 0 ? "worse" : "flat";
  const { base, years } = seasonalBase(visible, latestPeriod, goal.deadline);
  const projected = base + (drift ?? 0) * years;
  const result = { latest, latestPeriod, projected, trend };
  if (!meets(latest) && trend === "worse") return { ...result, state: "off-track" };
  if (meets(projected)) return { ...result, state: "on-track" };
  const distance = goal.target === 0 ? Number.POSITIVE_INFINITY : Math.abs(projected / goal.target - 1);
  return { ...result, state: meets(latest) || distance <= AT_RISK_MARGIN ? "at-risk" : "off-track" };
}

/** The mean change against the same period a year before, over the latest periods that have one. */
function yearlyChange(visible: ReadonlyMap<string, number>, periods: readonly string[]): number | undefined {
  const changes = periods.flatMap((period) => {
    const now = visible.get(period);
    const before = visible.get(yearBefore(period));
    return now === undefined || before === undefined ? [] : [now - before];
  });
  return changes.length === 0 ? undefined : mean(changes.slice(-TREND_WINDOW));
}

/**
 * The latest value in the deadline's season (the same month in an earlier year; for yearly
 * measures the latest year) and how many years lie between it and the deadline.
 */
function seasonalBase(
  visible: ReadonlyMap<string, number>,
  latestPeriod: string,
  deadline: string,
): { base: number; years: number } {
  const latest = visible.get(latestPeriod) ?? 0;
  const deadlineYear = Number(deadline.slice(0, 4));
  if (/^\d{4}$/.test(latestPeriod))
    return { base: latest, years: Math.max(0, deadlineYear - Number(latestPeriod)) };
  if (!/^\d{4}-\d{2}$/.test(latestPeriod) || !/^\d{4}-\d{2}$/.test(deadline))
    return { base: latest, years: 0 };
  if (deadline <= latestPeriod) return { base: visible.get(deadline) ?? latest, years: 0 };
  for (let year = deadlineYear; year >= deadlineYear - 3; year--) {
    const period = `${year}${deadline.slice(4)}`;
    const value = period <= latestPeriod ? visible.get(period) : undefined;
    if (value !== undefined) return { base: value, years: deadlineYear - year };
  }
  return { base: latest, years: 0 };
}

function yearBefore(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

export const GOAL_STATE_TEXT: Record<GoalState, { label: string; icon: string }> = {
  "on-track": { label: "På rette spor", icon: "✓" },
  "at-risk": { label: "I risiko", icon: "!" },
  "off-track": { label: "Ikke på rette spor", icon: "✕" },
  "no-data": { label: "Ingen tal endnu", icon: "–" },
};

/** Off-track goals first on lists. */
export const GOAL_STATE_ORDER: Record<GoalState, number> = {
  "off-track": 0,
  "at-risk": 1,
  "no-data": 2,
  "on-track": 3,
};
