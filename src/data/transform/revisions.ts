import type { Dataset } from "../load/dataset.ts";
import { type Count, isSuppressed } from "../privacy/suppress.ts";
import { BoundReferenceError, type BoundUnit, FINANCE_MEASURES, resolveValue } from "./bound-values.ts";

export interface Revision {
  /** The oldest recorded briefing that showed the number before it was revised. */
  briefing: string;
  quantity: string;
  label: string;
  unit: BoundUnit;
  period: string;
  published: Count;
  now: Count;
}

/** The number a quantity ("area/measure") has in a dataset, or undefined if the data lacks it. */
export function quantityValue(
  data: Dataset,
  quantity: string,
  period: string,
): { value: Count; label: string; unit: BoundUnit } | undefined {
  const [area, measure] = quantity.split("/");
  if (!area || !measure) return undefined;
  try {
    const bound = resolveValue(data, { measure, period, area });
    return { value: bound.value, label: bound.label, unit: bound.unit };
  } catch (error) {
    if (error instanceof BoundReferenceError) return undefined;
    throw error;
  }
}

/** Whether a number shown from a briefing's record differs from the data now (a revision). */
export function differs(a: Count, b: Count): boolean {
  if (isSuppressed(a) || isSuppressed(b)) return isSuppressed(a) !== isSuppressed(b);
  return Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a));
}

/**
 * Every number a recorded briefing's data has otherwise than the current data: the budget figures
 * per area and month, and every key figure per period. Each revision is listed once, under the
 * oldest briefing that showed the old number.
 */
export function revisions(current: Dataset, vintages: readonly { id: string; data: Dataset }[]): Revision[] {
  const seen = new Set<string>();
  return vintages.flatMap(({ id, data }) =>
    quantitiesOf(data).flatMap(({ quantity, period }) => {
      const then = quantityValue(data, quantity, period);
      const now = quantityValue(current, quantity, period);
      if (!then || !now || !differs(then.value, now.value)) return [];
      const key = `${quantity}@${period}=${String(JSON.stringify(then.value))}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        {
          briefing: id,
          quantity,
          label: then.label,
          unit: then.unit,
          period,
          published: then.value,
          now: now.value,
        },
      ];
    }),
  );
}

/** The quantities a dataset holds: each area's budget figures per month, each key figure per period. */
function quantitiesOf(data: Dataset): { quantity: string; period: string }[] {
  const months = new Map<string, Set<string>>();
  for (const row of data.finance) months.set(row.area, (months.get(row.area) ?? new Set()).add(row.month));
  const finance = [...months].flatMap(([area, set]) =>
    [...set]
      .sort()
      .flatMap((month) =>
        Object.keys(FINANCE_MEASURES).map((measure) => ({ quantity: `${area}/${measure}`, period: month })),
      ),
  );
  const activity = data.activity.map((row) => ({
    quantity: `${row.area}/${row.measure_id}`,
    period: row.period,
  }));
  return [...finance, ...activity];
}
