import { numberOf, type SeriesPoint } from "./activity.ts";
import { linearTrend } from "./unit-cost.ts";

export type GoalState = "on-track" | "at-risk" | "off-track" | "no-data";

export interface GoalEvaluation {
  state: GoalState;
  latest: number | undefined;
  latestPeriod: string | undefined;
  /** Where the straight line through the last 12 values is at the deadline. */
  projected: number | undefined;
}

/** Within this distance of the target (relative, or 5 percentage points for shares) a miss is "at risk". */
export const AT_RISK_MARGIN = 0.05;

const monthsBetween = (from: string, to: string): number => {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  return ((ty ?? 0) - (fy ?? 0)) * 12 + ((tm ?? 0) - (fm ?? 0));
};

/**
 * Status rules, written out on the goals page:
 * on track: the latest value meets the target, or the trend of the last 12 values meets it by the
 * deadline; at risk: neither, but the latest value is within 5 % (5 percentage points for shares)
 * of the target; off track: otherwise; no data: no visible value yet.
 */
export function evaluateGoal(
  goal: { target: number; direction: "at-least" | "at-most"; deadline: string },
  series: readonly SeriesPoint[],
  isShare: boolean,
): GoalEvaluation {
  const visible = series.flatMap((p) => {
    const value = numberOf(p);
    return value === undefined ? [] : [{ period: p.period, value }];
  });
  const last = visible.at(-1);
  if (!last) return { state: "no-data", latest: undefined, latestPeriod: undefined, projected: undefined };
  const meets = (v: number) => (goal.direction === "at-least" ? v >= goal.target : v <= goal.target);
  const recent = visible.slice(-12);
  const trend = linearTrend(recent.map((p) => p.value));
  const ahead = /^\d{4}-\d{2}$/.test(last.period)
    ? Math.max(0, monthsBetween(last.period, goal.deadline))
    : 0;
  const projected = trend.at(recent.length - 1 + ahead);
  const base = { latest: last.value, latestPeriod: last.period, projected };
  if (meets(last.value) || meets(projected)) return { ...base, state: "on-track" };
  const distance = isShare ? Math.abs(last.value - goal.target) : Math.abs(last.value / goal.target - 1);
  return { ...base, state: distance <= AT_RISK_MARGIN ? "at-risk" : "off-track" };
}

export const GOAL_STATE_TEXT: Record<GoalState, { label: string; icon: string }> = {
  "on-track": { label: "På rette spor", icon: "✓" },
  "at-risk": { label: "I risiko", icon: "!" },
  "off-track": { label: "Ikke på rette spor", icon: "✕" },
  "no-data": { label: "Ingen tal endnu", icon: "–" },
};
