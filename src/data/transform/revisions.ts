import type { Dataset } from "../load/dataset.ts";
import { isSuppressed } from "../privacy/suppress.ts";
import type { BriefingRecord } from "../schemas/record.ts";
import { BoundReferenceError, type BoundUnit, resolveValue } from "./bound-values.ts";

export interface Revision {
  briefing: string;
  quantity: string;
  label: string;
  unit: BoundUnit;
  period: string;
  published: number;
  now: number;
}

/** The number a quantity ("area/measure") has in the data now, or undefined (withheld or gone). */
export function currentValue(
  data: Dataset,
  quantity: string,
  period: string,
): { value: number; label: string; unit: BoundUnit } | undefined {
  const [area, measure] = quantity.split("/");
  if (!area || !measure) return undefined;
  try {
    const bound = resolveValue(data, { measure, period, area });
    return isSuppressed(bound.value)
      ? undefined
      : { value: bound.value, label: bound.label, unit: bound.unit };
  } catch (error) {
    if (error instanceof BoundReferenceError) return undefined;
    throw error;
  }
}

/** Every recorded number that the data now has otherwise (beyond rounding), oldest briefing first. */
export function revisions(data: Dataset, records: readonly BriefingRecord[]): Revision[] {
  return records.flatMap((record) =>
    record.values.flatMap((v) => {
      const now = currentValue(data, v.quantity, v.period);
      if (!now || Math.abs(now.value - v.value) <= 1e-6 * Math.max(1, Math.abs(v.value))) return [];
      return [
        {
          briefing: record.briefing,
          quantity: v.quantity,
          label: now.label,
          unit: now.unit,
          period: v.period,
          published: v.value,
          now: now.value,
        },
      ];
    }),
  );
}

/** What a briefing said about a quantity in a period, if it has a record. */
export function recordedValue(
  records: readonly BriefingRecord[],
  briefing: string,
  quantity: string,
  period: string,
): number | undefined {
  return records
    .find((r) => r.briefing === briefing)
    ?.values.find((v) => v.quantity === quantity && v.period === period)?.value;
}
