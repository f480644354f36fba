import { describe, expect, it } from "vitest";
import { crossingWeek, weeklyHoursChart, weekRows } from "../../src/charts/weekly-hours.ts";
import type { SeriesPoint } from "../../src/data/transform/activity.ts";
import { snapshotSvg } from "./snapshot.ts";

const weeks = (values: number[]): SeriesPoint[] =>
  values.map((value, i) => ({ period: `2026-W${String(i + 1).padStart(2, "0")}`, value }));
const granted = weeks([5300, 5350, 5400, 5380, 5250, 5190, 5150, 5120]);
const budgeted = weeks(Array.from({ length: 8 }, () => 5200));

describe("crossingWeek", () => {
  it("finds the first week from which granted hours stay within budget", () => {
    expect(crossingWeek(weekRows(granted, budgeted))?.week).toBe(6);
  });
  it("finds none while granted hours are still above budget", () => {
    expect(crossingWeek(weekRows(weeks([5300, 5100, 5300]), budgeted))).toBeUndefined();
  });
});

describe("weeklyHoursChart", () => {
  const spec = weeklyHoursChart({
    id: "timer",
    granted,
    budgeted,
    source: "Omsorgssystem",
    definitions: [],
    asOf: "2026-02-28",
  });
  it("states the crossing week in the title and marks it", async () => {
    expect(spec.title).toBe("De visiterede timer har ligget under budgettet siden uge 6");
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/weekly-hours.svg");
  });
});
