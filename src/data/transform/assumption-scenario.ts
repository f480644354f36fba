import type { AssumptionUnit } from "../schemas/budget-assumptions.ts";
import type { LineBridge } from "./budget-bridge.ts";
import { addMonths } from "./unit-cost.ts";

/**
 * A starting scenario for the scenario planner, made from a line's budget assumptions: "what if
 * the volume returns to the budgeted level by June?". Volumes are yearly rates (average citizens,
 * or hours a year), so a month costs rate × price ÷ 12.
 */
export interface VolumeScenario {
  area: string;
  line: string;
  label: string;
  unit: AssumptionUnit;
  /** The expected volume now and the volume the scenario moves to. */
  fromVolume: number;
  toVolume: number;
  /** The month by which the volume has moved (YYYY-MM). */
  byMonth: string;
  /** The price each month is paid at: the bridge's expected price. */
  price: number;
  /** The months after the follow-up month, with the volume the scenario assumes in each. */
  months: { month: string; volume: number }[];
  /** The expected result (the follow-up's), the scenario's result, and the difference. */
  expected: number;
  result: number;
  change: number;
}

/**
 * Moves the volume in a straight line from the expected volume (in the follow-up month) to the
 * target by `byMonth`, and holds it there to the year's end; every other assumption stays. The
 * expected result is the starting point, so with no change the scenario's result is the same number.
 */
export function volumeScenario(
  bridge: LineBridge,
  { byMonth, toVolume = bridge.assumption.volume }: { byMonth: string; toVolume?: number },
): VolumeScenario {
  const from = bridge.expectedVolume;
  const rest: string[] = [];
  for (let m = addMonths(bridge.month, 1); m.startsWith(`${bridge.fiscalYear}-`); m = addMonths(m, 1))
    rest.push(m);
  const steps = Math.max(1, rest.filter((m) => m <= byMonth).length);
  const months = rest.map((month, index) => ({
    month,
    volume: index + 1 >= steps ? toVolume : from + ((toVolume - from) * (index + 1)) / steps,
  }));
  const change =
    Math.round(months.reduce((s, m) => s + ((m.volume - from) * bridge.expectedPrice) / 12, 0)) + 0;
  const a = bridge.assumption;
  return {
    area: a.area,
    line: a.line,
    label: a.label,
    unit: a.unit,
    fromVolume: from,
    toVolume,
    byMonth,
    price: bridge.expectedPrice,
    months,
    expected: bridge.expected,
    result: bridge.expected + change,
    change,
  };
}
