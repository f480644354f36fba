import { formatMioKr, formatPercent } from "../i18n/format.ts";

/** Deviations smaller than this share of the budget count as "on budget". */
export const ON_BUDGET_SHARE = 0.001;

export type BudgetDirection = "merforbrug" | "mindreforbrug" | "balance";

export function budgetDirection(deviation: number, budget: number): BudgetDirection {
  if (budget !== 0 && Math.abs(deviation / budget) < ON_BUDGET_SHARE) return "balance";
  if (deviation === 0) return "balance";
  return deviation > 0 ? "merforbrug" : "mindreforbrug";
}

/** "et merforbrug på 12,3 mio. kr. (4 %)" / "at holde budgettet" */
export function deviationPhrase(deviation: number, budget: number): string {
  const direction = budgetDirection(deviation, budget);
  if (direction === "balance") return "at holde budgettet";
  const share = budget === 0 ? "" : ` (${formatPercent(Math.abs(deviation / budget), 1)})`;
  return `et ${direction} på ${formatMioKr(Math.abs(deviation))}${share}`;
}
