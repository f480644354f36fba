import type { Dataset } from "../load/dataset.ts";
import type { Count } from "../privacy/suppress.ts";
import type { MeasureRow } from "../schemas/measures.ts";
import { measureSeries } from "./activity.ts";

/** Figures from the budget follow-up that prose can quote, per area and month. Amounts in kr. */
export const FINANCE_MEASURES = {
  "korrigeret-budget": { label: "Korrigeret budget", pick: (r: FinanceSums) => r.corrected },
  "forventet-regnskab": { label: "Forventet regnskab", pick: (r: FinanceSums) => r.expected },
  "forventet-afvigelse": { label: "Forventet afvigelse", pick: (r: FinanceSums) => r.expected - r.corrected },
  "forbrug-til-dato": { label: "Forbrug til dato", pick: (r: FinanceSums) => r.spent },
} as const;

interface FinanceSums {
  corrected: number;
  expected: number;
  spent: number;
}

export type BoundUnit = MeasureRow["unit"];

export interface BoundValue {
  value: Count;
  unit: BoundUnit;
  label: string;
  measure?: MeasureRow;
}

/** Thrown when prose refers to something the data does not have; the message says what exists. */
export class BoundReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BoundReferenceError";
  }
}

export interface ValueReference {
  measure: string;
  period: string;
  area?: string | undefined;
}

/** Looks up one number for the prose: an activity measure, or a budget figure for an area. */
export function resolveValue(data: Dataset, ref: ValueReference): BoundValue {
  const finance = FINANCE_MEASURES[ref.measure as keyof typeof FINANCE_MEASURES];
  if (finance) return financeValue(data, ref, finance);
  const measure = data.measures.find((m) => m.id === ref.measure);
  if (!measure) {
    const known = [...data.measures.map((m) => m.id), ...Object.keys(FINANCE_MEASURES)].join(", ");
    throw new BoundReferenceError(`unknown measure "${ref.measure}"; expected one of: ${known}`);
  }
  const area = ref.area ?? measure.area ?? "";
  const series = measureSeries(data.activity, area, measure, data.threshold);
  const point = series.find((p) => p.period === ref.period);
  if (!point) {
    const range = series.length === 0 ? "no periods" : `${series[0]?.period} to ${series.at(-1)?.period}`;
    throw new BoundReferenceError(
      `no value for "${measure.id}" in period "${ref.period}" (area ${area}); the data has ${range}`,
    );
  }
  return { value: point.value, unit: measure.unit, label: measure.label, measure };
}

function financeValue(
  data: Dataset,
  ref: ValueReference,
  finance: (typeof FINANCE_MEASURES)[keyof typeof FINANCE_MEASURES],
): BoundValue {
  const areaIds = data.site.areas.map((a) => a.id);
  if (!ref.area || !areaIds.includes(ref.area)) {
    throw new BoundReferenceError(
      `"${ref.measure}" needs area="…", one of: ${areaIds.join(", ")}; found "${ref.area ?? ""}"`,
    );
  }
  const rows = data.finance.filter((r) => r.area === ref.area && r.month === ref.period);
  if (rows.length === 0) {
    const months = [...new Set(data.finance.map((r) => r.month))].sort();
    throw new BoundReferenceError(
      `no budget follow-up for period "${ref.period}"; the data has ${months[0]} to ${months.at(-1)}`,
    );
  }
  const sums = rows.reduce(
    (s, r) => ({
      corrected: s.corrected + r.corrected_budget,
      expected: s.expected + r.expected_result,
      spent: s.spent + r.spent_to_date,
    }),
    { corrected: 0, expected: 0, spent: 0 },
  );
  return { value: finance.pick(sums), unit: "kr", label: finance.label };
}
