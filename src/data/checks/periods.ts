import { nextPeriod } from "../period.ts";

/** Finds the first missing period in a sorted series, or undefined if it is complete. */
export function firstGap(sortedPeriods: readonly string[]): { after: string; missing: string } | undefined {
  for (let i = 1; i < sortedPeriods.length; i += 1) {
    const previous = sortedPeriods[i - 1] ?? "";
    const expected = nextPeriod(previous);
    if (sortedPeriods[i] !== expected && sortedPeriods[i] !== previous)
      return { after: previous, missing: expected };
  }
  return undefined;
}
